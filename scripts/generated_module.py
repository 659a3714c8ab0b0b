"""The shared end of the scripts that generate a module from rustc's behaviour."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def write_or_check(target: Path, make_text: Callable[[], str], what: str) -> int:
    """Write the module at `target`, or with `--check` only compare: exit status 1 when
    the stored module is not what this rustc gives."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = make_text()
    if args.check:
        same = target.exists() and target.read_text() == text
        print(f"{what} match rustc" if same else f"{what} differ")
        return 0 if same else 1
    target.write_text(text)
    print(f"wrote {target}")
    return 0

#!/usr/bin/env python3
"""Rewrite tests/conformance/pending.txt: the conformance programs we do not pass yet.

Run after a language feature lands; commit the shorter list with the feature.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.expectations import assert_matches_rustc  # noqa: E402

CONFORMANCE = REPO / "tests" / "conformance"


def main() -> int:
    failing = []
    for program in sorted(CONFORMANCE.rglob("*.rs")):
        try:
            assert_matches_rustc(program.relative_to(REPO))
        except (AssertionError, StopIteration):
            failing.append(str(program.relative_to(CONFORMANCE)))
    header = ("# Conformance programs beyond the supported subset (strict xfail in the tests).\n"
              "# Regenerate with: python scripts/update_pending.py\n")
    (CONFORMANCE / "pending.txt").write_text(header + "".join(f"{f}\n" for f in failing))
    print(f"{len(failing)} pending of {len(list(CONFORMANCE.rglob('*.rs')))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

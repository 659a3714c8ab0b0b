#!/usr/bin/env python3
"""How many rejected conformance programs get rustc's WHOLE diagnostic from us.

For every conformance program rustc rejects (`"compiled": false` in its
`.expected.json`), run our CLI in-process (`--run PATH`, as the tests do), normalise
its stderr as the recording script does, and compare it with rustc's recorded stderr.
Prints the ratio and the mismatches grouped by error code; `-v` adds a unified diff
per mismatching program. A folder or file argument narrows the set.

Usage: python scripts/diagnostics_match.py [-v] [tests/conformance/ownership ...]
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.expectations import expectation, normalise_stderr, run_cli  # noqa: E402

CONFORMANCE = REPO / "tests" / "conformance"


def rejected_programs(roots: list[Path]) -> list[Path]:
    """The `.rs` programs under `roots` that rustc rejects, relative to the repo."""
    found: list[Path] = []
    for root in roots:
        candidates = [root] if root.suffix == ".rs" else sorted(root.rglob("*.rs"))
        for program in candidates:
            program = program.resolve()
            if not program.with_suffix(".expected.json").exists():
                continue
            if expectation(program)["compiled"] is False:
                found.append(program.relative_to(REPO))
    return found


def our_stderr(program: Path) -> str:
    """Our `--run` stderr for `program` (relative to the repo), normalised."""
    path = str(program)
    return normalise_stderr(run_cli("--run", path).stderr, path)


def matches(program: Path) -> bool:
    return our_stderr(program) == expectation(REPO / program)["stderr"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="a diff per mismatch")
    parser.add_argument("paths", nargs="*", type=Path, help="folders or .rs files")
    args = parser.parse_args(argv)
    import os
    os.chdir(REPO)
    roots = [p.resolve() for p in args.paths] or [CONFORMANCE]
    programs = rejected_programs(roots)
    by_code: dict[str, list[Path]] = defaultdict(list)
    matched = 0
    for program in programs:
        expected = expectation(REPO / program)
        ours = our_stderr(program)
        rustc = str(expected["stderr"])
        if ours == rustc:
            matched += 1
            continue
        by_code[str(expected["error_code"] or "no code")].append(program)
        if args.verbose:
            diff = difflib.unified_diff(
                rustc.splitlines(keepends=True), ours.splitlines(keepends=True),
                fromfile=f"rustc {program}", tofile=f"ours  {program}",
            )
            sys.stdout.write("".join(diff) + "\n")
    for code, failing in sorted(by_code.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"{code}: {len(failing)}")
        for program in failing:
            print(f"    {program.relative_to('tests/conformance')}")
    total = len(programs)
    share = 100.0 * matched / total if total else 100.0
    print(f"whole diagnostic matches rustc: {matched} of {total} ({share:.1f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

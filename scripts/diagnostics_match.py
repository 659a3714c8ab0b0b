#!/usr/bin/env python3
"""How many rejected conformance programs get rustc's WHOLE diagnostic from us.

For every conformance program rustc rejects (`"compiled": false` in its
`.expected.json`), run our CLI in-process (`--run PATH`, as the tests do), normalise
its stderr as the recording script does, and compare it with rustc's recorded stderr.
Prints the ratio and the mismatches grouped by error code; `-v` adds a unified diff
per mismatching program. A folder or file argument narrows the set.

Usage: python scripts/diagnostics_match.py [-v] [--write-pending] [tests/conformance/ownership ...]
`--write-pending` rewrites tests/conformance/diagnostics_pending.txt (the programs
tests/test_whole_diagnostics.py expects to differ) from this run.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.expectations import expectation, rejected_programs, whole_diagnostic  # noqa: E402

CONFORMANCE = REPO / "tests" / "conformance"


def _under(program: Path, roots: list[Path]) -> bool:
    full = (REPO / program).resolve()
    return any(full == root or root in full.parents for root in roots)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="a diff per mismatch")
    parser.add_argument("--write-pending", action="store_true",
                        help="rewrite tests/conformance/diagnostics_pending.txt")
    parser.add_argument("paths", nargs="*", type=Path, help="folders or .rs files")
    args = parser.parse_args(argv)
    import os
    os.chdir(REPO)
    roots = [p.resolve() for p in args.paths] or [CONFORMANCE]
    programs = [p for p in rejected_programs() if _under(p, roots)]
    by_code: dict[str, list[Path]] = defaultdict(list)
    matched = 0
    for program in programs:
        expected = expectation(REPO / program)
        ours, rustc = whole_diagnostic(program)
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
    if args.write_pending:
        if args.paths:
            parser.error("--write-pending needs the whole corpus (no paths)")
        rows = sorted((str(p.relative_to("tests/conformance")), code)
                      for code, failing in by_code.items() for p in failing)
        (CONFORMANCE / "diagnostics_pending.txt").write_text(
            "# Rejected conformance programs whose WHOLE stderr differs from rustc's (see\n"
            "# tests/test_whole_diagnostics.py). Regenerate: "
            "python scripts/diagnostics_match.py --write-pending\n"
            + "".join(f"{name}  # {code}\n" for name, code in rows))
    total = len(programs)
    share = 100.0 * matched / total if total else 100.0
    print(f"whole diagnostic matches rustc: {matched} of {total} ({share:.1f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Print the conformance corpus's counts table (tests/conformance/README.md) from the
recorded `.expected.json` files: programs, runs, panics, aborts, exits and rejections."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "conformance"
COLUMNS = {0: 1, 101: 2, 134: 3, 3: 4}  # exit code -> column


def counts() -> list[tuple[str, list[int]]]:
    rows = []
    # (unsafe_ub/ holds programs with undefined behaviour: hand-written records, not rustc's)
    for folder in sorted(d for d in ROOT.iterdir() if d.is_dir() and d.name != "unsafe_ub"):
        row = [0] * 6
        for path in folder.glob("*.expected.json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            row[0] += 1
            if not data["compiled"]:
                row[5] += 1
            elif data["exit_code"] in COLUMNS:
                row[COLUMNS[data["exit_code"]]] += 1
        rows.append((folder.name, row))
    return rows


def main() -> None:
    rows = counts()
    total = [sum(row[i] for _, row in rows) for i in range(6)]
    print("| folder         | programs | runs (exit 0) | panics (101) | aborts (134) "
          "| `process::exit(3)` | rejected |")
    print("|----------------|---------:|--------------:|-------------:|-------------:"
          "|-------------------:|---------:|")
    for name, r in rows:
        print(f"| {name:<14} | {r[0]:<8} | {r[1]:<13} | {r[2]:<12} | {r[3]:<12} "
              f"| {r[4]:<18} | {r[5]:<8} |")
    print(f"| **total**      | **{total[0]}** | **{total[1]}** | **{total[2]}** "
          f"| **{total[3]}** | **{total[4]}** | **{total[5]}** |")


if __name__ == "__main__":
    main()

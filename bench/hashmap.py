"""A `HashMap` insert loop against the same loop pushing onto a `Vec` (issue 18's bar:
the map records within 3x of the Vec).

    python bench/hashmap.py            # 1,000,000 iterations each
    python bench/hashmap.py --quick    # 100,000 iterations each

Each program is recorded with every step kept (what the TUI does), in this process,
the Vec first. Not part of the test suite: timings depend on the machine (the results
are in bench/RESULTS.md).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from stackheap_tui.pipeline import load  # noqa: E402


def vec_program(iterations: int) -> str:
    return (
        "fn main() {\n"
        "    let mut v: Vec<u64> = Vec::new();\n"
        f"    for i in 0..{iterations} {{\n"
        "        v.push(i);\n"
        "    }\n"
        '    println!("{}", v.len());\n'
        "}\n"
    )


def map_program(iterations: int) -> str:
    return (
        "use std::collections::HashMap;\n\n"
        "fn main() {\n"
        "    let mut m: HashMap<u64, u64> = HashMap::new();\n"
        f"    for i in 0..{iterations} {{\n"
        "        m.insert(i, i);\n"
        "    }\n"
        '    println!("{}", m.len());\n'
        "}\n"
    )


def record(source: str, iterations: int) -> tuple[float, int, str]:
    gc.collect()
    start = time.perf_counter()
    trace = load(source, "bench.rs", max_steps=2 * iterations + 100)
    elapsed = time.perf_counter() - start
    return elapsed, len(trace), trace.outcome.stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    iterations = 100_000 if args.quick else 1_000_000
    vec_s, vec_steps, vec_out = record(vec_program(iterations), iterations)
    map_s, map_steps, map_out = record(map_program(iterations), iterations)
    assert vec_out == map_out == f"{iterations}\n", (vec_out, map_out)
    results = {
        "iterations": iterations,
        "vec_push_s": round(vec_s, 2), "vec_steps": vec_steps,
        "map_insert_s": round(map_s, 2), "map_steps": map_steps,
        "map_over_vec": round(map_s / vec_s, 2),
    }
    for key, value in results.items():
        print(f"{key:>14}: {value}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A `BTreeMap` insert loop against the same loop on a `HashMap` and pushing onto a `Vec`
(the B-tree is modelled node by node: each insert searches from the root and rewrites
the leaf it lands in; a full node splits as std's does).

    python bench/btreemap.py            # 1,000,000 iterations each
    python bench/btreemap.py --quick    # 100,000 iterations each

Each program is recorded with every step kept (what the TUI does), in this process,
the Vec first; the RSS growth of each recording is measured with its trace alive. Not
part of the test suite: timings depend on the machine (the results are in
bench/RESULTS.md).
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


def map_program(iterations: int, kind: str = "HashMap") -> str:
    return (
        f"use std::collections::{kind};\n\n"
        "fn main() {\n"
        f"    let mut m: {kind}<u64, u64> = {kind}::new();\n"
        f"    for i in 0..{iterations} {{\n"
        "        m.insert(i, i);\n"
        "    }\n"
        '    println!("{}", m.len());\n'
        "}\n"
    )


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def record(source: str, iterations: int) -> tuple[float, int, str, float]:
    """(seconds, steps, stdout, RSS bytes per step with the trace alive)."""
    gc.collect()
    before = _rss_kb()
    start = time.perf_counter()
    trace = load(source, "bench.rs", max_steps=2 * iterations + 100)
    elapsed = time.perf_counter() - start
    grown = (_rss_kb() - before) * 1024 / max(len(trace), 1)
    steps, out = len(trace), trace.outcome.stdout
    del trace
    gc.collect()
    return elapsed, steps, out, grown


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    iterations = 100_000 if args.quick else 1_000_000
    vec_s, vec_steps, vec_out, vec_b = record(vec_program(iterations), iterations)
    map_s, _map_steps, map_out, map_b = record(map_program(iterations), iterations)
    tree_s, tree_steps, tree_out, tree_b = record(map_program(iterations, "BTreeMap"),
                                                  iterations)
    assert vec_out == map_out == tree_out == f"{iterations}\n", (vec_out, map_out, tree_out)
    results = {
        "iterations": iterations,
        "vec_push_s": round(vec_s, 2), "vec_steps": vec_steps,
        "hashmap_insert_s": round(map_s, 2), "btreemap_insert_s": round(tree_s, 2),
        "btreemap_steps": tree_steps,
        "btree_over_hashmap": round(tree_s / map_s, 2),
        "btree_over_vec": round(tree_s / vec_s, 2),
        "vec_bytes_per_step": round(vec_b), "hashmap_bytes_per_step": round(map_b),
        "btreemap_bytes_per_step": round(tree_b),
    }
    for key, value in results.items():
        print(f"{key:>14}: {value}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

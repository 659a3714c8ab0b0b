"""Benchmark: how fast runs are recorded and how fast any step is rebuilt.

    python bench/run.py            # the full sizes (1,000,000-step runs)
    python bench/run.py --quick    # 200,000-step runs, well under a minute
    python bench/run.py --json     # also print one JSON object on the last line
    python bench/run.py --big      # also the big programs of bench/big.py (`big_*` keys)

Not part of the test suite: timings depend on the machine. Every key of issue 8: the
interpreter and the trace (`record_steps_per_s`, `grow_*`, `jump_ms_*`), the Python
Tutor-style baseline (`baseline_*`, bench/baseline.py), the TUI's repaint under Pilot
(`repaint_ms_*`, bench/repaint.py) and a fresh process's first frame (`cold_start_s`,
bench/coldstart.py).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import baseline  # noqa: E402
import coldstart  # noqa: E402
import repaint  # noqa: E402
from baseline import rss_bytes  # noqa: E402

from stackheap_tui.pipeline import load  # noqa: E402


def loop_program(steps: int) -> str:
    """A `while` loop updating a few integers: about two steps per iteration."""
    iterations = steps // 2
    return (
        "fn main() {\n"
        "    let mut i: u64 = 0;\n"
        "    let mut total: u64 = 0;\n"
        f"    while i < {iterations} {{\n"
        "        total = total + i % 7;\n"
        "        i += 1;\n"
        "    }\n"
        '    println!("{total}");\n'
        "}\n"
    )


def grow_program(steps: int) -> str:
    """Pushing onto a Vec: the heap block grows and is reallocated as std does."""
    iterations = steps // 2
    return (
        "fn main() {\n"
        "    let mut v: Vec<u64> = Vec::new();\n"
        f"    for i in 0..{iterations} {{\n"
        "        v.push(i);\n"
        "    }\n"
        '    println!("{}", v.len());\n'
        "}\n"
    )


def record(source: str, max_steps: int) -> tuple[object, float, int, int]:
    gc.collect()
    before = rss_bytes()
    start = time.perf_counter()
    trace = load(source, "bench.rs", max_steps=max_steps)
    elapsed = time.perf_counter() - start
    return trace, elapsed, len(trace), rss_bytes() - before  # type: ignore[arg-type]


def jumps(trace: object, count: int) -> tuple[float, float]:
    total = len(trace)  # type: ignore[arg-type]
    rng = random.Random(1)
    times = []
    for _ in range(count):
        n = rng.randrange(total)
        start = time.perf_counter()
        trace.snapshot(n)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return times[len(times) // 2], times[int(len(times) * 0.99) - 1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--big", action="store_true")
    args = parser.parse_args()
    steps = 200_000 if args.quick else 1_000_000
    results: dict[str, object] = {"mode": "quick" if args.quick else "full"}

    trace, elapsed, recorded, _ = record(loop_program(steps), steps + 10)
    results["steps"] = recorded
    results["record_steps_per_s"] = round(recorded / elapsed)
    p50, p99 = jumps(trace, 1000)
    results["jump_ms_p50"], results["jump_ms_p99"] = round(p50, 3), round(p99, 3)
    del trace
    base = baseline.record(baseline.loop_source(steps), steps + 10)
    results["baseline_steps"] = base.steps
    results["baseline_steps_per_s"] = round(base.steps_per_s)

    _, elapsed, recorded, retained = record(grow_program(steps), steps + 10)
    results["grow_steps"] = recorded
    results["grow_steps_per_s"] = round(recorded / elapsed)
    results["grow_bytes_per_step"] = round(retained / recorded)
    grow_base = 10_000 if args.quick else 30_000
    base = baseline.record(baseline.grow_source(grow_base), grow_base + 10)
    results["baseline_grow_steps"] = base.steps
    results["baseline_grow_steps_per_s"] = round(base.steps_per_s)
    results["baseline_grow_bytes_per_step"] = round(base.bytes_per_step)
    results["bytes_measured_with"] = "RSS delta over the run, trace kept alive (both recorders)"
    results["baseline_recorder"] = "bdb line events, pg_logger-style full encoding per step"

    p50, p99 = repaint.measure(60 if args.quick else 200)
    results["repaint_ms_p50"], results["repaint_ms_p99"] = round(p50, 1), round(p99, 1)
    results["repaint_measures"] = (f"Pilot, {repaint.BOXES} boxes on the heap, "
                                   f"{repaint.DEPTH} frames deep, key to last screen update")
    best, median, step = coldstart.measure(3 if args.quick else 7)
    results["cold_start_s"] = round(median, 2)
    results["cold_start_best_s"] = round(best, 2)
    results["cold_start_step_s"] = round(step, 2)
    results["cold_start_measures"] = ("fresh process to the TUI's first frame (pty, default "
                                      "sample); _step_s: to the frame of its first step")
    if args.big:  # exports in fresh processes, steps on big pictures (bench/big.py)
        import big

        for key, case in big.cases(args.quick).items():
            results[f"big_{key}"] = case()
    results["machine"] = (f"{os.cpu_count()} cores, {platform.machine()}, "
                          f"Python {platform.python_version()}")
    width = max(len(key) for key in results)
    for key, value in results.items():
        shown = f"{value:,}" if isinstance(value, int) else value
        print(f"{key:<{width}}  {shown}")
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

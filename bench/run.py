"""Benchmark: how fast runs are recorded and how fast any step is rebuilt.

    python bench/run.py            # the full sizes (1,000,000-step runs)
    python bench/run.py --quick    # 200,000-step runs, well under a minute
    python bench/run.py --json     # also print one JSON object on the last line

Not part of the test suite: timings depend on the machine. This first version measures
the interpreter and the trace (issue 8's `record_steps_per_s`, `grow_*`, `jump_ms_*`,
`cold_start_s`); the Python Tutor-style baseline and the TUI repaint are still to come.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

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


def rss_bytes() -> int:
    """The process's resident set size now (Linux /proc), in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


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


def cold_start() -> float:
    """A fresh process that parses, checks and runs the default sample (no TUI yet)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "stackheap_tui", "--run",
                    str(REPO / "samples" / "01_stack_scopes.rs")],
                   check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    steps = 200_000 if args.quick else 1_000_000
    trace, elapsed, recorded, _ = record(loop_program(steps), steps + 10)
    results: dict[str, object] = {"steps": recorded,
                                  "record_steps_per_s": round(recorded / elapsed)}
    p50, p99 = jumps(trace, 200 if args.quick else 1000)
    results["jump_ms_p50"], results["jump_ms_p99"] = round(p50, 2), round(p99, 2)
    del trace
    grow_steps = steps
    _, elapsed, recorded, retained = record(grow_program(grow_steps), grow_steps + 10)
    results["grow_steps"] = recorded
    results["grow_steps_per_s"] = round(recorded / elapsed)
    results["grow_bytes_per_step"] = round(retained / recorded)
    results["grow_bytes_measured_with"] = "RSS delta over the run (trace kept alive)"
    results["cold_start_s"] = round(cold_start(), 2)
    results["cold_start_measures"] = "`--run` of the default sample (the TUI's first paint: TODO)"
    results["machine"] = f"{platform.machine()}, Python {platform.python_version()}"
    width = max(len(key) for key in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

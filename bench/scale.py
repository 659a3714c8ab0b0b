"""How checking and running grow with the size of a program (issue "Big programs").

    python bench/scale.py            # one function of 1k..16k `let`s, 70k, and 1 MB of
                                     # code over many functions: time and peak memory
    python bench/scale.py --quick    # 1k..8k only

Each size runs in a fresh process (`--run` of the whole pipeline: read, parse, type check,
borrow check, run), which reports its CPU time per stage and its peak RSS, so the figures
do not depend on what ran before. Not part of the test suite: timings depend on the
machine (the results are in bench/RESULTS.md).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHILD = r"""
import gc, json, resource, sys, time
sys.setrecursionlimit(100_000)
gc.disable()  # as `pipeline` runs the front end (and `recording` the run)
from stackheap_tui.lang.syntax import parse
from stackheap_tui.lang.check import check_types
from stackheap_tui.lang.borrowck import borrow_check
from stackheap_tui import pipeline
source = open(sys.argv[1], encoding="utf-8").read()
clock = time.process_time
t0 = clock(); program = parse(source)
t1 = clock(); checked = check_types(program)
t2 = clock(); errors = borrow_check(checked)
t3 = clock()
assert not errors, errors
gc.enable()
trace = pipeline.load(source, sys.argv[1], keep_steps=False)
t4 = clock()
# How loaded the machine is: the same pure-Python loop takes ~0.2 s on a quiet core.
sum(sum(range(1000)) for _ in range(20_000))
t5 = clock()
print(json.dumps({"parse_s": t1 - t0, "types_s": t2 - t1, "borrowck_s": t3 - t2,
                  "whole_run_s": t4 - t3, "exit": trace.outcome.exit_code, "ref_s": t5 - t4,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""


def lets(n: int) -> str:
    """One function of n `let`s, then a use of the first (the issue's measurement)."""
    body = "".join(f"    let x_{i} = {i};\n" for i in range(n))
    return f"fn main() {{\n{body}    println!(\"{{}}\", x_0);\n}}\n"


def many_functions(target_bytes: int) -> str:
    """About `target_bytes` of ordinary code: small functions with structs, loops,
    Vecs and Strings, all called from main."""
    parts = []
    index = 0
    size = 0
    while size < target_bytes:
        text = f"""
struct P{index} {{ x: i64, y: i64 }}

fn f{index}(n: i64) -> i64 {{
    let p = P{index} {{ x: n, y: n + 1 }};
    let mut v: Vec<i64> = Vec::new();
    let mut i = 0;
    while i < 3 {{
        v.push(p.x * i + p.y);
        i += 1;
    }}
    let s = String::from("f{index}");
    let total: i64 = v.iter().sum();
    total + s.len() as i64
}}
"""
        parts.append(text)
        size += len(text)
        index += 1
    calls = "".join(f"    total += f{i}({i});\n" for i in range(index))
    main = f"fn main() {{\n    let mut total: i64 = 0;\n{calls}    println!(\"{{}}\", total);\n}}\n"
    return "".join(parts) + main


def measure(source: str) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".rs", delete=False) as file:
        file.write(source)
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, file.name], capture_output=True,
                              text=True, cwd=REPO, check=True)
    finally:
        Path(file.name).unlink()
    found: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    found.update(command(source))
    return found


def command(source: str) -> dict[str, float]:
    """`stackheap-tui --run FILE` as a user runs it, in a fresh process: its CPU seconds
    (user + system, what the machine's load moves least) and wall seconds, start-up and
    exit included."""
    with tempfile.NamedTemporaryFile("w", suffix=".rs", delete=False) as file:
        file.write(source)
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "stackheap_tui", "--run", file.name],
                       capture_output=True, cwd=REPO, check=True)
        wall = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        Path(file.name).unlink()
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"command_cpu_s": cpu, "command_wall_s": wall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only-big", action="store_true", help="only 1 MB of code")
    args = parser.parse_args()
    sizes = [1_000, 2_000, 4_000, 8_000] + ([] if args.quick else [16_000, 70_000])
    if args.only_big:
        sizes = []
    print("CPU seconds of each front-end stage, then of the whole `--run` pipeline (read,")
    print("parse, check, borrow check, run) measured again on its own; peak RSS of the process.")
    print("ref: a fixed pure-Python loop in the same process (~0.2 s on a quiet core).")
    print("command: `stackheap-tui --run FILE` in a fresh process, CPU (user+sys) / wall s.")
    print(f"{'program':<28} {'parse':>7} {'types':>7} {'borrow':>7} {'--run':>8} {'peak':>8}"
          f" {'ref':>6} {'command':>14}")
    cases = [(f"{n:,} lets in one fn", lets(n)) for n in sizes]
    if not args.quick:
        cases.append(("1 MB over many functions", many_functions(1 << 20)))
    for name, source in cases:
        m = measure(source)
        print(f"{name:<28} {m['parse_s']:>6.2f}s {m['types_s']:>6.2f}s {m['borrowck_s']:>6.2f}s"
              f" {m['whole_run_s']:>7.2f}s {m['peak_mb']:>5} MB {m['ref_s']:>5.2f}s"
              f" {m['command_cpu_s']:>6.2f}/{m['command_wall_s']:.2f}s",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

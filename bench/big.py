"""Big programs: exports and steps that must cost linear time and memory.

    python bench/big.py            # the sizes of the issue ("Big programs")
    python bench/big.py --quick    # a quarter of them

Each export runs in a fresh process (`--trace`/`--json` to /dev/null), measured by wall
time and the child's peak RSS. The step figures load the run once and time what a step
key costs the TUI's model: `trace.step(n)` and `trace.snapshot(n)`, stepping forward
from a given step (the first picture, which builds every view, is timed apart).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def printing_program(lines: int, width: int) -> str:
    """`lines` lines of `width` characters each (with the newline)."""
    pad = "x" * max(0, width - 8)
    return (f"fn main() {{\n    let mut i = 0;\n    while i < {lines} {{\n"
            f'        println!("{{:06}} {pad}", i);\n        i += 1;\n    }}\n}}\n')


def cons_program(nodes: int) -> str:
    return ("enum List {\n    Cons(i32, Box<List>),\n    Nil,\n}\nuse List::{Cons, Nil};\n"
            f"fn main() {{\n    let mut list = Nil;\n    for i in 0..{nodes} {{\n"
            "        list = Cons(i, Box::new(list));\n    }\n"
            "    if let Cons(head, _) = list {\n        println!(\"{head}\");\n    }\n}\n")


def deep_program(frames: int) -> str:
    return ("fn down(n: u32) -> u32 {\n    if n == 0 {\n        return 0;\n    }\n"
            f"    1 + down(n - 1)\n}}\nfn main() {{\n    println!(\"{{}}\", down({frames}));\n}}\n")


def literal_program(size: int) -> str:
    return (f'fn main() {{\n    let s = "{"a" * size}";\n    let n = s.len();\n'
            '    let t = n + 1;\n    println!("{t}");\n}\n')


_MEASURED = """
import os, runpy, sys
peak_file = sys.argv.pop()
def peak():  # this process's own peak (ru_maxrss would count the forking parent's pages)
    with open("/proc/self/status") as status, open(peak_file, "w") as out:
        out.write(next(line for line in status if line.startswith("VmHWM")).split()[1])
exit_now = os._exit  # the command line ends by it, skipping `finally` and exit handlers
def measured_exit(status):
    peak()
    exit_now(status)
os._exit = measured_exit
try:
    runpy.run_module("stackheap_tui", run_name="__main__", alter_sys=True)
finally:
    peak()
"""


def export(mode: str, source: str) -> dict[str, float]:
    """A fresh `stackheap-tui MODE` on the program: seconds, peak RSS in MB, output MB."""
    with tempfile.NamedTemporaryFile("w", suffix=".rs", delete=False) as file:
        file.write(source)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile() as peak:
        child = subprocess.run([sys.executable, "-c", _MEASURED, "--max-steps", "5000000",
                                mode, file.name, peak.name], stdout=out, env=env, cwd=REPO)
        elapsed = time.perf_counter() - start
        size = out.seek(0, 2)
        peak_kb = int(Path(peak.name).read_text() or 0)
    os.unlink(file.name)
    return {"s": round(elapsed, 2), "peak_rss_mb": round(peak_kb / 1024),
            "out_mb": round(size / 1e6, 1), "exit": child.returncode}


def steps(source: str, start: int | None, count: int = 40) -> dict[str, float]:
    """Load the run, then step forward `count` times from `start` (None: the last step
    minus `count`): ms per step (max and median), and the first picture's ms."""
    from stackheap_tui.pipeline import load

    began = time.perf_counter()
    trace = load(source, "big.rs", max_steps=5_000_000)
    loaded = time.perf_counter() - began
    total = len(trace)
    first = max(0, total - count - 1) if start is None else min(start, total - count - 1)
    began = time.perf_counter()
    trace.step(first)
    trace.snapshot(first)
    jump = (time.perf_counter() - began) * 1000
    times = []
    for index in range(first + 1, first + 1 + count):
        began = time.perf_counter()
        trace.step(index)
        trace.snapshot(index)
        times.append((time.perf_counter() - began) * 1000)
    times.sort()
    return {"load_s": round(loaded, 2), "steps": total, "jump_ms": round(jump, 1),
            "step_ms_p50": round(times[len(times) // 2], 2), "step_ms_max": round(times[-1], 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


async def _tui_keys(source: str, start: float | None, keys: list[str],
                    profile: bool) -> dict[str, float]:
    from textual import events
    from textual._compositor import CompositorUpdate

    from stackheap_tui.pipeline import load
    from stackheap_tui.view.app import StackHeapApp

    trace = load(source, "big.rs", max_steps=5_000_000)
    total = len(trace)
    first = (max(0, total - len(keys) - 1) if start is None
             else int(total * start) if isinstance(start, float) else start)
    app = StackHeapApp(trace)
    shown: list[tuple[float, float, int]] = []  # (when, CPU then, the step shown)
    display: Callable[..., Any] = app._display

    def timed_display(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if isinstance(renderable, CompositorUpdate):
            renderable.render_segments(app.console)  # what a terminal would be sent
        shown.append((time.perf_counter(), time.process_time(), app.step))

    app._display = timed_display  # type: ignore[method-assign]
    times: list[float] = []
    cpu: list[float] = []
    profiler = cProfile.Profile() if profile else None
    async with app.run_test(size=(160, 45)) as pilot:
        while app.index is not None and not app.index.complete:
            await pilot.pause(0.05)
        app.step = first
        await pilot.pause()
        for key in keys:
            # The key as the driver posts it; its time runs to the first frame handed to
            # the terminal that shows the step it leads to (Pilot's own waits, for idle
            # and for animations after the key, are not the app's: they are left out).
            before = app.step
            shown.clear()
            driver = app._driver
            assert driver is not None
            event = events.Key(key, None)
            event.set_sender(app)
            if profiler is not None:
                profiler.enable()
            began, began_cpu = time.perf_counter(), time.process_time()
            driver.send_message(event)
            deadline = began + 30
            while time.perf_counter() < deadline and not any(
                    step != before for _, _, step in shown):
                await asyncio.sleep(0.0005)
            if profiler is not None:
                profiler.disable()
            answered = next(((when, used) for when, used, step in shown if step != before),
                            None)
            if answered is not None:
                times.append((answered[0] - began) * 1000)
                cpu.append((answered[1] - began_cpu) * 1000)
            await pilot.pause()  # settle (the second layout pass) before the next key
    if profiler is not None:
        stats = pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "tottime"))
        stats.print_stats(int(os.environ.get("ROWS", "25")))
    times.sort()
    cpu.sort()
    return {"steps": total, "keys": len(times),
            "key_ms_p50": round(times[len(times) // 2], 1) if times else -1,
            "key_ms_max": round(times[-1], 1) if times else -1,
            "key_cpu_ms_p50": round(cpu[len(cpu) // 2], 1) if cpu else -1,
            "key_cpu_ms_max": round(cpu[-1], 1) if cpu else -1,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def tui_keys(source: str, start: float | None, keys: list[str],
             profile: bool = False) -> dict[str, float]:
    """The app under Pilot at 160×45, at step `start` (a float: that share of the run;
    None: `len(keys)` before the end): ms from each key posted to the first frame
    showing the step it leads to, rendered to terminal bytes (keys that leave the step
    where it is are not counted)."""
    return asyncio.run(_tui_keys(source, start, keys, profile))


def deepest_step(frames: int) -> int:
    """The step at which `down(0)` is called: three steps per level, about."""
    return 3 * frames


def cases(quick: bool, profile: bool = False) -> dict[str, Callable[[], dict[str, float]]]:
    """Each case's measurement, by key (`quick`: a quarter of the sizes)."""
    scale = 4 if quick else 1
    return {
        "trace_40k_lines": lambda: export("--trace", printing_program(40_000 // scale, 20)),
        "json_10mb": lambda: export("--json", printing_program(100_000 // scale, 100)),
        "cons_4k": lambda: steps(cons_program(4_000 // scale), None),
        "deep_131k": lambda: steps(deep_program(131_000 // scale),
                                   deepest_step(131_000 // scale) - 60),
        "literal_1mb": lambda: steps(literal_program(1_000_000 // scale), 0, 3),
        "end_10mb": lambda: steps(printing_program(100_000 // scale, 100), None, 3),
        # The same in the app: keys from press to screen; first a six-step program, what a
        # key costs on this machine now whatever the program (the load moves it a lot).
        "tui_tiny": lambda: tui_keys(literal_program(10), 0,
                                     ["right", "right", "right", "end", "home"], profile),
        "tui_cons_4k": lambda: tui_keys(cons_program(4_000 // scale), 0.5, ["right"] * 20, profile),
        "tui_end_10mb": lambda: tui_keys(printing_program(100_000 // scale, 100), 0,
                                         ["end", "left", "right", "home", "end"], profile),
        # To the bottom of the recursion and back, and to the end.
        "tui_deep_131k": lambda: tui_keys(deep_program(131_000 // scale), 0,
                                          ["end", "left", "home", "right", "end"], profile),
        "trace_deep_33k": lambda: export("--trace", deep_program(33_000 // scale)),
        "trace_deep_8k": lambda: export("--trace", deep_program(8_000 // scale)),
        "json_deep_131k": lambda: export("--json", deep_program(131_000 // scale)),
        "run_literal_1mb": lambda: export("--run", literal_program(1_000_000 // scale)),
        "check_literal_1mb": lambda: export("--check", literal_program(1_000_000 // scale)),
        "tui_literal_1mb": lambda: tui_keys(literal_program(1_000_000 // scale), 0,
                                            ["right", "right", "right", "end", "home"], profile),
        "tui_literal_250k": lambda: tui_keys(literal_program(250_000 // scale), 0,
                                             ["right", "right", "right", "end", "home"], profile),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", help="keys, comma-separated (see `cases`)")
    parser.add_argument("--profile", action="store_true", help="(tui_* keys) cProfile")
    args = parser.parse_args()
    results = {}
    for key, case in cases(args.quick, args.profile).items():
        if args.only and key not in args.only.split(","):
            continue
        results[key] = case()
        print(f"{key:<16} {results[key]}", flush=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

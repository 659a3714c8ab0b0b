"""`repaint_ms_p50/p99`: from a step key to the screen updated, in the TUI under Pilot.

The program keeps 1,000 boxes alive on the heap and recurses 200 frames deep; the keys are
pressed while all of it is on screen. "Screen updated" is the last compositor update
the app hands to its display after the key, turned into terminal bytes as a real
terminal would get them (headless Textual skips that last part, so it is done here).

    python bench/repaint.py            # prints p50 and p99 in ms
    python bench/repaint.py --profile  # and a cProfile of the key presses
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BOXES, DEPTH = 1_000, 200
SIZE = (160, 45)


def deep_program(boxes: int = BOXES, depth: int = DEPTH) -> str:
    """`boxes` live `Box<u64>`s in a Vec, then `depth` recursive calls that loop at the
    bottom: the steps there show every frame and every block."""
    return (
        "fn down(n: u64, total: u64) -> u64 {\n"
        "    if n == 0 {\n"
        "        let mut k: u64 = 0;\n"
        "        while k < 100 {\n"
        "            k += 1;\n"
        "        }\n"
        "        return total + k;\n"
        "    }\n"
        "    let here = n * 2;\n"
        "    down(n - 1, total + here)\n"
        "}\n"
        "\n"
        "fn main() {\n"
        "    let mut boxes: Vec<Box<u64>> = Vec::new();\n"
        "    let mut i: u64 = 0;\n"
        f"    while i < {boxes} {{\n"
        "        boxes.push(Box::new(i));\n"
        "        i += 1;\n"
        "    }\n"
        f"    let result = down({depth}, 0);\n"
        '    println!("{} {}", result, boxes.len());\n'
        "}\n"
    )


async def _measure(keys: int, profile: cProfile.Profile | None) -> list[float]:
    from textual._compositor import CompositorUpdate

    from stackheap_tui.pipeline import load
    from stackheap_tui.view.app import StackHeapApp

    trace = load(deep_program(), "deep.rs")
    deepest = next(i for i in range(len(trace)) if trace.depth_at(i) > DEPTH)
    app = StackHeapApp(trace)
    shown: list[float] = []
    display: Callable[..., Any] = app._display

    def timed_display(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if isinstance(renderable, CompositorUpdate):
            renderable.render_segments(app.console)  # what a terminal would be sent
        shown.append(time.perf_counter())

    app._display = timed_display  # type: ignore[method-assign]
    times: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        app.step = deepest
        await pilot.pause(0.5)  # the step index fills in the background first
        while app.index is not None and not app.index.complete:
            await pilot.pause(0.1)
        for press in range(keys):
            # Forward through the loop at the bottom, and back now and then.
            key = "left" if press % 4 == 3 else "right"
            shown.clear()
            start = time.perf_counter()
            if profile is not None:
                profile.enable()
            await pilot.press(key)
            if profile is not None:
                profile.disable()
            if shown:
                times.append((shown[-1] - start) * 1000)
    return times


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return ordered[len(ordered) // 2], ordered[max(int(len(ordered) * 0.99) - 1, 0)]


def measure(keys: int = 100, profile: cProfile.Profile | None = None) -> tuple[float, float]:
    """(p50, p99) in milliseconds over `keys` step keys."""
    return percentiles(asyncio.run(_measure(keys, profile)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=100)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    profile = cProfile.Profile() if args.profile else None
    p50, p99 = measure(args.keys, profile)
    print(f"repaint_ms_p50  {p50:.1f}\nrepaint_ms_p99  {p99:.1f}")
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

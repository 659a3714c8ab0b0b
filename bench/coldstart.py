"""`cold_start_s`: a fresh process until the TUI's first frame is on the terminal.

The child runs `stackheap-tui` on the default sample in a pseudo-terminal (the real
Linux driver, not headless), with one hook: after the app has written its first frame
to the terminal, it reports on a pipe; after the first frame that shows the program's
first step, it reports again and quits. The parent times from spawning the process to
each report, so Python's start, every import and laying out and drawing the first
screen are in the first figure (the app draws the program's source, then imports the
checker and the interpreter and compiles), and compiling the sample too in the second
(`cold_start_step_s`).

    python bench/coldstart.py      # prints the best and median of 5 starts
"""

from __future__ import annotations

import os
import select
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_CHILD = """
import os, sys
from textual.app import App
display = App._display
def first_frame(self, screen, renderable):
    display(self, screen, renderable)
    if renderable is None:
        return
    if not getattr(self, "_bench_painted", False):
        self._bench_painted = True
        os.write(int(os.environ["BENCH_FD"]), b"painted\\n")
    if getattr(self, "trace", None) is not None and not getattr(self, "_bench_step", False):
        self._bench_step = True
        os.write(int(os.environ["BENCH_FD"]), b"step\\n")
        self.exit()
App._display = first_frame
from stackheap_tui.cli import main
main([])
"""


def cold_start(timeout: float = 30.0) -> tuple[float, float]:
    """Seconds from spawning a fresh process to its first frame drawn, and to the first
    frame that shows the program's first step."""
    read_end, write_end = os.pipe()
    controller, terminal = os.openpty()
    env = dict(os.environ, BENCH_FD=str(write_end), TERM="xterm-256color",
               COLUMNS="160", LINES="45")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", _CHILD], cwd=REPO, env=env,
                             stdin=terminal, stdout=terminal, stderr=terminal,
                             pass_fds=(write_end,), close_fds=True)
    os.close(write_end)
    os.close(terminal)
    times: list[float] = []
    deadline = start + timeout
    try:
        while len(times) < 2 and time.perf_counter() < deadline:
            ready, _, _ = select.select([read_end, controller], [], [], 0.5)
            if read_end in ready:
                # One report per frame; both may arrive in one read.
                reports = os.read(read_end, 64).count(b"\n")
                times += [time.perf_counter() - start] * reports
            if controller in ready:
                try:
                    os.read(controller, 65536)  # drain the screen so the child never blocks
                except OSError:
                    break
    finally:
        child.kill()
        child.wait()
        os.close(read_end)
        os.close(controller)
    if len(times) < 2:
        raise RuntimeError("the TUI drew no frame" if not times else "no step was drawn")
    return times[0], times[1]


def measure(runs: int = 5) -> tuple[float, float, float]:
    """(best, median) seconds to the first frame over `runs` fresh starts, and the median
    to the first step's frame."""
    starts = [cold_start() for _ in range(runs)]
    frames = [frame for frame, _ in starts]
    return min(frames), statistics.median(frames), statistics.median(s for _, s in starts)


if __name__ == "__main__":
    best, median, step = measure()
    print(f"cold_start_s  best {best:.2f}  median {median:.2f}\n"
          f"cold_start_step_s  median {step:.2f}")

"""`cold_start_s`: a fresh process until the TUI's first frame is on the terminal.

The child runs `stackheap-tui` on the default sample in a pseudo-terminal (the real
Linux driver, not headless), with one hook: after the app has written its first frame
to the terminal, it reports on a pipe and quits. The parent times from spawning the
process to that report, so Python's start, every import, compiling the sample and
laying out and drawing the first screen are all in the figure.

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
    if renderable is not None and not getattr(self, "_bench_painted", False):
        self._bench_painted = True
        os.write(int(os.environ["BENCH_FD"]), b"painted\\n")
        self.exit()
App._display = first_frame
from stackheap_tui.cli import main
main([])
"""


def cold_start(timeout: float = 30.0) -> float:
    """Seconds from spawning a fresh process to its first frame drawn."""
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
    elapsed = None
    deadline = start + timeout
    try:
        while elapsed is None and time.perf_counter() < deadline:
            ready, _, _ = select.select([read_end, controller], [], [], 0.5)
            if read_end in ready and os.read(read_end, 64):
                elapsed = time.perf_counter() - start
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
    if elapsed is None:
        raise RuntimeError("the TUI drew no frame")
    return elapsed


def measure(runs: int = 5) -> tuple[float, float]:
    """(best, median) seconds over `runs` fresh starts."""
    times = [cold_start() for _ in range(runs)]
    return min(times), statistics.median(times)


if __name__ == "__main__":
    best, median = measure()
    print(f"cold_start_s  best {best:.2f}  median {median:.2f}")

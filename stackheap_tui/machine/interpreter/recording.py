"""Recording a run on its own thread (`Recording`, `start_run`), or to the end (`run_to_end`)."""

from __future__ import annotations

import gc
import sys
import threading
from typing import Generic, TypeVar

from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.machine import collector
from stackheap_tui.machine.interpreter.core import Interpreter
from stackheap_tui.machine.limits import DEFAULT_MAX_STEPS
from stackheap_tui.memory.recorder import StepLog

# Deep Rust recursion becomes deep Python recursion: a program may recurse until its
# 8 MiB stack overflows (about 130,000 frames of a small function), so the run gets
# its own thread with a big C stack and a matching Python recursion limit.
_RUN_STACK_BYTES = 1 << 30
_RUN_RECURSION_LIMIT = 4_000_000


LogT = TypeVar("LogT", bound=StepLog)


class Recording(Generic[LogT]):
    """A run in progress on its own thread: `trace` grows while `done` is unset.

    The trace is append-only, so readers (the TUI) may look at any step below
    `len(trace)` while the interpreter keeps recording; `wait()` re-raises a failure.
    """

    def __init__(self, interpreter: Interpreter, log: LogT) -> None:
        self.trace = log
        self.done = threading.Event()
        self.failure: BaseException | None = None
        self._interpreter = interpreter
        self._thread: threading.Thread | None = None

    def _work(self) -> None:
        # A run allocates millions of small objects and frees few of them until the
        # end; the cycle collector would rescan them all again and again.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._interpreter.run()
        except BaseException as problem:  # re-raised in the caller's thread by wait()
            self.failure = problem
        finally:
            if collecting:
                collector.resume()
            self.done.set()

    def start(self) -> Recording[LogT]:
        old_limit = sys.getrecursionlimit()
        old_size = threading.stack_size()
        try:
            # The limit is process-wide; it stays raised while any run records.
            sys.setrecursionlimit(max(old_limit, _RUN_RECURSION_LIMIT))
            threading.stack_size(_RUN_STACK_BYTES)
            self._thread = threading.Thread(target=self._work, name="stackheap-run",
                                            daemon=True)
            self._thread.start()
        finally:
            threading.stack_size(old_size)
        return self

    def wait(self, timeout: float | None = None) -> LogT:
        """Block until the run ends (or `timeout` passes); re-raise what broke it."""
        self.done.wait(timeout)
        if self.failure is not None:
            raise self.failure
        return self.trace


def start_run(checked: CheckedProgram, source: str, path: str, log: LogT,
              max_steps: int = DEFAULT_MAX_STEPS, what_if: bool = False) -> Recording[LogT]:
    """Start recording into `log` on a background thread and return at once (the TUI
    streams the steps as they come)."""
    return Recording(Interpreter(checked, source, path, log, max_steps, what_if), log).start()


def run_to_end(checked: CheckedProgram, source: str, path: str, log: LogT,
               max_steps: int = DEFAULT_MAX_STEPS, what_if: bool = False) -> LogT:
    """Run to the end, recording into `log`, and return it."""
    old_limit = sys.getrecursionlimit()
    try:
        return start_run(checked, source, path, log, max_steps, what_if).wait()
    finally:
        sys.setrecursionlimit(old_limit)

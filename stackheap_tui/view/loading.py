"""Opening a program for the TUI: compile, then record in the background.

The command line hands the app a `Pending` program: the app draws its first frame (the
source, "checking…") before it imports the checker and the interpreter and compiles, so
the window shows at once (those imports and the check are most of the start-up time).
Errors then replace the picture with the diagnostics. The run itself can take seconds
(a million steps), so it records on its own thread while the app already shows step 0
and follows the growing trace (see `view.streaming`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from stackheap_tui.trace.trace import Trace


class RecordingView(Protocol):
    """What the app reads of a run in progress (`machine.interpreter.Recording`)."""

    @property
    def trace(self) -> Trace: ...

    @property
    def failure(self) -> BaseException | None: ...

    @property
    def done(self) -> threading.Event: ...


@dataclass(frozen=True, slots=True)
class Pending:
    """A program the app compiles once its first frame is on the screen."""

    source: str
    path: str
    max_steps: int | None = None


def compile_and_start(source: str, path: str, max_steps: int | None = None) -> RecordingView:
    """Parse and check `source` (raises CompileError), then start recording its run."""
    # Imported here: the checker, the interpreter and the grammar are not needed to draw a
    # diagnostic or the first frame, and importing them costs a good part of the start-up.
    from stackheap_tui import pipeline

    if max_steps is None:
        return pipeline.start(source, path)
    return pipeline.start(source, path, max_steps)


def start_choosing(source: str, path: str, choices: tuple[int, ...],
                   max_steps: int | None = None) -> RecordingView:
    """Run the program again, the threads' first decisions made by `choices`."""
    from stackheap_tui import pipeline

    if max_steps is None:
        return pipeline.start_choosing(source, path, choices)
    return pipeline.start_choosing(source, path, choices, max_steps)


def start_what_if(source: str, path: str, max_steps: int | None = None) -> RecordingView | None:
    """Start a what-if run of a program rejected only by the borrow checker (None for any
    other program): it runs with real memory semantics and stops at the memory error."""
    from stackheap_tui import pipeline

    if max_steps is None:
        return pipeline.start_what_if(source, path)
    return pipeline.start_what_if(source, path, max_steps)


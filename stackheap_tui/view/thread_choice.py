"""`t` in the TUI: pick which thread runs at a switch point (issue 21, docs/threads.md).

Where two threads or more could run, the step the schedule's choice made says which
could (`Trace.decisions`). `t` at or after that step runs the program again, the
decisions before it replayed and the next thread that could run picked there (each press
cycles through them); the view then shows that step of the new run. Back-stepping needs
nothing more: the new trace records its own switches."""

from __future__ import annotations

from typing import Any


def next_choices(decisions: list[Any], step: int) -> tuple[tuple[int, ...], int, int] | None:
    """The choices that pick another thread at the last decision at or before `step`:
    (choices, the step of that decision, the thread picked), or None if there is none."""
    at = [i for i, d in enumerate(decisions) if d.step <= step]
    if not at:
        return None
    decision = decisions[at[-1]]
    options = list(decision.options)
    other = options[(options.index(decision.chosen) + 1) % len(options)]
    return (*(d.chosen for d in decisions[: at[-1]]), other), decision.step, other

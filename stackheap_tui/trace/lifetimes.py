"""A variable's life in the source, for the source pane's gutter (as RustViz draws it).

For the variable selected at a step, the recorded run says on which lines it was
declared, live, borrowed (`&` / `&mut`: a live reference of the picture points into it),
moved out of, and dropped (its slot left the frame: the `}` or the return). Worked out
from the pictures of the steps around the selected one, as long as the same slot (same
frame, index, name and address) is in them; at most `REACH` steps either way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from stackheap_tui.memory.records import SlotState, SlotView, Snapshot
from stackheap_tui.trace.protocol import TraceView

Ended = Callable[[int, Snapshot], frozenset[tuple[int, int]]]

REACH = 400
"""Steps looked at before and after the selected one (a long loop is cut off there)."""
BUDGET = 0.08
"""Seconds spent at most each way: a big picture (a Vec of thousands) is cut off sooner,
so a key is still answered at once."""


class LifeMark(Enum):
    """What a line did to the variable, strongest first when a line has several."""

    DROPPED = "dropped"
    MOVED = "moved"
    MUT_BORROWED = "&mut"
    BORROWED = "&"
    DECLARED = "declared"
    LIVE = "live"


GLYPHS = {
    LifeMark.DROPPED: "✕",
    LifeMark.MOVED: "→",
    LifeMark.MUT_BORROWED: "M",
    LifeMark.BORROWED: "&",
    LifeMark.DECLARED: "●",
    LifeMark.LIVE: "│",
}
"""One cell each, so the gutter reads without colour (`NO_COLOR`) too."""

_RANK = {mark: rank for rank, mark in enumerate(LifeMark)}


@dataclass(frozen=True, slots=True)
class Lifetime:
    """The marks of one variable: (line, mark) by line, and the steps they were read from."""

    name: str
    marks: tuple[tuple[int, LifeMark], ...]
    first: int  # the first step (0-based) with the slot
    last: int  # the last step looked at with the slot

    def legend(self) -> str:
        """`x: ● declared │ live & borrowed ✕ dropped`: the marks it has, in order."""
        present = {mark for _, mark in self.marks}
        kinds = [m for m in (LifeMark.DECLARED, LifeMark.LIVE, LifeMark.BORROWED,
                             LifeMark.MUT_BORROWED, LifeMark.MOVED, LifeMark.DROPPED)
                 if m in present]
        words = {LifeMark.MUT_BORROWED: "borrowed &mut", LifeMark.BORROWED: "borrowed"}
        return f"{self.name}: " + "  ".join(
            f"{GLYPHS[m]} {words.get(m, m.value)}" for m in kinds)


def _same_slot(snapshot: Snapshot, frame: int, index: int, slot: SlotView,
               function: str) -> SlotView | None:
    frames = snapshot.frames
    if frame >= len(frames) or frames[frame].function != function:
        return None
    slots = frames[frame].slots
    if index >= len(slots):
        return None
    found = slots[index]
    if found.name != slot.name or found.address != slot.address:
        return None
    return found


def _borrow(snapshot: Snapshot, slot: SlotView,
            over: frozenset[tuple[int, int]]) -> LifeMark | None:
    """`&mut` or `&` if a live reference in the picture points into the slot (one in
    `over` no longer borrows)."""
    low, high = slot.address, slot.address + max(1, slot.size)
    found: LifeMark | None = None
    for frame_index, view in enumerate(snapshot.frames):
        for other_index, other in enumerate(view.slots):
            if ((frame_index, other_index) in over or other is slot
                    or other.points_to is None or other.state is not SlotState.LIVE
                    or not low <= other.points_to < high or not other.type_name.startswith("&")
                    or other.address == slot.address):
                continue
            if other.type_name.startswith("&mut"):
                return LifeMark.MUT_BORROWED
            found = LifeMark.BORROWED
    return found


def lifetime_of(trace: TraceView, step: int, frame: int, index: int,
                ended: Ended | None = None) -> Lifetime | None:
    """The gutter marks of slot `index` of frame `frame` (from main) as of step `step`.
    `ended(step, picture)`: the (frame, slot) of references whose borrow is over there
    (not used again, as the checker says): they no longer borrow."""
    if not 0 <= step < len(trace):
        return None
    here = trace.snapshot(step, output=False)
    if frame >= len(here.frames) or index >= len(here.frames[frame].slots):
        return None
    function = here.frames[frame].function
    slot = here.frames[frame].slots[index]
    first = step
    born = False  # whether `first` is the step that declared it (not a cut-off)
    deadline = time.monotonic() + BUDGET
    while first > 0 and step - first < REACH and time.monotonic() < deadline:
        if not _same_slot(trace.snapshot(first - 1, output=False), frame, index, slot,
                          function):
            born = True
            break
        first -= 1
    deadline = time.monotonic() + BUDGET
    marks: dict[int, LifeMark] = {}

    def mark(line: int, what: LifeMark) -> None:
        old = marks.get(line)
        if old is None or _RANK[what] < _RANK[old]:
            marks[line] = what

    count = len(trace)
    at = first
    last = first
    state = None
    borrowed: LifeMark | None = None  # the borrow after the step before
    while at < count and (at <= step or (at - step <= REACH and time.monotonic() < deadline)):
        picture = here if at == step else trace.snapshot(at, output=False)
        info = trace.step(at)
        line = info.span.line
        own = info.depth == frame + 1  # a step of the variable's own function
        found = _same_slot(picture, frame, index, slot, function)
        if found is None:
            # Left at a `}` of its function, or with the frame at its return.
            if at > first and info.depth <= frame + 1 and state is SlotState.LIVE:
                mark(line, LifeMark.DROPPED)  # its slot left the frame at this step
            break
        last = at
        if at == first and born:
            mark(line, LifeMark.DECLARED)
        if found.state is SlotState.MOVED and state is not SlotState.MOVED:
            mark(line, LifeMark.MOVED)
        elif found.state is SlotState.DROPPED and state is not SlotState.DROPPED:
            mark(line, LifeMark.DROPPED)
        elif found.state is SlotState.LIVE and own:
            borrow = _borrow(picture, found, ended(at, picture) if ended else frozenset())
            # A borrow's last use ends it after the step: the line still uses it.
            held = borrow if borrow is not None else borrowed
            if borrow is not None and held is not None and _RANK[borrow] > _RANK[held]:
                held = borrow
            mark(line, held if held is not None else LifeMark.LIVE)
            borrowed = borrow
        state = found.state
        at += 1
    if marks:
        # A bar from the declaration down to where it ends (moved, or its `}`), over the
        # lines no step stopped at (a `{`, a comment).
        ends = [line for line, what in marks.items()
                if what in (LifeMark.MOVED, LifeMark.DROPPED)]
        stop = min(ends) if ends else max(marks)
        for line in range(min(marks), stop):
            marks.setdefault(line, LifeMark.LIVE)
    return Lifetime(slot.name, tuple(sorted(marks.items())), first, last)

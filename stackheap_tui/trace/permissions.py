"""The permissions at a step of a run, and what changed since the function's last step.

A step's span is a statement (or a call, a return, a drop at `}`); its frame says which
function runs. The permissions shown after a step are those on leaving the last node of
that function's graph lying inside the span (`PermissionTable.at`). A step with no such
node (the call that enters the function, a callee's return) leaves them as they were:
nothing of this function ran. "Before" is this function's previous step in the same
call (steps in callees are skipped), so a call in between changes nothing by itself.

Only places whose variable is on the frame the stack pane shows are listed, so the two
panes agree (after a `for` loop ends, its variable is gone from both).
"""

from __future__ import annotations

from dataclasses import dataclass

from stackheap_tui.lang.permission_reasons import change_reason
from stackheap_tui.lang.permissions import PermissionTable, PlaceKey, PlaceState, PointState
from stackheap_tui.lang.span import Span
from stackheap_tui.memory.records import Snapshot
from stackheap_tui.trace.protocol import TraceView

LOOKBACK = 50_000
"""Steps walked back to find the function's previous step; past that (a long callee in
between) the change is not worked out, and the state is shown without +/−."""


@dataclass(frozen=True, slots=True)
class PermissionRow:
    place: str  # `v`, `*first`, `p.x`
    perms: frozenset[str]  # held after this step
    can: frozenset[str]  # the most it could hold (by declaration and type)
    gained: frozenset[str] = frozenset()
    lost: frozenset[str] = frozenset()
    reason: str = ""  # why it changed at this step ("" when it did not)
    gone: bool = False  # left scope at this step: shown once, then dropped


@dataclass(frozen=True, slots=True)
class StepPermissions:
    function: str
    rows: tuple[PermissionRow, ...]
    note: str = ""  # why nothing is shown, when nothing is


class PermissionSteps:
    """Answers "what may each place do after step i" for one run, with caching."""

    def __init__(self, trace: TraceView, table: PermissionTable) -> None:
        self.trace = trace
        self.table = table
        self._visible: dict[int, tuple[str, PointState | None]] = {}

    # ---- facts about steps, cheap when the trace offers them ----
    def _depth(self, index: int) -> int:
        depth_at = getattr(self.trace, "depth_at", None)
        return int(depth_at(index)) if callable(depth_at) else self.trace.step(index).depth

    def _span(self, index: int) -> Span:
        span_at = getattr(self.trace, "span_at", None)
        return span_at(index) if callable(span_at) else self.trace.step(index).span

    def previous(self, index: int) -> int | None:
        """The same call's previous step (None at its first step)."""
        depth = self._depth(index)
        for j in range(index - 1, max(-1, index - 1 - LOOKBACK), -1):
            d = self._depth(j)
            if d == depth:
                return j
            if d < depth:
                return None
        return None

    def _state(self, index: int, function: str) -> PointState | None:
        """The function's permissions after step `index` (carried over steps that run
        none of its nodes)."""
        j: int | None = index
        walked = 0
        while j is not None and walked < LOOKBACK:
            found = self.table.at(self._span(j), function)
            if found is not None:
                return found
            j = self.previous(j)
            walked += 1
        return self.table.start(function)

    def visible(self, index: int,
                snapshot: Snapshot | None = None) -> tuple[str, PointState | None]:
        """(function, state) after step `index`, with only the places whose variable is on
        the newest frame."""
        cached = self._visible.get(index)
        if cached is not None:
            return cached
        snapshot = snapshot if snapshot is not None else self.trace.snapshot(index)
        if not snapshot.frames:
            result: tuple[str, PointState | None] = ("", None)
        else:
            frame = snapshot.frames[-1]
            state = self._state(index, frame.function)
            if state is not None:
                names = {slot.name for slot in frame.slots}
                state = PointState(state.function, state.body, state.node,
                                   tuple(p for p in state.places if p.name in names))
            result = (frame.function, state)
        self._visible[index] = result
        return result

    # ---- the rows the pane shows ----
    def at(self, index: int, snapshot: Snapshot | None = None) -> StepPermissions:
        function, now = self.visible(index, snapshot)
        if not function:
            return StepPermissions("", (), "No function is running.")
        span = self._span(index)
        if self.table.in_closure(span, function):
            return StepPermissions(function, (), "Inside a closure's body: its permissions "
                                   "are not shown (only those of functions).")
        if now is None:
            return StepPermissions(function, (), f"No permissions known for `{function}`.")
        before = self.previous(index)
        old = self.visible(before)[1] if before is not None else None
        return StepPermissions(function, rows(self.trace.source, old, now, first=before is None))


def rows(source: str, old: PointState | None, now: PointState,
         first: bool = False) -> tuple[PermissionRow, ...]:
    """`now`'s places, each with what it gained and lost since `old`, and why; then the
    places `old` had that left scope. With no `old` (a call's first step) nothing is marked
    unless `first` says the places are new here."""
    before: dict[PlaceKey, PlaceState] = {p.key: p for p in old.places} if old else {}
    out: list[PermissionRow] = []
    for place in now.places:
        prior = before.pop(place.key, None)
        if prior is None and old is None and not first:
            out.append(PermissionRow(place.text, place.perms, place.can))
            continue
        gained = place.perms - (prior.perms if prior else frozenset())
        lost = (prior.perms - place.perms) if prior else frozenset()
        changed = prior is None or gained or lost
        out.append(PermissionRow(place.text, place.perms, place.can, gained, lost,
                                 change_reason(source, prior, place) if changed else ""))
    for prior in before.values():
        out.append(PermissionRow(prior.text, frozenset(), prior.can, frozenset(),
                                 prior.perms, change_reason(source, prior, None), gone=True))
    return tuple(out)


__all__ = ["PermissionRow", "PermissionSteps", "StepPermissions", "rows"]

"""A cheap index of every step's kind, depth and whether it changed anything.

Jumps (`n`, step over, next allocation, ...) and the timeline ask these three facts of
many steps. `TraceView.step(i)` answers them but also works out `changed` by replaying
memory, which is far too slow to call for every step of a long run on every key press.
So the app keeps one `StepIndex` per trace: each step is asked once, lazily, and the
answer is kept in compact arrays (a million steps cost a few megabytes). A trace that
offers the fast accessors below (`kind_at`, `depth_at`, `changes_memory_at`) is read
through them instead, without replaying anything.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, Protocol, runtime_checkable

from stackheap_tui.memory.records import StepKind
from stackheap_tui.trace.protocol import TraceView

_UNKNOWN = 255  # a kind code for "not asked yet"


class Unknown(Enum):
    """A search ran into steps not indexed yet and was told not to index them."""

    UNKNOWN = "unknown"


UNKNOWN = Unknown.UNKNOWN
SearchResult = int | None | Unknown
"""The step found, None when there is none, UNKNOWN when the answer needs unindexed steps."""


@runtime_checkable
class FastStepFacts(Protocol):
    """What a trace may offer so that no step needs replaying to be indexed."""

    def kind_at(self, index: int) -> StepKind: ...

    def depth_at(self, index: int) -> int: ...

    def changes_memory_at(self, index: int) -> bool: ...


class StepIndex:
    """Kind, depth and "is an event" per step, computed on first use and kept."""

    def __init__(self, trace: TraceView) -> None:
        self.trace = trace
        self._fast = trace if isinstance(trace, FastStepFacts) else None
        self._kind_codes: dict[StepKind, int] = {}
        self._kinds_by_code: list[StepKind] = []
        self._kinds = bytearray()
        self._depths = array("l")
        self._events = bytearray()
        self.indexed_prefix = 0
        """Every step before this one is indexed (the background fill moves it forward)."""

    def __len__(self) -> int:
        return len(self.trace)

    # -- the facts --------------------------------------------------------------------------

    def is_known(self, index: int) -> bool:
        return index < len(self._kinds) and self._kinds[index] != _UNKNOWN

    def kind(self, index: int) -> StepKind:
        self._ensure(index)
        return self._kinds_by_code[self._kinds[index]]

    def depth(self, index: int) -> int:
        self._ensure(index)
        return self._depths[index]

    def is_event(self, index: int) -> bool:
        """Whether the step is worth stopping at with `n`: it changed memory, or did more
        than run a plain statement (a call, a print, a drop, a panic, ...)."""
        self._ensure(index)
        return bool(self._events[index])

    def fill(self, count: int) -> int:
        """Index up to `count` more steps after the indexed prefix; returns the new prefix."""
        end = min(len(self), self.indexed_prefix + count)
        if self._fast is not None:
            self._fill_fast(self.indexed_prefix, end)
        for index in range(self.indexed_prefix, end):
            self._ensure(index)
        self.indexed_prefix = max(self.indexed_prefix, end)
        while self.indexed_prefix < len(self) and self.is_known(self.indexed_prefix):
            self.indexed_prefix += 1
        return self.indexed_prefix

    @property
    def complete(self) -> bool:
        return self.indexed_prefix >= len(self)

    def _ensure(self, index: int) -> None:
        if self.is_known(index):
            return
        if not 0 <= index < len(self):
            raise IndexError(f"step {index} is outside 0..{len(self) - 1}")
        self._grow(index + 1)
        if self._fast is not None:
            kind = self._fast.kind_at(index)
            depth = self._fast.depth_at(index)
            changed = self._fast.changes_memory_at(index)
        else:
            info = self.trace.step(index)
            kind, depth, changed = info.kind, info.depth, bool(info.changed)
        self._kinds[index] = self._code(kind)
        self._depths[index] = depth
        self._events[index] = changed or kind is not StepKind.STATEMENT

    def _fill_fast(self, start: int, end: int) -> None:
        """`_ensure` for a run of steps, through the fast accessors, without per-step checks."""
        fast = self._fast
        assert fast is not None
        self._grow(end)
        kinds, depths, events = self._kinds, self._depths, self._events
        kind_at, depth_at, changes_at = fast.kind_at, fast.depth_at, fast.changes_memory_at
        code, statement = self._code, StepKind.STATEMENT
        for index in range(start, end):
            if kinds[index] == _UNKNOWN:
                kind = kind_at(index)
                kinds[index] = code(kind)
                depths[index] = depth_at(index)
                events[index] = kind is not statement or changes_at(index)

    def _grow(self, size: int) -> None:
        missing = size - len(self._kinds)
        if missing > 0:
            self._kinds.extend(bytes([_UNKNOWN]) * missing)
            self._depths.extend([0] * missing)
            self._events.extend(bytes(missing))

    def _code(self, kind: StepKind) -> int:
        # Kinds get codes as they appear, so kinds added to StepKind later need no change here.
        code = self._kind_codes.get(kind)
        if code is None:
            code = self._kind_codes[kind] = len(self._kinds_by_code)
            self._kinds_by_code.append(kind)
        return code

    # -- searching --------------------------------------------------------------------------

    def search(
        self,
        start: int,
        direction: int,
        matches: Callable[[int], bool],
        *,
        indexed_only: bool = False,
        limit: int | None = None,
    ) -> SearchResult:
        """The first step after (`direction` 1) or before (-1) `start` that `matches`.

        With `indexed_only`, stop with UNKNOWN at the first step not indexed yet instead of
        indexing it; with `limit`, stop with UNKNOWN after that many steps. Both keep the
        question "is this key usable?" cheap enough to ask on every redraw.
        """
        steps: Iterable[int] = range(start + 1, len(self)) if direction > 0 else range(
            start - 1, -1, -1
        )
        for looked, index in enumerate(steps):
            if (indexed_only and not self.is_known(index)) or (
                limit is not None and looked >= limit
            ):
                return UNKNOWN
            if matches(index):
                return index
        return None

    def next_event(self, start: int, direction: int = 1, **options: Any) -> SearchResult:
        return self.search(start, direction, self.is_event, **options)

    def next_of_kind(
        self, start: int, kinds: frozenset[StepKind], direction: int = 1, **options: Any
    ) -> SearchResult:
        return self.search(start, direction, lambda i: self.kind(i) in kinds, **options)

    def step_over(self, start: int, **options: Any) -> SearchResult:
        """The next step in this frame or a caller's: calls made from here are run through."""
        depth = self.depth(start)
        return self.search(start, 1, lambda i: self.depth(i) <= depth, **options)

    def step_out(self, start: int, **options: Any) -> SearchResult:
        """The next step after this frame has returned (back in the caller)."""
        depth = self.depth(start)
        if depth <= 0:
            return None
        return self.search(start, 1, lambda i: self.depth(i) < depth, **options)

"""A recorded run: per-step ops (deltas) plus periodic memory checkpoints.

`snapshot(n)` copies the nearest checkpoint at or before n and replays at most
`CHECKPOINT_EVERY - 1` steps of ops, so memory grows with the ops a run makes,
not with steps × memory size, and any step is rebuilt in bounded time.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang.span import Span
from stackheap_tui.memory.explain import Explanation
from stackheap_tui.memory.records import (
    ChangeKey,
    HeapKey,
    Outcome,
    SlotKey,
    Snapshot,
    StepInfo,
    StepKind,
)
from stackheap_tui.memory.render import snapshot_of
from stackheap_tui.memory.state import (
    ADD_SLOT,
    ALLOC,
    FREE,
    HEAP_APPEND,
    HEAP_SET,
    OUTPUT,
    PURGE,
    REPLACE_TOP,
    SET_OWNER,
    SET_STATE,
    SET_VALUE,
    SLOT_PUSH,
    Memory,
    Op,
)

if TYPE_CHECKING:
    from stackheap_tui.lang.permissions import PermissionTable

CHECKPOINT_EVERY = 128
# A step whose one op stores an integer (a loop's counter, a pushed number: most steps of
# a long loop) is kept as 8 bytes in an array: the value shifted left over the index of
# the op's other fields in `Trace._templates`. The op's tuple cost 80 bytes, and an int
# object per step would sit between the program's own numbers in memory, making every
# copy of a Vec of them several times slower.
_PACKED_VALUE_AT = {SET_VALUE: 3, SLOT_PUSH: 3, REPLACE_TOP: 2}
TEMPLATE_BITS = 16
_TEMPLATE_MASK = (1 << TEMPLATE_BITS) - 1
_PACKED_VALUES = range(-(1 << (63 - TEMPLATE_BITS)), 1 << (63 - TEMPLATE_BITS))  # fit in 64 bits
KINDS = tuple(StepKind)
_KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}


class Trace:
    """Implements `TraceView`: what the TUI, `--trace` and `--json` read; beside it the
    program's permissions, from the borrow checker's analysis (the TUI's `w` pane)."""

    def __init__(self, source: str, path: str,
                 permissions: PermissionTable | None = None) -> None:
        self.source = source
        self.path = path
        self.permissions = permissions
        # One entry per step in parallel lists (no object per step): a million steps
        # cost a few pointers each, mostly shared (spans, kinds, constant sentences).
        self._spans: list[Span] = []
        self._kinds = bytearray()  # a byte per step: the index of its kind in KINDS
        self._explanations: list[Explanation] = []
        # A step's ops: one op alone (most steps make one change), or a tuple of ops (an
        # op starts with its int code, a tuple of ops with a tuple), or None: one op
        # storing an integer, packed into `_packed` (see `_pack`; 0 for other steps).
        # `ops_at` reads all three.
        self._ops: list[Op | tuple[Op, ...] | None] = []
        self._packed = array("q")
        # (fields before the value, fields after it) of packed ops, and their indexes.
        self._templates: list[tuple[Op, Op]] = []
        self._template_ids: dict[Op, int] = {}
        # Frames on the stack after the step (step over/out): 4 bytes, not an int object.
        self._depths = array("i")
        self._checkpoints: list[Memory] = []  # state after the steps in _checkpoint_steps
        self._checkpoint_steps: list[int] = []
        self._next_checkpoint = 0  # the first step that may need one
        self._outcome = Outcome(0, "", "")
        self._cache: tuple[int, Memory] | None = None
        self.finished = False  # set once the run has ended (a Recording streams until then)
        # The scheduler's decisions, in order (`machine/schedule.py`'s `Decision`s): where
        # two threads or more could run, and which one did (the TUI's `t` re-runs from them).
        self.decisions: list[Any] = []

    # ---- recording (used by the Recorder only) ----
    def append(self, span: Span, kind: StepKind, explanation: Explanation,
               ops: Op | tuple[Op, ...], memory: Memory) -> None:
        self._spans.append(span)
        self._kinds.append(_KIND_CODES[kind])
        self._explanations.append(explanation)
        # This runs once per step: the common case (one op storing an int) is inlined.
        packed = None
        if ops and type(code := ops[0]) is int and (at := _PACKED_VALUE_AT.get(code)):
            value = ops[at]
            if type(value) is int and value in _PACKED_VALUES:  # not a bool, not a tuple
                # The code and the fields around the value: always three of them.
                others = ops[:3] if at == 3 else (code, ops[1], ops[3])
                index = self._template_ids.get(others)
                if index is None:
                    index = self._new_template(ops, at, others)
                if index is not None:
                    packed = value << TEMPLATE_BITS | index
        if packed is None:
            self._packed.append(0)
            self._ops.append(ops)
        else:
            self._packed.append(packed)
            self._ops.append(None)
        # Appended last: `len(self)` counts depths, so a reader on another thread sees
        # a step only once it is whole.
        depths = self._depths
        depths.append(len(memory.frames))
        index = len(depths) - 1
        if index < self._next_checkpoint:
            return
        # Restoring a checkpoint costs as much as the picture is big (a pointer per frame
        # and block, a copy of each growing buffer), so big pictures space them out: a
        # jump replays at most about picture-size/8 steps after the restore.
        spacing = max(CHECKPOINT_EVERY, memory.weight() // 8)
        last = self._checkpoint_steps[-1] if self._checkpoint_steps else None
        if last is not None and index - last < spacing:
            self._next_checkpoint = last + spacing
            return
        self._checkpoints.append(memory.checkpoint())
        self._checkpoint_steps.append(index)
        self._next_checkpoint = index + CHECKPOINT_EVERY

    def _new_template(self, op: Op, at: int, others: Op) -> int | None:
        """Index the fields of a packed op around its value (None once all are taken)."""
        index = len(self._templates)
        if index > _TEMPLATE_MASK:
            return None  # every template index taken: the op stays a tuple
        # Appended before any step uses it, for a reader on another thread.
        self._templates.append((op[:at], op[at + 1:]))
        self._template_ids[others] = index
        return index

    def _unpack(self, packed: int) -> Op:
        before, after = self._templates[packed & _TEMPLATE_MASK]
        return (*before, packed >> TEMPLATE_BITS, *after)

    def finish(self, outcome: Outcome) -> None:
        self._outcome = outcome
        self.finished = True

    # ---- reading ----
    def __len__(self) -> int:
        return len(self._depths)

    @property
    def outcome(self) -> Outcome:
        return self._outcome

    def step(self, index: int) -> StepInfo:
        if not 0 <= index < len(self):
            raise IndexError(f"step {index} is outside 0..{len(self) - 1}")
        return self._info(index, self.memory_at(index - 1) if index > 0 else Memory())

    def _info(self, index: int, memory: Memory) -> StepInfo:
        """Step `index`, read off `memory` as it was before the step (and is after it:
        the step's ops are applied to it on the way)."""
        changed = frozenset(_changed_keys(memory, self.ops_at(index)))  # now after the step
        explanation = self._explanations[index]
        text = explanation if isinstance(explanation, str) else explanation.render(memory)
        return StepInfo(index, self._spans[index], KINDS[self._kinds[index]], text, changed,
                        self._depths[index])

    # ---- per-step facts that need no replay (the TUI indexes a million steps) ----
    def kind_at(self, index: int) -> StepKind:
        return KINDS[self._kinds[index]]

    def depth_at(self, index: int) -> int:
        return self._depths[index]

    def span_at(self, index: int) -> Span:
        return self._spans[index]

    def changes_memory_at(self, index: int) -> bool:
        """Whether the step changed the picture (printing alone does not count)."""
        return any(op[0] not in (PURGE, OUTPUT) for op in self.ops_at(index))

    def ops_at(self, index: int) -> tuple[Op, ...]:
        """The ops step `index` applied, in order."""
        entry = self._ops[index]
        if entry is None:
            return (self._unpack(self._packed[index]),)
        return (entry,) if entry and type(entry[0]) is int else entry

    def memory_at(self, index: int) -> Memory:
        """A private copy of the machine's memory after step `index`."""
        if not 0 <= index < len(self):
            raise IndexError(f"step {index} is outside 0..{len(self) - 1}")
        position = bisect.bisect_right(self._checkpoint_steps, index) - 1
        base = self._checkpoint_steps[position]
        cached = self._cache
        if cached is not None and base <= cached[0] <= index:
            # Stepping forward: continue from the last picture instead of the checkpoint.
            start, memory = cached[0], cached[1].copy()
        else:
            start, memory = base, self._checkpoints[position].copy()
        apply = memory.apply
        templates = self._templates
        for entry, packed in zip(self._ops[start + 1:index + 1],
                                 self._packed[start + 1:index + 1], strict=True):
            if entry is None:  # `_unpack`, inlined: this loop is every jump's cost
                before, after = templates[packed & _TEMPLATE_MASK]
                apply((*before, packed >> TEMPLATE_BITS, *after))
                continue
            if not entry:
                continue
            if type(entry[0]) is int:
                apply(entry)  # a step of one op
            else:
                for op in entry:
                    apply(op)
        self._cache = (index, memory.copy())
        return memory

    def pictures(self, newest: int | None = None) -> Iterator[tuple[StepInfo, Snapshot]]:
        """Every step in order with its picture (`output=False`, the `newest` frames),
        replayed on one memory in place: `memory_at` copies the frame list twice a step,
        which for a run 131,000 frames deep made `--trace` cost steps × depth."""
        for info, picture in self.walk(newest=newest):
            assert picture is not None
            yield info, picture

    def walk(self, *, newest: int | None = None,
             every: int = 1) -> Iterator[tuple[StepInfo, Snapshot | None]]:
        """Every step in order, on one memory changed in place (a step's cost does not
        grow with the stack's depth), with its picture (`output=False`, the `newest`
        frames) when its index is a multiple of `every` or it is the last step."""
        if len(self) == 0:
            return
        last = len(self) - 1
        memory = self.memory_at(0)  # a private copy, changed in place from here on
        yield self.step(0), snapshot_of(memory, 0, output=False, newest=newest)
        for index in range(1, len(self)):
            info = self._info(index, memory)  # (which applies the step's ops to it)
            drawn = index % every == 0 or index == last
            yield info, (snapshot_of(memory, index, output=False, newest=newest)
                         if drawn else None)

    def snapshot(self, index: int, *, output: bool = True,
                 newest: int | None = None) -> Snapshot:
        """The picture after step `index`; `output=False` leaves its stdout and stderr
        empty, `newest=N` draws only the newest N frames (see `render.snapshot_of`)."""
        return snapshot_of(self.memory_at(index), index, output=output, newest=newest)

    def printed_at(self, index: int) -> tuple[tuple[str, str], ...]:
        """What step `index` printed: (stream, text) pairs, stream "stdout" or "stderr"."""
        return tuple((op[1], op[2]) for op in self.ops_at(index) if op[0] == OUTPUT)


class StepCounter(Trace):
    """A run whose steps nobody will browse (`--run`): only counted, for `--max-steps`.

    The output and the exit code are all `--run` prints, so keeping a million steps'
    ops and checkpoints would only cost time and memory.
    """

    def __init__(self, source: str, path: str) -> None:
        super().__init__(source, path)
        self._count = 0

    def append(self, span: Span, kind: StepKind, explanation: Explanation,
               ops: Op | tuple[Op, ...], memory: Memory) -> None:
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def memory_at(self, index: int) -> Memory:
        raise TypeError("a counted run keeps no steps to show")


def _changed_keys(before: Memory, ops: tuple[Op, ...]) -> set[ChangeKey]:
    """What a step touched, found by replaying its ops on the picture before it."""
    keys: set[ChangeKey] = set()
    for op in ops:
        result = before.apply(op)
        code = op[0]
        # (a scoped thread's first frames are its parent's, not drawn in its stack)
        base = before.first_own_frame if before.borrowed else 0
        if code == ADD_SLOT:
            keys.add(SlotKey(len(before.frames) - 1 - base, result))
        elif code in (SET_VALUE, SET_STATE):
            if op[1] >= base:
                keys.add(SlotKey(op[1] - base, op[2]))
        elif code in (HEAP_SET, FREE, SET_OWNER, HEAP_APPEND):
            keys.add(HeapKey(op[1]))
        elif code == ALLOC:
            keys.add(HeapKey(result))
        elif code == REPLACE_TOP:
            keys.add(SlotKey(op[1] - base if op[1] >= 0 else op[1], result))
        elif code == SLOT_PUSH:
            if op[1] >= base:
                keys.add(SlotKey(op[1] - base, op[2]))
            keys.add(HeapKey(before.frames[op[1]].slots[op[2]].value[0]))
    return keys

"""What the stack and heap panes draw for one step: which parts the step changed (or, on
the way back, which parts the step undone had changed, see `view.undo`), and where every
pointer leads.

Pure logic over a `Snapshot`, without widgets: the panes and the tests read it alike.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from stackheap_tui.memory.records import (
    AllocationView,
    ChangeKey,
    HeapKey,
    SlotKey,
    SlotState,
    SlotView,
    Snapshot,
    StaticView,
    change_key,
)
from stackheap_tui.view.numbers import format_address

Target = tuple[str, int] | tuple[str, int, int]
"""Where a pointer leads: ("heap", block address), ("static", literal address) or
("slot", frame index, slot index) for a reference into the stack."""


def reference_kind(type_name: str) -> str:
    """`&mut` for a mutable borrow, `&` for a shared one, "" for an owning pointer."""
    if type_name.startswith("&mut "):
        return "&mut"
    if type_name.startswith("&"):
        return "&"
    return ""


def _within(address: int, start: int, size: int) -> bool:
    """Whether `address` lies in [start, start + size); a zero-sized thing holds its own
    address."""
    return start <= address < start + max(1, size)


def points_into(address: int, block: AllocationView | StaticView) -> bool:
    """Whether `address` lies inside `block`."""
    return _within(address, block.address, block.size)


@dataclass(frozen=True)
class Pointer:
    """A live slot holding a pointer, and where it sits."""

    frame: int
    index: int
    slot: SlotView

    @property
    def kind(self) -> str:
        return reference_kind(self.slot.type_name)


@dataclass(frozen=True)
class MemoryPicture:
    """A snapshot plus the keys to highlight; the stack and heap panes read only this.

    `changed` names slots (`SlotKey`) and blocks (`HeapKey`), or their text (a hand-made
    trace, a violation's target). With `undone`, they are what the step the user came back
    from had changed.
    """

    snapshot: Snapshot
    changed: frozenset[str] = frozenset()
    undone: bool = False
    # (frame, slot) of references past their last use: their borrow is over (as the
    # checker and the permissions pane say), so they are no longer drawn as borrowing.
    ended: frozenset[tuple[int, int]] = frozenset()

    @cached_property
    def _keys(self) -> list[ChangeKey]:
        return [typed for key in self.changed if (typed := change_key(key)) is not None]

    def slot_changed(self, frame: int, index: int, slot: SlotView) -> bool:
        # The trace names slots by index; a hand-made trace may name them.
        return SlotKey(frame, slot.name) in self.changed or SlotKey(frame, index) in self.changed

    def changed_slots(self) -> dict[int, frozenset[int]]:
        """Frame → the indexes of its slots `changed` names (what `slot_changed` says, for
        every slot at once: the stack pane looks only at the frames named)."""
        named: dict[int, set[int | str]] = {}
        for key in self._keys:
            if isinstance(key, SlotKey):
                named.setdefault(key.frame, set()).add(key.slot)
        frames = self.snapshot.frames
        return {
            frame: frozenset(index for index, slot in enumerate(frames[frame].slots)
                             if index in which or slot.name in which)
            for frame, which in named.items()
            if frame < len(frames)
        }

    def borrowed_slots(self) -> dict[int, list[int]]:
        """Frame → the indexes of its slots that a live pointer leads into, in order."""
        found: dict[int, list[int]] = {}
        for target in self._pointers_by_target:
            if target[0] == "slot":
                found.setdefault(target[1], []).append(target[2])  # type: ignore[misc]
        return {frame: sorted(indexes) for frame, indexes in found.items()}

    @cached_property
    def changed_blocks(self) -> frozenset[int]:
        """The addresses of the blocks `changed` names (what `block_changed` says, for every
        block at once)."""
        return frozenset(key.address for key in self._keys if isinstance(key, HeapKey))

    def block_changed(self, block: AllocationView) -> bool:
        return block.address in self.changed_blocks

    # -- where pointers lead ----------------------------------------------------------------

    @cached_property
    def _slot_ranges(self) -> list[tuple[int, int, int, int]]:
        """(address, size, frame, index) of every slot, by address."""
        return sorted(
            (slot.address, slot.size, frame, index)
            for frame, view in enumerate(self.snapshot.frames)
            for index, slot in enumerate(view.slots)
        )

    @cached_property
    def _heap_addresses(self) -> list[int]:
        return [block.address for block in self.snapshot.heap]

    @cached_property
    def _static_addresses(self) -> list[int]:
        return [literal.address for literal in self.snapshot.statics]

    def target_of(self, address: int) -> Target | None:
        """The heap block, static literal or stack slot that `address` lies in."""
        heap = self.snapshot.heap
        at = bisect.bisect_right(self._heap_addresses, address) - 1
        if at >= 0 and points_into(address, heap[at]):
            return ("heap", heap[at].address)
        statics = self.snapshot.statics
        at = bisect.bisect_right(self._static_addresses, address) - 1
        if at >= 0 and points_into(address, statics[at]):
            return ("static", statics[at].address)
        slots = self._slot_ranges
        at = bisect.bisect_right(slots, (address, float("inf"))) - 1
        # Slots can be zero-sized and share an address: look at every slot starting there.
        while at >= 0:
            start, size, frame, index = slots[at]
            if _within(address, start, size):
                return ("slot", frame, index)
            if start + max(1, size) <= address:
                break  # slots do not overlap: the ones further down end even earlier
            at -= 1
        return None

    @cached_property
    def _pointers_by_target(self) -> dict[Target, list[Pointer]]:
        found: dict[Target, list[Pointer]] = {}
        for frame, view in enumerate(self.snapshot.frames):
            for index, slot in enumerate(view.slots):
                if slot.state is not SlotState.LIVE or slot.points_to is None or (
                        frame, index) in self.ended:
                    continue
                target = self.target_of(slot.points_to)
                if target is not None and target != ("slot", frame, index):
                    found.setdefault(target, []).append(Pointer(frame, index, slot))
        return found

    def name_of(self, frame: int, slot: SlotView, seen_from: int | None = None) -> str:
        """A slot's name as another part of the picture calls it: bare within the frame
        `seen_from` (the newest by default), `function::name` from elsewhere."""
        if seen_from is None:
            seen_from = len(self.snapshot.frames) - 1
        if frame == seen_from:
            return slot.name
        return f"{self.snapshot.frames[frame].function}::{slot.name}"

    def _labels(self, target: Target, seen_from: int | None = None) -> list[str]:
        labels = []
        for pointer in self._pointers_by_target.get(target, []):
            name = self.name_of(pointer.frame, pointer.slot, seen_from)
            labels.append(f"{name} ({pointer.kind})" if pointer.kind else name)
        return labels

    def pointer_summary(self) -> tuple[tuple[Target, tuple[str, ...]], ...]:
        """Every heap block and literal pointed at, with the `← names` its box shows:
        when this is unchanged (and the blocks are), the heap pane draws the same."""
        return tuple(
            (target, tuple(self._labels(target)))
            for target in self._pointers_by_target
            if target[0] != "slot"
        )

    def block_pointers(self) -> dict[int, list[str]]:
        """Block address → `pointers_to` it, for the blocks something points into."""
        return {target[1]: self._labels(target) for target in self._pointers_by_target
                if target[0] == "heap"}

    def pointers_to(self, block: AllocationView) -> list[str]:
        """Live slots whose pointer leads into `block`, named for the arrow `← name`."""
        return self._labels(("heap", block.address))

    def pointers_to_static(self, literal: StaticView) -> list[str]:
        """Live slots (`&str`s) whose pointer leads into the literal."""
        return self._labels(("static", literal.address))

    def borrowers_of(self, frame: int, index: int) -> list[Pointer]:
        """Live slots whose pointer leads into the stack slot (references to it)."""
        return list(self._pointers_by_target.get(("slot", frame, index), []))

    def borrow_text(self, frame: int, index: int) -> str:
        """`borrowed by r (&), m (&mut)`, or "" when nothing points at the slot."""
        labels = self._labels(("slot", frame, index), seen_from=frame)
        if not labels:
            return ""
        pointers = self.borrowers_of(frame, index)
        verb = "borrowed by" if all(p.kind for p in pointers) else "pointed to by"
        return f"{verb} {', '.join(labels)}"

    def target_text(self, frame: int, slot: SlotView) -> str | None:
        """Where the slot's pointer leads, as the row shows it: a stack slot by name
        (`arr`, `arr + 4 B`, `main::arr`), anything else by address."""
        if slot.points_to is None:
            return None
        ended = " (borrow over: not used again)" if self._is_ended(frame, slot) else ""
        target = self.target_of(slot.points_to)
        if target is None or target[0] != "slot":
            return format_address(slot.points_to) + ended
        _, target_frame, target_index = target  # type: ignore[misc]
        pointee = self.snapshot.frames[target_frame].slots[target_index]
        name = self.name_of(target_frame, pointee, seen_from=frame)
        offset = slot.points_to - pointee.address
        return (f"{name} + {offset} B" if offset else name) + ended

    def _is_ended(self, frame: int, slot: SlotView) -> bool:
        if not self.ended or frame >= len(self.snapshot.frames):
            return False
        slots = self.snapshot.frames[frame].slots
        return any((frame, i) in self.ended for i, s in enumerate(slots) if s is slot)

"""What the stack and heap panes draw for one step, and which parts the step changed."""

from __future__ import annotations

from dataclasses import dataclass

from stackheap_tui.trace.model import AllocationView, SlotState, SlotView, Snapshot


@dataclass(frozen=True, slots=True)
class MemoryPicture:
    """A snapshot plus the step's `changed` keys; the stack and heap panes read only this."""

    snapshot: Snapshot
    changed: frozenset[str] = frozenset()

    def slot_changed(self, frame: int, index: int, slot: SlotView) -> bool:
        # The trace names slots "slot:<frame>:<name>"; "slot:<frame>:<index>" is accepted too.
        return (
            f"slot:{frame}:{slot.name}" in self.changed or f"slot:{frame}:{index}" in self.changed
        )

    def block_changed(self, block: AllocationView) -> bool:
        return f"heap:{block.address}" in self.changed or (
            f"heap:{block.address:#x}" in self.changed
        )

    def pointers_to(self, block: AllocationView) -> list[str]:
        """Live slots whose pointer leads into `block`, named for the arrow `← name`."""
        newest = len(self.snapshot.frames) - 1
        names = []
        for index, frame in enumerate(self.snapshot.frames):
            for slot in frame.slots:
                if (
                    slot.state is SlotState.LIVE
                    and slot.points_to is not None
                    and points_into(slot.points_to, block)
                ):
                    names.append(slot.name if index == newest else f"{frame.function}::{slot.name}")
        return names


def points_into(address: int, block: AllocationView) -> bool:
    """Whether `address` lies inside `block` (a zero-sized block holds only its own address)."""
    return block.address <= address < block.address + max(1, block.size)

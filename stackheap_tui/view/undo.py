"""Stepping back: what the step the user came back from had done, undone — the parts of
the picture to highlight and a phrase for each, for the status line."""

from __future__ import annotations

from dataclasses import dataclass

from stackheap_tui.memory.records import ChangeKey, HeapKey, SlotKey, SlotView, Snapshot
from stackheap_tui.view.numbers import format_address


def _slot_table(snapshot: Snapshot) -> dict[tuple[int, int], SlotView]:
    return {
        (frame, index): slot
        for frame, view in enumerate(snapshot.frames)
        for index, slot in enumerate(view.slots)
    }


@dataclass(frozen=True, slots=True)
class Undo:
    """What going back from `came_from` to the current step undid."""

    changed: frozenset[ChangeKey]  # keys of the current picture to highlight
    phrases: tuple[str, ...]  # what was undone, for the status line


def undo_of(current: Snapshot, came_from: Snapshot) -> Undo:
    """The reverse delta: the slots and blocks of `current` that differ in `came_from` (or
    are missing there), and a phrase for each difference."""
    keys: set[ChangeKey] = set()
    phrases: list[str] = []
    now, then = _slot_table(current), _slot_table(came_from)
    for key, slot in now.items():
        other = then.get(key)
        frame, index = key
        if other is None or other.name != slot.name:
            keys.add(SlotKey(frame, index))
            phrases.append(f"`{slot.name}` is back on the stack")
        elif other != slot:
            keys.add(SlotKey(frame, index))
            if other.value != slot.value and len(slot.value) <= 24:
                phrases.append(f"`{slot.name}` is {slot.value} again")
            elif other.value != slot.value:
                phrases.append(f"`{slot.name}` has its earlier value again")
            elif other.state != slot.state:
                phrases.append(f"`{slot.name}` is {slot.state.value} again")
            else:
                phrases.append(f"`{slot.name}` is as it was")
    for key, slot in then.items():
        mine = now.get(key)
        if mine is None or mine.name != slot.name:
            phrases.append(f"`{slot.name}` is not on the stack yet")
    blocks = {block.address: block for block in current.heap}
    old_blocks = {block.address: block for block in came_from.heap}
    for address, block in blocks.items():
        old = old_blocks.get(address)
        where = format_address(address)
        if block.freed:
            continue  # a tombstone of this step: it is drawn as freed either way
        if old is None or old.freed:
            keys.add(HeapKey(address))
            phrases.append(f"the block at {where} is not freed yet")
        elif old != block:
            keys.add(HeapKey(address))
            phrases.append(f"the block at {where} is as it was")
    for address, block in old_blocks.items():
        now_block = blocks.get(address)
        if not block.freed and (now_block is None or now_block.freed):
            phrases.append(f"the block at {format_address(address)} is not allocated yet")
    if _printed(came_from) > _printed(current):
        phrases.append("its output is not printed yet")
    return Undo(frozenset(keys), tuple(phrases))


def _printed(snapshot: Snapshot) -> int:
    """How far the output had come (chunks of the run's log, or characters by hand)."""
    if snapshot.printed is not None:
        return snapshot.printed.count
    return len(snapshot.stdout) + len(snapshot.stderr)


def undone_text(index: int, came_from: int | None, undo: Undo, most: int = 6) -> str:
    """`↶ Back from step 14: `i` is 5 again.` (step numbers 1-based, as the counter)."""
    steps = came_from - index if came_from is not None else 1
    head = f"↶ Back from step {(came_from or index) + 1:,}"
    if steps > 1:
        head += f" ({steps} steps undone)"
    phrases = list(undo.phrases[:most])
    if len(undo.phrases) > most:
        phrases.append(f"and {len(undo.phrases) - most} more")
    if not phrases:
        return f"{head}: it had changed no memory."
    return f"{head}: {'; '.join(phrases)}."

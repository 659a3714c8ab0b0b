"""How the picture draws a raw pointer: like a reference, marked raw (it holds no borrow
and has no lifetime), with the allocation and offset it points into; null, dangling and
out-of-bounds pointers say so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stackheap_tui.memory.records import format_address
from stackheap_tui.memory.values import HEAP, STACK, RawPtr

if TYPE_CHECKING:
    from stackheap_tui.memory.state import Memory


def render_raw(ptr: RawPtr, memory: Memory | None) -> str:
    """`0x7ffc_dff0 raw → arr + 8 B`, `null (raw)`, `0x5555_a010 raw → a freed block!`."""
    if ptr.run is None:
        return "null (raw)" if ptr.address == 0 else f"{format_address(ptr.address)} raw, " \
            "dangling (points at no allocation)"
    shown = f"{format_address(ptr.address)} raw"
    if memory is None:
        return shown
    run = ptr.run
    if run.region == HEAP:
        block = memory.heap.get(run.root)
        if block is None or block.freed:
            return f"{shown} → a freed block!"
        base, size = block.address, block.size
        name = f"heap block {format_address(base)}"
    elif run.region == STACK:
        frames = memory.frames
        if run.root >= len(frames) or run.slot >= len(frames[run.root].slots) or (
                frames[run.root].slots[run.slot].serial != ptr.serial):
            return f"{shown} → a popped slot!"
        slot = frames[run.root].slots[run.slot]
        base, size, name = slot.address, slot.size, f"`{slot.name}`"
    else:
        return shown
    offset = ptr.address - base
    where = name if offset == 0 else f"{name} + {offset} B"
    if not 0 <= offset < size:
        return f"{shown} → {where}, outside it!"
    return f"{shown} → {where}"


def raw_target(ptr: RawPtr) -> int | None:
    """Where the picture's arrow goes: the address, unless the pointer is null."""
    return ptr.address if ptr.run is not None else None

"""Text for numbers the panes show: addresses and sizes, the same everywhere."""

from __future__ import annotations

from stackheap_tui.memory.records import format_address

__all__ = ["format_address", "format_size"]


def format_size(size: int) -> str:
    """A size in bytes, as the panes label it: `4 B`."""
    return f"{size} B"


USED, SPARE = "■", "□"
BAR_CELLS = 16
"""A buffer with room for up to this many elements gets a cell per element; a bigger one
gets this many cells, each standing for a share of the capacity."""


def usage_cells(length: int, capacity: int, cells: int = BAR_CELLS) -> tuple[int, int]:
    """(used, spare) cells of a buffer's bar: one per element for a small buffer, else
    proportional, rounded so that a buffer in use never looks empty, nor a full one spare."""
    length, capacity = max(length, 0), max(capacity, 0)
    if capacity <= cells:
        return min(length, capacity), capacity - min(length, capacity)
    used = length * cells // capacity
    if length and not used:
        used = 1
    elif length < capacity and used == cells:
        used = cells - 1
    return used, cells - used

"""Text for numbers the panes show: addresses and sizes, the same everywhere."""

from __future__ import annotations

from stackheap_tui.trace.model import format_address

__all__ = ["format_address", "format_size"]


def format_size(size: int) -> str:
    """A size in bytes, as the panes label it: `4 B`."""
    return f"{size} B"

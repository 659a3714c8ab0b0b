"""Text for numbers the panes show: addresses and sizes, the same everywhere."""

from __future__ import annotations


def format_address(address: int) -> str:
    """`0x7ffcfff8` as `0x7ffc_fff8`: hex, an underscore every 4 digits from the right."""
    if address < 0:
        raise ValueError(f"an address cannot be negative: {address}")
    digits = f"{address:x}"
    head = len(digits) % 4 or 4
    groups = [digits[:head]] + [digits[i : i + 4] for i in range(head, len(digits), 4)]
    return "0x" + "_".join(groups)


def format_size(size: int) -> str:
    """A size in bytes, as the panes label it: `4 B`."""
    return f"{size} B"

"""Index ranges (`a..b`, `a..=b`, `a..`, `..b`, `..=b`, `..`) as slices, strings and
`drain` read them, and the panic std raises for one out of range (Rust 1.95's order:
the start past the end of the data first, then the end, then start > end)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The range kinds whose written end is included: `..=5` ends before index 6.
INCLUSIVE = ("RangeInclusive", "RangeToInclusive")
WITH_START = ("Range", "RangeInclusive", "RangeFrom")
_WITH_END = ("Range", "RangeInclusive", "RangeTo", "RangeToInclusive")


@dataclass(frozen=True, slots=True)
class IndexRange:
    start: int
    end: int  # exclusive
    written_end: int  # the end as the program wrote it (`..=5`: 5), which std's messages show


def index_range(kind: str, bounds: tuple[Any, ...], length: int) -> IndexRange:
    """The range a value of type `kind` (`Range`, `RangeTo`, ...) selects in `length` items.

    `bounds` holds the range's written ends in order: (start, end), (start,), (end,), ()."""
    start = bounds[0] if kind in WITH_START else 0
    if kind in _WITH_END:
        written = bounds[-1]
        return IndexRange(start, written + 1 if kind in INCLUSIVE else written, written)
    return IndexRange(start, length, length)


def written_ends(kind: str, ends: list[Any]) -> tuple[Any, Any, str]:
    """A range value's (start or None, end or None, `..` or `..=`), from its written ends
    in order: how `{:?}` and the picture both show it."""
    rest = list(ends)
    start = rest.pop(0) if kind in WITH_START else None
    return start, rest[0] if rest else None, "..=" if kind in INCLUSIVE else ".."


def slice_range_error(selected: IndexRange, length: int) -> tuple[str, str] | None:
    """Which check fails when slicing `length` items with `selected` ("start", "end",
    "end_inclusive" or "order": std reports them from different lines) and std's panic
    message, or None if the range fits."""
    if selected.start > length:
        return "start", (f"range start index {selected.start} out of range for slice of "
                         f"length {length}")
    if selected.end > length:
        inclusive = selected.end != selected.written_end
        return "end_inclusive" if inclusive else "end", (
            f"range end index {selected.written_end} out of range for slice of length {length}")
    if selected.start > selected.end:
        return "order", f"slice index starts at {selected.start} but ends at {selected.end}"
    return None

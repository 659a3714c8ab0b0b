"""How big a heap allocation a run models: the allocator's answer as rustc's binary gets
it, where that answer does not depend on the machine.

Up to 1 GiB every machine stackheap-tui runs on gives the memory (Linux overcommits:
the pages are not touched). From 2**47 bytes, the whole user address space of x86-64
Linux, malloc fails everywhere: `memory allocation of N bytes failed` and an abort. In
between, rustc's binary succeeds or aborts depending on the RAM and the overcommit
setting (measured on a 24 GB machine with the default heuristic: 20 GiB succeeds, 24 GiB
fails), so the run is refused there. More than isize::MAX bytes is std's "capacity
overflow" panic, checked before this (`machine/std/values.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stackheap_tui.lang.span import Span

SURE_ALLOCATION = 1 << 30
FAILED_ALLOCATION = 1 << 47


class AllocationFailed(Exception):
    """The allocator refused a buffer of `size` bytes: Rust prints it and aborts (134)."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


class NotSupportedAtRun(Exception):
    """The run reached something whose outcome stackheap-tui cannot reproduce (it depends
    on the machine): the run is refused there."""

    def __init__(self, what: str, span: Span | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.span = span


def check_allocation(size: int, span: Span | None = None) -> None:
    """Refuse or fail a heap allocation of `size` bytes as explained above."""
    if size <= SURE_ALLOCATION:
        return
    if size >= FAILED_ALLOCATION:
        raise AllocationFailed(size)
    raise NotSupportedAtRun(f"an allocation of {size:,} bytes (whether rustc's binary gets "
                            "that much memory or aborts depends on the machine)", span)

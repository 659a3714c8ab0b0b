"""How a run stops, or leaves blocks early: the exceptions the interpreter raises.

A panic, a what-if run's undefined behaviour, the step limit, a stack overflow and
`process::exit` end the run. `break`, `continue` and `return` travel as exceptions,
so every block on the way out drops its locals, as Rust does.
"""

from __future__ import annotations

from typing import Any

from stackheap_tui.lang.span import Span
from stackheap_tui.memory.records import DANGLING_STACK, STALE_ELEMENT, USE_AFTER_FREE
from stackheap_tui.memory.state import FreedAccess


class RustPanic(Exception):
    """A Rust panic: the stack unwinds, and the process exits with status 101."""

    def __init__(self, message: str, span: Span, location: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.span = span  # the program's line the panic came from (the picture shows it)
        # Where rustc's binary says it panicked, when that is std's own source rather
        # than the caller's line (a method without `#[track_caller]`, e.g. `i32::pow`).
        self.location = location


class UndefinedBehavior(Exception):
    """A what-if run reached a memory error (see `Violation`)."""

    def __init__(self, kind: str, address: int, span: Span | None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.address = address
        self.span = span

    @classmethod
    def of_access(cls, access: FreedAccess, span: Span | None) -> UndefinedBehavior:
        """A read of freed heap memory, or through a pointer into a popped stack slot."""
        kind = DANGLING_STACK if access.stack else STALE_ELEMENT if access.stale else (
            USE_AFTER_FREE)
        return cls(kind, access.address, span)


class StepLimitReached(Exception):
    """The run reached `--max-steps`: it stops, and the steps so far stay."""


class StackOverflow(Exception):
    """The frames pushed used up the 8 MiB stack: the process aborts."""


class ProcessExit(Exception):
    """`std::process::exit(code)`: the process ends at once, with no drops."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class Break(Exception):
    """`break` (with its label and value) on its way out to its loop."""

    def __init__(self, label: str | None, value: Any) -> None:
        self.label = label
        self.value = value


class Continue(Exception):
    """`continue` (with its label) on its way out to its loop."""

    def __init__(self, label: str | None) -> None:
        self.label = label


class Return(Exception):
    """`return` (or `?`) with its value, on its way out to the function's call."""

    def __init__(self, value: Any) -> None:
        self.value = value

"""A program that did not compile: what the TUI shows instead of a trace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from stackheap_tui.lang.diagnostics import CompileError, Diagnostic


@dataclass(frozen=True, slots=True)
class Failure:
    diagnostics: Sequence[Diagnostic]
    source: str
    path: str

    @classmethod
    def from_error(cls, error: CompileError, source: str, path: str) -> Failure:
        return cls(tuple(error.diagnostics), source, path)

"""Source positions: every AST node and every trace step carries one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A region of the source, 1-based lines and columns; `end_col` is exclusive.

    `start` and `end` are 0-based character offsets into the source text, so a
    view can highlight the exact statement, not only its line.
    """

    line: int
    col: int
    end_line: int
    end_col: int
    start: int
    end: int

    def __str__(self) -> str:
        return f"{self.line}:{self.col}"


NO_SPAN = Span(0, 0, 0, 0, 0, 0)

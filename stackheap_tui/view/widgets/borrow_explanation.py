"""Under a borrow-check error: the same error told in permissions, at its three places.

rustc's diagnostic stays as rustc prints it (the pane above); this pane adds where the
permission was lost, where it was needed, and where the borrow is still used. It hides
itself when no diagnostic is one it can explain (a type error, say). The explanations
come with the failure (`Failure.explanations`), worked out by the pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from stackheap_tui.view.widgets.pane import Pane

if TYPE_CHECKING:
    from stackheap_tui.lang.permission_errors import PermissionExplanation

ROLES = {
    "lost": ("lost", "bold $text-error"),
    "needed": ("needed", "bold $text-warning"),
    "used": ("in use", "bold $text-accent"),
}


def place_line(role: str, line: int, text: str) -> Content:
    label, style = ROLES[role]
    return Content.assemble((f"line {line:<4}", "$text-muted"), (label.ljust(7), style), text)


class BorrowExplanationPane(Pane):
    """The permissions story of each borrow-check error (a `Vertical` per error, so an
    action about that error can sit beside its text)."""

    DEFAULT_CSS = """
    BorrowExplanationPane {
        height: auto;
        max-height: 45%;
        scrollbar-size-vertical: 1;
        border: round $border-blurred;
        border-title-color: $text-muted;
        background: $surface;
        &:focus { border: round $border; border-title-color: $text; border-title-style: bold; }
        & > .story { height: auto; padding: 0 1; }
        & > .story > .summary { text-style: bold; }
        & > .story > .place { padding-left: 2; }
    }
    """

    def __init__(self, explanations: Sequence[PermissionExplanation], *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.explanations = explanations
        self.display = bool(self.explanations)

    def compose(self) -> ComposeResult:
        for explanation in self.explanations:
            with Vertical(classes="story"):
                yield Static(explanation.summary, classes="summary", markup=False)
                for where in explanation.places:
                    yield Static(place_line(where.role, where.span.line, where.text),
                                 classes="place")

"""Under a borrow-check error: the same error told in permissions, at its three places.

rustc's diagnostic stays as rustc prints it (the pane above); this pane adds where the
permission was lost, where it was needed, and where the borrow is still used. It hides
itself when no diagnostic is one it can explain (a type error, say).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.permission_errors import (
    EXPLAINED,
    PermissionExplanation,
    explain_source,
    for_diagnostic,
)
from stackheap_tui.view.widgets.pane import Pane

ROLES = {
    "lost": ("lost", "bold $text-error"),
    "needed": ("needed", "bold $text-warning"),
    "used": ("in use", "bold $text-accent"),
}


def explanations_for(diagnostics: Sequence[Diagnostic], source: str
                     ) -> list[PermissionExplanation]:
    """The explanation of each diagnostic that has one, in the diagnostics' order."""
    if not any(d.code in EXPLAINED for d in diagnostics):
        return []  # nothing to explain: don't run the analysis again
    found = explain_source(source)
    return [e for d in diagnostics if (e := for_diagnostic(found, d)) is not None]


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

    def __init__(self, diagnostics: Sequence[Diagnostic], source: str, **kwargs: str) -> None:
        super().__init__(**kwargs)
        self.explanations = explanations_for(diagnostics, source)
        self.display = bool(self.explanations)

    def compose(self) -> ComposeResult:
        for explanation in self.explanations:
            with Vertical(classes="story"):
                yield Static(explanation.summary, classes="summary", markup=False)
                for where in explanation.places:
                    yield Static(place_line(where.role, where.span.line, where.text),
                                 classes="place")

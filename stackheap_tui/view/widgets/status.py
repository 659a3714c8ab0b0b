"""The line under the panes: the step counter and what the step did."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static


class StatusBar(Horizontal):
    """`step k / n` on the left, the step's explanation beside it."""

    DEFAULT_CSS = """
    StatusBar {
        height: auto;
        max-height: 4;
        background: $panel;
        & > #counter {
            width: auto;
            padding: 0 1;
            background: $accent;
            color: $text;
            text-style: bold;
        }
        & > #explanation { width: 1fr; padding: 0 1; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="counter", markup=False)
        # Explanations quote code with backticks and brackets: never read them as markup.
        yield Static(id="explanation", markup=False)

    def show(self, counter: str, explanation: str) -> None:
        self.query_one("#counter", Static).update(counter)
        self.query_one("#explanation", Static).update(explanation)

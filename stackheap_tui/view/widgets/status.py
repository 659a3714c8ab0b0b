"""The line under the panes: the step counter, what kind of step it is, what it did."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static


class StatusBar(Horizontal):
    """`step k / n` and the step's kind on the left, its explanation beside them."""

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
        & > #badge {
            width: auto;
            padding: 0 1;
            color: $text-accent;
            text-style: bold;
            &.-empty { display: none; }
        }
        & > #mode {
            width: auto;
            padding: 0 1;
            background: $warning 30%;
            color: $text;
            &.-empty { display: none; }
        }
        & > #explanation { width: 1fr; padding: 0 1; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="counter", markup=False)
        yield Static(id="badge", markup=False, classes="-empty")
        yield Static(id="mode", markup=False, classes="-empty")
        # Explanations quote code with backticks and brackets: never read them as markup.
        yield Static(id="explanation", markup=False)

    def show(self, counter: str, explanation: str, *, badge: str = "", mode: str = "") -> None:
        self.query_one("#counter", Static).update(counter)
        for name, text in (("badge", badge), ("mode", mode)):
            widget = self.query_one(f"#{name}", Static)
            widget.update(text)
            widget.set_class(not text, "-empty")
        self.query_one("#explanation", Static).update(explanation)

"""The lines under the panes: the step counter, what kind of step it is, what it did.

On a wide terminal the explanation sits beside the counter; on a narrow one it gets the
whole width under it. Either way it scrolls (mouse wheel, or tab to it and up/down) when
it is longer than the few lines it may take.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from stackheap_tui.view.widgets.pane import Pane


class ExplanationPane(Pane):
    """The step's explanation, and what stepping back undid: scrolls when it is long;
    `expanded` gives it more lines."""

    expanded: reactive[bool] = reactive(False)

    DEFAULT_CSS = """
    ExplanationPane {
        width: 1fr;
        height: auto;
        max-height: 4;
        padding: 0 1;
        scrollbar-size-vertical: 1;
        &:focus { background: $accent 10%; }
        &.-expanded { max-height: 12; }
        & > Static { width: 100%; height: auto; }
        & > #undone {
            color: $text-primary;
            text-style: italic;
            &.-empty { display: none; }
        }
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="undone", markup=False, classes="-empty")
        # Explanations quote code with backticks and brackets: never read them as markup.
        yield Static(id="explanation", markup=False)

    def watch_expanded(self, expanded: bool) -> None:
        self.set_class(expanded, "-expanded")

    def show(self, explanation: str, undone: str = "") -> None:
        widget = self.query_one("#undone", Static)
        _update(widget, undone)
        widget.set_class(not undone, "-empty")
        _update(self.query_one("#explanation", Static), explanation)
        self.scroll_home(animate=False, immediate=True)


class StatusBar(Horizontal):
    """`step k / n` and the step's kind, then its explanation."""

    DEFAULT_CSS = """
    StatusBar {
        height: auto;
        background: $panel;
        & > #tags { width: auto; height: 1; }
        #counter {
            width: auto;
            padding: 0 1;
            background: $accent;
            color: $text;
            text-style: bold;
        }
        #badge {
            width: auto;
            padding: 0 1;
            color: $text-accent;
            text-style: bold;
            &.-empty { display: none; }
        }
        #mode {
            width: auto;
            padding: 0 1;
            background: $warning 30%;
            color: $text;
            &.-empty { display: none; }
        }
        #progress {
            width: auto;
            padding: 0 1;
            color: $text-muted;
            &.-recording { color: $text-warning; text-style: bold; }
            &.-empty { display: none; }
        }
    }
    """

    def compose(self) -> ComposeResult:
        with Horizontal(id="tags"):
            yield Static(id="counter", markup=False)
            yield Static(id="badge", markup=False, classes="-empty")
            yield Static(id="mode", markup=False, classes="-empty")
            yield Static(id="progress", markup=False, classes="-empty")
        yield ExplanationPane(id="explanation-pane")

    def show(
        self,
        counter: str,
        explanation: str,
        *,
        badge: str = "",
        mode: str = "",
        undone: str = "",
        progress: str = "",
    ) -> None:
        self.show_counter(counter)
        for name, text in (("badge", badge), ("mode", mode)):
            widget = self.query_one(f"#{name}", Static)
            _update(widget, text)
            widget.set_class(not text, "-empty")
        self.show_progress(progress)
        self.query_one(ExplanationPane).show(explanation, undone)

    def show_counter(self, counter: str) -> None:
        _update(self.query_one("#counter", Static), counter)

    def show_progress(self, progress: str) -> None:
        """How the recording goes: `recording… 12,345 steps`, then how the run ended."""
        widget = self.query_one("#progress", Static)
        _update(widget, progress)
        widget.set_class(not progress, "-empty")
        widget.set_class(progress.startswith("recording"), "-recording")


def _update(widget: Static, text: str) -> None:
    """Show `text`; lay the bar out again only if it needs another size (a layout of the
    whole screen at every step would cost more than drawing the step)."""
    old = widget.content if isinstance(widget.content, str) else None
    if old == text:
        return
    width = widget.content_region.width
    if old is None or not width:
        layout = True
    elif widget.styles.width is not None and widget.styles.width.is_auto:
        layout = len(old) != len(text)  # one line, as wide as its text
    else:  # as wide as the bar, as high as the text wraps
        layout = len(Content(old).wrap(width)) != len(Content(text).wrap(width))
    widget.update(text, layout=layout)

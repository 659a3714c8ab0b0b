"""The lines under the panes: the step counter, what kind of step it is, what it did.

On a wide terminal the explanation sits beside the counter; on a narrow one it gets the
whole width under it. Either way it scrolls (mouse wheel, or tab to it and up/down) when
it is longer than the few lines it may take.

The bar keeps its size from step to step (the explanation a fixed number of lines, the
step's kind a fixed width): a bar that grew or shrank with the text would resize every
pane above it, and a step would then cost a redraw of the whole screen.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from stackheap_tui.view.widgets.pane import Pane


class ExplanationPane(Pane):
    """The step's explanation, under what stepping back undid: scrolls when it is long;
    `expanded` gives it more lines.

    Both are one text, at least as high as the pane: a text of one line or of three
    takes the same room, so a step lays nothing out again (two widgets, one of them
    shown only after stepping back, did at every step back and the step after it)."""

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
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: tuple[str, str] = ("", "")  # (explanation, undone)

    @property
    def explanation(self) -> str:
        return self._shown[0]

    @property
    def undone(self) -> str:
        """What stepping back undid ("" unless the user just stepped back)."""
        return self._shown[1]

    def compose(self) -> ComposeResult:
        # Explanations quote code with backticks and brackets: never read them as markup.
        yield Static(id="explanation", markup=False)

    def watch_expanded(self, expanded: bool) -> None:
        self.set_class(expanded, "-expanded")

    def show(self, explanation: str, undone: str = "") -> None:
        old, new = self._shown, (explanation, undone)
        widget = self.query_one("#explanation", Static)
        if new == old and widget.content:
            return
        self._shown = new
        text = Content(explanation)
        if undone:  # after the step's own explanation, which it never pushes out of view
            text = Content.assemble(text, "\n", Content.styled(undone, "italic $text-primary"))
        width = widget.content_region.width
        # Laid out again only if the text's height changes: never while it fits a pane
        # the text is made as high as (while stepping).
        floor = widget.styles.min_height
        least = self.scrollable_content_region.height if floor and floor.value else 0
        layout = not width or (
            max(_line_count(old, width), least) != max(_line_count(new, width), least)
        )
        widget.update(text, layout=layout)
        self.scroll_home(animate=False, immediate=True)


def _line_count(texts: tuple[str, ...], width: int) -> int:
    return sum(len(Content(text).wrap(width)) for text in texts if text)


class StatusBar(Horizontal):
    """`step k / n` and the step's kind, then its explanation; `-stepping` (a run, not a
    program that did not compile) keeps the bar's height from step to step."""

    DEFAULT_CSS = """
    StatusBar {
        height: auto;
        background: $panel;
        /* Stepping: the same room at every step (see the module's docstring). */
        &.-stepping > ExplanationPane {
            height: 3;
            max-height: 3;
            & > Static { min-height: 100%; }
            /* Asked for with `e`: as many lines as the text needs, up to 12. */
            &.-expanded {
                height: auto;
                min-height: 3;
                max-height: 12;
                & > Static { min-height: 0; }
            }
        }
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
            min-width: 11;  /* "statement", "scope-end": the explanation stays put */
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
        # A minimum width (the step's kind) holds the bar still while the text fits it.
        least = widget.styles.min_width
        floor = int(least.value) - widget.styles.padding.width if least is not None else 0
        layout = max(len(old), floor) != max(len(text), floor)
    else:  # as wide as the bar, as high as the text wraps
        layout = len(Content(old).wrap(width)) != len(Content(text).wrap(width))
    widget.update(text, layout=layout)

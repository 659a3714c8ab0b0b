"""The base of every bordered pane: scrolls with up/down, leaves left/right to stepping."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import ScrollableContainer
from textual.widget import Widget


class Pane(ScrollableContainer, can_focus=True, inherit_bindings=False):
    """A focusable scrolling pane without the horizontal keys, so ←/→ always step."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "scroll_up", "Scroll up", show=False),
        Binding("down", "scroll_down", "Scroll down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
    ]

    def reveal(self, widget: Widget | None) -> None:
        """Scroll `widget` into view, as little as possible counted from the top.

        Counting from the top, not from wherever the pane was, makes the scroll a function
        of the content alone: stepping back to a step shows exactly what it showed before.
        """

        def scroll() -> None:
            self.scroll_to(y=0, animate=False, immediate=True)
            if widget is not None and widget.is_attached:
                self.scroll_to_widget(widget, animate=False, immediate=True)

        self.call_after_refresh(scroll)


class SidePane(Pane):
    """A pane shown in the heap's place (`w` the permissions, `m` the bytes): the same
    size, border and background as the heap, its text rows padded."""

    DEFAULT_CSS = """
    SidePane {
        width: 1fr;
        height: 1fr;
        scrollbar-size-vertical: 1;
        border: round $border-blurred;
        border-title-color: $text-muted;
        background: $surface;
        &:focus { border: round $border; border-title-color: $text; border-title-style: bold; }
        & > Static { padding: 0 1; }
    }
    """

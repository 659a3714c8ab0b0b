"""The base of every bordered pane: scrolls with up/down, leaves left/right to stepping."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.containers import ScrollableContainer


class Pane(ScrollableContainer, can_focus=True, inherit_bindings=False):
    """A focusable scrolling pane without the horizontal keys, so ←/→ always step."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "scroll_up", "Scroll up", show=False),
        Binding("down", "scroll_down", "Scroll down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
    ]

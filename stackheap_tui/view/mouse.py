"""Mouse events wait while the picture under the pointer is being replaced.

Textual finds the widget under the mouse in the screen's last layout. Between removing
widgets and the next layout, that layout still names the removed ones: opening a program
replaces every pane (the first frame's "checking…" picture by the run, a lesson by
another), and the permissions pane draws its rows anew at each step. A press landing on
a removed widget then made Textual's text selection read the widget's parent, `None`,
and the app ended with `AttributeError: 'NoneType' object has no attribute 'region'`
(issue 24: the click that starts a browser session, or a click in a terminal while the
program is checked).

So a mouse event whose widget has left the app is held, with every mouse event after it
(in order), until the screen has been laid out again; then they are delivered to what is
there, as if the new picture had been drawn at once. Keys are never held.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import App
from textual.errors import NoWidget


class MouseHold:
    """The mouse events an app holds back until the screen under them is laid out."""

    def __init__(self, app: App[Any]) -> None:
        self._app = app
        self._held: list[events.MouseEvent] = []

    @property
    def holding(self) -> int:
        """How many mouse events wait for the next layout."""
        return len(self._held)

    def holds(self, event: events.Event) -> bool:
        """Keep `event` for later (True) if it is a mouse event that would reach a widget
        no longer in the app, or one arriving after such an event."""
        if not isinstance(event, events.MouseEvent) or event.is_forwarded:
            return False
        if not self._held:
            if not self._under_removed_widget(event):
                return False
            # Run once the screen has refreshed its layout (Textual lays out, then calls).
            self._app.call_after_refresh(self._release)
        self._held.append(event)
        return True

    def _under_removed_widget(self, event: events.MouseEvent) -> bool:
        try:
            widget, _ = self._app.screen.get_widget_at(event.x, event.y)
        except NoWidget:
            return False  # off the screen: Textual handles it
        return not widget.is_attached

    def _release(self) -> None:
        """Hand the held events back to the app, oldest first (one still aimed at a
        removed widget is held again, until the layout after that)."""
        held, self._held = self._held, []
        for event in held:
            self._app.post_message(event)

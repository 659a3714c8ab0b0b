"""`f`: ask for the path of another Rust file and open it in place of this one."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label

from stackheap_tui.view.screens.dialog import Dialog


class OpenFileScreen(Dialog[str | None]):
    """An input for a path; dismisses with it (stripped), or None when cancelled."""

    AUTO_FOCUS = "#path"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    DEFAULT_CSS = """
    OpenFileScreen {
        align: center middle;
        & > #open-file {
            width: 70;
            max-width: 100%;
            height: auto;
            padding: 0 1;
            border: round $accent;
            border-title-style: bold;
            background: $surface;
        }
    }
    """

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="open-file") as box:
            box.border_title = "Open a Rust file"
            box.border_subtitle = "enter to open · esc to cancel"
            yield Label("Path of a .rs file:")
            yield Input(placeholder=self.current, id="path")

    @on(Input.Submitted)
    def chosen(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)

"""`g`: ask for a step number and jump there."""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.validation import Integer
from textual.widgets import Input, Label

from stackheap_tui.view.screens.dialog import Dialog


class StepInput(Input):
    """The step number's input: keys typed after its enter wait for the dialog to close
    (`g3⏎q` jumps, then quits)."""

    async def _on_key(self, event: events.Key) -> None:
        dialog = self.screen
        if isinstance(dialog, Dialog):
            if event.key == "enter":
                dialog.closing(event)
            if dialog.let_through(event):
                return


class GotoScreen(Dialog[int | None]):
    """An input for a step number (1-based, as the counter shows); dismisses with the
    0-based index, or None when cancelled."""

    AUTO_FOCUS = "#step-number"  # the app's own choice (the stack) is not on this screen

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    DEFAULT_CSS = """
    GotoScreen {
        align: center middle;
        & > #goto {
            width: 40;
            max-width: 100%;
            height: auto;
            padding: 0 1;
            border: round $accent;
            border-title-style: bold;
            background: $surface;
        }
        #goto-error { color: $text-error; height: auto; }
    }
    """

    def __init__(self, current: int, total: int) -> None:
        super().__init__()
        self.current = current
        self.total = total

    def compose(self) -> ComposeResult:
        with Vertical(id="goto") as box:
            box.border_title = "Go to step"
            box.border_subtitle = "enter to jump · esc to cancel"
            yield Label(f"Step number, 1 to {self.total}:")
            yield StepInput(
                placeholder=str(self.current + 1),
                type="integer",
                validators=[Integer(1, self.total, f"There are steps 1 to {self.total}.")],
                validate_on=["submitted"],
                id="step-number",
            )
            yield Label(id="goto-error")

    @on(Input.Submitted)
    def jump(self, event: Input.Submitted) -> None:
        result = event.validation_result
        if not event.value.strip():
            self.dismiss(None)
        elif result is not None and not result.is_valid:
            self.query_one("#goto-error", Label).update(" ".join(result.failure_descriptions))
            self.stay_open()
        else:
            self.dismiss(int(event.value) - 1)

    async def on_key(self, event: events.Key) -> None:
        """Keys typed right after `g`, before the input has focus, still reach it: a fast
        `g 1 2 enter` jumps to step 12 instead of losing the digits."""
        if self.hold(event):
            return
        field = self.query_one("#step-number", Input)
        if field.has_focus:
            return
        if event.character is not None and event.character.isdigit():
            field.insert_text_at_cursor(event.character)
        elif event.key == "backspace":
            field.action_delete_left()
        elif event.key == "enter":
            event.stop()
            self.closing(event)
            await field.action_submit()
            return
        else:
            return
        event.stop()
        field.focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

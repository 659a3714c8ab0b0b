"""Predict mode's question box: choose an answer, see whether it was right and why."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from stackheap_tui.view.questions import Question
from stackheap_tui.view.screens.dialog import Dialog


class PredictScreen(Dialog[bool | None]):
    """Asks `question`. Dismisses with whether the answer was right once the learner has
    read the reveal, or None if they closed the question without answering."""

    AUTO_FOCUS = "#choices"  # the app's own choice (the stack) is not on this screen

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        *(Binding(str(n), f"choose({n - 1})", show=False) for n in range(1, 10)),
    ]

    DEFAULT_CSS = """
    PredictScreen {
        align: center middle;
        & > #predict {
            width: 80;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            padding: 0 1;
            border: round $accent;
            border-title-style: bold;
            background: $surface;
        }
        #code { color: $text-accent; margin-bottom: 1; }
        #choices { height: auto; border: none; padding: 0; }
        #reveal { display: none; margin-top: 1; }
        &.-answered #reveal { display: block; }
        #reveal.-right { border-left: thick $success; padding-left: 1; }
        #reveal.-wrong { border-left: thick $error; padding-left: 1; }
    }
    """

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.question = question
        self.chosen: int | None = None

    def compose(self) -> ComposeResult:
        question = self.question
        with Vertical(id="predict") as box:
            box.border_title = "Predict"
            box.border_subtitle = "1-9 or enter to answer · esc to close"
            yield Static(Content.styled(question.prompt, "bold"), id="prompt")
            if question.code:
                yield Static(
                    Content.assemble((f"line {question.line}: ", "$text-muted"), question.code),
                    id="code",
                )
            yield OptionList(
                *(
                    Option(Content.assemble((f"{n}  ", "$text-muted"), choice))
                    for n, choice in enumerate(question.choices, start=1)
                ),
                id="choices",
            )
            yield Static(id="reveal")

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.chosen is None:
            self.action_choose(event.option_index)
        else:
            self.dismiss(self.chosen == self.question.answer)

    def action_choose(self, choice: int) -> None:
        if self.chosen is not None or not 0 <= choice < len(self.question.choices):
            return
        self.chosen = choice
        right = choice == self.question.answer
        verdict = (
            Content.styled("✓ Right!", "bold $text-success")
            if right
            else Content.assemble(
                ("✗ Not quite. ", "bold $text-error"), "The answer: ", self.question.answer_text
            )
        )
        reveal = self.query_one("#reveal", Static)
        reveal.update(
            Content.assemble(
                verdict,
                "\n",
                self.question.explanation,
                ("\n\nenter: see the step", "$text-muted"),
            )
        )
        reveal.set_class(right, "-right")
        reveal.set_class(not right, "-wrong")
        choices = self.query_one(OptionList)
        choices.highlighted = choice
        self.add_class("-answered")
        self.query_one("#predict").border_subtitle = "enter or esc to see the step"

    def action_close(self) -> None:
        self.dismiss(None if self.chosen is None else self.chosen == self.question.answer)

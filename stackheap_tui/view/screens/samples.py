"""`b`: the bundled lessons in course order; the highlighted one's "what to watch" below.
Enter opens the lesson in place of the current program."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from stackheap_tui.resources import Sample
from stackheap_tui.view.screens.dialog import Dialog


def sample_prompt(number: int, sample: Sample) -> Content:
    """`3  Title`: one line per lesson, so the list reads as a table of contents."""
    return Content.assemble((f"{number:>2}  ", "$text-muted"), sample.title)


class SampleBrowser(Dialog[str | None]):
    """Pick a lesson; dismisses with its name, or None when cancelled."""

    AUTO_FOCUS = "#samples"  # the app's own choice (the stack) is not on this screen

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,b", "cancel", "Close")]

    DEFAULT_CSS = """
    SampleBrowser {
        align: center middle;
        & > #browser {
            width: 100;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            border: round $accent;
            border-title-style: bold;
            background: $surface;
        }
        #samples, #samples:focus {
            height: auto;
            max-height: 1fr;
            border: none;
            text-wrap: nowrap;
            text-overflow: ellipsis;
        }
        #watch {
            height: auto;
            padding: 0 1;
            border-top: solid $border-blurred;
            color: $text-muted;
        }
    }
    """

    def __init__(self, samples: Sequence[Sample], current: str | None = None) -> None:
        super().__init__()
        self.samples = tuple(samples)
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="browser") as box:
            box.border_title = "Lessons"
            box.border_subtitle = "enter to open · esc to close"
            yield OptionList(
                *(
                    Option(sample_prompt(number, sample), id=sample.name)
                    for number, sample in enumerate(self.samples, start=1)
                ),
                id="samples",
            )
            yield Static(id="watch")

    def on_mount(self) -> None:
        names = [sample.name for sample in self.samples]
        choices = self.query_one(OptionList)
        choices.highlighted = names.index(self.current) if self.current in names else 0

    @on(OptionList.OptionHighlighted)
    def _show_watch(self, event: OptionList.OptionHighlighted) -> None:
        sample = next(s for s in self.samples if s.name == event.option.id)
        watch = Content.assemble(("Watch: ", "bold"), sample.watch) if sample.watch else ""
        self.query_one("#watch", Static).update(watch)

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)

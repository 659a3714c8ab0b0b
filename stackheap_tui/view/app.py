"""The TUI: the program, its stack and heap, its output, one step at a time.

`StackHeapApp` shows a recorded run (`TraceView`) or, for a program that did not
compile, its diagnostics (`Failure`). The step index is the app's one piece of
state; every pane is redrawn from the trace for that index, so stepping back
shows exactly what was shown before.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Footer, Header

from stackheap_tui.trace.model import StepInfo
from stackheap_tui.trace.protocol import TraceView
from stackheap_tui.view.failure import Failure
from stackheap_tui.view.help import HelpScreen, key_rows
from stackheap_tui.view.memory import MemoryPicture
from stackheap_tui.view.widgets.diagnostics import DiagnosticsPane
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.output import OutputPane
from stackheap_tui.view.widgets.source import Mark, MarkKind, SourcePane
from stackheap_tui.view.widgets.stack import StackPane
from stackheap_tui.view.widgets.status import StatusBar

_BACKWARD = frozenset({"back", "first"})
_FORWARD = frozenset({"next", "last"})

W = TypeVar("W", bound=Widget)


def _titled(widget: W, title: str) -> W:
    widget.border_title = title
    return widget


class StackHeapApp(App[None]):
    """Step through a recorded run, or read why the program did not compile."""

    CSS_PATH = "app.tcss"
    # Side by side needs about 120 columns for a slot row to fit; below that, stack the panes.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (120, "-wide")]
    AUTO_FOCUS = "#stack, #diagnostics"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "back", "Back"),
        Binding("h", "back", "Back", show=False),
        Binding("right", "next", "Next"),
        Binding("l,space", "next", "Next", show=False),
        Binding("home", "first", "First"),
        Binding("end", "last", "Last"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    step: reactive[int] = reactive(0, bindings=True, init=False)
    """The step shown, 0-based (the counter shows step + 1)."""

    def __init__(self, trace: TraceView | None = None, failure: Failure | None = None) -> None:
        if (trace is None) == (failure is None):
            raise ValueError("StackHeapApp needs either a trace or a failure")
        super().__init__()
        self.trace = trace
        self.failure = failure
        self.title = trace.path if trace is not None else failure.path if failure else ""

    @property
    def last_step(self) -> int:
        return max(len(self.trace) - 1, 0) if self.trace is not None else 0

    # -- layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        if self.failure is not None:
            failure = self.failure
            with Container(id="failure"):
                yield _titled(
                    DiagnosticsPane(failure.diagnostics, failure.source, failure.path),
                    "diagnostics",
                )
                yield _titled(SourcePane(failure.source, id="source"), "source")
        elif self.trace is not None:
            with Container(id="main"):
                yield _titled(SourcePane(self.trace.source, id="source"), "source")
                with Vertical(id="memory"):
                    with Horizontal(id="memory-row"):
                        yield _titled(StackPane(id="stack"), "stack")
                        yield _titled(HeapPane(id="heap"), "heap")
                    yield _titled(OutputPane(id="output"), "output")
        yield StatusBar()
        yield Footer()

    def on_mount(self) -> None:
        if self.failure is not None:
            self._show_failure(self.failure)
        else:
            self._show_step(self.step)

    # -- stepping ---------------------------------------------------------------------------

    def validate_step(self, step: int) -> int:
        return max(0, min(step, self.last_step))

    def watch_step(self, step: int) -> None:
        self._show_step(step)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Stepping keys: hidden without a trace, greyed out (None) at either end."""
        if action in _BACKWARD | _FORWARD:
            if self.trace is None or isinstance(self.screen, HelpScreen):
                return False
            at_end = self.step == 0 if action in _BACKWARD else self.step == self.last_step
            return None if at_end else True
        return True

    def action_back(self) -> None:
        self.step -= 1

    def action_next(self) -> None:
        self.step += 1

    def action_first(self) -> None:
        self.step = 0

    def action_last(self) -> None:
        self.step = self.last_step

    def action_help(self) -> None:
        bindings = [*self.BINDINGS, *(StackPane.BINDINGS if self.trace is not None else [])]
        rows = [*key_rows(bindings, self.get_key_display), ("tab", "Move between the panes")]
        self.push_screen(HelpScreen(rows))

    async def action_quit(self) -> None:
        # A program that did not compile ends the session as `--check` would: exit code 1.
        self.exit(return_code=1 if self.failure is not None else 0)

    def on_stack_pane_slot_selected(self, message: StackPane.SlotSelected) -> None:
        """A selected pointer lights up the heap block it leads to."""
        self.query_one(HeapPane).pointed = message.slot.points_to if message.slot else None

    # -- drawing ----------------------------------------------------------------------------

    def _show_step(self, index: int) -> None:
        trace = self.trace
        if trace is None:
            return
        status = self.query_one(StatusBar)
        if len(trace) == 0:
            status.show("step 0 / 0", "Nothing was recorded.")
            return
        # In this order a trace that replays deltas moves forward only: step, before, after.
        info = trace.step(index)
        previous = trace.snapshot(index - 1) if index > 0 else None
        snapshot = trace.snapshot(index)
        marks = (Mark(info.span, MarkKind.STEP),) if info.span.line > 0 else ()
        self.query_one(SourcePane).show(marks)
        memory = MemoryPicture(snapshot, info.changed)
        self.query_one(StackPane).memory = memory
        self.query_one(HeapPane).memory = memory
        self.query_one(OutputPane).show(snapshot, previous)
        status.show(f"step {index + 1} / {len(trace)}", self._explain(info, index))

    def _explain(self, info: StepInfo, index: int) -> str:
        """The step's explanation; at the last step, why the run stopped if it stopped early."""
        stopped = self.trace.outcome.stopped_early if self.trace is not None else None
        if index == self.last_step and stopped:
            return f"{info.explanation} {stopped}".strip()
        return info.explanation

    def _show_failure(self, failure: Failure) -> None:
        marks = tuple(
            Mark(label.span, MarkKind.ERROR if label.primary else MarkKind.LABEL)
            for diagnostic in failure.diagnostics
            for label in diagnostic.all_labels()
        )
        self.query_one(SourcePane).show(marks)
        count = len(failure.diagnostics)
        headline = failure.diagnostics[0].headline if failure.diagnostics else "compile error"
        more = f" (and {count - 1} more)" if count > 1 else ""
        self.query_one(StatusBar).show("does not compile", f"{headline}{more}")


def run_app(trace: TraceView | None = None, failure: Failure | None = None) -> int:
    """Run the TUI until the user quits; the exit code is 0, or 1 for a failed compile."""
    app = StackHeapApp(trace, failure)
    app.run()
    return app.return_code if app.return_code is not None else 0

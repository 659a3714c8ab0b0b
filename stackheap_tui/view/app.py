"""The TUI: the program, its stack and heap, its output, one step at a time.

`StackHeapApp` shows a recorded run (`TraceView`) or, for a program that did not
compile, its diagnostics (`Failure`). The step index is the app's one piece of
state; every pane is redrawn from the trace for that index, so stepping back
shows exactly what was shown before. Jumps (events, step over/out, next allocation,
...) only compute a new index, from a `StepIndex` of the run's step kinds and depths.
"""

from __future__ import annotations

import asyncio
from functools import partial
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Header, Static

from stackheap_tui import resources
from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.lang.span import Span
from stackheap_tui.memory.records import Snapshot, StepInfo, StepKind
from stackheap_tui.trace.protocol import TraceView
from stackheap_tui.view.commands import StepperCommands
from stackheap_tui.view.failure import Failure
from stackheap_tui.view.loading import (
    Pending,
    RecordingView,
    compile_and_start,
    start_what_if,
)
from stackheap_tui.view.picture import MemoryPicture
from stackheap_tui.view.questions import Question, question_for
from stackheap_tui.view.screens.goto import GotoScreen
from stackheap_tui.view.screens.help import HelpScreen, key_rows
from stackheap_tui.view.screens.predict import PredictScreen
from stackheap_tui.view.screens.samples import SampleBrowser
from stackheap_tui.view.steps import UNKNOWN, SearchResult, StepIndex
from stackheap_tui.view.undo import Undo, undo_of, undone_text
from stackheap_tui.view.widgets.borrow_explanation import BorrowExplanationPane
from stackheap_tui.view.widgets.diagnostics import DiagnosticsPane
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.output import OutputPane
from stackheap_tui.view.widgets.source import Mark, MarkKind, SourcePane
from stackheap_tui.view.widgets.stack import StackPane
from stackheap_tui.view.widgets.status import ExplanationPane, StatusBar
from stackheap_tui.view.widgets.timeline import Timeline

MIN_WIDTH, MIN_HEIGHT = 60, 20
"""Below this the panes would overlap: the app shows a "too small" message instead."""

_BACKWARD = frozenset({"back", "first"})
_FORWARD = frozenset({"next", "last"})
_SEARCHES = frozenset({"event", "jump", "step_over", "step_out"})
_NEEDS_TRACE = _BACKWARD | _FORWARD | _SEARCHES | {"goto", "predict", "permissions"}
_NEEDS_STEPPER = _NEEDS_TRACE | {"screenshot", "samples", "help", "open_sample", "explain"}
_MODALS = (HelpScreen, GotoScreen, PredictScreen, SampleBrowser)

JUMP_KINDS: dict[str, tuple[frozenset[StepKind], str]] = {
    "alloc": (frozenset({StepKind.ALLOC}), "allocation"),
    "drop": (frozenset({StepKind.DROP}), "drop"),
    "move": (frozenset({StepKind.MOVE}), "move"),
    "call": (frozenset({StepKind.CALL}), "call"),
    "return": (frozenset({StepKind.RETURN}), "return"),
    "panic": (frozenset({StepKind.PANIC, StepKind.UNDEFINED}), "panic"),
}
"""`jump(kind, direction)`'s kinds: the steps each finds, and its name for messages."""

_INDEX_CHUNK = 2_000
"""Steps indexed between two screen updates while the index fills in the background."""

_STEP_KEYS: tuple[tuple[str, tuple[object, ...]], ...] = (
    ("back", ()), ("first", ()), ("next", ()), ("last", ()), ("event", (1,)),
    ("event", (-1,)), ("step_over", ()), ("step_out", ()), ("predict", ()), ("goto", ()),
)
"""The footer's actions whose state depends on the step."""

_SNAPSHOTS_KEPT = 4
"""Pictures kept by the app: the step shown, the one before, where a jump came from."""

_FOLLOW_EVERY = 0.1
"""Seconds between two looks at a run still recording (its step count, its end)."""

_CHEAP_SCAN = 4_096
"""Steps a key's "usable?" check looks through; past that the key stays enabled and the
search runs in full only when pressed (a step-out of a long loop, say)."""

W = TypeVar("W", bound=Widget)


def _titled(widget: W, title: str) -> W:
    widget.border_title = title
    return widget


class StackHeapApp(App[None]):
    """Step through a recorded run, or read why the program did not compile."""

    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {StepperCommands}
    # Side by side needs about 120 columns for a slot row to fit; below that, stack the panes.
    # Under 80 ("-cramped" is narrow too) the explanation moves under the step counter.
    # Annotated as `App` declares them (mypy reads its `ClassVar[...] | None` as an instance
    # variable, which a `ClassVar` may not override).
    HORIZONTAL_BREAKPOINTS: list[tuple[int, str]] | None = [  # noqa: RUF012
        (0, "-too-narrow"),
        (MIN_WIDTH, "-cramped"),
        (80, "-narrow"),
        (120, "-wide"),
    ]
    # Under 30 rows the header gives its row to the panes.
    VERTICAL_BREAKPOINTS: list[tuple[int, str]] | None = [  # noqa: RUF012
        (0, "-too-short"),
        (MIN_HEIGHT, "-short"),
        (30, "-tall"),
    ]
    AUTO_FOCUS = "#stack, #diagnostics"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "back", "Back"),
        Binding("h", "back", "Back", show=False),
        Binding("right", "next", "Next"),
        Binding("l,space", "next", "Next", show=False),
        # Help comes early: on a narrow footer the keys at the end are cut off.
        Binding("question_mark", "help", "Help"),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("n", "event(1)", "Event"),
        Binding("N", "event(-1)", "Previous event", show=False),
        Binding("o", "step_over", "Over"),
        Binding("u", "step_out", "Out"),
        # Priority: handled as it arrives, so digits typed right after it reach the input.
        Binding("g", "goto", "Go to step", show=False, priority=True),
        Binding("e", "explain", "Explain", show=False),
        Binding("p", "predict", "Predict"),
        Binding("w", "permissions", "RWO"),
        # Only on a program the borrow checker alone rejects: step it anyway (what-if).
        Binding("r", "run_anyway", "What-if"),
        Binding("b", "samples", "Lessons"),
        Binding("s", "screenshot", "Screenshot", show=False),
        Binding("q", "quit", "Quit", show=False),
        # A learner's reflex to stop a program; Textual only shows a notice by default.
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
    ]

    step: reactive[int] = reactive(0, init=False, repaint=False)
    """The step shown, 0-based (the counter shows step + 1). Not `bindings=True`: that
    rebuilds the footer at every step; `_refresh_keys` does it only when a key's state
    changes (a step then costs a third of the time)."""

    predicting: reactive[bool] = reactive(False, bindings=True, init=False)
    """Predict mode: stepping forward onto a memory step first asks what it will do."""

    def __init__(
        self,
        trace: TraceView | None = None,
        failure: Failure | None = None,
        *,
        recording: RecordingView | None = None,
        pending: Pending | None = None,
    ) -> None:
        if recording is not None:
            trace = recording.trace
        if [trace, failure, pending].count(None) != 2:
            raise ValueError("StackHeapApp needs a trace, a failure or a program to compile")
        super().__init__()
        self.trace: TraceView | None = None
        self.failure: Failure | None = None
        self.recording: RecordingView | None = None
        self.index: StepIndex | None = None
        # A program to compile once the first frame is drawn (see `view.loading`); the run
        # it then started, and what broke off the compile if not the program (`run_app`).
        self.pending = pending
        self.opened: RecordingView | None = None
        self.internal_error: Exception | None = None
        self._load(trace, failure, recording)
        self._follower: Timer | None = None
        self._drawn: int | None = None  # the step drawn last (None: nothing recorded yet)
        self._key_states: tuple[bool | None, ...] = ()  # see `_refresh_keys`
        self.predictions = (0, 0)  # (right, asked) in predict mode
        self.permissions_shown = False  # `w`: the permissions pane in the heap's place
        # "Run it anyway": the rejected program's diagnostics while its what-if run shows.
        self.rejected: Failure | None = None
        # Where each jump leads from the current step; `check_action` asks often.
        self._targets: dict[tuple[str, tuple[object, ...]], SearchResult] = {}

    def _load(
        self, trace: TraceView | None, failure: Failure | None, recording: RecordingView | None
    ) -> None:
        self.trace, self.failure, self.recording = trace, failure, recording
        self._snapshots: dict[int, Snapshot] = {}
        self.index = StepIndex(trace) if trace is not None else None
        pending = self.pending
        self.title = (trace.path if trace is not None else failure.path if failure
                      else pending.path if pending else "")

    @property
    def last_step(self) -> int:
        """The last step recorded so far (the run may still be recording)."""
        return max(len(self.trace) - 1, 0) if self.trace is not None else 0

    @property
    def recorded(self) -> bool:
        """Whether the run has finished recording (a hand-made trace always has)."""
        if self.recording is not None:
            return self.recording.done.is_set()  # set also when the run broke off
        return self.trace is None or bool(getattr(self.trace, "finished", True))

    @property
    def file_name(self) -> str:
        return Path(self.title).name

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
                yield _titled(
                    BorrowExplanationPane(failure.explanations, id="why"),
                    "in permissions",
                )
                yield _titled(
                    SourcePane(failure.source, id="source"), f"source · {self.file_name}"
                )
        elif self.trace is not None and self.index is not None:
            from stackheap_tui.view.widgets.permissions import PermissionsPane  # as above

            with Container(id="main"):
                yield _titled(
                    SourcePane(self.trace.source, id="source"), f"source · {self.file_name}"
                )
                with Vertical(id="memory"):
                    with Horizontal(id="memory-row"):
                        yield _titled(StackPane(id="stack"), "stack")
                        heap = _titled(HeapPane(id="heap"), "heap")
                        heap.display = not self.permissions_shown
                        yield heap
                        # `w` shows the permissions in the heap's place.
                        yield _titled(
                            PermissionsPane(self.permissions_shown, id="permissions"),
                            "permissions",
                        )
                    yield _titled(OutputPane(id="output"), "output")
            yield Timeline(self.index, id="timeline")
        elif self.pending is not None:
            # The first frame: the program, while it is checked (see `view.loading`).
            with Container(id="loading"):
                yield _titled(
                    SourcePane(self.pending.source, id="source"), f"source · {self.file_name}"
                )
        yield StatusBar(classes="-stepping" if self.trace is not None else "")
        yield Static(
            f"This terminal is too small.\n\nstackheap-tui needs at least {MIN_WIDTH} columns "
            f"and {MIN_HEIGHT} rows: make the window larger or the font smaller.\n\nq quits.",
            id="too-small",
        )
        # Compact, and without g and q (in the help): the rest fit one line at 80 columns.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._start()

    def _start(self) -> None:
        """Draw the first picture of what was loaded, and index its steps in the background."""
        if self.pending is not None:
            self.query_one(StatusBar).show(
                "checking…", f"{self.file_name} is checked as rustc would, then it runs."
            )
            self.call_after_refresh(self._compile_pending)
        elif self.failure is not None:
            self._show_failure(self.failure)
        else:
            self._show_step(self.step)
            self._key_states = ()
            self._refresh_keys()
            self._index_steps()
            for timeline in self.query(Timeline):
                timeline.recording = not self.recorded
            if not self.recorded:
                self._follower = self.set_interval(_FOLLOW_EVERY, self._follow_recording)

    async def _compile_pending(self) -> None:
        """After the first frame: compile the pending program and show its run, or why it
        does not compile. Anything else that stops the compile (a program nested too
        deeply, out of memory, a bug) ends the app, and `run_app` reports it."""
        pending, self.pending = self.pending, None
        if pending is None:
            return  # another program was opened meanwhile
        try:
            recording = compile_and_start(pending.source, pending.path, pending.max_steps)
        except CompileError as error:
            await self.show_program(None, Failure.from_error(error, pending.source,
                                                             pending.path))
        except Exception as error:  # never a traceback on the user's screen
            self.internal_error = error
            self.exit(return_code=1)
        else:
            self.opened = recording
            await self.show_program(None, None, recording)

    async def show_program(
        self,
        trace: TraceView | None,
        failure: Failure | None,
        recording: RecordingView | None = None,
        rejected: Failure | None = None,
    ) -> None:
        """Replace what is shown by another program, without restarting the app
        (`rejected`: the diagnostics of a program shown in a what-if run)."""
        self.rejected = rejected
        self.pending = None
        if self._follower is not None:
            self._follower.stop()
            self._follower = None
        if recording is not None:
            trace = recording.trace
        self._load(trace, failure, recording)
        self._targets.clear()
        self.set_reactive(StackHeapApp.step, 0)
        await self.recompose()
        self._start()
        focus = self.query("#stack, #diagnostics")
        if focus:
            focus.first().focus()
        self.refresh_bindings()

    def _follow_recording(self) -> None:
        """While the run records: show the growing step count; once it ends, its outcome."""
        trace = self.trace
        if trace is None or not self.query(StatusBar):
            return
        recorded = self.recorded
        if recorded and self._follower is not None:
            self._follower.stop()
            self._follower = None
        status = self.query_one(StatusBar)
        if self._drawn is None and len(trace) > 0:
            self._show_step(self.step)  # the first step has arrived
        status.show_progress(self._progress_text())
        status.show_counter(self._counter_text(self.step))
        # Forward keys at the last step wait for new steps; the failure of a search
        # "nothing yet" may have become an answer.
        self._targets.clear()
        self._refresh_keys()
        if recorded:
            for timeline in self.query(Timeline):
                timeline.recording = False
            if self.step == self.last_step:
                self._show_step(self.step)  # the last step now says why the run stopped
            failure = self.recording.failure if self.recording is not None else None
            if failure is not None:
                self.notify(
                    f"The run broke off: internal error {type(failure).__name__}: {failure}",
                    severity="error",
                    timeout=10,
                )

    def _progress_text(self) -> str:
        """`recording… 12,345 steps`, then how the run ended (for a run this app recorded;
        a finished trace handed over says nothing here)."""
        trace = self.trace
        if trace is None or (self.recording is None and self.recorded):
            return ""
        steps = len(trace)
        if not self.recorded:
            return f"recording… {steps:,} steps"
        failure = self.recording.failure if self.recording is not None else None
        if failure is not None:
            return f"run broke off after {steps:,} steps"
        outcome = trace.outcome
        violation = outcome.violation
        if violation is not None:
            return ""  # the last step's badge and explanation say it, and need the room
        if self.rejected is not None and not outcome.stopped_early:
            return "no memory error"
        if outcome.stopped_early:
            return f"stopped at the step limit ({steps:,} steps)"
        return f"done · exit {outcome.exit_code}"

    def _counter_text(self, index: int) -> str:
        trace = self.trace
        total = len(trace) if trace is not None else 0
        return f"step {index + 1:,} / {total:,}" + ("" if self.recorded else "…")

    @work(exclusive=True, group="index")
    async def _index_steps(self) -> None:
        """Index every step a chunk at a time, redrawing the timeline as its marks arrive;
        while the run records, keep up with it."""
        index = self.index
        while index is not None and not (index.complete and self.recorded):
            if index.complete:
                await asyncio.sleep(_FOLLOW_EVERY)  # wait for the recording to go on
                continue
            index.fill(_INDEX_CHUNK)
            if self.index is not index:
                return  # another program was loaded meanwhile
            for timeline in self.query(Timeline):
                timeline.refresh_marks()
            # Only keys whose answer waited on unindexed steps can change; redrawing the
            # footer for nothing, chunk after chunk, would slow the indexing down.
            waiting = [key for key, found in self._targets.items() if found is UNKNOWN]
            if waiting:
                for key in waiting:
                    del self._targets[key]
                self.refresh_bindings()
            await asyncio.sleep(0)

    # -- which keys work now ----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that need a run are hidden without one; those that would go nowhere from
        this step (back at the first step, step out of main, ...) are greyed out (None)."""
        if action in _NEEDS_STEPPER and isinstance(self.screen, _MODALS):
            return False
        if action == "goto" and len(self.screen_stack) > 1:
            return False  # a priority key: leave `g` to the palette's or a dialog's input
        if action == "run_anyway":
            return self.rejected is not None or self._offers_what_if()
        if action == "predict" and self.rejected is not None:
            return False  # no quiz on a what-if run (and `r` needs its footer room)
        if action not in _NEEDS_TRACE:
            return True
        if self.trace is None:
            return False
        if len(self.trace) == 0:
            return None
        if action in _BACKWARD:
            return None if self.step == 0 else True
        if action in _FORWARD:
            return None if self.step == self.last_step else True
        if action in _SEARCHES:
            found = self._cached_target(action, parameters)
            # While the run records, "none so far" may still come: keep the key usable.
            return None if found is None and self.recorded else True
        return True

    def _cached_target(self, action: str, parameters: tuple[object, ...]) -> SearchResult:
        """Where a jump would lead, from steps already indexed (UNKNOWN: not indexed yet)."""
        key = (action, parameters)
        if key not in self._targets:
            self._targets[key] = self._target(
                action, parameters, indexed_only=True, limit=_CHEAP_SCAN
            )
        return self._targets[key]

    def _target(
        self, action: str, parameters: tuple[object, ...], **cheap: Any
    ) -> SearchResult:
        """Where a jump leads from the current step; `cheap` bounds the search (see
        `StepIndex.search`), else it runs to the end of the trace."""
        index, step = self.index, self.step
        if index is None or len(index) == 0:
            return None
        if action == "event":
            (direction,) = parameters
            return index.next_event(step, int(str(direction)), **cheap)
        if action == "jump":
            kind, direction = parameters
            kinds, _ = JUMP_KINDS[str(kind)]
            return index.next_of_kind(step, kinds, int(str(direction)), **cheap)
        if action == "step_over":
            return index.step_over(step, **cheap)
        if action == "step_out":
            return index.step_out(step, **cheap)
        raise ValueError(f"not a jump: {action}")

    # -- stepping ---------------------------------------------------------------------------

    def validate_step(self, step: int) -> int:
        return max(0, min(step, self.last_step))

    def watch_step(self, old: int, step: int) -> None:
        self._targets.clear()
        # Going back, the picture highlights what the steps left behind had changed.
        self._show_step(step, came_from=old if old > step else None)
        self._refresh_keys()

    def _refresh_keys(self) -> None:
        """Redraw the footer if a key's state (usable, greyed out, hidden) changed."""
        states = tuple(
            self.check_action(action, parameters) for action, parameters in _STEP_KEYS
        )
        if states != self._key_states:
            self._key_states = states
            self.refresh_bindings()

    async def action_back(self) -> None:  # async as `App.action_back`, which it replaces
        self.step -= 1

    def action_next(self) -> None:
        if self.predicting and self.step < self.last_step:
            question = self._question(self.step + 1)
            if question is not None:
                self.push_screen(PredictScreen(question), partial(self._predicted, self.step + 1))
                return
        self.step += 1

    def action_first(self) -> None:
        self.step = 0

    def action_last(self) -> None:
        self.step = self.last_step
        if not self.recorded:
            self.notify(
                f"Still recording: this is the last step so far ({self.last_step + 1:,}).",
                timeout=3,
            )

    def action_event(self, direction: int) -> None:
        self._jump_to(self._target("event", (direction,)), "No more events that way.")

    def action_jump(self, kind: str, direction: int) -> None:
        _, noun = JUMP_KINDS[kind]
        where = "later" if direction > 0 else "earlier"
        self._jump_to(self._target("jump", (kind, direction)), f"No {where} {noun} in this run.")

    def action_step_over(self) -> None:
        self._jump_to(self._target("step_over", ()), "This function runs no further steps.")

    def action_step_out(self) -> None:
        self._jump_to(self._target("step_out", ()), "No caller to return to in this run.")

    def _jump_to(self, found: SearchResult, missing: str) -> None:
        if isinstance(found, int):
            self.step = found
        elif not self.recorded:
            self.notify("Not in the steps recorded so far: try again in a moment.", timeout=3)
        else:
            self.notify(missing, timeout=3)

    def action_goto(self) -> None:
        if self.trace is not None:
            self.push_screen(GotoScreen(self.step, len(self.trace)), self._went_to)

    def _went_to(self, step: int | None) -> None:
        if step is not None:
            self.step = step

    def on_timeline_scrubbed(self, message: Timeline.Scrubbed) -> None:
        self.step = message.step

    def action_explain(self) -> None:
        """More lines for the explanation, with focus so ↑/↓ scroll it; again for fewer."""
        pane = self.query_one(ExplanationPane)
        pane.expanded = not pane.expanded
        if pane.expanded:
            pane.focus()
        else:
            self.query_one("#stack, #diagnostics").focus()

    def action_permissions(self) -> None:
        """The permissions pane in the heap's place, or the heap back."""
        from stackheap_tui.view.widgets.permissions import PermissionsPane  # see `compose`

        self.permissions_shown = not self.permissions_shown
        self.query_one(HeapPane).display = not self.permissions_shown
        self.query_one(PermissionsPane).reveal_permissions(self.permissions_shown)

    # -- predict mode -----------------------------------------------------------------------

    def action_predict(self) -> None:
        # The status bar says "predict" (and the score) while the mode is on.
        self.predicting = not self.predicting

    def watch_predicting(self) -> None:
        self._show_step(self.step)

    def _question(self, step: int) -> Question | None:
        trace = self.trace
        if trace is None:
            return None
        info = trace.step(step)
        return question_for(self._snapshot(step - 1), self._snapshot(step), info, trace.source)

    def _predicted(self, step: int, right: bool | None) -> None:
        if right is None:
            return  # closed without answering: stay before the step
        score, asked = self.predictions
        self.predictions = (score + right, asked + 1)
        if self.step == step - 1:
            self.step = step
        else:
            self._show_step(self.step)

    # -- other screens ----------------------------------------------------------------------

    def action_help(self) -> None:
        bindings = [*self.BINDINGS, *(StackPane.BINDINGS if self.trace is not None else [])]
        rows = [
            *key_rows(bindings, self.get_key_display),
            ("tab", "Move between the panes"),
            ("ctrl+p", "Command palette: every action, next allocation/drop/move/call/..."),
            ("mouse", "Click or drag the timeline to scrub through the run"),
        ]
        self.push_screen(HelpScreen(rows))

    def action_samples(self) -> None:
        current = next(
            (s.name for s in resources.list_samples() if str(s.path) == self.title), None
        )
        self.push_screen(SampleBrowser(resources.list_samples(), current), self._sample_chosen)

    async def _sample_chosen(self, name: str | None) -> None:
        if name is not None:
            await self.action_open_sample(name)

    async def action_open_sample(self, name: str) -> None:
        """Load a bundled lesson in place of the current program (recording it as the
        command line does: shown at once, recorded in the background)."""
        sample = resources.find_sample(name)
        if sample is None:
            self.notify(f"No lesson called {name!r}.", severity="error")
            return
        source = sample.path.read_text(encoding="utf-8")
        try:
            recording = compile_and_start(source, str(sample.path))
        except CompileError as error:
            await self.show_program(None, Failure.from_error(error, source, str(sample.path)))
        else:
            await self.show_program(None, None, recording)

    def _offers_what_if(self) -> bool:
        return self.failure is not None and self.failure.runs_anyway

    async def action_run_anyway(self) -> None:
        """On a program only the borrow checker rejects: step it as if it compiled, to
        see the memory error the rules prevent; again: back to the diagnostics."""
        if self.rejected is not None:
            await self.show_program(None, self.rejected)
            return
        failure = self.failure
        recording = start_what_if(failure.source, failure.path) if failure else None
        if recording is None:
            self.notify("Only a program rejected by the borrow checker alone can run anyway.",
                        severity="warning")
            return
        await self.show_program(None, None, recording, rejected=failure)

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """`s`: the picture as an SVG named after the program and the step, in the current
        directory (or the browser's downloads)."""
        stem = Path(self.title).stem or "stackheap"
        where = f"step-{self.step + 1}" if self.trace is not None else "diagnostic"
        name = filename or f"{stem}-{where}.svg"
        if self.is_web:  # served by textual-serve: the browser downloads it
            self.deliver_screenshot(name)
            return
        path = self.save_screenshot(name, path=path or str(Path.cwd()))
        self.notify(f"Saved {path}", title="Screenshot", timeout=4)

    async def action_quit(self) -> None:
        # A program that did not compile ends the session as `--check` would: exit code 1.
        self.exit(return_code=1 if self.failure is not None else 0)

    def on_stack_pane_slot_selected(self, message: StackPane.SlotSelected) -> None:
        """A selected pointer lights up the heap block it leads to."""
        for heap in self.query(HeapPane):  # none while another program is being loaded
            heap.pointed = message.slot.points_to if message.slot else None

    # -- drawing ----------------------------------------------------------------------------

    def _show_step(self, index: int, came_from: int | None = None) -> None:
        """Draw step `index`; `came_from`, a later step, is the one the user came back from."""
        trace = self.trace
        if trace is None or not self.query(StatusBar):
            return
        status = self.query_one(StatusBar)
        self._drawn = index if len(trace) > 0 else None
        if len(trace) == 0:
            status.show(self._counter_text(-1), "Nothing was recorded yet." if not self.recorded
                        else "Nothing was recorded.", progress=self._progress_text())
            return
        # In this order a trace that replays deltas moves forward only: step, before, after,
        # and last the later step we came back from.
        info = trace.step(index)
        previous = self._snapshot(index - 1) if index > 0 else None
        snapshot = self._snapshot(index)
        marks: tuple[Mark, ...] = (Mark(info.span, MarkKind.STEP),) if info.span.line > 0 else ()
        if index < self.last_step:
            upcoming = self._span_at(index + 1)
            if upcoming.line > 0 and upcoming != info.span:
                marks += (Mark(upcoming, MarkKind.NEXT),)
        self.query_one(SourcePane).show(marks)
        undo: Undo | None = None
        if came_from is not None and index < came_from <= self.last_step:
            undo = undo_of(snapshot, self._snapshot(came_from))
            memory = MemoryPicture(snapshot, undo.changed, undone=True)
        else:
            changed = info.changed
            violation = trace.outcome.violation
            if violation is not None and index == violation.step and violation.target:
                changed = changed | {violation.target}  # the block it went wrong on
            memory = MemoryPicture(snapshot, changed)
        self.query_one(StackPane).memory = memory
        self.query_one(HeapPane).memory = memory
        from stackheap_tui.view.widgets.permissions import PermissionsPane  # see `compose`

        self.query_one(PermissionsPane).show_step(trace, index, snapshot)
        self.query_one(OutputPane).show(snapshot, previous)
        self.query_one(Timeline).position = index
        status.show(
            self._counter_text(index),
            self._explain(info, index),
            badge=info.kind.value,
            mode=self._mode_text(),
            undone=undone_text(index, came_from, undo) if undo is not None else "",
            progress=self._progress_text(),
        )

    def _snapshot(self, index: int) -> Snapshot:
        """The picture after step `index`; the last few are kept, since stepping on asks
        again for the one it just drew (as the picture before the new step)."""
        cache = self._snapshots
        snapshot = cache.pop(index, None)
        if snapshot is None:
            assert self.trace is not None
            snapshot = self.trace.snapshot(index)
        cache[index] = snapshot  # the most recently used last
        while len(cache) > _SNAPSHOTS_KEPT:
            del cache[next(iter(cache))]
        return snapshot

    def _span_at(self, index: int) -> Span:
        """A step's span, without working out what it changed when the trace can say."""
        trace = self.trace
        assert trace is not None
        span_at = getattr(trace, "span_at", None)
        return span_at(index) if callable(span_at) else trace.step(index).span

    def _mode_text(self) -> str:
        if self.rejected is not None:
            return "what-if"
        if not self.predicting:
            return ""
        right, asked = self.predictions
        return f"predict {right}/{asked}" if asked else "predict"

    def _explain(self, info: StepInfo, index: int) -> str:
        """The step's explanation; at the last step, why the run stopped if it stopped early."""
        if not self.recorded:
            return info.explanation
        outcome = self.trace.outcome if self.trace is not None else None
        stopped = outcome.stopped_early if outcome is not None else None
        if index != self.last_step:
            return info.explanation
        if outcome is not None and outcome.violation is not None:
            return info.explanation  # it says what went wrong, and why rustc prevents it
        if self.rejected is not None and not stopped:
            return (f"{info.explanation} This run happened to reach no memory error, yet "
                    "rustc rejects the program: its rules must hold for every run, and "
                    "they cannot be shown to hold for this one (press r for the errors).")
        if stopped:
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


def run_app(
    trace: TraceView | None = None,
    failure: Failure | None = None,
    *,
    recording: RecordingView | None = None,
    pending: Pending | None = None,
) -> int:
    """Run the TUI until the user quits; the exit code is 0, or 1 for a failed compile.

    With `pending`, the app compiles the program after its first frame: what stopped
    that compile other than the program's errors, or the run it started breaking off
    (a bug in the interpreter), is raised here for the command line to report."""
    app = StackHeapApp(trace, failure, recording=recording, pending=pending)
    app.run()
    if app.internal_error is not None:
        raise app.internal_error
    if app.opened is not None and app.opened.failure is not None:
        raise app.opened.failure
    return app.return_code if app.return_code is not None else 0

"""The TUI: the program, its stack and heap, its output, one step at a time.

`StackHeapApp` shows a recorded run (`TraceView`) or, for a program that did not
compile, its diagnostics (`Failure`). The step index is the app's one piece of
state; every pane is redrawn from the trace for that index, so stepping back
shows exactly what was shown before. Jumps (events, step over/out, next allocation,
...) only compute a new index, from a `StepIndex` of the run's step kinds and depths.

The app is built in layers, each a module of one job: `view.app_state` (what it holds),
`view.drawing` (the panes for a step), `view.navigation` (the stepping keys),
`view.streaming` (a run still recording), `view.modes` (predict, permissions), the
layouts in `view.layout`; here, the keys and what opens a program (the command line's,
a lesson, a what-if run of a rejected one) and the other screens.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.widgets import Header
from textual.widgets._header import HeaderTitle

from stackheap_tui import resources
from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.trace.protocol import TraceView
from stackheap_tui.view.commands import StepperCommands
from stackheap_tui.view.failure import Failure
from stackheap_tui.view.footer import StepFooter
from stackheap_tui.view.layout import (
    MIN_HEIGHT,
    MIN_WIDTH,
    failure_panes,
    loading_panes,
    run_panes,
    too_small,
)
from stackheap_tui.view.loading import (
    Pending,
    RecordingView,
    compile_and_start,
    start_choosing,
    start_what_if,
)
from stackheap_tui.view.mouse import MouseHold
from stackheap_tui.view.reloading import Reloading
from stackheap_tui.view.screens.dialog import Palette
from stackheap_tui.view.screens.help import HelpScreen, key_rows
from stackheap_tui.view.screens.samples import SampleBrowser
from stackheap_tui.view.screenshot import NotSaved, save_svg
from stackheap_tui.view.steps import StepIndex
from stackheap_tui.view.streaming import FOLLOW_EVERY
from stackheap_tui.view.terminal import prepare_terminal
from stackheap_tui.view.thread_choice import next_choices
from stackheap_tui.view.widgets.arrows import ArrowGutter
from stackheap_tui.view.widgets.bytes import BytesPane
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.stack import StackPane
from stackheap_tui.view.widgets.status import StatusBar
from stackheap_tui.view.widgets.timeline import Timeline

T = TypeVar("T")
RECORDING_SWITCH_INTERVAL = 0.001  # seconds; see `run_app`
QUIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
"""Signals that end the app the way `q` does, so the terminal is left as it was found."""


class StackHeapApp(Reloading):
    """Step through a recorded run, or read why the program did not compile."""

    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {StepperCommands}
    # Side by side needs about 120 columns for a slot row to fit; below that, stack the panes.
    # At 80 and under ("-cramped" is narrow too) the explanation gets the whole width,
    # under the step counter.
    # Annotated as `App` declares them (mypy reads its `ClassVar[...] | None` as an instance
    # variable, which a `ClassVar` may not override).
    HORIZONTAL_BREAKPOINTS: list[tuple[int, str]] | None = [  # noqa: RUF012
        (0, "-too-narrow"),
        (MIN_WIDTH, "-cramped"),
        (81, "-narrow"),
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
        Binding("m", "bytes", "Bytes"),
        # Only on a program the borrow checker alone rejects: step it anyway (what-if).
        Binding("r", "run_anyway", "What-if"),
        Binding("t", "pick_thread", "Pick thread", show=False),
        Binding("b", "samples", "Lessons"),
        # (`o` is step over) Another file, by its path; the shown one reloads when saved.
        Binding("f", "open_file", "Open"),
        Binding("s", "screenshot", "Screenshot", show=False),
        Binding("q", "quit", "Quit", show=False),
        # A learner's reflex to stop a program; Textual only shows a notice by default.
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
        # As any terminal program: the shell's job control takes over until `fg`.
        Binding("ctrl+z", "suspend_process", "Suspend", show=False, priority=True),
    ]

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
        self.trace = None
        self.failure = None
        self.recording = None
        self.index = None
        self.pending = pending
        self.opened = None
        self.internal_error = None
        self._load(trace, failure, recording)
        self._follower = None
        self._drawn = None
        self._key_states = ()
        self.predictions = (0, 0)
        self.permissions_shown = False
        self.rejected = None
        self._targets = {}
        self._mouse = MouseHold(self)

    def _load(
        self, trace: TraceView | None, failure: Failure | None, recording: RecordingView | None
    ) -> None:
        self.trace, self.failure, self.recording = trace, failure, recording
        self._snapshots = {}
        self.index = StepIndex(trace) if trace is not None else None
        pending = self.pending
        self.program_path = (trace.path if trace is not None else failure.path if failure
                             else pending.path if pending else "")
        # A bundled lesson is titled by its file's name, not where pip installed it.
        bundled = any(str(s.path) == self.program_path for s in resources.list_samples())
        self.title = Path(self.program_path).name if bundled else self.program_path

    # -- layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield _Header()
        if self.failure is not None:
            yield from failure_panes(self.failure, self.file_name)
        elif self.trace is not None and self.index is not None:
            yield from run_panes(self.trace.source, self.index, self.permissions_shown,
                                 self.file_name)
        elif self.pending is not None:
            yield from loading_panes(self.pending.source, self.file_name)
        yield StatusBar(classes="-stepping" if self.trace is not None else "")
        yield too_small()
        # Compact, and without g and q (in the help): the rest fit one line at 80 columns.
        yield StepFooter(compact=True)

    async def on_event(self, event: events.Event) -> None:
        # A click on a pane being replaced waits for the new one (see `view.mouse`).
        if not self._mouse.holds(event):
            await super().on_event(event)

    catch_signals = False
    """Set by `run_app`: SIGTERM, SIGHUP and SIGQUIT end the app as `q` does, restoring
    the terminal (left alone in tests, whose event loop is not the app's own)."""

    def on_mount(self) -> None:
        if self.catch_signals:
            loop = asyncio.get_running_loop()
            for number in QUIT_SIGNALS:
                loop.add_signal_handler(number, self._signalled, number)
        self.app_resume_signal.subscribe(self, self._resumed)
        self.start_watching()
        self._start()

    def _resumed(self, _app: object) -> None:
        """Back from Ctrl+Z (`fg`): the terminal's screen was the shell's meanwhile, so
        every line is drawn again, at the step shown before."""
        for screen in self.screen_stack:
            screen.refresh(layout=True)

    def _signalled(self, number: int) -> None:
        """A signal to end: leave as on `q` (alternate screen, mouse, cursor restored),
        with the exit code a shell reports for that signal."""
        self.exit(return_code=128 + number)

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
                self._follower = self.set_interval(FOLLOW_EVERY, self._follow_recording)

    async def _compile_pending(self) -> None:
        """After the first frame: compile the pending program and show its run, or why it
        does not compile. Anything else that stops the compile (a program nested too
        deeply, out of memory, a bug) ends the app, and `run_app` reports it."""
        pending, self.pending = self.pending, None
        if pending is None:
            return  # another program was opened meanwhile
        try:
            # On a thread of its own, so that keys (`q`, ctrl+c) are answered while a big
            # program is checked; a daemon, so that quitting does not wait for it.
            recording = await _off_the_event_loop(
                compile_and_start, pending.source, pending.path, pending.max_steps)
        except CompileError as error:
            if self._exit:
                return  # quit while it was checked: the panes are being taken down
            await self.show_program(None, Failure.from_error(error, pending.source,
                                                             pending.path))
        except Exception as error:  # never a traceback on the user's screen
            self.internal_error = error
            self.exit(return_code=1)
        else:
            if self._exit:
                return  # (setting the title now would look for a header being removed)
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

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that need a run are hidden without one; those that would go nowhere from
        this step (back at the first step, step out of main, ...) are greyed out (None)."""
        if action == "run_anyway":
            return self.rejected is not None or self._offers_what_if()
        return super().check_action(action, parameters)

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

    def action_command_palette(self) -> None:
        """ctrl+p: the command palette, one that closes once (see `screens.dialog`)."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(Palette(id="--command-palette"))

    def action_samples(self) -> None:
        current = next(
            (s.name for s in resources.list_samples() if str(s.path) == self.program_path), None
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

    async def action_pick_thread(self) -> None:
        """`t`: at or after a step where several threads could run, run the program again
        with the next of them picked there (`view/thread_choice.py`)."""
        trace = self.trace
        found = next_choices(getattr(trace, "decisions", []), self.step) if trace else None
        if trace is None or found is None:
            self.notify("No thread choice yet: `t` works once two threads can run.",
                        severity="warning")
            return
        choices, step, thread = found
        recording = await _off_the_event_loop(start_choosing, trace.source, trace.path, choices)
        await _off_the_event_loop(_until_step, recording, step)
        await self.show_program(None, None, recording)
        self.step = min(step, len(recording.trace) - 1)
        self.notify(f"Thread #{thread} runs here now (schedule {','.join(map(str, choices))}).",
                    timeout=4)

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """`s`: the picture as an SVG named after the program and the step, in the current
        directory (or the browser's downloads), under a name no file has yet; a notice
        says where, or why it could not be written."""
        stem = Path(self.title).stem or "stackheap"
        where = f"step-{self.step + 1}" if self.trace is not None else "diagnostic"
        name = filename or f"{stem}-{where}.svg"
        if self.is_web:  # served by textual-serve: the browser downloads it
            self.deliver_screenshot(name)
            return
        try:
            saved = save_svg(self.export_screenshot(), name.removesuffix(".svg"), path)
        except NotSaved as error:
            self.notify(f"Could not save the screenshot: {error}.", title="Screenshot",
                        severity="error", timeout=6)
        else:
            self.notify(f"Saved {saved}", title="Screenshot", timeout=4)

    async def action_quit(self) -> None:
        # A program that did not compile ends the session as `--check` would: exit code 1.
        self.exit(return_code=1 if self.failure is not None else 0)

    def on_stack_pane_slot_selected(self, message: StackPane.SlotSelected) -> None:
        """A selected pointer lights up the heap block it leads to."""
        for heap in self.query(HeapPane):  # none while another program is being loaded
            heap.pointed = message.slot.points_to if message.slot else None
            heap.vtable_pointed = message.slot.vtable if message.slot else None
        for pane in self.query(BytesPane):
            pane.show_slot(message.slot)
        self.show_life_of(message.key)  # its life in the source's gutter
        for arrows in self.query(ArrowGutter):  # its arrows, once the panes are laid out
            self.call_after_refresh(arrows.follow)


_COMPILE_STACK_BYTES = 256 << 20  # the checker recurses once or more per nesting level


def _until_step(recording: RecordingView, step: int) -> None:
    """Wait until a recording has `step` (or has ended)."""
    while len(recording.trace) <= step and not recording.done.wait(0.01):
        pass


async def _off_the_event_loop(work: Callable[..., T], *args: Any) -> T:
    """`work(*args)` on a daemon thread, awaited without blocking the event loop."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def settle(outcome: Callable[[], None]) -> None:
        if not done.done():
            outcome()

    def run() -> None:
        try:
            result = work(*args)
        except BaseException as problem:  # handed to the awaiting coroutine
            failure = problem
            loop.call_soon_threadsafe(settle, lambda: done.set_exception(failure))
        else:
            loop.call_soon_threadsafe(settle, lambda: done.set_result(result))

    old_size = threading.stack_size()
    try:
        threading.stack_size(_COMPILE_STACK_BYTES)
        threading.Thread(target=run, name="stackheap-compile", daemon=True).start()
    finally:
        threading.stack_size(old_size)
    return await done


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
    prepare_terminal()
    app = StackHeapApp(trace, failure, recording=recording, pending=pending)
    app.catch_signals = True
    # The run records on its own thread: with Python's default 5 ms switch interval it
    # holds the interpreter lock long enough, each time the app waits for input or
    # output, that keys go unanswered for a second. 1 ms keeps keys answered.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(RECORDING_SWITCH_INTERVAL)
    try:
        app.run()
    finally:
        sys.setswitchinterval(interval)
    if app.internal_error is not None:
        raise app.internal_error
    if app.opened is not None and app.opened.failure is not None:
        raise app.opened.failure
    return app.return_code if app.return_code is not None else 0


class _Header(Header):
    """Textual's header, whose title update may arrive after the screen was rebuilt (a
    reload or a lesson opened twice in quick succession): then there is no title to
    update any more, which Textual's own raises as NoMatches (a crash)."""

    def _on_mount(self, event: events.Mount) -> None:
        event.prevent_default()  # (Textual would run Header's own handler after this one)

        async def set_title() -> None:
            # (this header is being replaced, or its screen gone: the new one shows it)
            with contextlib.suppress(NoMatches, NoScreen):
                self.query_one(HeaderTitle).update(self.format_title())

        self.watch(self.app, "title", set_title)
        self.watch(self.app, "sub_title", set_title)
        self.watch(self.screen, "title", set_title)
        self.watch(self.screen, "sub_title", set_title)

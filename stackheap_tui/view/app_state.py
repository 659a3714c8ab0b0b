"""What the app holds while it shows a program: the program (a run, or why it did not
compile), the step shown, and the few pictures it keeps; the app's other parts
(`view.drawing`, `view.navigation`, `view.streaming`, `view.modes`) build on it."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.reactive import reactive
from textual.timer import Timer

from stackheap_tui.lang.span import Span
from stackheap_tui.memory.records import Snapshot
from stackheap_tui.trace.protocol import TraceView
from stackheap_tui.view.failure import Failure
from stackheap_tui.view.loading import Pending, RecordingView
from stackheap_tui.view.steps import SearchResult, StepIndex

_SNAPSHOTS_KEPT = 4
"""Pictures kept by the app: the step shown, the one before, where a jump came from."""


class AppState(App[None]):
    """The state `StackHeapApp` is drawn from; every pane is redrawn from it."""

    step: reactive[int] = reactive(0, init=False, repaint=False)
    """The step shown, 0-based (the counter shows step + 1). Not `bindings=True`: that
    rebuilds the footer at every step; `_refresh_keys` does it only when a key's state
    changes (a step then costs a third of the time)."""

    predicting: reactive[bool] = reactive(False, bindings=True, init=False)
    """Predict mode: stepping forward onto a memory step first asks what it will do."""

    trace: TraceView | None
    program_path: str = ""  # the program's path as given (the title may be its name)
    failure: Failure | None
    recording: RecordingView | None  # the run recording `trace`, if this app started it
    index: StepIndex | None
    # A program to compile once the first frame is drawn (see `view.loading`); the run it
    # then started, and what broke off the compile if not the program (`run_app`).
    pending: Pending | None
    opened: RecordingView | None
    internal_error: Exception | None
    _follower: Timer | None  # looks at a run still recording (see `view.streaming`)
    _drawn: int | None  # the step drawn last (None: nothing recorded yet)
    _key_states: tuple[bool | None, ...]  # see `_refresh_keys`
    predictions: tuple[int, int]  # (right, asked) in predict mode
    permissions_shown: bool  # `w`: the permissions pane in the heap's place
    # "Run it anyway": the rejected program's diagnostics while its what-if run shows.
    rejected: Failure | None
    # Where each jump leads from the current step; `check_action` asks often.
    _targets: dict[tuple[str, tuple[object, ...]], SearchResult]
    _snapshots: dict[int, Snapshot]
    # End or a jump asked for while recording, to take once its step is recorded.
    _pending_jump: tuple[str, tuple[object, ...]] | None = None
    _moving_to_pending: bool = False

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

    def _snapshot(self, index: int) -> Snapshot:
        """The picture after step `index`; the last few are kept, since stepping on asks
        again for the one it just drew (as the picture before the new step)."""
        cache = self._snapshots
        snapshot = cache.pop(index, None)
        if snapshot is None:
            assert self.trace is not None
            # The output is read from the run's log (`Snapshot.printed`), never joined.
            snapshot = self.trace.snapshot(index, output=False)
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

"""Drawing the step shown: the source marks, the stack, heap, permissions and output
panes, the timeline and the status line (counter, explanation, badge, mode, progress);
or, for a program that did not compile, its error marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stackheap_tui.memory.records import Snapshot, StepInfo
from stackheap_tui.view.app_state import AppState
from stackheap_tui.view.failure import Failure
from stackheap_tui.view.picture import MemoryPicture
from stackheap_tui.view.undo import Undo, undo_of, undone_text
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.output import OutputPane
from stackheap_tui.view.widgets.source import Mark, MarkKind, SourcePane
from stackheap_tui.view.widgets.stack import StackPane
from stackheap_tui.view.widgets.status import StatusBar
from stackheap_tui.view.widgets.timeline import Timeline

if TYPE_CHECKING:
    from stackheap_tui.trace.permissions import PermissionSteps


class Drawing(AppState):
    """Redraws every pane from the app's state for one step."""

    _borrow_steps: PermissionSteps | None = None

    def _ended_borrows(self, index: int, snapshot: Snapshot) -> frozenset[tuple[int, int]]:
        """The newest frame's references past their last use after step `index` (a
        borrow ends there, though the reference still sits in its slot)."""
        # Imported here: the permissions pull in the checker, which the first frame must
        # not wait for (see `view.layout`).
        from stackheap_tui.trace.permissions import PermissionSteps
        from stackheap_tui.trace.trace import Trace

        trace = self.trace
        if not isinstance(trace, Trace) or trace.permissions is None or not snapshot.frames \
                or self.rejected is not None:  # a what-if run: the checker refused it
            return frozenset()
        table = trace.permissions
        steps = self._borrow_steps
        if steps is None or steps.trace is not trace:
            steps = self._borrow_steps = PermissionSteps(trace, table)
        _, state = steps.visible(index, snapshot)
        if state is None:
            return frozenset()
        unused = {p.name for p in state.places if p.reference and p.why.kind == "unused"}
        if not unused:
            return frozenset()
        frame = len(snapshot.frames) - 1
        names = [slot.name for slot in snapshot.frames[-1].slots]
        return frozenset((frame, i) for i, name in enumerate(names)
                         if name in unused and names.count(name) == 1)

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
            memory = MemoryPicture(snapshot, undo.changed, undone=True,
                                   ended=self._ended_borrows(index, snapshot))
        else:
            changed = info.changed
            violation = trace.outcome.violation
            if violation is not None and index == violation.step and violation.target:
                changed = changed | {violation.target}  # the block it went wrong on
            memory = MemoryPicture(snapshot, changed,
                                   ended=self._ended_borrows(index, snapshot))
        self.query_one(StackPane).memory = memory
        self.query_one(HeapPane).memory = memory
        from stackheap_tui.view.widgets.permissions import PermissionsPane  # see `view.layout`

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

    def _counter_text(self, index: int) -> str:
        trace = self.trace
        total = len(trace) if trace is not None else 0
        return f"step {index + 1:,} / {total:,}" + ("" if self.recorded else "…")

    def _progress_text(self) -> str:
        """`recording… 12,345 steps`, then how the run ended (for a run this app recorded;
        a finished trace handed over says nothing here)."""
        trace = self.trace
        if trace is None or (self.recording is None and self.recorded):
            return ""
        steps = len(trace)
        noun = "step" if steps == 1 else "steps"
        if not self.recorded:
            return f"recording… {steps:,} {noun}"
        failure = self.recording.failure if self.recording is not None else None
        if failure is not None:
            return f"run broke off after {steps:,} {noun}"
        outcome = trace.outcome
        violation = outcome.violation
        if violation is not None:
            return ""  # the last step's badge and explanation say it, and need the room
        if self.rejected is not None and not outcome.stopped_early:
            return "no memory error"
        if outcome.stopped_early:
            return f"stopped at the step limit ({steps:,} {noun})"
        return f"done · exit {outcome.exit_code}"

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
        errors = [d for d in failure.diagnostics if d.level == "error"]  # not the warnings
        count = len(errors)
        headline = errors[0].headline if errors else "compile error"
        more = f" (and {count - 1} more)" if count > 1 else ""
        self.query_one(StatusBar).show("does not compile", f"{headline}{more}")

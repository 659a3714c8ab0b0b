"""Moving through the run: back, next, first, last, the jumps (events, step over/out, the
next allocation, drop, …), go to a step, the timeline; and which of those keys work from
the step shown (usable, greyed out, hidden). A jump only computes a new step index, from
the `StepIndex` of the run's step kinds and depths."""

from __future__ import annotations

from typing import Any

from stackheap_tui.memory.records import StepKind
from stackheap_tui.view.lifetime_gutter import LifetimeGutter
from stackheap_tui.view.screens.goto import GotoScreen
from stackheap_tui.view.screens.help import HelpScreen
from stackheap_tui.view.screens.predict import PredictScreen
from stackheap_tui.view.screens.samples import SampleBrowser
from stackheap_tui.view.steps import SearchResult
from stackheap_tui.view.widgets.timeline import Timeline

_BACKWARD = frozenset({"back", "first"})
_FORWARD = frozenset({"next", "last"})
_SEARCHES = frozenset({"event", "jump", "step_over", "step_out"})
_NEEDS_TRACE = _BACKWARD | _FORWARD | _SEARCHES | {"goto", "predict", "permissions", "bytes"}
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

_STEP_KEYS: tuple[tuple[str, tuple[object, ...]], ...] = (
    ("back", ()), ("first", ()), ("next", ()), ("last", ()), ("event", (1,)),
    ("event", (-1,)), ("step_over", ()), ("step_out", ()), ("predict", ()), ("goto", ()),
)
"""The footer's actions whose state depends on the step."""

_CHEAP_SCAN = 4_096
"""Steps a key's "usable?" check looks through; past that the key stays enabled and the
search runs in full only when pressed (a step-out of a long loop, say)."""


class Navigation(LifetimeGutter):
    """The stepping keys and what they may do from the step shown."""

    # -- which keys work now ----------------------------------------------------------------

    def _refresh_keys(self) -> None:
        """Redraw the footer if a key's state (usable, greyed out, hidden) changed."""
        states = tuple(
            self.check_action(action, parameters) for action, parameters in _STEP_KEYS
        )
        if states != self._key_states:
            self._key_states = states
            self.refresh_bindings()
        if self._pending_jump is not None:
            self._retry_pending_jump()

    def _retry_pending_jump(self) -> None:
        """End or a jump pressed while the run records, to a step not recorded yet: taken
        as soon as the step is there (End: once the recording finishes), unless the
        learner has moved on meanwhile (`watch_step` forgets it)."""
        pending = self._pending_jump
        assert pending is not None
        action, parameters = pending
        if action == "last":
            if self.recorded:
                self._pending_jump = None
                self._moving_to_pending = True
                try:
                    self.step = self.last_step
                finally:
                    self._moving_to_pending = False
            return
        found = (self._target(action, parameters) if self.recorded else
                 self._target(action, parameters, indexed_only=True, limit=_CHEAP_SCAN))
        if isinstance(found, int):
            self._pending_jump = None
            self._moving_to_pending = True
            try:
                self.step = found
            finally:
                self._moving_to_pending = False
        elif found is None and self.recorded:
            self._pending_jump = None  # the run ended without such a step

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that need a run are hidden without one; those that would go nowhere from
        this step (back at the first step, step out of main, ...) are greyed out (None)."""
        if action in _NEEDS_STEPPER and isinstance(self.screen, _MODALS):
            return False
        if action == "goto" and len(self.screen_stack) > 1:
            return False  # a priority key: leave `g` to the palette's or a dialog's input
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
        if action == "step_out" and self.index is not None and self.index.depth(self.step) <= 1:
            return None  # in `main` (or past it): no caller in the program to return to
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
        if not self._moving_to_pending:
            self._pending_jump = None  # the learner moved: an End or jump waiting is off
        self._targets.clear()
        # Going back, the picture highlights what the steps left behind had changed.
        self._show_step(step, came_from=old if old > step else None)
        self._refresh_keys()

    async def action_back(self) -> None:  # async as `App.action_back`, which it replaces
        self.step -= 1

    def action_next(self) -> None:
        self.step += 1

    def action_first(self) -> None:
        self.step = 0

    def action_last(self) -> None:
        self.step = self.last_step
        if not self.recorded:
            self._pending_jump = ("last", ())
            self.notify(
                f"Still recording: this is the last step so far ({self.last_step + 1:,}); "
                "End goes on to the real end when the recording finishes.",
                timeout=3,
            )

    def action_event(self, direction: int) -> None:
        self._jump_to(("event", (direction,)), "No more events that way.")

    def action_jump(self, kind: str, direction: int) -> None:
        _, noun = JUMP_KINDS[kind]
        where = "later" if direction > 0 else "earlier"
        self._jump_to(("jump", (kind, direction)), f"No {where} {noun} in this run.")

    def action_step_over(self) -> None:
        self._jump_to(("step_over", ()), "This function runs no further steps.")

    def action_step_out(self) -> None:
        self._jump_to(("step_out", ()), "No caller to return to in this run.")

    def _jump_to(self, key: tuple[str, tuple[object, ...]], missing: str) -> None:
        found = self._target(*key)
        if isinstance(found, int):
            self.step = found
        elif not self.recorded:
            self._pending_jump = key  # taken when the step is recorded (`_refresh_keys`)
            self.notify("Not in the steps recorded so far: it is taken as soon as it is.",
                        timeout=3)
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

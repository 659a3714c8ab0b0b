"""The modes a learner turns on over the stepping: predict (`p`: stepping onto a memory
step first asks what it will do), the permissions pane (`w`, in the heap's place) and the
longer explanation (`e`)."""

from __future__ import annotations

from functools import partial

from stackheap_tui.view.questions import Question, question_for
from stackheap_tui.view.screens.predict import PredictScreen
from stackheap_tui.view.streaming import Streaming
from stackheap_tui.view.widgets.bytes import BytesPane
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.stack import StackPane
from stackheap_tui.view.widgets.status import ExplanationPane


class Modes(Streaming):
    """Predict mode, the permissions pane and the explanation's size."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "predict" and self.rejected is not None:
            return False  # no quiz on a what-if run (and `r` needs its footer room)
        return super().check_action(action, parameters)

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
        from stackheap_tui.view.widgets.permissions import PermissionsPane  # see `view.layout`

        self.permissions_shown = not self.permissions_shown
        if self.permissions_shown:
            self.query_one(BytesPane).display = False
        self.query_one(HeapPane).display = not self.permissions_shown
        self.query_one(PermissionsPane).reveal_permissions(self.permissions_shown)

    def action_bytes(self) -> None:
        """The selected variable's bytes in the heap's place (`m`), or the heap back."""
        from stackheap_tui.view.widgets.permissions import PermissionsPane  # see `view.layout`

        panes = self.query(BytesPane)
        if not panes:
            return  # a program that did not compile: no variables
        pane = panes.first()
        pane.display = not pane.display
        if pane.display and self.permissions_shown:
            self.permissions_shown = False
            self.query_one(PermissionsPane).reveal_permissions(False)
        self.query_one(HeapPane).display = not (pane.display or self.permissions_shown)
        if pane.display:
            pane.show_slot(self.query_one(StackPane).selected)

    # -- predict mode -----------------------------------------------------------------------

    def action_next(self) -> None:
        if self.predicting and self.step < self.last_step:
            question = self._question(self.step + 1)
            if question is not None:
                self.push_screen(PredictScreen(question), partial(self._predicted, self.step + 1))
                return
        super().action_next()

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

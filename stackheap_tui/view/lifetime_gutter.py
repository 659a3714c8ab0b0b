"""The selected variable's life drawn in the source pane's gutter (`trace.lifetimes`
works it out from the run; here it becomes glyphs and styles), recomputed as the
selection or the step changes, and kept while the step stays inside the same life."""

from __future__ import annotations

from stackheap_tui.trace.lifetimes import GLYPHS, LifeMark, Lifetime, lifetime_of
from stackheap_tui.view.drawing import Drawing
from stackheap_tui.view.widgets.source import SourcePane

_STYLES = {
    LifeMark.DROPPED: "source--life-end",
    LifeMark.MOVED: "source--life-end",
    LifeMark.MUT_BORROWED: "source--life-borrow",
    LifeMark.BORROWED: "source--life-borrow",
    LifeMark.DECLARED: "source--life",
    LifeMark.LIVE: "source--life",
}


def gutter_marks(life: Lifetime | None) -> dict[int, tuple[str, str]]:
    """Line -> (glyph, component class) for the source pane."""
    if life is None:
        return {}
    return {line: (GLYPHS[mark], _STYLES[mark]) for line, mark in life.marks}


class LifetimeGutter(Drawing):
    """Keeps the source gutter showing the selected slot's life."""

    # (frame, slot, trace length, life) as last worked out: a step inside the same life
    # of a fully recorded run reuses it.
    _life_cache: tuple[tuple[int, int], int, Lifetime] | None = None

    def show_life_of(self, key: tuple[int, int] | None) -> None:
        panes = self.query(SourcePane)
        if not panes:
            return
        life = self._life_at(key)
        panes.first().show_life(gutter_marks(life), life.legend() if life else "")

    def _life_at(self, key: tuple[int, int] | None) -> Lifetime | None:
        trace = self.trace
        if key is None or trace is None or self.failure is not None or len(trace) == 0:
            return None
        step = self.step
        cached = self._life_cache
        if (cached is not None and cached[0] == key and cached[1] == len(trace)
                and cached[2].first <= step <= cached[2].last):
            return cached[2]
        life = lifetime_of(trace, step, key[0], key[1], self._ended_borrows)
        if life is not None:
            self._life_cache = (key, len(trace), life)
        return life

"""The footer: the most useful keys that fit the terminal's width (`?` lists them all).

Textual's footer draws every shown key and cuts the row at the right edge, so at 80
columns a key added late pushed "Lessons" off. Here the keys are taken in order of
usefulness while they fit, then drawn in their usual order."""

from __future__ import annotations

from collections.abc import Iterator

from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

PRIORITY = ("back", "next", "help", "event(1)", "samples", "step_over", "step_out",
            "bytes", "permissions", "predict", "run_anyway", "open_file")
"""Actions by usefulness to a learner: the first ones are kept when the row is short."""
PALETTE_CELLS = 12  # the command palette's key at the right end (`▏^p palette`)


def _cells(key: FooterKey) -> int:
    return len(key.key_display) + len(key.description) + 2


def _rank(key: FooterKey) -> int:
    return PRIORITY.index(key.action) if key.action in PRIORITY else len(PRIORITY)


class StepFooter(Footer):
    """A compact footer that leaves out the least useful keys that would not fit."""

    def compose(self) -> Iterator[Widget]:
        made = list(super().compose())
        width = self.size.width or self.app.size.width
        keys = [w for w in made if isinstance(w, FooterKey)
                and not w.has_class("-command-palette")]
        room = width - PALETTE_CELLS
        kept: set[int] = set()
        for key in sorted(keys, key=_rank):
            if _cells(key) <= room:
                kept.add(id(key))
                room -= _cells(key)
        shown = [w for w in made if not isinstance(w, FooterKey) or id(w) in kept
                 or w.has_class("-command-palette")]
        self.styles.grid_size_columns = len(shown)
        yield from shown

    def on_resize(self) -> None:
        self.call_after_refresh(self.recompose)

"""The arrow from the selected pointer to what it points at, drawn in a 3-cell gutter
between the stack and the heap (as Python Tutor and Aquascope draw pointers).

To the heap (a Box, a Vec's or String's buffer, an Rc's block, a literal or a vtable in
the static region): out of the pointer's row, along the gutter, into the block's title:

    x = → 0x5555_a010 ─┐ │
                       └▶╭─ 0x5555_a010 · 4 B

To another stack slot (a reference into the stack): out of the row and back into the
target's row, `◀` at its end. A target scrolled out of view ends in `▲`/`▼` at the pane's
edge. The gutter reads the two panes' rows as drawn, so it follows their scrolling.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from stackheap_tui.memory.records import SlotState
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.stack import StackPane

POLL = 0.1
"""Seconds between checks that the rows moved (a scroll, a step, a resize)."""


@dataclass(frozen=True, slots=True)
class Arrow:
    """Rows of the gutter (0 = its top): where the pointer is, where its target is, and
    whether the target is in the stack (drawn back to the left) or the heap."""

    source: int
    target: int
    into_stack: bool
    clipped: int = 0  # -1: the target is above the pane's view, 1: below, 0: in view

    def cells(self, height: int) -> list[str]:
        """Each row's 3 cells."""
        rows = [" " * 3] * height
        if not (0 <= self.source < height and 0 <= self.target < height):
            return rows
        low, high = sorted((self.source, self.target))
        for y in range(low + 1, high):
            rows[y] = " │ "
        if self.source == self.target:
            rows[self.source] = "──▶"
            return rows
        down = self.target > self.source
        rows[self.source] = "─┐ " if down else "─┘ "
        if self.clipped:
            rows[self.target] = " ▼ " if self.clipped > 0 else " ▲ "
        elif self.into_stack:
            rows[self.target] = "◀┘ " if down else "◀┐ "
        else:
            rows[self.target] = " └▶" if down else " ┌▶"
        return rows


class ArrowGutter(Widget):
    """The gutter between `#stack` and `#heap` in which the selected pointer's arrows run
    (two for a trait object: to its data and to its vtable)."""

    DEFAULT_CSS = """
    ArrowGutter {
        width: 3;
        height: 1fr;
        color: $warning;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.arrows: tuple[Arrow, ...] = ()

    def on_mount(self) -> None:
        self.set_interval(POLL, self.follow)

    def follow(self) -> None:
        """Work the arrows out again from the panes; redraw if they moved."""
        arrows = self._find()
        if arrows != self.arrows:
            self.arrows = arrows
            self.refresh()

    def rows(self) -> list[str]:
        """The gutter's rows as drawn (3 cells each)."""
        height = self.size.height
        rows = [" " * 3] * height
        for arrow in self.arrows:
            drawn = arrow.cells(height)
            rows = ["".join(new if new != " " else old for old, new in zip(a, b, strict=True))
                    for a, b in zip(rows, drawn, strict=True)]
        return rows

    def _find(self) -> tuple[Arrow, ...]:
        if not self.is_mounted:
            return ()
        stacks = self.screen.query(StackPane)
        if not stacks:
            return ()
        stack = stacks.first()
        slot = stack.selected
        if slot is None or slot.points_to is None or slot.state is not SlotState.LIVE:
            return ()
        source = _screen_row(stack, stack.row_lines(stack.cursor))
        if source is None:
            return ()
        heaps = self.screen.query(HeapPane)
        heap = heaps.first() if heaps and heaps.first().display else None
        arrows = []
        on_stack = stack.pointed_lines()
        if on_stack is not None:
            arrows.append(self._arrow(source, stack, on_stack, True))
        elif heap is not None and (lines := heap.lines_at(slot.points_to)) is not None:
            arrows.append(self._arrow(source, heap, lines, False))
        if heap is not None and slot.vtable is not None and (
                lines := heap.lines_at(slot.vtable)) is not None:
            arrows.append(self._arrow(source, heap, lines, False))
        return tuple(arrows)

    def _arrow(self, source: int, pane: StackPane | HeapPane, lines: range,
               into_stack: bool) -> Arrow:
        top = self.region.y
        visible = pane.scrollable_content_region
        y = visible.y + lines.start - int(pane.scroll_y)
        clipped = 0
        if y < visible.y:
            y, clipped = visible.y, -1
        elif y >= visible.y + visible.height:
            y, clipped = visible.y + visible.height - 1, 1
        return Arrow(source - top, y - top, into_stack, clipped)

    def render_lines(self, crop: Region) -> list[Strip]:
        # Worked out afresh whenever drawn: what is drawn matches the panes as they are.
        self.arrows = self._find()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        rows = self.rows() if self.arrows else []
        cells = rows[y] if y < len(rows) else "   "
        return Strip([Segment(cells, self.rich_style + RichStyle(bold=True))], 3)


def _screen_row(pane: StackPane, lines: range | None) -> int | None:
    """The screen row of the first of `lines` (content lines of `pane`), if in view."""
    if lines is None:
        return None
    region = pane.scrollable_content_region
    y = region.y + lines.start - int(pane.scroll_y)
    return y if region.y <= y < region.y + region.height else None

"""The whole run as one strip: a mark per call, allocation, move, drop, scope end, output
and panic.

The strip is scaled to its width, so a column may stand for many steps; it then shows the
most telling mark among them (a panic beats a call beats an allocation, ...). The current
step is drawn in reverse. Clicking or dragging along the strip scrubs through the run.
"""

from __future__ import annotations

from enum import Enum
from typing import ClassVar

from textual import events
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style
from textual.widget import Widget

from stackheap_tui.memory.records import StepKind
from stackheap_tui.view.steps import StepIndex


class Mark(Enum):
    """What a column of the strip shows, strongest first; the value is the glyph."""

    PANIC = "!"
    CALL = "("
    RETURN = ")"
    ALLOC = "+"
    DROP = "x"
    MOVE = ">"
    SCOPE_END = "}"
    OUTPUT = "»"
    PLAIN = "─"
    HERE = "━"  # a step without a mark, where the current step is
    UNKNOWN = "┄"  # not indexed yet (a long run is indexed in the background)


_MARK_OF_KIND = {
    StepKind.PANIC: Mark.PANIC,
    StepKind.UNDEFINED: Mark.PANIC,  # a what-if run's memory error: where it all stops
    StepKind.CALL: Mark.CALL,
    StepKind.RETURN: Mark.RETURN,
    StepKind.ALLOC: Mark.ALLOC,
    StepKind.DROP: Mark.DROP,
    StepKind.MOVE: Mark.MOVE,
    StepKind.SCOPE_END: Mark.SCOPE_END,
    StepKind.OUTPUT: Mark.OUTPUT,
}
_STRENGTH = {mark: rank for rank, mark in enumerate(Mark)}
_FIRST_HORIZON = 1_024  # a recording's strip spans at least this many steps

LEGEND = (
    ("(  )", "a function call, a return"),
    ("+  x", "a heap allocation, a drop"),
    (">  !", "a move, a panic (or, run anyway, undefined behaviour)"),
    ("}  »", "the end of a scope, output printed"),
)


def mark_of(kind: StepKind) -> Mark:
    return _MARK_OF_KIND.get(kind, Mark.PLAIN)


def columns_of(step: int, steps: int, width: int) -> range:
    """The columns that draw `step`: several when steps are fewer than columns."""
    column = max(step * width // steps - 1, 0)
    while column < width - 1 and step not in steps_of(column, steps, width):
        column += 1
    last = column
    while last + 1 < width and step in steps_of(last + 1, steps, width):
        last += 1
    return range(column, last + 1)


def steps_of(column: int, steps: int, width: int) -> range:
    """The steps column `column` stands for (at least one)."""
    first = column * steps // width
    last = (column + 1) * steps // width
    return range(first, max(last, first + 1))


class Timeline(Widget):
    """One row: the run from the first step to the last, with the current step reversed."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline--plain",
        "timeline--unknown",
        "timeline--panic",
        "timeline--call",
        "timeline--return",
        "timeline--alloc",
        "timeline--drop",
        "timeline--move",
        "timeline--scope_end",
        "timeline--output",
        "timeline--current",
    }

    DEFAULT_CSS = """
    Timeline {
        height: 1;
        padding: 0 1;
        background: $panel;
        & > .timeline--plain { color: $foreground 40%; }
        & > .timeline--unknown { color: $foreground 20%; }
        & > .timeline--panic { color: $text-error; text-style: bold; }
        & > .timeline--call { color: $text-primary; text-style: bold; }
        & > .timeline--return { color: $text-primary; text-style: bold; }
        & > .timeline--alloc { color: $text-success; text-style: bold; }
        & > .timeline--drop { color: $text-warning; text-style: bold; }
        & > .timeline--move { color: $text-accent; text-style: bold; }
        & > .timeline--scope_end { color: $text-secondary; }
        & > .timeline--output { color: $text-secondary; text-style: bold; }
        & > .timeline--current { text-style: bold reverse; }
    }
    """

    class Scrubbed(Message):
        """The user clicked or dragged the strip to `step`."""

        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    position: reactive[int] = reactive(0, repaint=False)  # see `watch_position`
    """The current step (0-based)."""

    recording: reactive[bool] = reactive(False)
    """The run is still recording: the strip spans a horizon beyond the steps so far."""

    def __init__(self, index: StepIndex, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.index = index
        # Column marks are worked out once per width and grown as the index fills in.
        self._marks: list[Mark] = []
        self._marks_key: tuple[int, int] = (0, 0)
        self._marks_prefix = 0
        # Where the look at the column the index had reached stopped: (column, the first
        # step not yet known, the strongest mark before it). The next look goes on from
        # there: a column of a long run holds tens of thousands of steps, looked at again
        # at every redraw while the index fills (half of the app's time while recording).
        self._partial: tuple[int, int, Mark] = (-1, 0, Mark.PLAIN)
        # The cells without the current step, for the marks as they are (see `render`).
        self._cells: tuple[tuple[object, ...], list[tuple[str, str]]] = ((), [])
        self._current: tuple[range, int] | None = None  # the current step's columns drawn

    @property
    def strip_width(self) -> int:
        return max(self.content_region.width, 1)

    @property
    def span(self) -> int:
        """The steps the strip stands for: all of them, or while the run records, the
        next doubling past those so far, so the marks are rescaled only now and then."""
        steps = len(self.index)
        if not self.recording:
            return steps
        horizon = _FIRST_HORIZON
        while horizon < steps:
            horizon *= 2
        return horizon

    def marks(self) -> list[Mark]:
        """A mark per column, reusing what was worked out before."""
        steps, width = self.span, self.strip_width
        if steps == 0:
            return []
        if self._marks_key != (steps, width):
            self._marks_key = (steps, width)
            self._marks = [Mark.UNKNOWN] * width
            self._marks_prefix = 0
            self._partial = (-1, 0, Mark.PLAIN)
        prefix = self.index.indexed_prefix
        if prefix > self._marks_prefix or self._marks_prefix == 0:
            first = self._marks_prefix * width // steps
            for column in range(first, width):
                column_steps = steps_of(column, steps, width)
                self._marks[column] = self._column_mark(column, column_steps)
                if column_steps.start >= prefix:
                    break
            self._marks_prefix = prefix
        return self._marks

    def _column_mark(self, column: int, steps: range) -> Mark:
        best, start = Mark.PLAIN, steps.start
        if self._partial[0] == column:  # looked at up to an unknown step before
            _, start, best = self._partial
        for step in range(start, steps.stop):
            if not self.index.is_known(step):
                if step > steps.start:  # (a column not begun leaves the one that was)
                    self._partial = (column, step, best)
                return Mark.UNKNOWN if best is Mark.PLAIN else best
            mark = mark_of(self.index.kind(step))
            if _STRENGTH[mark] < _STRENGTH[best]:
                best = mark
                if best is Mark.PANIC:
                    break
        return best

    def render(self) -> Content:
        marks = self.marks()
        if not marks:
            return Content("")
        steps, width = self.span, self.strip_width
        current = self._current_columns()
        self._current = (current, width)
        cells = list(self._marked_cells(marks, steps, width))
        # The current step: heavy and reversed, so it shows without colour too.
        for column in current:
            glyph, style = cells[column]
            if glyph == Mark.PLAIN.value:
                glyph = Mark.HERE.value
            cells[column] = (glyph, f"{style} timeline--current")
        # A stretch of one style is one piece: most of the strip is plain line.
        runs: list[tuple[str, str]] = []
        for glyph, style in cells:
            if runs and runs[-1][1] == style:
                runs[-1] = (runs[-1][0] + glyph, style)
            else:
                runs.append((glyph, style))
        styles = {style: self._style(style) for _, style in runs}
        return Content.assemble(*((text, styles[style]) for text, style in runs))

    def _current_columns(self) -> range:
        steps, width = self.span, self.strip_width
        return columns_of(min(self.position, steps - 1), steps, width) if steps else range(0)

    def _marked_cells(self, marks: list[Mark], steps: int,
                      width: int) -> list[tuple[str, str]]:
        """(glyph, component classes) per column, before the current step is drawn."""
        key = (self._marks_key, self._marks_prefix, width)
        if self._cells[0] == key:
            return self._cells[1]
        cells: list[tuple[str, str]] = []
        for column, mark in enumerate(marks):
            # Where a step spans several columns, its mark is drawn once, in the first.
            first_of_step = steps_of(column, steps, width).start != (
                steps_of(column - 1, steps, width).start if column else -1
            )
            glyph = mark.value if first_of_step else Mark.PLAIN.value
            style = f"timeline--{mark.name.lower()}" if first_of_step else "timeline--plain"
            cells.append((glyph, style))
        self._cells = (key, cells)
        return cells

    def _style(self, classes: str) -> Style:
        """The visual style of one or more of this widget's component classes, combined."""
        return self.get_visual_style(*classes.split())

    def refresh_marks(self) -> None:
        """The index grew: redraw with the new marks."""
        self.refresh()

    # -- scrubbing --------------------------------------------------------------------------

    def step_at(self, x: int) -> int:
        """The step under column `x`: its strongest mark if it has one, else its first."""
        steps, width = self.span, self.strip_width
        column = max(0, min(x, width - 1))
        candidates = steps_of(column, steps, width)
        best, best_strength = candidates.start, len(_STRENGTH)
        for step in candidates:
            if not self.index.is_known(step):
                break
            strength = _STRENGTH[mark_of(self.index.kind(step))]
            if strength < best_strength:
                best, best_strength = step, strength
        return max(min(best, len(self.index) - 1), 0)

    def _scrub(self, event: events.MouseEvent) -> None:
        if len(self.index):
            self.post_message(self.Scrubbed(self.step_at(event.x - self.gutter.left)))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self.capture_mouse()
        self._scrub(event)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self.app.mouse_captured is self:
            self._scrub(event)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        self.release_mouse()

    def watch_position(self) -> None:
        # A column stands for many steps in a long run: most steps leave the strip as it is.
        if self._current != (self._current_columns(), self.strip_width):
            self.refresh()

    def watch_recording(self) -> None:
        self.refresh()

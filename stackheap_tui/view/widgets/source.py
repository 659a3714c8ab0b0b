"""The program text: line numbers, Rust highlighting, and marked spans (the step, the errors).

The pane draws only the lines in view (Textual's line API), so a step costs the same for
a ten-line lesson and a ten-thousand-line program.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.highlight import highlight
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from stackheap_tui.lang.span import Span

TAB_SIZE = 4
LONG_LINE = 2_000
"""A line longer than this (a 1 MB literal, say) is drawn a window at a time: the part
in view, cut out before it is marked and styled, not the whole line."""


class MarkKind(Enum):
    STEP = "step"  # what the current step executes
    NEXT = "next"  # what the next step will execute (a lighter mark)
    ERROR = "error"  # a diagnostic's primary label
    LABEL = "label"  # a diagnostic's secondary label


@dataclass(frozen=True, slots=True)
class Mark:
    span: Span
    kind: MarkKind


class SourcePane(ScrollView, can_focus=True, inherit_bindings=False):
    """The highlighted program; `marks` say which spans stand out, and the first one is
    kept in view (a third of the way down, so what comes next shows too)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "scroll_up", "Scroll up", show=False),
        Binding("down", "scroll_down", "Scroll down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "source--gutter",
        "source--gutter-marked",
        "source--step",
        "source--next",
        "source--error",
        "source--label",
        "source--life",
        "source--life-borrow",
        "source--life-end",
    }

    DEFAULT_CSS = """
    SourcePane {
        & > .source--gutter { color: $text-muted; }
        & > .source--gutter-marked { color: $text-accent; text-style: bold; }
        & > .source--step { background: $accent 35%; text-style: bold; }
        & > .source--next { text-style: underline; }
        & > .source--error { background: $error 35%; text-style: bold; }
        & > .source--label { background: $warning 25%; }
        & > .source--life { color: $text-secondary; text-style: bold; }
        & > .source--life-borrow { color: $text-warning; text-style: bold; }
        & > .source--life-end { color: $text-error; text-style: bold; }
    }
    """

    # Not repainted whole: `watch_marks` refreshes the lines whose marks changed.
    marks: reactive[tuple[Mark, ...]] = reactive((), repaint=False)

    def __init__(self, source: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._lines = source.splitlines() or [""]
        code = highlight("\n".join(self._lines), language="rust", tab_size=0)
        self._code = code.split("\n", allow_blank=True)  # one Content per line
        self._number_width = len(str(len(self._lines)))
        widest = max(len(line.expandtabs(TAB_SIZE)) for line in self._lines)
        self.virtual_size = Size(self._number_width + 2 + widest, len(self._lines))
        self._marked: dict[int, list[tuple[int, int, MarkKind]]] = {}
        self._arrowed: set[int] = set()  # lines whose gutter shows `▶`
        self._strips: dict[int, Strip] = {}  # drawn lines, until the marks or styles change
        # The selected variable's life: a glyph per line, in the cell after the number.
        self._life: dict[int, tuple[str, str]] = {}  # line -> (glyph, component class)

    @property
    def line_count(self) -> int:
        return len(self._lines)

    # -- what to draw -----------------------------------------------------------------------

    def show(self, marks: tuple[Mark, ...]) -> None:
        """Mark these spans and scroll to the first one."""
        self.marks = marks
        if marks:
            if self.scrollable_content_region.height:
                self._bring_into_view()  # drawn with the step, in the same screen update
            else:
                self.call_after_refresh(self._bring_into_view)

    def watch_marks(self, marks: tuple[Mark, ...]) -> None:
        old_lines = set(self._marked) | self._arrowed
        self._marked, self._arrowed = {}, set()
        for mark in marks:
            for number, start, end in self._columns(mark.span):
                self._marked.setdefault(number, []).append((start, end, mark.kind))
                if mark.kind is not MarkKind.NEXT:
                    self._arrowed.add(number)
        # Only the lines that were or are marked look different: the rest stay drawn (a
        # refresh of the whole pane costs more than the rest of the step).
        for number in old_lines | set(self._marked) | self._arrowed:
            self._strips.pop(number, None)
            self.refresh_line(number - 1)

    def show_life(self, marks: dict[int, tuple[str, str]], legend: str) -> None:
        """The selected variable's life in the gutter: line -> (one-cell glyph, its
        style's component class), and a legend under the pane ("" for none)."""
        if marks == self._life:
            return
        old, self._life = self._life, dict(marks)
        for number in set(old) | set(marks):
            self._strips.pop(number, None)
            self.refresh_line(number - 1)
        self.border_subtitle = legend

    @property
    def life(self) -> dict[int, str]:
        """The gutter's life glyph of each marked line (for tests and readers)."""
        return {number: glyph for number, (glyph, _) in self._life.items()}

    def _columns(self, span: Span) -> list[tuple[int, int, int]]:
        """(line number, start column, end column) for each line `span` covers, 0-based
        columns; an empty span marks its whole line."""
        count = len(self._lines)
        first = min(max(span.line, 1), count)
        last = min(max(span.end_line, first), count)
        if first == last and span.end_col <= span.col:
            return [(first, 0, len(self._lines[first - 1]))]
        parts = []
        for number in range(first, last + 1):
            start = max(span.col - 1, 0) if number == first else 0
            end = max(span.end_col - 1, 0) if number == last else len(self._lines[number - 1])
            parts.append((number, start, end))
        return parts

    def line_content(self, number: int, window: tuple[int, int] | None = None) -> Content:
        """Line `number` (1-based) as drawn: gutter (`▶` where marked), code, marks;
        `window`: only the code's characters in [start, end)."""
        code = self._code[number - 1]
        first = 0
        if window is not None:
            first = window[0]
            code = code[window[0]:window[1]]
        for start, end, kind in self._marked.get(number, ()):
            start, end = max(start - first, 0), min(end - first, len(code))
            if start < end:
                code = code.stylize(self._mark_style(f"source--{kind.value}"), start, end)
        marked = number in self._arrowed
        gutter = ("▶" if marked else " ") + f"{number:>{self._number_width}}"
        gutter_style = "source--gutter-marked" if marked else "source--gutter"
        glyph, life_style = self._life.get(number, (" ", "source--gutter"))
        return Content.assemble(
            Content.styled(gutter, self.get_visual_style(gutter_style)),
            Content.styled(glyph, self.get_visual_style(life_style)),
            code.expand_tabs(TAB_SIZE),
        )

    def _mark_style(self, component: str) -> Style:
        """A mark's background (blended with the pane's) and weight, but not its colour:
        the code under a mark keeps its syntax colours."""
        full = self.get_visual_style(component)
        return Style(background=full.background, bold=full.bold, underline=full.underline)

    def document(self) -> Content:
        """Every line as drawn (what a screen reader or a test would read)."""
        return Content("\n").join(self.line_content(n) for n in range(1, self.line_count + 1))

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        number = scroll_y + y + 1
        width = self.scrollable_content_region.width
        style = self.rich_style
        if number > self.line_count:
            return Strip.blank(width, style)
        if len(self._lines[number - 1]) > LONG_LINE:
            # The window in view only (the gutter stays in its columns: the code is cut).
            gutter = self._number_width + 2
            start = max(scroll_x - gutter, 0)
            content = self.line_content(number, (start, start + width + gutter))
            shift = scroll_x - start if scroll_x > gutter else scroll_x
            window = Strip(content.render_segments(self.visual_style))
            return window.crop_extend(shift, shift + width, style)
        strip = self._strips.get(number)
        if strip is None:
            # Rendered over the pane's own style, so translucent marks blend with its colours.
            segments = self.line_content(number).render_segments(self.visual_style)
            strip = self._strips[number] = Strip(segments)
        return strip.crop_extend(scroll_x, scroll_x + width, style)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # a new theme: the component styles changed

    # -- following the step -----------------------------------------------------------------

    def on_resize(self) -> None:
        if self.marks:
            self.call_after_refresh(self._bring_into_view)

    def _bring_into_view(self) -> None:
        """Put the first mark a third of the way down. The position depends only on the
        span, so stepping back scrolls back exactly."""
        if not self.marks:
            return
        span = self.marks[0].span
        height = self.scrollable_content_region.height
        y = max(0, span.line - 1 - height // 3)
        if y != int(self.scroll_y):
            self.scroll_to(y=y, animate=False, immediate=True)

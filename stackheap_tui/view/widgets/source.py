"""The program text: line numbers, Rust highlighting, and marked spans (the step, the errors)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from itertools import accumulate
from typing import ClassVar

from textual.app import ComposeResult
from textual.content import Content
from textual.highlight import highlight
from textual.reactive import reactive
from textual.widget import Widget

from stackheap_tui.lang.span import Span
from stackheap_tui.view.widgets.pane import Pane


class MarkKind(Enum):
    STEP = "step"  # what the current step executes
    ERROR = "error"  # a diagnostic's primary label
    LABEL = "label"  # a diagnostic's secondary label


@dataclass(frozen=True, slots=True)
class Mark:
    span: Span
    kind: MarkKind


class SourceCode(Widget):
    """The highlighted program; `marks` say which spans stand out."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "source--gutter",
        "source--gutter-marked",
        "source--step",
        "source--error",
        "source--label",
    }

    DEFAULT_CSS = """
    SourceCode {
        width: auto;
        min-width: 100%;
        height: auto;
        & > .source--gutter { color: $text-muted; }
        & > .source--gutter-marked { color: $text-accent; text-style: bold; }
        & > .source--step { background: $accent 35%; text-style: bold; }
        & > .source--error { background: $error 35%; text-style: bold; }
        & > .source--label { background: $warning 25%; }
    }
    """

    marks: reactive[tuple[Mark, ...]] = reactive((), layout=False)

    def __init__(self, source: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.shrink = False  # long lines scroll sideways instead of wrapping
        self._lines = source.splitlines() or [""]
        # Offsets are computed from line and column, so "\r\n" sources mark the right text.
        self._line_starts = [0, *accumulate(len(line) + 1 for line in self._lines)]
        self._code = highlight("\n".join(self._lines), language="rust", tab_size=0)

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def _offsets(self, span: Span) -> tuple[int, int]:
        first = min(max(span.line, 1), len(self._lines))
        last = min(max(span.end_line, first), len(self._lines))
        start = self._line_starts[first - 1] + max(span.col - 1, 0)
        end = self._line_starts[last - 1] + max(span.end_col - 1, 0)
        if end <= start:  # an empty span marks its whole line
            start, end = self._line_starts[first - 1], self._line_starts[first] - 1
        return start, end

    def render(self) -> Content:
        code = self._code
        marked_lines: set[int] = set()
        for mark in self.marks:
            start, end = self._offsets(mark.span)
            code = code.stylize(self.get_visual_style(f"source--{mark.kind.value}"), start, end)
            marked_lines.update(range(mark.span.line, max(mark.span.end_line, mark.span.line) + 1))
        width = len(str(len(self._lines)))
        gutter = self.get_visual_style("source--gutter")
        gutter_marked = self.get_visual_style("source--gutter-marked")
        lines = []
        for number, line in enumerate(code.split("\n", allow_blank=True), start=1):
            if number in marked_lines:
                prefix = (f"▶{number:>{width}} ", gutter_marked)
            else:
                prefix = (f" {number:>{width}} ", gutter)
            lines.append(Content.assemble(prefix, line.expand_tabs(4)))
        return Content("\n").join(lines)


class SourcePane(Pane):
    """Scrolls the program so the marked lines stay in view."""

    DEFAULT_CSS = """
    SourcePane {
        overflow: auto auto;
    }
    """

    def __init__(self, source: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._code = SourceCode(source)
        self._followed: Span | None = None  # the span kept in view, also after a resize

    def compose(self) -> ComposeResult:
        yield self._code

    def show(self, marks: tuple[Mark, ...]) -> None:
        """Mark these spans and scroll to the first one."""
        self._code.marks = marks
        self._followed = marks[0].span if marks else None
        if marks:
            self.call_after_refresh(self._bring_into_view, marks[0].span)

    def on_resize(self) -> None:
        if self._followed is not None:
            self.call_after_refresh(self._bring_into_view, self._followed)

    def _bring_into_view(self, span: Span) -> None:
        """Put the span a third of the way down, so what comes next is in view too.

        The position depends only on the span, so stepping back scrolls back exactly.
        """
        height = self.scrollable_content_region.height
        self.scroll_to(y=max(0, span.line - 1 - height // 3), animate=False, immediate=True)

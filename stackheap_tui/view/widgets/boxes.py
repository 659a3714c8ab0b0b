"""A scrolling list of bordered boxes of text rows that draws only the lines in view.

The stack (a box per frame, a row per slot) and the heap (a box per block) can hold
thousands of rows. A widget per row made every step cost as much as the whole picture
(2.7 s for 1,000 blocks and 200 frames); here a step costs a layout pass over the
rows' cached line lengths plus drawing the lines on screen, so it stays within a frame
whether the heap holds ten blocks or ten thousand. (Textual's line API, as the source
pane uses: `render_line(y)` is asked only for the rows in view.)

Lines are folded at the box's width character by character (not word-wrapped), so a
row's height follows from the lengths of its lines without drawing it.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

Part = str | tuple[str, str]
"""A piece of a line: plain text, or (text, style) with the app's `$variables`."""

Line = tuple[Part, ...]


def plain_of(line: Line) -> str:
    return "".join(part if isinstance(part, str) else part[0] for part in line)


@dataclass(frozen=True, slots=True)
class RowText:
    """A row's lines, made once per distinct row and reused from step to step."""

    lines: tuple[Line, ...]
    lengths: tuple[int, ...]  # cells per line

    @classmethod
    def of(cls, lines: Sequence[Line]) -> RowText:
        return cls(tuple(lines), tuple(cell_len(plain_of(line)) for line in lines))

    @property
    def plain(self) -> str:
        return "\n".join(plain_of(line) for line in self.lines)

    def height(self, width: int) -> int:
        return sum(max(1, -(-length // width)) for length in self.lengths)


@dataclass(slots=True)
class Row:
    key: Hashable  # what the row shows (a slot's place, a literal's address)
    text: RowText
    classes: frozenset[str] = frozenset()  # "-changed", "-undone", "-dim", ...


@dataclass(slots=True)
class Box:
    """A bordered group of rows; `kind` picks the border's colours ("" draws no border)."""

    key: Hashable
    title: str
    rows: list[Row]
    kind: str = ""
    subtitle: str = ""
    classes: frozenset[str] = frozenset()  # "-changed", "-undone", "-pointed", "-freed"
    item: object = None  # what the box stands for (a frame, a heap block)


@dataclass(frozen=True, slots=True)
class Piece:
    """One drawn stretch of lines: a box's top or bottom border, or one of its rows."""

    box: int
    row: int  # -1: the top border, -2: the bottom border


_TOP, _BOTTOM = -1, -2

_BORDERS = {
    # kind: (top-left, horizontal, top-right, vertical, bottom-left, bottom-right)
    "round": ("╭", "─", "╮", "│", "╰", "╯"),
    "heavy": ("┏", "━", "┓", "┃", "┗", "┛"),
    "dashed": ("┏", "╍", "┓", "╏", "┗", "┛"),
}


@dataclass(slots=True)
class _Layout:
    width: int
    pieces: list[Piece] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # first line of each piece
    height: int = 0


class BoxList(ScrollView, can_focus=True, inherit_bindings=False):
    """Boxes of rows, drawn on demand. Subclasses build `boxes` and may add row classes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "scroll_up", "Scroll up", show=False),
        Binding("down", "scroll_down", "Scroll down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "boxes--frame",
        "boxes--frame-title",
        "boxes--block",
        "boxes--block-title",
        "boxes--static",
        "boxes--static-title",
        "boxes--subtitle",
        "boxes--pointed-box",
        "boxes--freed-box",
        "boxes--changed",
        "boxes--undone",
        "boxes--pointed",
        "boxes--cursor",
        "boxes--cursor-bar",
        "boxes--pointer-bar",
        "boxes--dim",
    }

    DEFAULT_CSS = """
    BoxList {
        & > .boxes--frame { color: $primary 60%; }
        & > .boxes--frame-title { color: $text-primary; text-style: bold; }
        & > .boxes--block { color: $secondary 70%; }
        & > .boxes--block-title { color: $text-secondary; text-style: bold; }
        & > .boxes--static { color: $primary 50%; }
        & > .boxes--static-title { color: $text-primary; text-style: bold; }
        & > .boxes--subtitle { color: $text-warning; }
        & > .boxes--pointed-box { color: $warning; background: $warning 15%; }
        & > .boxes--freed-box { color: $error 60%; }
        & > .boxes--changed { background: $success 20%; }
        & > .boxes--undone { background: $primary 25%; }
        & > .boxes--pointed { background: $warning 25%; }
        /* A tint and a bar, not a solid fill: the row's own colours stay readable. */
        & > .boxes--cursor { background: $accent 25%; }
        & > .boxes--cursor-bar { color: $accent; }
        & > .boxes--pointer-bar { color: $warning; }
        & > .boxes--dim { color: $text-disabled; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.boxes: list[Box] = []
        self._layout = _Layout(0)
        self._strips: dict[int, list[Strip]] = {}  # drawn pieces, until boxes or styles change
        # The last "show these lines" request: (lines, the scroll it counts from).
        self._reveal: tuple[range | None, int] | None = None

    # -- what subclasses provide ------------------------------------------------------------

    def row_classes(self, box: Box, row: Row) -> frozenset[str]:
        """The row's classes as drawn now (a subclass adds the selection's)."""
        return row.classes

    def box_classes(self, box: Box) -> frozenset[str]:
        return box.classes

    # -- layout -----------------------------------------------------------------------------

    def set_boxes(self, boxes: list[Box]) -> None:
        """Show these boxes: lay them out again and redraw what is in view."""
        self.boxes = boxes
        self._layout = _Layout(0)
        self.redraw()

    def redraw(self) -> None:
        """The classes changed (a selection): draw the lines in view again."""
        self._strips.clear()
        self._ensure_layout()
        self.refresh()

    @property
    def inner_width(self) -> int:
        """Cells for a row's text: the pane less the box borders and padding."""
        return max(self.scrollable_content_region.width - 4, 4)

    def _ensure_layout(self) -> _Layout:
        width = self.inner_width
        layout = self._layout
        if layout.width == width and (layout.pieces or not self.boxes):
            return layout
        layout = _Layout(width)
        pieces, starts = layout.pieces, layout.starts
        line = 0
        for index, box in enumerate(self.boxes):
            if box.kind:
                pieces.append(Piece(index, _TOP))
                starts.append(line)
                line += 1
            for row_index, row in enumerate(box.rows):
                pieces.append(Piece(index, row_index))
                starts.append(line)
                line += row.text.height(width)
            if box.kind:
                pieces.append(Piece(index, _BOTTOM))
                starts.append(line)
                line += 1
        layout.height = line
        self._layout = layout
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, line)
        return layout

    def on_resize(self) -> None:
        self._ensure_layout()
        self._apply_reveal()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # a new theme: the component styles changed

    def lines_of(self, box: int, row: int | None = None) -> range:
        """The lines a box (or one of its rows) takes, counted from the top."""
        layout = self._ensure_layout()
        first = next(i for i, piece in enumerate(layout.pieces) if piece.box == box)
        if row is None:
            last = first
            while last + 1 < len(layout.pieces) and layout.pieces[last + 1].box == box:
                last += 1
        else:
            first = last = layout.pieces.index(Piece(box, row))
        end = layout.starts[last + 1] if last + 1 < len(layout.starts) else layout.height
        return range(layout.starts[first], end)

    def reveal_lines(self, lines: range | None, *, from_top: bool) -> None:
        """Scroll `lines` into view, as little as possible; `from_top` counts from the top
        (so the scroll depends on the content alone), else from where the pane is."""
        self._reveal = (lines, 0 if from_top else int(self.scroll_y))
        # The layout is ours, so once the pane has a size the scroll can be worked out
        # now, and drawn with the step in one screen update rather than two.
        if self.scrollable_content_region.height:
            self._apply_reveal()
        # The pane's height may still change with this step (a longer explanation takes
        # rows): the same request is worked out again after the refresh and on a resize,
        # always from where the pane was when it was made, so the final scroll depends
        # on the final size alone, not on the order the updates arrive in.
        self.call_after_refresh(self._apply_reveal)

    def _apply_reveal(self) -> None:
        if self._reveal is None:
            return
        lines, y = self._reveal
        height = self.scrollable_content_region.height
        if not height:
            return
        if lines is not None and len(lines):
            if lines.stop > y + height:
                y = lines.stop - height
            if lines.start < y:
                y = lines.start
        if y != int(self.scroll_y):
            self.scroll_to(y=y, animate=False, immediate=True)

    def _scrolled_by_user(self) -> None:
        self._reveal = None  # what the user scrolled to stays, also across resizes

    def action_scroll_up(self) -> None:
        self._scrolled_by_user()
        super().action_scroll_up()

    def action_scroll_down(self) -> None:
        self._scrolled_by_user()
        super().action_scroll_down()

    def action_page_up(self) -> None:
        self._scrolled_by_user()
        super().action_page_up()

    def action_page_down(self) -> None:
        self._scrolled_by_user()
        super().action_page_down()

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._scrolled_by_user()
        super()._on_mouse_scroll_down(event)

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._scrolled_by_user()
        super()._on_mouse_scroll_up(event)

    # -- drawing ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        layout = self._ensure_layout()
        line = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        if line >= layout.height or not layout.pieces:
            return Strip.blank(width, self.rich_style)
        at = bisect.bisect_right(layout.starts, line) - 1
        strips = self._strips.get(at)
        if strips is None:
            strips = self._strips[at] = self._draw(layout.pieces[at], width)
        offset = line - layout.starts[at]
        return strips[offset] if offset < len(strips) else Strip.blank(width, self.rich_style)

    def _style(self, *names: str) -> Style:
        return self.get_visual_style(*[f"boxes--{name}" for name in names])

    def _draw(self, piece: Piece, width: int) -> list[Strip]:
        box = self.boxes[piece.box]
        classes = self.box_classes(box)
        border_kind = "round"
        border = self._style(box.kind) if box.kind else Style()
        fill = Style()
        if "-pointed" in classes:
            border_kind, border = "heavy", self._style("pointed-box")
            fill = Style(background=border.background)
        elif "-freed" in classes:
            border_kind, border = "dashed", self._style("freed-box")
        for name in ("changed", "undone"):
            if f"-{name}" in classes:
                fill = Style(background=self._style(name).background)
        border = Style(foreground=border.foreground, background=fill.background)
        chars = _BORDERS[border_kind]
        if piece.row == _TOP:
            return [self._edge(chars[0], chars[1], chars[2], box.title,
                               self._style(f"{box.kind}-title"), border, width,
                               title_first=True)]
        if piece.row == _BOTTOM:
            return [self._edge(chars[4], chars[1], chars[5], box.subtitle,
                               self._style("subtitle"), border, width, title_first=False)]
        row = box.rows[piece.row]
        return self._draw_row(box, row, chars[3] if box.kind else "", border, fill, width)

    def _edge(self, start: str, fill: str, end: str, title: str, title_style: Style,
              border: Style, width: int, *, title_first: bool) -> Strip:
        """A top (title on the left) or bottom (subtitle on the right) border line."""
        inner = max(width - 2, 0)
        label = f" {title} " if title else ""
        if cell_len(label) > inner - 2:
            label = Content(label).truncate(max(inner - 2, 0), ellipsis=True).plain
        rest = fill * max(inner - 1 - cell_len(label), 0)
        base = self.visual_style
        title_style = Style(foreground=title_style.foreground, bold=title_style.bold,
                            background=border.background)
        parts: list[tuple[str, Style]] = [(start, border)]
        if title_first:
            parts += [(fill, border), (label, title_style), (rest, border)]
        else:
            parts += [(rest, border), (label, title_style), (fill, border)]
        parts.append((end, border))
        segments = [Segment(text, (base + style).rich_style) for text, style in parts if text]
        return Strip(segments).adjust_cell_length(width, base.rich_style)

    def _draw_row(self, box: Box, row: Row, side: str, border: Style, fill: Style,
                  width: int) -> list[Strip]:
        classes = self.row_classes(box, row)
        inner = self.inner_width
        background = fill
        for name in ("changed", "undone", "pointed", "cursor"):
            if f"-{name}" in classes:
                background = Style(background=self._style(name).background)
        bar = " "
        bar_style = Style()
        if "-cursor-bar" in classes:
            bar, bar_style = "▌", Style(foreground=self._style("cursor-bar").foreground)
        elif "-pointer-bar" in classes:
            bar, bar_style = "▏", Style(foreground=self._style("pointer-bar").foreground)
        dim = Style(foreground=self._style("dim").foreground) if "-dim" in classes else None
        base = self.visual_style + background
        strips: list[Strip] = []
        for line, length in zip(row.text.lines, row.text.lengths, strict=True):
            content = Content.assemble(*line)
            if dim is not None:
                content = content.stylize(dim)
            count = max(1, -(-length // inner))
            folded = content.fold(inner) if length > inner else [content]
            folded = (folded + [Content("")] * count)[:count]
            for piece in folded:
                segments = [Segment(text, style.rich_style if style else None)
                            for text, style in piece.render(base, end="")]
                middle = Strip(segments).adjust_cell_length(inner, base.rich_style)
                strips.append(self._framed(middle, side, border, bar, bar_style, base))
        return strips

    def _framed(self, middle: Strip, side: str, border: Style, bar: str, bar_style: Style,
                base: Style) -> Strip:
        outer = self.visual_style
        left = [Segment(side, (outer + border).rich_style)] if side else []
        right = [Segment(side, (outer + border).rich_style)] if side else []
        pad = [Segment(bar, (base + bar_style).rich_style)]
        end = [Segment(" ", base.rich_style)]
        strip = Strip([*left, *pad, *middle, *end, *right])
        return strip.adjust_cell_length(self.scrollable_content_region.width, outer.rich_style)

    # -- reading (tests, screen readers) ----------------------------------------------------

    def document(self) -> Content:
        """Every box title, row line and subtitle as plain text, unfolded."""
        lines: list[str] = []
        for box in self.boxes:
            if box.title:
                lines.append(box.title)
            for row in box.rows:
                lines += [plain_of(line) for line in row.text.lines]
            if box.subtitle:
                lines.append(box.subtitle)
        return Content("\n".join(lines))

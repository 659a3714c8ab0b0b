"""A scrolling list of bordered boxes of text rows that draws only the lines in view.

The stack (a box per frame, a row per slot) and the heap (a box per block) can hold
thousands of rows. A widget per row made every step cost as much as the whole picture
(2.7 s for 1,000 blocks and 200 frames); here a step costs a layout pass over the
rows' cached line lengths plus drawing the lines on screen, so it stays within a frame
whether the heap holds ten blocks or ten thousand. (Textual's line API, as the source
pane uses: `render_line(y)` is asked only for the rows in view.)

Lines wrap at spaces, never inside a word or a number (`wrap_spans`): a word longer
than the box is shortened with `…`. A row's height follows from its lines' text (or, for
a row made when first drawn, from their lengths) without drawing it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Sequence
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

from stackheap_tui.view.wrapping import wrapped, wrapped_height

Part = str | tuple[str, str]
"""A piece of a line: plain text, or (text, style) with the app's `$variables`."""

Line = tuple[Part, ...]


def plain_of(line: Line) -> str:
    return "".join(part if isinstance(part, str) else part[0] for part in line)


class RowText:
    """A row's lines, made once per distinct row and reused from step to step.

    The layout needs only each line's length: a row may have its lines made when first
    drawn (`lazy`), so a step that changes every row of a big picture (a long list's
    owner names) makes only the ones on screen."""

    __slots__ = ("_counts", "_lines", "_make", "key", "lengths")

    def __init__(self, lines: tuple[Line, ...] | None, lengths: tuple[int, ...],
                 key: Hashable = None, make: Callable[[], Sequence[Line]] | None = None) -> None:
        self._lines = lines
        self._make = make
        self.lengths = lengths  # cells per line
        self.key = key  # what it was made from, to reuse it
        # (width, screen lines per line) as last worked out.
        self._counts: tuple[int, tuple[int, ...]] | None = None

    @classmethod
    def of(cls, lines: Sequence[Line], key: Hashable = None) -> RowText:
        return cls(tuple(lines), tuple(cell_len(plain_of(line)) for line in lines), key)

    @classmethod
    def lazy(cls, lengths: tuple[int, ...], make: Callable[[], Sequence[Line]],
             key: Hashable = None) -> RowText:
        """Lines of these lengths (in cells), made by `make` when first drawn."""
        return cls(None, lengths, key, make)

    @property
    def lines(self) -> tuple[Line, ...]:
        if self._lines is None:
            assert self._make is not None
            self._lines = tuple(self._make())
            self._make = None
        return self._lines

    @property
    def plain(self) -> str:
        return "\n".join(plain_of(line) for line in self.lines)

    def height(self, width: int) -> int:
        """Screen lines at `width`: each line wrapped at its spaces (`wrap_spans`). A row
        not made yet counts by its lengths (drawn to that many lines, the last cut `…`)."""
        return sum(self.counts(width))

    def counts(self, width: int) -> tuple[int, ...]:
        """How many screen lines each line takes at `width` (kept once worked out, so a
        row made later is drawn to the height it was laid out with)."""
        found = self._counts
        if found is not None and found[0] == width:
            return found[1]
        counts: tuple[int, ...]
        if all(length <= width for length in self.lengths):
            counts = (1,) * len(self.lengths)
        elif self._lines is None:
            counts = tuple(max(1, -(-length // width)) for length in self.lengths)
        else:
            counts = tuple(wrapped_height(plain_of(line), width) for line in self._lines)
        self._counts = (width, counts)
        return counts


@dataclass(slots=True)
class Row:
    key: Hashable  # what the row shows (a slot's place, a literal's address)
    text: RowText
    classes: frozenset[str] = frozenset()  # "-changed", "-undone", "-dim", ...


_TOP, _BOTTOM = -1, -2  # the pieces of a box that are not rows: its borders


@dataclass(slots=True, eq=False)
class Box:
    """A bordered group of rows; `kind` picks the border's colours ("" draws no border).

    Compared by identity: a pane hands over the same box again for a step that left it
    alone, and what was drawn for it is kept. A box is not changed once handed over."""

    key: Hashable
    title: str
    rows: list[Row]
    kind: str = ""
    subtitle: str = ""
    classes: frozenset[str] = frozenset()  # "-changed", "-undone", "-pointed", "-freed"
    item: object = None  # what the box stands for (a frame, a heap block)
    # (width, pieces, starts) as `pieces` last worked them out.
    _pieces: tuple[int, tuple[int, ...], tuple[int, ...]] | None = field(
        default=None, init=False, repr=False)

    def pieces(self, width: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The stretches of lines the box draws (`_TOP`, each row's index, `_BOTTOM`) and
        the line each starts on within the box, then its height; once per width."""
        found = self._pieces
        if found is None or found[0] != width:
            pieces: list[int] = []
            starts: list[int] = []
            line = 0
            if self.kind:
                pieces.append(_TOP)
                starts.append(line)
                line += 1
            for index, row in enumerate(self.rows):
                pieces.append(index)
                starts.append(line)
                line += row.text.height(width)
            if self.kind:
                pieces.append(_BOTTOM)
                starts.append(line)
                line += 1
            starts.append(line)
            found = self._pieces = (width, tuple(pieces), tuple(starts))
        return found[1], found[2]


_BORDERS = {
    # kind: (top-left, horizontal, top-right, vertical, bottom-left, bottom-right)
    "round": ("╭", "─", "╮", "│", "╰", "╯"),
    "heavy": ("┏", "━", "┓", "┃", "┗", "┛"),
    "dashed": ("┏", "╍", "┓", "╏", "┗", "┛"),
}


@dataclass(slots=True)
class _Layout:
    width: int
    starts: list[int] = field(default_factory=list)  # first line of each box
    height: int = 0


LineKey = tuple[Box, int, frozenset[str], frozenset[str], int] | None
"""What a line of the pane shows: (box, piece, the box's classes, the row's classes, line
within the piece), or None for a blank line. Lines with equal keys look the same."""

StripKey = tuple[Box, int, frozenset[str], frozenset[str]]


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

    sticky_titles = False
    """Whether a box scrolled into its middle keeps its title on the pane's top line."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.boxes: list[Box] = []
        self._layout = _Layout(0)
        self._strips: dict[StripKey, list[Strip]] = {}  # drawn pieces of the boxes shown
        self._drawn: dict[int, LineKey] = {}  # what each line in view was last drawn from
        # The last "show these lines" request: (lines, the scroll it counts from).
        self._reveal: tuple[range | None, int, int | None] | None = None
        self._reveal_tries = 0  # re-applied after a refresh (see `_apply_reveal`)

    # -- what subclasses provide ------------------------------------------------------------

    def row_classes(self, box: Box, row: Row) -> frozenset[str]:
        """The row's classes as drawn now (a subclass adds the selection's)."""
        return row.classes

    def box_classes(self, box: Box) -> frozenset[str]:
        return box.classes

    # -- layout -----------------------------------------------------------------------------

    def set_boxes(self, boxes: list[Box]) -> None:
        """Show these boxes: lay them out again and redraw the lines in view that changed.

        A step changes a few rows: the boxes it left alone are the same objects, their
        pieces are drawn already, and only lines that show something else are refreshed
        (a refresh of the whole pane costs a frame of its own on a big picture)."""
        self.boxes = boxes
        self._layout = _Layout(0)
        self._ensure_layout()
        shown = set(boxes)
        self._strips = {key: strips for key, strips in self._strips.items() if key[0] in shown}
        self._refresh_changed_lines()
        self._arrows_follow()

    def redraw(self) -> None:
        """The classes changed (a selection): draw the lines in view again."""
        self._strips.clear()
        self._drawn.clear()
        self._ensure_layout()
        self.refresh()
        self._arrows_follow()

    def _refresh_changed_lines(self) -> None:
        height = self.scrollable_content_region.height
        if not height or not self._drawn:
            self._drawn.clear()
            self.refresh()  # nothing drawn yet to compare with
            return
        drawn = self._drawn
        scroll_y = int(self.scroll_y)
        first: int | None = None  # the first of a run of changed lines
        for y in range(height + 1):
            if y < height and drawn.get(y, False) != self._line_key(y):
                first = y if first is None else first
            elif first is not None:
                # `refresh_lines` counts from the top of the content, not of the view.
                self.refresh_lines(scroll_y + first, y - first)
                first = None

    @property
    def inner_width(self) -> int:
        """Cells for a row's text: the pane less the box borders and padding."""
        return max(self.scrollable_content_region.width - 4, 4)

    def _ensure_layout(self) -> _Layout:
        width = self.inner_width
        layout = self._layout
        if layout.width == width and (layout.starts or not self.boxes):
            return layout
        if layout.width != width:
            self._strips.clear()  # drawn for another width
        layout = _Layout(width)
        starts = layout.starts
        line = 0
        for box in self.boxes:
            starts.append(line)
            line += box.pieces(width)[1][-1]
        layout.height = line
        self._layout = layout
        self.virtual_size = Size(self.scrollable_content_region.width, line)
        return layout

    def on_resize(self) -> None:
        self._drawn.clear()  # the whole pane is drawn again
        self._ensure_layout()
        self._apply_reveal()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # a new theme: the component styles changed
        self._drawn.clear()

    def lines_of(self, box: int, row: int | None = None) -> range:
        """The lines a box (or one of its rows) takes, counted from the top."""
        layout = self._ensure_layout()
        top = layout.starts[box]
        pieces, starts = self.boxes[box].pieces(layout.width)
        if row is None:
            return range(top, top + starts[-1])
        at = pieces.index(row)
        return range(top + starts[at], top + starts[at + 1])
    def reveal_lines(self, lines: range | None, *, from_top: bool,
                     context: int | None = None) -> None:
        """Scroll `lines` into view, as little as possible; `from_top` counts from the top
        (so the scroll depends on the content alone), else from where the pane is.
        `context`: a line above them to show too if they fit together (a frame's title
        above its row)."""
        self._reveal = (lines, 0 if from_top else int(self.scroll_y), context)
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
        lines, y, context = self._reveal
        height = self.scrollable_content_region.height
        if not height:
            return
        if lines is not None and context is not None and context < lines.start and (
                lines.stop - context <= height):
            lines = range(context, lines.stop)
        elif lines is not None and self.sticky_titles and lines.start > 0:
            lines = range(lines.start - 1, lines.stop)  # the line the title covers
        if lines is not None and len(lines):
            if lines.stop > y + height:
                y = lines.stop - height
            if lines.start < y:
                y = lines.start
        if y != int(self.scroll_y):
            self.scroll_to(y=y, animate=False, immediate=True)
            if y != int(self.scroll_y) and self._reveal_tries < 3:
                # Not scrollable that far until the new height is laid out: again after.
                self._reveal_tries += 1
                self.call_after_refresh(self._apply_reveal)
                return
        self._reveal_tries = 0

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._arrows_follow()

    def _arrows_follow(self) -> None:
        """The arrow gutter drawn from where this pane's rows are now, at once (its own
        poll would leave what a screenshot shows to timing)."""
        if self.is_mounted:
            for gutter in self.screen.query("ArrowGutter"):
                gutter.follow()  # type: ignore[attr-defined]

    def watch_virtual_size(self) -> None:
        # The content's height is laid out after the boxes are set, sometimes after the
        # reveal gave up waiting for it: the final scroll must not depend on which came
        # first (a jump with `g6⏎` left the heap at 4 or 7 lines from run to run).
        if self._reveal is not None:
            self._reveal_tries = 0
            self.call_after_refresh(self._apply_reveal)

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

    def _locate(self, y: int) -> tuple[Box, int, int] | None:
        """(box, piece, line within the piece) shown on line `y` of the view, if any."""
        layout = self._ensure_layout()
        line = int(self.scroll_y) + y
        if line >= layout.height or not self.boxes:
            return None
        at = bisect.bisect_right(layout.starts, line) - 1
        box = self.boxes[at]
        within = line - layout.starts[at]
        pieces, starts = box.pieces(layout.width)
        piece = bisect.bisect_right(starts, within) - 1
        return box, pieces[piece], within - starts[piece]

    def _line_key(self, y: int) -> LineKey:
        found = self._locate(y)
        if found is None:
            return None
        box, piece, offset = found
        if y == 0 and self.sticky_titles and box.kind and piece != _TOP:
            # Scrolled into the middle of a box: its title stays on the top line.
            return box, _TOP, self.box_classes(box), frozenset(), 0
        row_classes = self.row_classes(box, box.rows[piece]) if piece >= 0 else frozenset()
        return box, piece, self.box_classes(box), row_classes, offset

    def render_line(self, y: int) -> Strip:
        key = self._drawn[y] = self._line_key(y)
        width = self.scrollable_content_region.width
        if key is None:
            return Strip.blank(width, self.rich_style)
        box, piece, box_classes, row_classes, offset = key
        strip_key = (box, piece, box_classes, row_classes)
        strips = self._strips.get(strip_key)
        if strips is None:
            strips = self._strips[strip_key] = self._draw(box, piece, box_classes, width)
        return strips[offset] if offset < len(strips) else Strip.blank(width, self.rich_style)

    def _style(self, *names: str) -> Style:
        return self.get_visual_style(*[f"boxes--{name}" for name in names])

    def _draw(self, box: Box, piece: int, classes: frozenset[str], width: int) -> list[Strip]:
        border_kind = "round"
        border = self._style(box.kind) if box.kind else Style()
        fill = Style()
        if "-pointed" in classes:
            border_kind, border = "heavy", self._style("pointed-box")
            fill = Style(background=border.background)
        if "-freed" in classes:  # a tombstone looks freed, selected or highlighted too
            border_kind, border = "dashed", self._style("freed-box")
        for name in ("changed", "undone"):
            if f"-{name}" in classes:
                fill = Style(background=self._style(name).background)
        border = Style(foreground=border.foreground, background=fill.background)
        chars = _BORDERS[border_kind]
        if piece == _TOP:
            return [self._edge(chars[0], chars[1], chars[2], box.title,
                               self._style(f"{box.kind}-title"), border, width,
                               title_first=True)]
        if piece == _BOTTOM:
            return [self._edge(chars[4], chars[1], chars[5], box.subtitle,
                               self._style("subtitle"), border, width, title_first=False)]
        row = box.rows[piece]
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
        counts = row.text.counts(inner)
        for line, length, count in zip(row.text.lines, row.text.lengths, counts, strict=True):
            content = Content.assemble(*line)
            if dim is not None:
                content = content.stylize(dim)
            folded = [content] if length <= inner else wrapped(content, inner, count)
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

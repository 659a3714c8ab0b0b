"""`m`: the selected variable's bytes as rustc lays them out, in the heap's place.

A strip of one cell per byte (a letter per field, `·` for padding, `T` for an enum's
tag), eight bytes a row with their offsets, then a row per field in memory order:
its offset, size, name and value; then what the layout shows (rustc's field order, the
padding, how an enum tells its variants apart). All of it is the `ByteLayout` the
memory picture hands over (`memory/value_rows.py`); nothing is worked out here.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from stackheap_tui.memory.records import ByteLayout, ByteRange, SlotView
from stackheap_tui.view.numbers import format_size
from stackheap_tui.view.widgets.pane import SidePane

PROMPT = "Select a variable in the stack (Tab to it, then ↑/↓) to see its bytes."
_ROW_BYTES = 8  # a row of the strip: one machine word
_MAX_STRIP = 256  # bytes drawn cell by cell; a bigger value is listed by field only
_STYLES = ("$text-primary", "$text-success", "$text-warning", "$text-accent",
           "$text-secondary")


def _mark(item: ByteRange, index: int) -> str:
    """The letter a range's bytes show in the strip."""
    if item.kind in ("padding", "unused"):
        return "·"
    if item.kind == "tag":
        return "T"
    if item.kind == "niche":
        return "N"
    label = item.label.lstrip(".")
    return label[0] if label and label[0].isalnum() else str(index % 10)


def _style(item: ByteRange, index: int) -> str:
    if item.kind in ("padding", "unused"):
        return "$text-muted"
    if item.kind in ("tag", "niche"):
        return "bold $text-error"
    return f"bold {_STYLES[index % len(_STYLES)]}"


def layout_content(name: str, layout: ByteLayout) -> Content:
    """The whole view for one variable as text (the strip, the fields, the notes)."""
    parts: list[str | tuple[str, str]] = [
        (name, "bold $text-primary"), ": ", (layout.type_name, "$text-accent"),
        (f", {format_size(layout.size)}, aligned to {layout.align}\n", "$text-muted"),
    ]
    ranges = layout.ranges
    if 0 < layout.size <= _MAX_STRIP:
        cells: list[tuple[str, str]] = []
        for index, item in enumerate(ranges):
            cells += [(_mark(item, index), _style(item, index))] * item.size
        for start in range(0, len(cells), _ROW_BYTES):
            parts.append((f"{start:>4} ", "$text-muted"))
            for mark, style in cells[start:start + _ROW_BYTES]:
                parts += [(mark, style), " "]
            parts.append("\n")
    width = max((len(r.label) for r in ranges), default=0)
    for index, item in enumerate(ranges):
        where = (f"{item.offset}" if item.size <= 1
                 else f"{item.offset}..{item.offset + item.size}")
        parts += [
            (f"{where:>7} ", "$text-muted"),
            (_mark(item, index), _style(item, index)), " ",
            (item.label.ljust(width), "bold" if item.kind == "field" else "italic"),
            (f" {format_size(item.size)}  ", "$text-muted"),
            (item.text, "$text-muted" if item.kind in ("padding", "unused") else ""), "\n",
        ]
    for note in layout.notes:
        parts += [("• ", "$text-muted"), (note, "italic"), "\n"]
    return Content.assemble(*parts).rstrip()


class BytesPane(SidePane):
    """The selected variable's byte layout (toggled by the app in the heap's place)."""

    def __init__(self, shown: bool = False, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.display = shown
        self.slot: SlotView | None = None

    def compose(self) -> ComposeResult:
        yield Static(PROMPT, id="bytes", markup=False)

    def show_slot(self, slot: SlotView | None) -> None:
        """Draw `slot`'s bytes (kept for when the pane is shown: the last one selected)."""
        if slot is None:
            return  # the stack lost focus (to this pane, say): keep what is shown
        self.slot = slot
        self._draw()

    def _draw(self) -> None:
        slot = self.slot
        if slot is None or not self.is_mounted:
            return
        widget = self.query_one("#bytes", Static)
        if slot.layout is None:
            widget.update(Content.assemble(
                (slot.name, "bold"), f": {slot.type_name}, {format_size(slot.size)}. ",
                "Its bytes are not drawn: it has no value yet, or its layout is not "
                "worked out here (a closure or an iterator)."))
        else:
            widget.update(layout_content(slot.name, slot.layout))
        self.border_subtitle = slot.name

    @property
    def text(self) -> str:
        """What the pane shows, as plain text (tests, screen readers)."""
        content = self.query_one("#bytes", Static).content
        return content.plain if isinstance(content, Content) else str(content)

"""The stack: one box per frame (newest on top), a row per slot; up/down select a slot.

Drawn on demand (`BoxList`): a step costs the same with 10 frames or 200."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive

from stackheap_tui.memory.records import SlotState, SlotView
from stackheap_tui.view.numbers import format_address, format_size
from stackheap_tui.view.picture import MemoryPicture
from stackheap_tui.view.widgets.boxes import Box, BoxList, Line, Part, Row, RowText
from stackheap_tui.view.widgets.threads import other_thread_boxes, thread_title

_STATE_CLASSES = {
    SlotState.LIVE: "-live",
    SlotState.UNINIT: "-uninit",
    SlotState.MOVED: "-moved",
    SlotState.DROPPED: "-dropped",
}

COMPACT_BELOW = 30
"""Terminal rows under which a slot takes one line (`StackPane.compact`)."""

SlotKey = tuple[int, int]
"""A slot's identity across steps: (frame index from main, slot index in the frame)."""


def slot_value(slot: SlotView, target: str | None = None) -> str:
    """The value as the row shows it: a pointer names its target (`→ 0x5555_0010`, or a
    stack slot's name: `→ arr + 4 B`). `target` defaults to the address pointed to."""
    if slot.points_to is None:
        return slot.value
    address = format_address(slot.points_to)
    target = target or address
    if "→" in slot.value:  # the value already says where it leads (`0x… → "hi"`)
        return slot.value if target == address else f"{slot.value} (in {target})"
    return f"→ {target}" if slot.value == address else f"{slot.value} → {target}"


def rows_of(memory: MemoryPicture | None) -> list[tuple[SlotKey, SlotView]]:
    """The slots in the order the pane lists them: newest frame first, declaration order."""
    if memory is None:
        return []
    frames = memory.snapshot.frames
    return [
        ((index, slot_index), slot)
        for index in reversed(range(len(frames)))
        for slot_index, slot in enumerate(frames[index].slots)
    ]


@dataclass(frozen=True, slots=True)
class ShownRow:
    """A slot row as drawn (for tests and the reader): its slot, classes and height."""

    slot: SlotView
    classes: frozenset[str]
    height: int
    text: str  # its lines, unfolded

    def has_class(self, name: str) -> bool:
        return name in self.classes


def slot_text(slot: SlotView, name_width: int, target: str | None, borrowed: str,
              compact: bool = False) -> RowText:
    """`name = value` (a struct, tuple or enum value a field a row below it) over `type,
    size at address`, then its state and who borrows it. `compact` (a short terminal):
    one line, `name = value` and its state, the fields and address left out."""
    value_style = "$text-muted" if slot.state is not SlotState.LIVE else "bold"
    name: Part = (slot.name.ljust(name_width), "bold $text-primary")
    state = ""
    if slot.state is not SlotState.LIVE:
        state = slot.state.value
        if slot.note and slot.note != state:
            state = f"{state}: {slot.note}"
    if compact:
        line: list[Part] = [name, " = ", (slot_value(slot, target), value_style)]
        if state:
            line.append((f"  ({state})", "italic"))
        elif slot.note:
            line.append((f"  ({slot.note})", "italic $text-muted"))
        if borrowed:
            line.append((f"  {borrowed}", "italic $text-warning"))
        return RowText.of(_in_blocks([tuple(line)], len(slot.scope)),
                          key=(slot, name_width, target, borrowed, compact))
    lines: list[Line] = []
    if slot.fields:
        lines.append((name, " = ", (slot.head, value_style)))
        for row in slot.fields:
            indent = "    " + "  " * row.depth
            lines.append((indent, (f"{row.label}: ", "$text-muted"),
                          (row.text, value_style if row.text else "$text-muted")))
    else:
        lines.append((name, " = ", (slot_value(slot, target), value_style)))
    lines.append(("  ", (slot.type_name, "$text-accent"),
                  (f", {format_size(slot.size)} at {format_address(slot.address)}",
                   "$text-muted")))
    if state:
        lines.append(("  ", (state, "italic")))
    elif slot.note:
        lines.append(("  ", (slot.note, "italic $text-muted")))
    if borrowed:
        lines.append(("  ", (borrowed, "italic $text-warning")))
    return RowText.of(_in_blocks(lines, len(slot.scope)),
                      key=(slot, name_width, target, borrowed, compact))


BLOCK_STYLE = "$text-secondary"


def _in_blocks(lines: list[Line], depth: int) -> list[Line]:
    """A slot's lines inside `depth` nested blocks: a bar at the left for each."""
    if not depth:
        return lines
    bar: Part = ("│ " * depth, BLOCK_STYLE)
    return [(bar, *line) for line in lines]


def block_edge(depth: int, lines: tuple[int, int], opening: bool) -> Row:
    """The top (`{`) or bottom (`}`) edge of a block's box inside the frame; `depth` the
    blocks around it."""
    outer = "│ " * depth
    if opening:
        text = f"{outer}┌─ {{ block, lines {lines[0]}–{lines[1]}"
    else:
        text = f"{outer}└─ }} line {lines[1]}"
    return Row(("block", lines, opening), RowText.of([((text, BLOCK_STYLE),)]))


def _note(text: str) -> Row:
    return Row(None, RowText.of([((text, "$text-muted"),)]))


class StackPane(BoxList):
    """The frames of the current step (newest on top), a row per slot. With focus, a
    cursor selects a slot row.

    The selection follows its slot from step to step (not its row number), and each step
    scrolls the first slot it changed into view. Only the rows in view are drawn.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Select the variable above", show=False),
        Binding("down", "cursor(1)", "Select the variable below", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
    ]

    class SlotSelected(Message):
        """The selected slot changed: `slot` is None when nothing is selected (no focus)."""

        def __init__(self, slot: SlotView | None, key: SlotKey | None = None) -> None:
            super().__init__()
            self.slot = slot
            self.key = key  # (frame index from main, slot index) of `slot`

    sticky_titles = True  # a frame's title stays in view while its rows scroll

    # Not repainted whole: `set_boxes` refreshes the lines a step changed.
    memory: reactive[MemoryPicture | None] = reactive(None, always_update=True, repaint=False)
    cursor: reactive[int] = reactive(0)
    """The selected row, counted in `rows_of(memory)` order."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._places: list[tuple[int, int]] = []  # (box, row) of each slot row, in order
        self._keys: list[SlotKey] = []  # the slot of each slot row, in the same order
        self._first_changed: int | None = None  # the first slot row the step highlights
        # Each frame's box as last drawn, with what it was drawn from: a step reuses the
        # boxes of the frames it left alone (all but one or two of 200, say).
        self._frames: dict[int, tuple[tuple[object, ...], Box]] = {}
        self._drawn_compact: bool | None = None  # whether drawn for a short terminal
        self._squeezed = False  # one line a slot because in full they would not fit
        # (slots, pane height) when the slots were last found not to fit in full.
        self._squeezed_for: tuple[int, int] | None = None
        # Compact: the selected slot, drawn in full (its type, size and address).
        self._expanded: SlotKey | None = None
        self._revealed: tuple[int, bool] | None = None  # the row last scrolled to

    @property
    def compact(self) -> bool:
        """One line a slot: on a terminal under 30 rows (80×24), or when the slots drawn
        in full would not fit the pane, a slot's type, size and address would take rows
        the frames need (the selected slot is drawn in full; `m` shows its bytes)."""
        return self._squeezed or self._short_terminal

    @property
    def _short_terminal(self) -> bool:
        try:
            return self.app.size.height < COMPACT_BELOW
        except Exception:  # not mounted in an app (a test drawing the pane alone)
            return False

    def on_resize(self) -> None:
        height = self.scrollable_content_region.height
        if self._squeezed_for is not None and height != self._squeezed_for[1]:
            self._squeezed_for = None  # another height: try the slots in full again
        if self._drawn_compact is not None and (
                self._drawn_compact != self._short_terminal or self._squeezed):
            self._squeezed = False
            self._expanded = self._wanted_expanded()
            self.set_boxes(self._boxes(self.memory))
        super().on_resize()

    @property
    def selected(self) -> SlotView | None:
        row = self._cursor_row()
        if row is None or not self.has_focus:
            return None
        box, found = row
        return box.item.slots[found.key[1]]  # type: ignore[attr-defined,index]

    def _cursor_row(self) -> tuple[Box, Row] | None:
        if not 0 <= self.cursor < len(self._places):
            return None
        box_index, row_index = self._places[self.cursor]
        box = self.boxes[box_index]
        return box, box.rows[row_index]

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self._places) - 1))

    def on_mount(self) -> None:
        self.set_boxes(self._boxes(self.memory))

    def _wanted_expanded(self) -> SlotKey | None:
        if not (self.compact and self.has_focus and 0 <= self.cursor < len(self._keys)):
            return None
        return self._keys[self.cursor]

    def _expand_selected(self) -> None:
        """Compact: draw the selected slot in full, the others one line each."""
        wanted = self._wanted_expanded()
        if wanted != self._expanded:
            self._expanded = wanted
            self.set_boxes(self._boxes(self.memory))
            if self._revealed is not None:  # the rows moved: the same row in view again
                row, from_top = self._revealed
                self.reveal_lines(self._row_lines(row), from_top=from_top,
                                  context=self._box_top(row))

    def _boxes(self, memory: MemoryPicture | None) -> list[Box]:
        """The frames' boxes: slots in full if they fit the pane, else one line each.

        Once squeezed at a count of slots, a picture with as many or more is drawn one
        line a slot at once (not drawn in full first, at every step of a deep recursion)."""
        height = self.scrollable_content_region.height
        count = sum(len(f.slots) for f in memory.snapshot.frames) if memory else 0
        squeezed = self._squeezed_for
        self._squeezed = (not self._short_terminal and squeezed is not None
                          and count >= squeezed[0] and height == squeezed[1])
        boxes = self._frame_boxes(memory)
        if not self.compact and height and self._lines(boxes) > height:
            self._squeezed, self._squeezed_for = True, (count, height)
            self._expanded = self._wanted_expanded()
            boxes = self._frame_boxes(memory)
        return boxes

    def _lines(self, boxes: list[Box]) -> int:
        width = self.inner_width
        return sum(box.pieces(width)[1][-1] for box in boxes)

    def _frame_boxes(self, memory: MemoryPicture | None) -> list[Box]:
        self._places, self._keys, self._first_changed = [], [], None
        self._drawn_compact = self._short_terminal
        if memory is None or not memory.snapshot.frames:
            self._frames = {}
            return [Box("empty", "", [_note("The stack is empty: no function is running.")])]
        frames = memory.snapshot.frames
        highlight = "-undone" if memory.undone else "-changed"
        changed_rows = memory.changed_slots()
        borrowed = memory.borrowed_slots()
        old = self._frames
        made: dict[int, tuple[tuple[object, ...], Box]] = {}
        boxes: list[Box] = []
        for index in reversed(range(len(frames))):
            frame = frames[index]
            changed = changed_rows.get(index, frozenset())
            # All a frame's box is drawn from besides the frame: what its pointers lead
            # to and who borrows its slots depend on the rest of the picture.
            targets = tuple(memory.target_text(index, slot) for slot in frame.slots
                            if slot.points_to is not None)
            borrows = tuple(memory.borrow_text(index, slot_index)
                            for slot_index in borrowed.get(index, ()))
            drawn_from: tuple[object, ...] = (frame, changed, highlight if changed else "",
                                              targets, borrows, self.compact,
                                              self._expanded_in(index))
            found = old.get(index)
            if found is not None and found[0] == drawn_from:
                box = found[1]
            else:
                reused = found[1] if found is not None else None
                box = self._frame_box(memory, index, changed, highlight, reused)
            made[index] = (drawn_from, box)
            if changed and self._first_changed is None:
                self._first_changed = len(self._places) + min(changed)
            box_index = len(boxes)
            slot_rows = [at for at, row in enumerate(box.rows) if _is_slot_row(row)]
            self._places += [(box_index, at) for at in slot_rows]
            self._keys += [(index, row) for row in range(len(slot_rows))]
            boxes.append(box)
        self._frames = made
        return boxes + other_thread_boxes(memory.snapshot)  # (several threads: the others)

    def _frame_box(self, memory: MemoryPicture, index: int, changed: frozenset[int],
                   highlight: str, reused: Box | None) -> Box:
        """Frame `index`'s box, its row texts taken from `reused` where they are the same."""
        frame = memory.snapshot.frames[index]
        old_texts = {row.text.key: row.text for row in reused.rows} if reused else {}
        rows: list[Row] = []
        width = max((len(slot.name) for slot in frame.slots), default=0)
        open_blocks: tuple[tuple[int, int], ...] = ()
        for slot_index, slot in enumerate(frame.slots):
            if slot.scope != open_blocks:
                rows += _block_edges(open_blocks, slot.scope)
                open_blocks = slot.scope
            target = memory.target_text(index, slot)
            borrowed = memory.borrow_text(index, slot_index)
            compact = self.compact and self._expanded_in(index) != slot_index
            key = (slot, width, target, borrowed, compact)
            text = old_texts.get(key) or slot_text(slot, width, target, borrowed, compact)
            classes = {_STATE_CLASSES[slot.state]}
            if slot.state is not SlotState.LIVE:
                classes.add("-dim")
            if slot_index in changed:
                classes.add(highlight)
            rows.append(Row((index, slot_index), text, frozenset(classes)))
        rows += _block_edges(open_blocks, ())
        if not rows:
            rows.append(_note("no variables yet"))
        subtitle = f"called at line {frame.call_line}" if frame.call_line is not None else ""
        return Box(index, f"{thread_title(memory.snapshot)}fn {frame.function}", rows, "frame",
                   subtitle, item=frame)

    def _expanded_in(self, frame: int) -> int | None:
        expanded = self._expanded
        return expanded[1] if expanded is not None and expanded[0] == frame else None

    def row_classes(self, box: Box, row: Row) -> frozenset[str]:
        if not _is_slot_row(row) or not self.has_focus:
            return row.classes
        classes = set(row.classes)
        slot = box.item.slots[row.key[1]]  # type: ignore[attr-defined,index]
        selected = self.selected
        cursor = self._cursor_row()
        if cursor is not None and cursor[1].key == row.key:
            classes |= {"-cursor", "-cursor-bar"}
        if _points_at(selected, slot):
            classes.add("-pointed")
        if _points_at(slot, selected):
            classes.add("-pointer-bar")
        return frozenset(classes)

    def shown_rows(self) -> list[ShownRow]:
        """The slot rows, newest frame first, with the classes they are drawn with."""
        width = self.inner_width
        shown = []
        for box_index, row_index in self._places:
            box = self.boxes[box_index]
            row = box.rows[row_index]
            slot = box.item.slots[row.key[1]]  # type: ignore[attr-defined,index]
            shown.append(ShownRow(slot, self.row_classes(box, row), row.text.height(width),
                                  row.text.plain))
        return shown

    def watch_memory(self, old: MemoryPicture | None, new: MemoryPicture | None) -> None:
        # Keep the selection on the same slot, wherever its row moved to.
        selected = self._keys[self.cursor] if 0 <= self.cursor < len(self._keys) else None
        self.set_boxes(self._boxes(new))
        cursor = self.cursor
        if selected is not None and selected in self._keys:
            cursor = self._keys.index(selected)
        self.set_reactive(StackPane.cursor, self.validate_cursor(cursor))
        self._expand_selected()
        # Counted from the top, so stepping back to a step shows exactly what it showed.
        changed = self._first_changed
        row = changed if changed is not None else self.cursor
        self._revealed = (row, True)
        self.reveal_lines(self._row_lines(row), from_top=True, context=self._box_top(row))
        self._announce()

    def pointed_lines(self) -> range | None:
        """The lines of the slot the selected pointer points into, if it is on the stack."""
        selected = self.selected
        if selected is None:
            return None
        for row, (box_index, at) in enumerate(self._places):
            box = self.boxes[box_index]
            slot = box.item.slots[box.rows[at].key[1]]  # type: ignore[attr-defined,index]
            if _points_at(selected, slot):
                return self._row_lines(row)
        return None

    def row_lines(self, row: int) -> range | None:
        """The lines slot row `row` (in `rows_of` order) takes, counted from the top."""
        return self._row_lines(row)

    def _row_lines(self, row: int) -> range | None:
        """Slot row `row`'s lines, with the `}` edges of the blocks it ends (so a slot in
        a block is shown with its box closed)."""
        if not 0 <= row < len(self._places):
            return None
        box_index, at = self._places[row]
        lines = self.lines_of(box_index, at)
        rows = self.boxes[box_index].rows
        last = at
        while last + 1 < len(rows) and _is_block_end(rows[last + 1]):
            last += 1
        return lines if last == at else range(lines.start,
                                              self.lines_of(box_index, last).stop)

    def _box_top(self, row: int) -> int | None:
        """The first line (its title) of the frame holding slot row `row`."""
        if not 0 <= row < len(self._places):
            return None
        return self.lines_of(self._places[row][0]).start

    def watch_cursor(self) -> None:
        self._expand_selected()
        self.redraw()
        if self.has_focus:
            self._revealed = (self.cursor, False)
            self.reveal_lines(self._row_lines(self.cursor), from_top=False,
                              context=self._box_top(self.cursor))
        self._announce()

    def watch_has_focus(self, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        self._expand_selected()
        self.redraw()  # the selection shows only while the pane has focus
        self._announce()

    def action_cursor(self, delta: int) -> None:
        self.cursor += delta

    def _announce(self) -> None:
        selected = self.selected
        key = self._keys[self.cursor] if selected is not None else None
        self.post_message(self.SlotSelected(selected, key))


def _is_slot_row(row: Row) -> bool:
    return isinstance(row.key, tuple) and isinstance(row.key[0], int)


def _is_block_end(row: Row) -> bool:
    key = row.key
    return isinstance(key, tuple) and key[0] == "block" and not key[2]


def _block_edges(was: tuple[tuple[int, int], ...],
                 now: tuple[tuple[int, int], ...]) -> list[Row]:
    """Between two slots: the `}` of each block the first is in and the second not
    (innermost first), then the `{` of each block the second is in and the first not."""
    common = 0
    while common < min(len(was), len(now)) and was[common] == now[common]:
        common += 1
    edges = [block_edge(depth, was[depth], False) for depth in reversed(range(common, len(was)))]
    edges += [block_edge(depth, now[depth], True) for depth in range(common, len(now))]
    return edges


def _points_at(pointer: SlotView | None, slot: SlotView | None) -> bool:
    """Whether `pointer` is a live pointer into `slot` (a reference to a stack variable):
    the selected slot's target is marked `-pointed`, the slots pointing at it `-pointer`."""
    return (
        pointer is not None
        and slot is not None
        and pointer is not slot
        and pointer.state is SlotState.LIVE
        and pointer.points_to is not None
        and slot.address <= pointer.points_to < slot.address + max(1, slot.size)
    )

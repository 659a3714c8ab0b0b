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
from stackheap_tui.view.widgets.boxes import Box, BoxList, Line, Row, RowText
from stackheap_tui.view.widgets.threads import other_thread_boxes, thread_title

_STATE_CLASSES = {
    SlotState.LIVE: "-live",
    SlotState.UNINIT: "-uninit",
    SlotState.MOVED: "-moved",
    SlotState.DROPPED: "-dropped",
}

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


def slot_text(slot: SlotView, name_width: int, target: str | None, borrowed: str) -> RowText:
    """`name = value` over `type, size at address`, then its state and who borrows it."""
    value_style = "$text-muted" if slot.state is not SlotState.LIVE else "bold"
    lines: list[Line] = [
        ((slot.name.ljust(name_width), "bold $text-primary"), " = ",
         (slot_value(slot, target), value_style)),
        ("  ", (slot.type_name, "$text-accent"),
         (f", {format_size(slot.size)} at {format_address(slot.address)}", "$text-muted")),
    ]
    if slot.state is not SlotState.LIVE:
        state = slot.state.value
        if slot.note and slot.note != state:
            state = f"{state}: {slot.note}"
        lines.append(("  ", (state, "italic")))
    elif slot.note:
        lines.append(("  ", (slot.note, "italic $text-muted")))
    if borrowed:
        lines.append(("  ", (borrowed, "italic $text-warning")))
    return RowText.of(lines, key=(slot, name_width, target, borrowed))


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

        def __init__(self, slot: SlotView | None) -> None:
            super().__init__()
            self.slot = slot

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

    def _boxes(self, memory: MemoryPicture | None) -> list[Box]:
        self._places, self._keys, self._first_changed = [], [], None
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
                                              targets, borrows)
            found = old.get(index)
            if found is not None and found[0] == drawn_from:
                box = found[1]
            else:
                reused = found[1] if found is not None else None
                box = self._frame_box(memory, index, changed, highlight, reused)
            made[index] = (drawn_from, box)
            rows = len(frame.slots)
            if changed and self._first_changed is None:
                self._first_changed = len(self._places) + min(changed)
            box_index = len(boxes)
            self._places += [(box_index, row) for row in range(rows)]
            self._keys += [(index, row) for row in range(rows)]
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
        for slot_index, slot in enumerate(frame.slots):
            target = memory.target_text(index, slot)
            borrowed = memory.borrow_text(index, slot_index)
            key = (slot, width, target, borrowed)
            text = old_texts.get(key) or slot_text(slot, width, target, borrowed)
            classes = {_STATE_CLASSES[slot.state]}
            if slot.state is not SlotState.LIVE:
                classes.add("-dim")
            if slot_index in changed:
                classes.add(highlight)
            rows.append(Row((index, slot_index), text, frozenset(classes)))
        if not rows:
            rows.append(_note("no variables yet"))
        subtitle = f"called at line {frame.call_line}" if frame.call_line is not None else ""
        return Box(index, f"{thread_title(memory.snapshot)}fn {frame.function}", rows, "frame",
                   subtitle, item=frame)

    def row_classes(self, box: Box, row: Row) -> frozenset[str]:
        if not isinstance(row.key, tuple) or not self.has_focus:
            return row.classes
        classes = set(row.classes)
        slot = box.item.slots[row.key[1]]  # type: ignore[attr-defined]
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
        # Counted from the top, so stepping back to a step shows exactly what it showed.
        changed = self._first_changed
        self.reveal_lines(self._row_lines(changed if changed is not None else self.cursor),
                          from_top=True)
        self._announce()

    def row_lines(self, row: int) -> range | None:
        """The lines slot row `row` (in `rows_of` order) takes, counted from the top."""
        return self._row_lines(row)

    def _row_lines(self, row: int) -> range | None:
        if not 0 <= row < len(self._places):
            return None
        return self.lines_of(*self._places[row])

    def watch_cursor(self) -> None:
        self.redraw()
        if self.has_focus:
            self.reveal_lines(self._row_lines(self.cursor), from_top=False)
        self._announce()

    def watch_has_focus(self, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        self.redraw()  # the selection shows only while the pane has focus
        self._announce()

    def action_cursor(self, delta: int) -> None:
        self.cursor += delta

    def _announce(self) -> None:
        self.post_message(self.SlotSelected(self.selected))


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

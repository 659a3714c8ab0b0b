"""The stack: one box per frame (newest on top), a row per slot; up/down select a slot."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from stackheap_tui.trace.model import FrameView, SlotState, SlotView
from stackheap_tui.view.format import format_address, format_size
from stackheap_tui.view.memory import MemoryPicture
from stackheap_tui.view.widgets.pane import Pane

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


class SlotRow(Static):
    """One variable: `name = value` over `type, size at address`, then its state."""

    DEFAULT_CSS = """
    SlotRow {
        padding: 0 1;
        &.-changed { background: $success 20%; }
        &.-undone { background: $primary 25%; }
        &.-moved, &.-dropped, &.-uninit { color: $text-disabled; }
        &.-pointed { background: $warning 25%; }
        &.-pointer { outline-left: outer $warning; }
    }
    """

    def __init__(
        self,
        slot: SlotView,
        name_width: int,
        *,
        target: str | None = None,
        borrowed: str = "",
        classes: str = "",
    ) -> None:
        self.slot = slot
        super().__init__(self._content(slot, name_width, target, borrowed), classes=classes)

    @staticmethod
    def _content(slot: SlotView, name_width: int, target: str | None, borrowed: str) -> Content:
        value_style = "$text-muted" if slot.state is not SlotState.LIVE else "bold"
        parts: list[str | tuple[str, str]] = [
            (slot.name.ljust(name_width), "bold $text-primary"),
            " = ",
            (slot_value(slot, target), value_style),
            "\n  ",
            (slot.type_name, "$text-accent"),
            (f", {format_size(slot.size)} at {format_address(slot.address)}", "$text-muted"),
        ]
        if slot.state is not SlotState.LIVE:
            state = slot.state.value
            if slot.note and slot.note != state:
                state = f"{state}: {slot.note}"
            parts += ["\n  ", (state, "italic")]
        elif slot.note:
            parts += ["\n  ", (slot.note, "italic $text-muted")]
        if borrowed:
            parts += ["\n  ", (borrowed, "italic $text-warning")]
        return Content.assemble(*parts)


class FrameBox(Vertical):
    """A function's frame: its name on the border, its slots inside."""

    DEFAULT_CSS = """
    FrameBox {
        height: auto;
        border: round $primary 60%;
        border-title-color: $text-primary;
        border-title-style: bold;
        & > .empty { color: $text-muted; padding: 0 1; }
    }
    """

    def __init__(self, frame: FrameView) -> None:
        super().__init__()
        self.border_title = f"fn {frame.function}"
        if frame.call_line is not None:
            self.border_subtitle = f"called at line {frame.call_line}"


class StackPane(Pane):
    """The frames of the current step. With focus, a cursor selects a slot row.

    The selection follows its slot from step to step (not its row number), and each step
    scrolls the first slot it changed into view.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Select the variable above", show=False),
        Binding("down", "cursor(1)", "Select the variable below", show=False),
    ]

    DEFAULT_CSS = """
    StackPane {
        & > .empty { color: $text-muted; padding: 0 1; }
        /* A tint and a bar, not a solid fill: the row's own colours stay readable. */
        &:focus SlotRow.-cursor {
            background: $accent 25%;
            outline-left: thick $accent;
        }
    }
    """

    class SlotSelected(Message):
        """The selected slot changed: `slot` is None when nothing is selected (no focus)."""

        def __init__(self, slot: SlotView | None) -> None:
            super().__init__()
            self.slot = slot

    memory: reactive[MemoryPicture | None] = reactive(None, recompose=True)
    cursor: reactive[int] = reactive(0)
    """The selected row, counted in `rows_of(memory)` order."""

    @property
    def selected(self) -> SlotView | None:
        rows = rows_of(self.memory)
        return rows[self.cursor][1] if self.has_focus and rows else None

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(rows_of(self.memory)) - 1))

    def compose(self) -> ComposeResult:
        memory = self.memory
        if memory is None or not memory.snapshot.frames:
            yield Static("The stack is empty: no function is running.", classes="empty")
            return
        selected = self.selected
        frames = memory.snapshot.frames
        highlight = "-undone" if memory.undone else "-changed"
        row = 0
        for index in reversed(range(len(frames))):
            frame = frames[index]
            with FrameBox(frame):
                if not frame.slots:
                    yield Static("no variables yet", classes="empty")
                width = max((len(slot.name) for slot in frame.slots), default=0)
                for slot_index, slot in enumerate(frame.slots):
                    classes = [_STATE_CLASSES[slot.state]]
                    if memory.slot_changed(index, slot_index, slot):
                        classes.append(highlight)
                    if row == self.cursor:
                        classes.append("-cursor")
                    if _points_at(selected, slot):
                        classes.append("-pointed")
                    if _points_at(slot, selected):
                        classes.append("-pointer")
                    yield SlotRow(
                        slot,
                        width,
                        target=memory.target_text(index, slot),
                        borrowed=memory.borrow_text(index, slot_index),
                        classes=" ".join(classes),
                    )
                    row += 1

    async def recompose(self) -> None:
        await super().recompose()
        rows = list(self.query(SlotRow))
        changed = [row for row in rows if row.has_class("-changed") or row.has_class("-undone")]
        cursor = [row for row in rows if row.has_class("-cursor")]
        self.reveal((changed or cursor or [None])[0])

    def watch_memory(self, old: MemoryPicture | None, new: MemoryPicture | None) -> None:
        # Keep the selection on the same slot, wherever its row moved to.
        old_rows, new_keys = rows_of(old), [key for key, _ in rows_of(new)]
        if self.cursor < len(old_rows) and old_rows[self.cursor][0] in new_keys:
            cursor = new_keys.index(old_rows[self.cursor][0])
        else:
            cursor = self.cursor
        # The new rows are drawn with the cursor by `compose`: no need for `watch_cursor`.
        self.set_reactive(StackPane.cursor, self.validate_cursor(cursor))
        self._announce()

    def watch_cursor(self) -> None:
        selected = self.selected
        for row, widget in enumerate(self.query(SlotRow)):
            widget.set_class(row == self.cursor, "-cursor")
            widget.set_class(_points_at(selected, widget.slot), "-pointed")
            widget.set_class(_points_at(widget.slot, selected), "-pointer")
            if row == self.cursor:
                widget.scroll_visible(animate=False)
        self._announce()

    def watch_has_focus(self, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        self.watch_cursor()  # the selection shows only while the pane has focus

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

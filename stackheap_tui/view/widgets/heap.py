"""The heap: a box per allocation (a freed one stays one step as a tombstone), then the
static region where string literals live. Drawn on demand (`BoxList`), so a step costs
the same with 10 blocks or 10,000."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from rich.cells import cell_len
from textual.content import Content
from textual.reactive import reactive

from stackheap_tui.memory.records import (
    AllocationView,
    OwnerNames,
    OwnerPath,
    Snapshot,
    StaticView,
)
from stackheap_tui.view.numbers import SPARE, USED, format_address, format_size, usage_cells
from stackheap_tui.view.picture import MemoryPicture, points_into
from stackheap_tui.view.widgets.boxes import Box, BoxList, Line, Part, Row, RowText

ContentPart = str | Content | tuple[str, str]


def buffer_lines(block: AllocationView) -> list[ContentPart]:
    """A Vec or String buffer's use: `■■■□ len 3 / cap 4`, then the bytes used and spare."""
    if block.length is None or block.capacity is None:
        return []
    used, spare = usage_cells(block.length, block.capacity)
    element = block.element_size or (block.size // block.capacity if block.capacity else 1)
    used_bytes = block.length * element
    spare_bytes = max(block.size - used_bytes, 0)
    return [
        "\n",
        (USED * used, "$text-success"),
        (SPARE * spare, "$text-muted"),
        " " if used + spare else "",
        (f"len {block.length} / cap {block.capacity}", "bold"),
        (f"\n{used_bytes} B used, {spare_bytes} B spare", "$text-muted"),
    ]


def count_lines(block: AllocationView) -> list[ContentPart]:
    """An Rc block's counts: `strong 2, weak 0`."""
    if block.strong is None:
        return []
    return [
        "\n",
        ("strong ", "$text-muted"),
        (str(block.strong), "bold"),
        (", weak ", "$text-muted"),
        (str(block.weak or 0), "bold"),
    ]


@dataclass(frozen=True, slots=True)
class ShownBox:
    """A heap block or static literal as drawn (for tests and the reader)."""

    item: AllocationView | StaticView
    classes: frozenset[str]
    height: int
    text: str  # the title, the lines and the subtitle
    subtitle: str = ""

    @property
    def block(self) -> AllocationView:
        assert isinstance(self.item, AllocationView)
        return self.item

    def has_class(self, name: str) -> bool:
        return name in self.classes


_OWNER = "owner: "
_OWNER_CELLS = len(_OWNER)


def block_text(block: AllocationView, owners: OwnerNames,
               head: RowText | None = None) -> RowText:
    """`type = value`, the buffer's use or the Rc's counts (`head`, if already made for
    this block), and the owner: named only when the row is drawn (a long list's names
    are as long as the list, and a move renames every node)."""
    if block.freed:
        struck: Line = ((block.type_name, "$text-accent strike"), (" = ", "strike"),
                        (block.value, "bold strike"))
        return RowText.of([struck, ((block.note or "freed", "italic $text-error"),)])
    head = head or block_head(block)
    note: list[Line] = [((block.note, "italic $text-muted"),)] if block.note else []
    address = block.address

    def lines() -> list[Line]:
        owner: Line = ((_OWNER, "$text-muted"), (owners.name(address), "$text-primary"))
        return [*head.lines, owner, *note]

    owner_cells = _OWNER_CELLS + owners.width(address, cell_len)
    note_cells = (cell_len(block.note),) if note else ()
    return RowText.lazy((*head.lengths, owner_cells, *note_cells), lines)


def block_head(block: AllocationView) -> RowText:
    """The lines of a block's row above its owner."""
    value: Line = ((block.type_name, "$text-accent"), " = ", (block.value, "bold"))
    return RowText.of([value, *_split_lines([*buffer_lines(block), *count_lines(block)])])


class _Named:
    """Which owner name a block has, compared by identity: the same object from step to
    step while its stored owner and its holder's name stay (see `HeapPane._names`)."""

    __slots__ = ("holder", "owner")

    def __init__(self, owner: object, holder: _Named | None) -> None:
        self.owner = owner
        self.holder = holder


def _split_lines(parts: list[ContentPart]) -> list[Line]:
    """Parts with newlines in them (as `buffer_lines` makes them) as separate lines."""
    lines: list[list[Part]] = []
    for part in parts:
        text, style = (part, "") if isinstance(part, str) else (str(part[0]), str(part[1]))
        pieces = text.split("\n")
        for number, piece in enumerate(pieces):
            if number > 0 or not lines:
                lines.append([])
            if piece:
                lines[-1].append((piece, style) if style else piece)
    return [tuple(line) for line in lines if line]


def literal_text(literal: StaticView, pointers: list[str]) -> RowText:
    line: list[Part] = [
        (format_address(literal.address), "$text-secondary"),
        (f" · {format_size(literal.size)}  ", "$text-muted"),
        (literal.text, "bold"),
    ]
    if pointers:
        line.append((f"  ← {', '.join(pointers)}", "$text-warning"))
    return RowText.of([tuple(line)])


class HeapPane(BoxList):
    """The allocations of the current step, by address, then the static region;
    `pointed` marks the selected slot's target. Only the boxes in view are drawn."""

    # Not repainted whole: `set_boxes` refreshes the lines a step changed.
    memory: reactive[MemoryPicture | None] = reactive(None, always_update=True, repaint=False)
    pointed: reactive[int | None] = reactive(None)
    """The address the selected stack slot points to, if any."""
    vtable_pointed: reactive[int | None] = reactive(None)
    """The selected trait object's vtable (lit up as its target is)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._texts: dict[Hashable, RowText] = {}  # the literals' texts, reused next step
        # Each block's box as last drawn, with what it was drawn from (see `_boxes`).
        self._blocks: dict[int, tuple[tuple[object, ...], Box, RowText | None]] = {}
        self._named: dict[int, _Named] = {}  # each block's owner name as last drawn
        self._named_for: Snapshot | None = None
        self._first_changed: int | None = None  # the first box the step highlights
        self._last_changed: int | None = None  # and the last
        self._shown: tuple[object, ...] | None = None

    def on_mount(self) -> None:
        self.set_boxes(self._boxes(self.memory))

    def _boxes(self, memory: MemoryPicture | None) -> list[Box]:
        boxes: list[Box] = []
        if memory is None or not memory.snapshot.heap:
            boxes.append(Box("empty", "", [Row(None, RowText.of([(("Nothing on the heap.",
                                                                  "$text-muted"),)]))]))
        if memory is None:
            return boxes
        highlight = "-undone" if memory.undone else "-changed"
        old_texts = self._texts
        texts: dict[Hashable, RowText] = {}
        # A block's box is made again only if it is drawn from something else than last
        # time (its owner's name included): the boxes a step left alone are kept.
        old_blocks = self._blocks
        blocks: dict[int, tuple[tuple[object, ...], Box, RowText | None]] = {}
        changed, pointed = memory.changed_blocks, memory.block_pointers()
        named = self._names_of(memory.snapshot)
        owners = memory.snapshot.owners
        self._first_changed = self._last_changed = None
        plain: frozenset[str] = frozenset()
        freed = frozenset({"-freed"})
        for block in memory.snapshot.heap:
            classes = freed if block.freed else plain
            if block.address in changed:
                classes = classes | {highlight}
                if self._first_changed is None:
                    self._first_changed = len(boxes)
                self._last_changed = len(boxes)
            pointers = tuple(pointed.get(block.address, ()))
            drawn_from: tuple[object, ...] = (block, classes, pointers, named[block.address])
            found = old_blocks.get(block.address)
            if found is not None and found[0] == drawn_from:
                box, head = found[1], found[2]
            else:
                # The lines above the owner, if only the highlight, pointers or name changed.
                same = found is not None and found[0][0] == block
                head = found[2] if found is not None and same else None
                if head is None and not block.freed:
                    head = block_head(block)
                text = block_text(block, owners, head)
                subtitle = "← " + ", ".join(pointers) if pointers else ""
                title = (found[1].title if found is not None and same
                         else f"{format_address(block.address)} · {format_size(block.size)}")
                box = Box(block.address, title, [Row(block.address, text)], "block",
                          subtitle, classes, item=block)
            blocks[block.address] = (drawn_from, box, head)
            boxes.append(box)
        self._blocks = blocks
        if memory.snapshot.statics:
            rows = []
            for literal in memory.snapshot.statics:
                names = memory.pointers_to_static(literal)
                key = (literal, tuple(names))
                text = old_texts.get(key) or literal_text(literal, names)
                texts[key] = text
                rows.append(Row(literal.address, text))
            boxes.append(Box("static", "static · read-only", rows, "static",
                             item=memory.snapshot.statics))
        self._texts = texts
        return boxes

    def _names_of(self, snapshot: Snapshot) -> dict[int, _Named]:
        """Block address → which owner name it has, as an object that stays the same while
        the name does: a block is named through its holders, so its name changes when one
        of theirs does, and this finds which without making any name (a step that moves a
        4,000-node list renames every node; only the nodes on screen are named)."""
        if snapshot is self._named_for:
            return self._named
        last = self._named
        made: dict[int, _Named] = {}
        blocks = snapshot.owners.by_address
        for block in snapshot.heap:
            at = block.address
            if at in made:
                continue
            chain: list[tuple[int, OwnerPath, int]] = []
            seen: set[int] = set()
            cycle = False
            while at not in made:
                stored = blocks[at].owned_by
                if not isinstance(stored, OwnerPath) or stored.parent not in blocks:
                    old = last.get(at)
                    made[at] = (old if old is not None and old.owner is stored
                                and old.holder is None else _Named(stored, None))
                    break
                if at in seen:  # holders in a cycle: a new name every time, drawn again
                    cycle = True
                    break
                seen.add(at)
                chain.append((at, stored, stored.parent))
                at = stored.parent
            for at, stored, holder in reversed(chain):
                if cycle:
                    made[at] = _Named(object(), None)
                    continue
                above = made[holder]
                old = last.get(at)
                made[at] = (old if old is not None and old.owner is stored
                            and old.holder is above else _Named(stored, above))
        self._named, self._named_for = made, snapshot
        return made

    def _is_pointed(self, target: AllocationView | StaticView) -> bool:
        return self.pointed is not None and points_into(self.pointed, target)

    def box_classes(self, box: Box) -> frozenset[str]:
        if isinstance(box.item, AllocationView) and self._is_pointed(box.item):
            return box.classes | {"-pointed"}
        return box.classes

    def row_classes(self, box: Box, row: Row) -> frozenset[str]:
        if box.kind == "static" and self._literal(row) is not None:
            literal = self._literal(row)
            if literal is not None and (self._is_pointed(literal) or (
                    self.vtable_pointed is not None
                    and points_into(self.vtable_pointed, literal))):
                return row.classes | {"-pointed"}
        return row.classes

    def _literal(self, row: Row) -> StaticView | None:
        statics = self.memory.snapshot.statics if self.memory is not None else ()
        return next((lit for lit in statics if lit.address == row.key), None)

    def shown_boxes(self) -> list[ShownBox]:
        """The blocks, then the literals, with the classes they are drawn with."""
        width = self.inner_width
        shown: list[ShownBox] = []
        for box in self.boxes:
            if isinstance(box.item, AllocationView):
                height = box.rows[0].text.height(width) + 2
                text = "\n".join([box.title, box.rows[0].text.plain, box.subtitle])
                shown.append(ShownBox(box.item, self.box_classes(box), height, text,
                                      box.subtitle))
            elif box.kind == "static":
                for row in box.rows:
                    literal = self._literal(row)
                    assert literal is not None
                    shown.append(ShownBox(literal, self.row_classes(box, row),
                                          row.text.height(width), row.text.plain))
        return shown

    def watch_memory(self, memory: MemoryPicture | None) -> None:
        # Only a picture that differs is laid out again (a loop's steps often leave the
        # heap as it was): what is drawn depends on the blocks and their highlights.
        shown = self._key(memory)
        if shown == self._shown and self.boxes:
            return
        self._shown = shown
        self.set_boxes(self._boxes(memory))
        target = self._first_changed
        if target is None and self.pointed is not None:
            target = next((i for i, box in enumerate(self.boxes)
                           if "-pointed" in self.box_classes(box)), None)
        lines = self.lines_of(target) if target is not None else None
        last = self._last_changed
        if lines is not None and last is not None and last != target:
            # All the step changed if it fits (a reallocation: the new buffer and the
            # freed old one), else its first block.
            # (A range too tall for the pane shows its start: the first block.)
            self.reveal_lines(range(lines.start, self.lines_of(last).stop), from_top=True)
        else:
            self.reveal_lines(lines, from_top=True)

    def _key(self, memory: MemoryPicture | None) -> tuple[object, ...] | None:
        if memory is None:
            return None
        snapshot = memory.snapshot
        heap_changed = memory.changed_blocks
        pointers = memory.pointer_summary()
        # Stepping back draws the blocks the undone step changed in another colour: when it
        # changed none, the heap looks the same either way.
        undone = memory.undone and bool(heap_changed)
        return (snapshot.heap, snapshot.statics, heap_changed, undone, pointers,
                self._names_of(snapshot))

    def watch_show_horizontal_scrollbar(self) -> None:
        # A scrollbar shown or hidden changes the height the reveal was worked out for,
        # with no resize of the pane: work it out again once laid out (else the final
        # scroll depended on whether the scrollbar came before or after the reveal of
        # the pointed block, which starts from where the pane was).
        self.call_after_refresh(self._apply_reveal)

    def watch_show_vertical_scrollbar(self) -> None:
        self.call_after_refresh(self._apply_reveal)

    def lines_at(self, address: int) -> range | None:
        """The lines of what `address` leads into: a block's title line, or a literal's
        (or vtable's) row in the static region."""
        for index, box in enumerate(self.boxes):
            if isinstance(box.item, AllocationView) and points_into(address, box.item):
                start = self.lines_of(index).start
                return range(start, start + 1)
            if box.kind == "static":
                for at, row in enumerate(box.rows):
                    literal = self._literal(row)
                    if literal is not None and points_into(address, literal):
                        return self.lines_of(index, at)
        return None

    def watch_vtable_pointed(self) -> None:
        self.redraw()

    def watch_pointed(self) -> None:
        self.redraw()
        for index, box in enumerate(self.boxes):
            if "-pointed" in self.box_classes(box) or any(
                "-pointed" in self.row_classes(box, row) for row in box.rows
            ):
                # Its title and first row: enough to see it, and what the step changed
                # (a reallocation's freed buffer above it) stays in view too.
                # Counted from the top, as the step's own reveal is: the two arrive in
                # either order (a `g6⏎` jump), and the scroll must not depend on it.
                lines = self.lines_of(index)
                self.reveal_lines(range(lines.start, min(lines.stop, lines.start + 2)),
                                  from_top=True)
                break

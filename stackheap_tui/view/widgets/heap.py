"""The heap: a box per allocation; a freed one stays one step as a tombstone."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from stackheap_tui.trace.model import AllocationView
from stackheap_tui.view.format import format_address, format_size
from stackheap_tui.view.memory import MemoryPicture, points_into
from stackheap_tui.view.widgets.pane import Pane


class HeapBlock(Static):
    """One allocation: address and size on the border, `type = value` and owner inside."""

    DEFAULT_CSS = """
    HeapBlock {
        height: auto;
        padding: 0 1;
        border: round $secondary 70%;
        border-title-color: $text-secondary;
        border-title-style: bold;
        border-subtitle-color: $text-warning;
        &.-changed { background: $success 20%; }
        &.-pointed { border: heavy $warning; background: $warning 15%; }
        &.-freed { border: dashed $error 60%; color: $text-disabled; }
    }
    """

    def __init__(self, block: AllocationView, pointers: list[str], *, classes: str = "") -> None:
        self.block = block
        super().__init__(self._content(block), classes=classes)
        self.border_title = f"{format_address(block.address)} · {format_size(block.size)}"
        if pointers:
            self.border_subtitle = "← " + ", ".join(pointers)

    @staticmethod
    def _content(block: AllocationView) -> Content:
        value = Content.assemble((block.type_name, "$text-accent"), " = ", (block.value, "bold"))
        if block.freed:
            return Content.assemble(
                value.stylize("strike"),
                (f"\n{block.note or 'freed'}", "italic $text-error"),
            )
        parts: list[str | Content | tuple[str, str]] = [value, ("\nowner: ", "$text-muted")]
        parts.append((block.owner, "$text-primary"))
        if block.note:
            parts.append((f"\n{block.note}", "italic $text-muted"))
        return Content.assemble(*parts)


class HeapPane(Pane):
    """The allocations of the current step, by address; `pointed` marks the selected target."""

    DEFAULT_CSS = """
    HeapPane > .empty { color: $text-muted; padding: 0 1; }
    """

    memory: reactive[MemoryPicture | None] = reactive(None, recompose=True)
    pointed: reactive[int | None] = reactive(None)
    """The address the selected stack slot points to, if any."""

    def compose(self) -> ComposeResult:
        memory = self.memory
        if memory is None or not memory.snapshot.heap:
            yield Static("Nothing on the heap.", classes="empty")
            return
        for block in memory.snapshot.heap:
            classes = ["-freed"] if block.freed else []
            if memory.block_changed(block):
                classes.append("-changed")
            if self.pointed is not None and points_into(self.pointed, block):
                classes.append("-pointed")
            yield HeapBlock(block, memory.pointers_to(block), classes=" ".join(classes))

    async def recompose(self) -> None:
        await super().recompose()
        blocks = list(self.query(HeapBlock))
        changed = [block for block in blocks if block.has_class("-changed")]
        pointed = [block for block in blocks if block.has_class("-pointed")]
        self.reveal((changed or pointed or [None])[0])

    def watch_pointed(self, pointed: int | None) -> None:
        for widget in self.query(HeapBlock):
            hit = pointed is not None and points_into(pointed, widget.block)
            widget.set_class(hit, "-pointed")
            if hit:
                widget.scroll_visible(animate=False)

"""The heap: a box per allocation (a freed one stays one step as a tombstone), then the
static region where string literals live."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from stackheap_tui.trace.model import AllocationView, StaticView
from stackheap_tui.view.format import SPARE, USED, format_address, format_size, usage_cells
from stackheap_tui.view.memory import MemoryPicture, points_into
from stackheap_tui.view.widgets.pane import Pane

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


class HeapBlock(Static):
    """One allocation: address and size on the border, `type = value`, the buffer's use or
    the Rc's counts, and the owner inside; who points at it on the bottom border."""

    DEFAULT_CSS = """
    HeapBlock {
        height: auto;
        padding: 0 1;
        border: round $secondary 70%;
        border-title-color: $text-secondary;
        border-title-style: bold;
        border-subtitle-color: $text-warning;
        &.-changed { background: $success 20%; }
        &.-undone { background: $primary 25%; }
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
        parts: list[ContentPart] = [value, *buffer_lines(block), *count_lines(block)]
        parts += [("\nowner: ", "$text-muted"), (block.owner, "$text-primary")]
        if block.note:
            parts.append((f"\n{block.note}", "italic $text-muted"))
        return Content.assemble(*parts)


class StaticLiteral(Static):
    """One string literal: address, size, text, and the `&str`s that point at it."""

    DEFAULT_CSS = """
    StaticLiteral {
        padding: 0 1;
        &.-pointed { background: $warning 25%; text-style: bold; }
    }
    """

    def __init__(self, literal: StaticView, pointers: list[str], *, classes: str = "") -> None:
        self.literal = literal
        parts: list[ContentPart] = [
            (format_address(literal.address), "$text-secondary"),
            (f" · {format_size(literal.size)}  ", "$text-muted"),
            (literal.text, "bold"),
        ]
        if pointers:
            parts.append((f"  ← {', '.join(pointers)}", "$text-warning"))
        super().__init__(Content.assemble(*parts), classes=classes)


class StaticRegion(Widget):
    """The read-only static region: string literals, there for the whole run."""

    DEFAULT_CSS = """
    StaticRegion {
        height: auto;
        layout: vertical;
        border: round $primary 50%;
        border-title-color: $text-primary;
        border-title-style: bold;
    }
    """


class HeapPane(Pane):
    """The allocations of the current step, by address, then the static region;
    `pointed` marks the selected slot's target."""

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
        if memory is None:
            return
        highlight = "-undone" if memory.undone else "-changed"
        for block in memory.snapshot.heap:
            classes = ["-freed"] if block.freed else []
            if memory.block_changed(block):
                classes.append(highlight)
            if self._is_pointed(block):
                classes.append("-pointed")
            yield HeapBlock(block, memory.pointers_to(block), classes=" ".join(classes))
        if memory.snapshot.statics:
            with StaticRegion() as region:
                region.border_title = "static · read-only"
                for literal in memory.snapshot.statics:
                    yield StaticLiteral(
                        literal,
                        memory.pointers_to_static(literal),
                        classes="-pointed" if self._is_pointed(literal) else "",
                    )

    def _is_pointed(self, target: AllocationView | StaticView) -> bool:
        return self.pointed is not None and points_into(self.pointed, target)

    def _targets(self) -> list[HeapBlock | StaticLiteral]:
        return [*self.query(HeapBlock), *self.query(StaticLiteral)]

    async def recompose(self) -> None:
        await super().recompose()
        targets = self._targets()
        changed = [t for t in targets if t.has_class("-changed") or t.has_class("-undone")]
        pointed = [t for t in targets if t.has_class("-pointed")]
        self.reveal((changed or pointed or [None])[0])

    def watch_pointed(self) -> None:
        for widget in self._targets():
            target = widget.block if isinstance(widget, HeapBlock) else widget.literal
            hit = self._is_pointed(target)
            widget.set_class(hit, "-pointed")
            if hit:
                widget.scroll_visible(animate=False)

"""What the program printed so far: stdout, then stderr in the error colour."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from stackheap_tui.memory.records import Printed, Snapshot
from stackheap_tui.view.output_log import OutputIndex
from stackheap_tui.view.widgets.pane import Pane


def _lines(text: str, new_from: int, style: str) -> list[Content]:
    """`text` as lines; a line holding text past offset `new_from` (this step's) is bold."""
    pieces = text.split("\n")
    if pieces[-1] == "":
        pieces.pop()  # the text ended its last line
    lines: list[Content] = []
    offset = 0
    for piece in pieces:
        end = offset + len(piece) + (1 if offset + len(piece) < len(text) else 0)
        lines.append(Content.styled(piece, f"{style} bold" if end > new_from else style))
        offset = end
    return lines


class OutputPane(Pane):
    """The output so far; the newest line is marked `▸`, and what this step printed is bold."""

    DEFAULT_CSS = """
    OutputPane > #text { width: 100%; height: auto; padding: 0 1; }
    OutputPane > #text.-empty { color: $text-muted; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: tuple[object, ...] | None = None
        self._index: OutputIndex | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="text")

    def _log(self, snapshot: Snapshot) -> tuple[OutputIndex, int]:
        """The run's output log, indexed, and how far the picture had come in it (a
        picture made by hand: its two texts as a log of their own)."""
        printed = snapshot.printed
        if printed is None:
            printed = Printed((("stdout", snapshot.stdout), ("stderr", snapshot.stderr)), 2)
        index = self._index
        if index is None or index.chunks is not printed.chunks:
            index = OutputIndex(printed.chunks)
            if snapshot.printed is not None:
                self._index = index  # the run's: kept, and extended as it is read
        return index, printed.count

    def show(self, snapshot: Snapshot, previous: Snapshot | None) -> None:
        index, count = self._log(snapshot)
        if previous is None:
            before, old = index, 0
        else:
            before, old = self._log(previous)
        # Most steps print nothing: then what is shown stays (no new layout, no redraw).
        shown = (index.chunks, count, before.chunks, old)
        if shown == self._shown:
            return
        self._shown = shown
        lines: list[Content] = []
        for stream, style in (("stdout", ""), ("stderr", "$text-error")):
            tail = index.tail(stream, count)
            if tail.hidden:
                earlier = "line" if tail.hidden == 1 else "lines"
                lines.append(Content.styled(f"… {tail.hidden:,} earlier {earlier} of {stream} "
                                            "(all of it: --run)", "$text-muted italic"))
            lines += _lines(tail.text, before.length(stream, old) - tail.start, style)
        text = self.query_one("#text", Static)
        text.set_class(not lines, "-empty")
        if not lines:
            text.update("Nothing printed yet.")
            self.anchor(False)
            # Anchored, a short text sat at the bottom (a negative scroll, which
            # `scroll_home` leaves as it is): back to the top, as on a fresh start.
            self.scroll_home(animate=False, immediate=True)
            self.set_scroll(None, 0)
            return
        marked = [Content("  ") + line for line in lines[:-1]]
        marked.append(Content.styled("▸ ", "$text-accent") + lines[-1])
        text.update(Content("\n").join(marked))
        self.anchor()  # stays at the bottom as the new text is laid out

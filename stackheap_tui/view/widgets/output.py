"""What the program printed so far: stdout, then stderr in the error colour."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from stackheap_tui.memory.records import Snapshot
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
        self._shown: tuple[str, str, int, int] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="text")

    def show(self, snapshot: Snapshot, previous: Snapshot | None) -> None:
        old_out = len(previous.stdout) if previous else 0
        old_err = len(previous.stderr) if previous else 0
        # Most steps print nothing: then what is shown stays (no new layout, no redraw).
        shown = (snapshot.stdout, snapshot.stderr, old_out, old_err)
        if shown == self._shown:
            return
        self._shown = shown
        lines = [
            *_lines(snapshot.stdout, old_out, ""),
            *_lines(snapshot.stderr, old_err, "$text-error"),
        ]
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

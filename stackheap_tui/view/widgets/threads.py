"""The other threads' stacks under the running one's (docs/threads.md): a box per thread
that is not running, its frames and slots as plain rows. The running thread's frames are
the stack pane's own boxes."""

from __future__ import annotations

from stackheap_tui.memory.records import SlotState, Snapshot
from stackheap_tui.view.widgets.boxes import Box, Row, RowText


def thread_title(snapshot: Snapshot) -> str:
    """`thread #1 <unnamed>` for the running thread, once the program has several."""
    running = next((t for t in snapshot.threads if t.running), None)
    return f"thread #{running.index} {running.name}: " if running is not None else ""


def other_thread_boxes(snapshot: Snapshot) -> list[Box]:
    """A muted box per thread that is not running: what its stack holds now."""
    boxes = []
    for thread in snapshot.threads:
        if thread.running:
            continue
        rows = []
        for frame in reversed(thread.frames):
            rows.append(_row(f"{frame.function}"))
            for slot in frame.slots:
                state = "" if slot.state is SlotState.LIVE else (
                    f" [{slot.note or slot.state.value}]")
                rows.append(_row(f"  {slot.name}: {slot.type_name} = {slot.value}{state}"))
        if not rows:
            rows.append(_row("(empty stack)"))
        boxes.append(Box(("thread", thread.index), f"thread #{thread.index} {thread.name} "
                         "(not running)", rows, "frame"))
    return boxes


def _row(text: str) -> Row:
    return Row(None, RowText.of([((text, "$text-muted"),)]))

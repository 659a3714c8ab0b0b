"""The `--trace` view: every step as plain text, one block per step, pipe-friendly.

A step's block says what changed without repeating what did not: the output lines the
step printed (not all output so far), and the newest `MAX_FRAMES` frames of the stack
(a 130,000-frame recursion writes a bounded block per step, not the whole stack).
"""

from __future__ import annotations

from collections.abc import Iterator

from stackheap_tui.memory.records import (
    FrameView,
    SlotState,
    Snapshot,
    StepInfo,
    format_address,
)
from stackheap_tui.trace.protocol import RecordedRun

MAX_FRAMES = 20  # frames printed per step, the newest first; the rest are counted


def plural(count: int, noun: str) -> str:
    """`1 frame`, `2 frames`, `1,000 frames`."""
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def render_memory(snapshot: Snapshot, depth: int | None = None) -> list[str]:
    """The stack (newest frame first) and the heap; `depth`: the frames on the stack,
    when the snapshot holds only the newest of them."""
    lines = ["  stack:"]
    if snapshot.threads:  # one stack per thread, the running one marked
        lines = []
        for thread in snapshot.threads:
            lines.append(f"  stack of thread #{thread.index} `{thread.name}`"
                         f"{' (running)' if thread.running else ''}:")
            lines.extend(_frames(thread.frames, depth if thread.running else None))
    else:
        lines.extend(_frames(snapshot.frames, depth))
    lines.append("  heap:")
    if not snapshot.heap:
        lines.append("    (empty)")
    for block in snapshot.heap:
        status = f"  [FREED: {block.note}]" if block.freed else ""
        lines.append(f"    @{format_address(block.address)}  {block.size} B  {block.type_name}"
                     f"  = {block.value}  owner: {snapshot.owner_of(block)}{status}")
    return lines


def _frames(frames: tuple[FrameView, ...], depth: int | None) -> list[str]:
    lines = []
    if not frames:
        lines.append("    (empty)")
    for frame in reversed(frames):
        lines.append(f"    frame {frame.function}")
        if not frame.slots:
            lines.append("      (no slots)")
        for slot in frame.slots:
            state = "" if slot.state is SlotState.LIVE else f"  [{slot.note or slot.state.value}]"
            lines.append(f"      {slot.name}: {slot.type_name}  {slot.size} B  "
                         f"@{format_address(slot.address)}  = {slot.value}{state}")
    hidden = (depth or 0) - len(frames)
    if hidden > 0:
        lines.append(f"    … {plural(hidden, 'more frame')}")
    return lines


def render_printed(printed: tuple[tuple[str, str], ...]) -> list[str]:
    """The output a step printed, a line each: `  stdout| text` (`stderr|` for stderr)."""
    lines: list[str] = []
    for stream, text in printed:
        parts = text.split("\n")
        if len(parts) > 1 and parts[-1] == "":
            parts.pop()  # the newline ending the last line starts no new one
        lines.extend(f"  {stream}| {line}" for line in parts)
    return lines


def render_step(info: StepInfo, snapshot: Snapshot, total: int, source_lines: list[str],
                printed: tuple[tuple[str, str], ...] = ()) -> str:
    code = source_lines[info.span.line - 1].strip() if 0 < info.span.line <= len(
        source_lines) else ""
    head = f"step {info.index + 1}/{total}  line {info.span.line}  [{info.kind.value}]  {code}"
    return "\n".join([head, f"  {info.explanation}", *render_printed(printed),
                      *render_memory(snapshot, info.depth)])


def render_trace(trace: RecordedRun) -> Iterator[str]:
    lines = trace.source.splitlines()
    total = len(trace)
    for info, snapshot in trace.pictures(newest=MAX_FRAMES):
        yield render_step(info, snapshot, total, lines, trace.printed_at(info.index)) + "\n"
    outcome = trace.outcome
    if outcome.stopped_early:  # the program did not end: stackheap-tui stopped it (exit 1)
        yield f"{outcome.stopped_early}\n"
    else:
        yield f"exit status {outcome.exit_code}\n"

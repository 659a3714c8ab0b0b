"""The `--trace` view: every step as plain text, one block per step, pipe-friendly."""

from __future__ import annotations

from collections.abc import Iterator

from stackheap_tui.memory.records import SlotState, Snapshot, StepInfo, format_address
from stackheap_tui.trace.protocol import TraceView


def render_memory(snapshot: Snapshot) -> list[str]:
    lines = ["  stack:"]
    if not snapshot.frames:
        lines.append("    (empty)")
    for frame in reversed(snapshot.frames):
        lines.append(f"    frame {frame.function}")
        if not frame.slots:
            lines.append("      (no slots)")
        for slot in frame.slots:
            state = "" if slot.state is SlotState.LIVE else f"  [{slot.note or slot.state.value}]"
            lines.append(f"      {slot.name}: {slot.type_name}  {slot.size} B  "
                         f"@{format_address(slot.address)}  = {slot.value}{state}")
    lines.append("  heap:")
    if not snapshot.heap:
        lines.append("    (empty)")
    for block in snapshot.heap:
        status = f"  [FREED: {block.note}]" if block.freed else ""
        lines.append(f"    @{format_address(block.address)}  {block.size} B  {block.type_name}"
                     f"  = {block.value}  owner: {block.owner}{status}")
    return lines


def render_step(info: StepInfo, snapshot: Snapshot, total: int, source_lines: list[str]) -> str:
    code = source_lines[info.span.line - 1].strip() if 0 < info.span.line <= len(
        source_lines) else ""
    head = f"step {info.index + 1}/{total}  line {info.span.line}  [{info.kind.value}]  {code}"
    return "\n".join([head, f"  {info.explanation}", *render_memory(snapshot)])


def render_trace(trace: TraceView) -> Iterator[str]:
    lines = trace.source.splitlines()
    total = len(trace)
    for index in range(total):
        yield render_step(trace.step(index), trace.snapshot(index), total, lines) + "\n"
    outcome = trace.outcome
    yield f"exit status {outcome.exit_code}\n"
    if outcome.stopped_early:
        yield f"note: {outcome.stopped_early}\n"

"""The `--json` view: a recorded run as JSON, for other tools (schema in the README).

Every step is written with its span, kind, explanation, depth and what it changed.
Whole memory pictures are bulky, so they are attached to some steps only: to every step
of a run of up to `MAX_SNAPSHOTS` steps, and to every K-th step of a longer one (K chosen
so that about `MAX_SNAPSHOTS` pictures are written), always including the last step.
The output is streamed step by step, so a million-step run never sits in memory as JSON.

The program's output is an append-only log written once, in `outcome`: a snapshot says
how much of it had been printed (`stdout_len`, `stderr_len`, in characters), so a run
that prints 10 MB writes 10 MB of output, not 10 MB per snapshot.

A snapshot holds the newest `MAX_FRAMES` frames of the stack and counts the older ones
(`frames_omitted`), as `--trace` does: a recursion 131,000 frames deep would otherwise
write every frame into each of its thousand pictures (3 GB in ten minutes, unfinished).
Each step's `changed` still names every slot it touched, so nothing is lost for a reader
that replays the steps.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from stackheap_tui.memory.records import AllocationView, FrameView, SlotView, Snapshot, StepInfo
from stackheap_tui.trace.protocol import RecordedRun

FORMAT = "stackheap-tui trace"
VERSION = 3
MAX_SNAPSHOTS = 1_000
MAX_FRAMES = 100  # the newest frames a snapshot holds; the older ones are counted


def snapshot_interval(steps: int) -> int:
    """K: a step whose index is a multiple of K carries its snapshot (as does the last)."""
    return max(1, -(-steps // MAX_SNAPSHOTS))


def slot_json(slot: SlotView) -> dict[str, Any]:
    return {
        "name": slot.name,
        "type": slot.type_name,
        "size": slot.size,
        "address": slot.address,
        "value": slot.value,
        "state": slot.state.value,
        "points_to": slot.points_to,
        "note": slot.note,
    }


def frame_json(frame: FrameView) -> dict[str, Any]:
    return {
        "function": frame.function,
        "call_line": frame.call_line,
        "slots": [slot_json(slot) for slot in frame.slots],
    }


def allocation_json(block: AllocationView, owner: str) -> dict[str, Any]:
    return {
        "address": block.address,
        "size": block.size,
        "type": block.type_name,
        "value": block.value,
        "owner": owner,
        "freed": block.freed,
        "note": block.note,
        "kind": block.kind,
        "length": block.length,
        "capacity": block.capacity,
        "element_size": block.element_size,
        "strong": block.strong,
        "weak": block.weak,
    }


def snapshot_json(snapshot: Snapshot, depth: int, stdout_len: int,
                  stderr_len: int) -> dict[str, Any]:
    """The picture, its output as lengths: the first `stdout_len` characters of
    `outcome.stdout` (and of `outcome.stderr`) had been printed. `depth`: the frames on
    the stack, of which the snapshot holds the newest."""
    return {
        "frames_omitted": max(0, depth - len(snapshot.frames)),
        "frames": [frame_json(frame) for frame in snapshot.frames],
        "heap": [allocation_json(block, snapshot.owner_of(block))
                 for block in snapshot.heap],
        "statics": [{"address": item.address, "size": item.size, "text": item.text}
                    for item in snapshot.statics],
        "stdout_len": stdout_len,
        "stderr_len": stderr_len,
    }


def step_json(info: StepInfo, snapshot: dict[str, Any] | None) -> dict[str, Any]:
    span = info.span
    step: dict[str, Any] = {
        "index": info.index,
        "line": span.line,
        "col": span.col,
        "end_line": span.end_line,
        "end_col": span.end_col,
        "kind": info.kind.value,
        "explanation": info.explanation,
        "depth": info.depth,
        "changed": sorted(info.changed),
    }
    if snapshot is not None:
        step["snapshot"] = snapshot
    return step


def _steps(trace: RecordedRun, every: int) -> Iterator[dict[str, Any]]:
    lengths = {"stdout": 0, "stderr": 0}  # characters printed so far, per stream
    for info, picture in trace.walk(newest=MAX_FRAMES, every=every):
        for stream, text in trace.printed_at(info.index):
            lengths[stream] += len(text)
        snapshot = None
        if picture is not None:
            snapshot = snapshot_json(picture, info.depth, lengths["stdout"], lengths["stderr"])
        yield step_json(info, snapshot)


def write_json(trace: RecordedRun, out: TextIO) -> None:
    """Write the run as one JSON object: the header fields, then `steps` one at a time."""
    steps = len(trace)
    every = snapshot_interval(steps)
    outcome = trace.outcome
    header = {
        "format": FORMAT,
        "version": VERSION,
        "path": trace.path,
        "source": trace.source,
        "outcome": {
            "exit_code": outcome.exit_code,
            "stdout": outcome.stdout,
            "stderr": outcome.stderr,
            "stopped_early": outcome.stopped_early,
        },
        "step_count": steps,
        "snapshot_every": every,
    }
    out.write(json.dumps(header, ensure_ascii=False)[:-1])  # reopen the object for `steps`
    out.write(', "steps": [')
    for number, step in enumerate(_steps(trace, every)):
        out.write(("\n" if number == 0 else ",\n") + json.dumps(step, ensure_ascii=False))
    out.write("\n]}\n")

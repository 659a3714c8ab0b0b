"""The threads lessons (samples 33 and 34, issue 21): what the picture shows at named
steps: one stack per thread, what `move` carried over, the shared Arc block's counts and
the Mutex's owner."""

from __future__ import annotations

from functools import cache

from stackheap_tui.memory.records import SlotState, Snapshot, StepKind
from stackheap_tui.pipeline import load
from stackheap_tui.resources import find_sample
from stackheap_tui.trace.trace import Trace


@cache
def lesson(name: str) -> Trace:
    sample = find_sample(name)
    assert sample is not None, f"no bundled lesson {name}"
    return load(sample.path.read_text(encoding="utf-8"), f"samples/{sample.path.name}")


def _stacks(snapshot: Snapshot) -> dict[int, dict[str, object]]:
    """Each thread's slots (of every frame), by name."""
    return {t.index: {s.name: s for f in t.frames for s in f.slots} for t in snapshot.threads}


def test_move_carries_v_to_the_thread_s_own_stack_and_join_gives_its_result() -> None:
    trace = lesson("threads_and_move")
    inside = next(i for i in range(len(trace))
                  if "Thread #1 (`<unnamed>`) starts" in str(trace.step(i).explanation))
    snapshot = trace.snapshot(inside)
    stacks = _stacks(snapshot)
    assert set(stacks[1]) == {"v", "name"}  # the closure's frame holds what it captured
    assert stacks[0]["v"].state is SlotState.MOVED  # main's `v` moved to the thread
    assert stacks[0]["name"].state is SlotState.MOVED
    thread_frame = next(t for t in snapshot.threads if t.index == 1).frames[0]
    main_frame = next(t for t in snapshot.threads if t.index == 0).frames[0]
    assert thread_frame.function == "{closure}" and main_frame.function == "main"
    # the Vec's heap buffer did not move: thread #1's `v` points at the same block
    (buffer,) = [b for b in snapshot.heap if b.size == 12]
    assert stacks[1]["v"].points_to == buffer.address
    ends = next(i for i in range(len(trace)) if trace.step(i).kind is StepKind.RETURN
                and "Thread #1" in str(trace.step(i).explanation))
    assert "its closure returns 60, kept for `join`" in trace.step(ends).explanation
    assert trace.outcome.stdout.splitlines() == ["summer sees [1, 2, 3]",
                                                 "the thread returned 60, main kept 5"]


def test_the_arc_block_counts_its_owners_and_the_mutex_names_its_holder() -> None:
    trace = lesson("arc_mutex_counter")
    counts, holders = [], set()
    for i in range(len(trace)):
        snapshot = trace.snapshot(i)
        arcs = [b for b in snapshot.heap if b.kind == "rc"]
        if not arcs:
            continue  # (before `Arc::new`)
        block = arcs[0]
        if not counts or counts[-1] != block.strong:
            counts.append(block.strong)
        if "locked by thread #" in block.value:
            holders.add(block.value.split("locked by thread #")[1].split(",")[0].split(" ")[0])
    # main's Arc, then one more per thread; back to main's alone; freed as main ends
    assert counts[:2] == [1, 2] and max(counts) == 11 and counts[-2:] == [1, 0]
    assert holders == {str(k) for k in range(1, 11)}  # each thread held the lock in turn
    printed = next(i for i in range(len(trace))
                   if "Result: 10" in trace.memory_at(i).output_text("stdout"))
    last = trace.snapshot(printed)
    (block,) = [b for b in last.heap if b.kind == "rc"]
    assert "data: 10" in block.value and block.strong == 1
    assert len(last.threads) == 11  # one stack per thread, main's and ten spawned
    assert trace.outcome.stdout == "Result: 10\nowners left: 1\n"

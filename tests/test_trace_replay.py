"""The trace rebuilds any step's picture from a checkpoint plus deltas, exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stackheap_tui.pipeline import load
from stackheap_tui.trace import trace as trace_module

PROGRAM = "\n".join([
    "fn main() {",
    "    let mut total: u64 = 0;",
    *[f"    {{ let b = Box::new({i}); total += *b; }}" for i in range(40)],
    "    let keep = Box::new(Box::new(total));",
    "    println!(\"{}\", **keep);",
    "}",
])


def full_replay(trace, index):
    """The picture from step 0's checkpoint, replaying every op in order."""
    memory = trace._checkpoints[0].copy()
    for step in range(1, index + 1):
        for op in trace.ops_at(step):
            memory.apply(op)
    return memory.view(index)


def test_program_is_long_enough_to_cross_checkpoints(monkeypatch):
    monkeypatch.setattr(trace_module, "CHECKPOINT_EVERY", 8)
    trace = load(PROGRAM, "p.rs")
    assert len(trace) > 100 and len(trace._checkpoints) > 10
    assert trace.outcome.stdout == f"{sum(range(40))}\n"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=12))
def test_any_order_of_jumps_gives_the_replayed_picture(indexes):
    trace_module.CHECKPOINT_EVERY, saved = 8, trace_module.CHECKPOINT_EVERY
    try:
        trace = load(PROGRAM, "p.rs")
        for raw in indexes:
            index = raw % len(trace)
            assert trace.snapshot(index) == full_replay(trace, index)
    finally:
        trace_module.CHECKPOINT_EVERY = saved


def test_back_then_forward_returns_identical_pictures():
    trace = load(PROGRAM, "p.rs")
    forward = [trace.snapshot(i) for i in range(len(trace))]
    backward = [trace.snapshot(i) for i in reversed(range(len(trace)))]
    assert forward == list(reversed(backward))


GROWING = "\n".join([
    "fn main() {",
    "    let mut v: Vec<u32> = Vec::new();",
    "    let mut s = String::new();",
    "    for i in 0..60 {",
    "        v.push(i);",
    "        s.push('x');",
    "        if i % 9 == 0 { v[0] = i; }",
    "    }",
    "    v.truncate(5);",
    "    println!(\"{:?} {}\", v, s.len());",
    "}",
])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=12))
def test_growing_buffers_replay_exactly(indexes):
    """Pushes record only what they append; shared checkpoints must never see later pushes."""
    trace_module.CHECKPOINT_EVERY, saved = 8, trace_module.CHECKPOINT_EVERY
    try:
        trace = load(GROWING, "g.rs")
        assert trace.outcome.stdout == "[54, 1, 2, 3, 4] 60\n"
        for raw in indexes:
            index = raw % len(trace)
            assert trace.snapshot(index) == full_replay(trace, index)
    finally:
        trace_module.CHECKPOINT_EVERY = saved

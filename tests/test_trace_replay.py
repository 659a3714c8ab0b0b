"""The trace rebuilds any step's picture from a checkpoint plus deltas, exactly."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.pipeline import load
from stackheap_tui.trace import trace as trace_module
from stackheap_tui.trace.trace import Trace

CONFORMANCE = Path(__file__).resolve().parent / "conformance"
# The conformance programs rustc compiled (rejected ones have no steps to rebuild).
# (Those in pending.txt are refused here: nothing to rebuild either.)
_PENDING = {line.split("#")[0].strip() for line in (CONFORMANCE / "pending.txt").read_text(
    encoding="utf-8").splitlines() if line.split("#")[0].strip()}
RUNNABLE = sorted(
    path for path in CONFORMANCE.rglob("*.rs")
    if json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))["compiled"]
    and path.relative_to(CONFORMANCE).as_posix() not in _PENDING)

PROGRAM = "\n".join([
    "fn main() {",
    "    let mut total: u64 = 0;",
    *[f"    {{ let b = Box::new({i}); total += *b; }}" for i in range(40)],
    "    let keep = Box::new(Box::new(total));",
    "    println!(\"{}\", **keep);",
    "}",
])


@contextmanager
def checkpoints_every(steps: int) -> Iterator[None]:
    """Checkpoints close together, so a short program crosses many (hypothesis tests
    cannot use the function-scoped `monkeypatch`)."""
    trace_module.CHECKPOINT_EVERY, saved = steps, trace_module.CHECKPOINT_EVERY
    try:
        yield
    finally:
        trace_module.CHECKPOINT_EVERY = saved


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
    with checkpoints_every(8):
        trace = load(PROGRAM, "p.rs")
        for raw in indexes:
            index = raw % len(trace)
            assert trace.snapshot(index) == full_replay(trace, index)


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
    with checkpoints_every(8):
        trace = load(GROWING, "g.rs")
        assert trace.outcome.stdout == "[54, 1, 2, 3, 4] 60\n"
        for raw in indexes:
            index = raw % len(trace)
            assert trace.snapshot(index) == full_replay(trace, index)


INTEGERS = "\n".join([
    "fn main() {",
    "    let mut small: i64 = 3;",
    "    let mut big: u128 = u128::MAX - 40;",
    "    let mut flag = false;",
    "    let mut v: Vec<i32> = Vec::new();",
    "    for i in 0..20 {",
    "        small = small - 1000 * i;",
    "        big += 2;",
    "        flag = !flag;",
    "        v.push(-(i as i32));",
    "    }",
    "    println!(\"{small} {big} {flag} {}\", v[19]);",
    "}",
])


def values_at(trace, index):
    snapshot = trace.snapshot(index)
    return {name: snapshot.slot(name).value for name in ("small", "big", "flag", "v")}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=10))
def test_steps_that_store_integers_replay_exactly(indexes):
    """Most steps of a loop store one integer and are kept packed into one int: negative
    numbers, numbers past 64 bits and booleans (never packed) must come back exactly."""
    with checkpoints_every(8):
        trace = load(INTEGERS, "i.rs")
        assert trace.outcome.stdout == (
            f"{3 - 1000 * sum(range(20))} {2**128 - 1} false -19\n")
        for raw in indexes:
            index = raw % len(trace)
            assert trace.snapshot(index) == full_replay(trace, index)


def test_last_steps_show_the_final_integers():
    trace = load(INTEGERS, "i.rs")
    last = values_at(trace, len(trace) - 2)  # before main's frame is popped
    assert last["small"] == str(3 - 1000 * sum(range(20)))
    assert last["big"] == str(2**128 - 1)
    assert last["flag"] == "false"


def test_when_every_template_index_is_taken_ops_stay_whole(monkeypatch):
    """Past the last template index a step keeps its op tuple, with the same pictures."""
    monkeypatch.setattr(trace_module, "_TEMPLATE_MASK", 1)
    limited = load(INTEGERS, "i.rs")
    monkeypatch.undo()
    packed = load(INTEGERS, "i.rs")
    assert len(limited._templates) == 2 < len(packed._templates)
    assert [limited.ops_at(i) for i in range(len(limited))] == [
        packed.ops_at(i) for i in range(len(packed))]
    for index in range(0, len(packed), 7):
        assert limited.snapshot(index) == packed.snapshot(index)


@cache
def recorded(path: Path) -> Trace:
    with checkpoints_every(8):
        return load(path.read_text(encoding="utf-8"), str(path))


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_any_step_of_a_conformance_program_is_rebuilt_exactly(data):
    """Checkpoints + deltas give the picture replaying from step 0 gives, for any program
    of the conformance set and any step; a step back and forward again changes nothing."""
    trace = recorded(data.draw(st.sampled_from(RUNNABLE), label="program"))
    index = data.draw(st.integers(0, len(trace) - 1), label="step")
    picture = trace.snapshot(index)
    assert picture == full_replay(trace, index)
    trace.snapshot(max(index - 1, 0))
    assert trace.snapshot(index) == picture


def test_walking_every_step_in_place_gives_each_steps_own_picture() -> None:
    """`Trace.pictures` (what `--trace` prints) replays one memory in place instead of
    copying the stack twice a step: each picture and step is the one `snapshot`/`step`
    rebuild, for programs with boxes, Vecs, Strings, moves, recursion and panics."""
    samples = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.rs"))
    for path in [*samples[:12], *RUNNABLE[::25]]:
        try:
            trace = load(path.read_text(encoding="utf-8"), str(path), max_steps=3_000)
        except CompileError:  # a sample that does not compile: nothing to walk
            continue
        walked = list(trace.pictures(newest=3))
        assert len(walked) == len(trace), path
        for index, (info, picture) in enumerate(walked):
            assert info == trace.step(index), (path, index)
            assert picture == trace.snapshot(index, output=False, newest=3), (path, index)

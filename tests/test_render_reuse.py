"""Pictures reuse the frame and block views a step left alone; they must still equal
pictures drawn from scratch, whatever order the steps are asked for in."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.memory import render
from stackheap_tui.memory.records import Snapshot
from stackheap_tui.pipeline import load, load_what_if
from stackheap_tui.trace.trace import Trace

ROOT = Path(__file__).resolve().parent.parent

# A reference's frame is left alone while what it points to changes: its row shows the
# new value all the same (`r = 0x… → 6`).
THROUGH_A_REFERENCE = """
fn bump(r: &mut i32, times: i32) {
    let mut i = 0;
    while i < times {
        *r += 1;
        i += 1;
    }
}

fn main() {
    let mut x = 5;
    let b = Box::new(7);
    let v = vec![Box::new(1), Box::new(2)];
    let s = String::from("hi");
    let t: &str = &s;
    bump(&mut x, 3);
    println!("{} {} {} {}", x, b, v.len(), t);
}
"""


def fresh(trace: Trace, index: int) -> Snapshot:
    """Step `index`'s picture with nothing to reuse."""
    render._last_views = {}
    render._last_output = None
    render._last_statics = None
    return trace.snapshot(index)


def walks(length: int) -> list[list[int]]:
    rng = random.Random(length)
    forward = list(range(length))
    return [forward, forward[::-1], [rng.randrange(length) for _ in range(60)]]


def check_every_walk(trace: Trace) -> None:
    expected = [fresh(trace, index) for index in range(len(trace))]
    for walk in walks(len(trace)):
        render._last_views = {}
        for index in walk:
            assert trace.snapshot(index) == expected[index], f"step {index}"


def test_a_reference_shows_its_target_changing_in_another_frame() -> None:
    trace = load(THROUGH_A_REFERENCE, "ref.rs")
    check_every_walk(trace)
    values = {trace.snapshot(i).frames[-1].slots[0].value for i in range(len(trace))
              if len(trace.snapshot(i).frames) == 2}
    assert any(value.endswith("→ 8") for value in values)  # 5 bumped three times


@pytest.mark.parametrize("path", sorted((ROOT / "samples").glob("*.rs")), ids=lambda p: p.stem)
def test_samples_draw_the_same_reused_or_not(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    try:
        trace = load(source, str(path))
    except CompileError:
        trace = load_what_if(source, str(path))  # tombstones and dangling pointers
    check_every_walk(trace)


def test_a_memory_changed_in_place_is_drawn_anew() -> None:
    """The memory a run records into changes its own frames in place: a picture of it
    must not reuse views made before the change."""
    trace = load(THROUGH_A_REFERENCE, "ref.rs")
    expected = [fresh(trace, index) for index in range(len(trace))]
    memory = trace._checkpoints[0].copy()
    for step in range(1, len(trace)):
        for op in trace.ops_at(step):
            memory.apply(op)
        assert memory.view(step) == expected[step], f"step {step}"

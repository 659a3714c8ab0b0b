""""Run it anyway": a program rejected by the borrow checker, executed with real memory
semantics, stops at the undefined behaviour the rules prevent (issue 9)."""

from __future__ import annotations

import pytest

from stackheap_tui.cli import main
from stackheap_tui.memory.records import (
    DANGLING_STACK,
    DOUBLE_FREE,
    STALE_ELEMENT,
    USE_AFTER_FREE,
    StepKind,
)
from stackheap_tui.pipeline import borrow_errors_only, load_what_if
from stackheap_tui.trace.trace import Trace
from tests.expectations import REPO

PUSH_WHILE_BORROWED = """\
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("The first element is: {first}");
}
"""

DANGLE = """\
fn main() {
    let reference_to_nothing = dangle();
    println!("{reference_to_nothing}");
}

fn dangle() -> &String {
    let s = String::from("hello");
    &s
}
"""

USE_AFTER_MOVE_AND_DROP = """\
fn main() {
    let s = String::from("hello");
    let t = s;
    drop(t);
    println!("{s}");
}
"""

TWO_OWNERS = """\
fn main() {
    let a = Box::new(5);
    let b = a;
    let c = a;
    println!("{b} {c}");
}
"""

OUTLIVES_SCOPE = """\
fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    println!("r: {r}");
}
"""

TWO_MUTABLE = """\
fn main() {
    let mut s = String::from("hello");
    let r1 = &mut s;
    let r2 = &mut s;
    r2.push_str(" world");
    println!("{r1}, {r2}");
}
"""


def last(trace: Trace) -> int:
    return len(trace) - 1


def test_reference_into_a_reallocated_vec_reads_the_freed_buffer() -> None:
    trace = load_what_if(PUSH_WHILE_BORROWED, "push.rs")
    violation = trace.outcome.violation
    assert violation is not None and violation.kind == USE_AFTER_FREE
    assert violation.step == last(trace)
    info = trace.step(last(trace))
    assert info.kind is StepKind.UNDEFINED and info.span.line == 5
    picture = trace.snapshot(last(trace))
    tombstone = next(block for block in picture.heap if block.freed)
    # `first` still points at the old buffer, which `push` freed when it reallocated.
    assert violation.address == tombstone.address
    assert violation.target == f"heap:{tombstone.address}"
    assert "reallocated" in tombstone.note
    first = next(slot for slot in picture.frames[0].slots if slot.name == "first")
    assert first.points_to == tombstone.address
    assert first.value.endswith("→ a freed block!")
    live = [block for block in picture.heap if not block.freed]
    assert [block.value for block in live] == ["[1, 2, 3, 4]"]
    assert trace.outcome.stdout == ""  # the println! never printed


def test_reference_to_an_element_a_cleared_vec_no_longer_holds() -> None:
    """`v.clear()` keeps the buffer but drops the elements: reading through `first` then
    is undefined behaviour of its own (not freed memory: past the length), never an
    internal error."""
    source = ("fn main() {\n    let mut v = vec![1, 2, 3];\n    let f = v.first();\n"
              "    v.clear();\n    println!(\"{:?}\", f);\n}\n")
    trace = load_what_if(source, "clear.rs")
    violation = trace.outcome.violation
    assert violation is not None and violation.kind == STALE_ELEMENT
    info = trace.step(last(trace))
    assert info.kind is StepKind.UNDEFINED and info.span.line == 5
    assert "past the end of what the Vec" in info.explanation
    picture = trace.snapshot(last(trace))
    buffer = next(block for block in picture.heap if block.kind == "vec")
    assert not buffer.freed and violation.address == buffer.address
    assert trace.outcome.stdout == ""


def test_dangle_points_into_the_popped_frame() -> None:
    trace = load_what_if(DANGLE, "dangle.rs")
    violation = trace.outcome.violation
    assert violation is not None and violation.kind == DANGLING_STACK
    assert trace.step(last(trace)).span.line == 3
    assert "`s` in `dangle`'s frame" in violation.explanation
    picture = trace.snapshot(last(trace))
    assert [frame.function for frame in picture.frames] == ["main"]
    slot = picture.frames[0].slots[0]
    assert slot.name == "reference_to_nothing"
    assert slot.value.endswith("→ a popped slot!")
    # the String `s` owned was freed when `dangle` returned; its tombstone stays drawn
    assert [block.freed for block in picture.heap] == [True]


def test_use_after_the_new_owner_dropped_it_reads_freed_memory() -> None:
    trace = load_what_if(USE_AFTER_MOVE_AND_DROP, "moved.rs")
    violation = trace.outcome.violation
    assert violation is not None and violation.kind == USE_AFTER_FREE
    assert trace.step(last(trace)).span.line == 5
    (block,) = trace.snapshot(last(trace)).heap
    assert block.freed and "drop(t)" in block.note
    assert violation.target == f"heap:{block.address}"


def test_two_owners_of_one_box_free_it_twice() -> None:
    trace = load_what_if(TWO_OWNERS, "double.rs")
    violation = trace.outcome.violation
    assert violation is not None and violation.kind == DOUBLE_FREE
    assert trace.outcome.stdout == "5 5\n"  # both owners read the same block first
    assert trace.outcome.exit_code == 134  # glibc aborts on a double free
    info = trace.step(last(trace))
    assert info.span.line == 6  # at the closing brace, dropping the second owner
    drops = [i for i in range(len(trace)) if trace.kind_at(i) is StepKind.DROP]
    assert len(drops) == 1  # `c` is dropped (freeing the block); `b`'s drop is the UB
    (block,) = trace.snapshot(last(trace)).heap
    assert block.freed and violation.address == block.address


def test_a_reference_that_outlives_its_block_dangles() -> None:
    trace = load_what_if(OUTLIVES_SCOPE, "scope.rs")
    violation = trace.outcome.violation
    assert violation is not None and violation.kind == DANGLING_STACK
    assert "`x` in `main`'s frame" in violation.explanation
    assert trace.step(last(trace)).span.line == 7


def test_a_rejected_program_may_run_without_reaching_a_memory_error() -> None:
    trace = load_what_if(TWO_MUTABLE, "twomut.rs")
    assert trace.outcome.violation is None
    assert trace.outcome.stdout == "hello world, hello world\n"


@pytest.mark.parametrize("source, codes", [
    (PUSH_WHILE_BORROWED, ["E0502"]),
    (USE_AFTER_MOVE_AND_DROP, ["E0382"]),
    (TWO_MUTABLE, ["E0499"]),
])
def test_only_borrow_errors_allow_a_what_if_run(source: str, codes: list[str]) -> None:
    errors = borrow_errors_only(source)
    assert errors is not None and [e.code for e in errors] == codes


@pytest.mark.parametrize("source", [
    'fn main() { let x: i32 = "no"; }',  # a type error
    "fn main() { let x: i32; println!(\"{x}\"); }",  # E0381: nothing to read
    "fn main() { let x = 5; println!(\"{x}\"); }",  # accepted: nothing to run anyway
])
def test_other_programs_cannot_run_anyway(source: str) -> None:
    assert borrow_errors_only(source) is None
    with pytest.raises(ValueError):
        load_what_if(source, "x.rs")


def test_run_stays_exactly_rustc(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    program = Path(str(tmp_path)) / "push.rs"
    program.write_text(PUSH_WHILE_BORROWED)
    assert main(["--run", str(program)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error[E0502]: cannot borrow `v` as mutable because it is "
                                   "also borrowed as immutable")


def _rejected_by_the_borrow_checker() -> list[str]:
    from pathlib import Path

    root = Path(__file__).parent / "conformance"
    return sorted(str(p.relative_to(root)) for p in root.glob("*/*.rs")
                  if borrow_errors_only(p.read_text()) is not None)


@pytest.mark.parametrize("name", _rejected_by_the_borrow_checker())
def test_every_rejected_conformance_program_runs_anyway_to_an_honest_end(name: str) -> None:
    """A what-if run either finishes or stops at a flagged memory error: it never breaks
    off on a state the interpreter cannot handle."""
    from pathlib import Path

    source = (Path(__file__).parent / "conformance" / name).read_text()
    trace = load_what_if(source, name, max_steps=100_000)
    outcome = trace.outcome
    if outcome.violation is None:
        assert outcome.stopped_early is None
    else:
        assert outcome.violation.step == len(trace) - 1
        assert trace.kind_at(len(trace) - 1) is StepKind.UNDEFINED


@pytest.mark.parametrize("value", ['String::from("hello")', "Box::new(5)"])
def test_lesson_13_reaches_the_double_free_its_comment_promises(value: str) -> None:
    """`let s2 = s1;` then reading `s1`: run anyway, `s1` is used as an owner again, so the
    `}` drops `s2` (freeing the block) and then `s1`: the double free lesson 13 describes.
    (It used to end normally, `s1` still counted as moved.)"""
    source = (REPO / "samples" / "13_use_after_move_error.rs").read_text()
    trace = load_what_if(source.replace('String::from("hello")', value), "13.rs")
    violation = trace.outcome.violation
    assert violation is not None and violation.kind == DOUBLE_FREE
    assert "freed by dropping `s2`" in violation.explanation
    assert trace.outcome.exit_code == 134
    assert trace.step(last(trace)).span.line == 15  # the closing brace of `main`
    (block,) = trace.snapshot(last(trace)).heap
    assert block.freed and violation.address == block.address


def test_a_value_received_after_its_sender_dropped_it_fails_where_it_is_read() -> None:
    """The Book's listing 16-9 run anyway: the thread prints `val` after `send`, so `val` is
    an owner again and its `}` frees the buffer the channel still carries. `recv` moves the
    `String` (24 bytes copied, the buffer not touched), so the use after free is the
    `println!` that reads the bytes, not the `let` that takes the value (it used to stop
    at `recv`, where only the picture's owner label was being updated)."""
    from pathlib import Path

    name = "threads/reject_send_then_use.rs"
    source = (Path(__file__).parent / "conformance" / name).read_text()
    trace = load_what_if(source, name)
    violation = trace.outcome.violation
    assert violation is not None and violation.kind == USE_AFTER_FREE
    assert "freed by dropping `val`" in violation.explanation
    assert trace.step(last(trace)).span.line == 15  # println!("Got: {received}");
    assert trace.outcome.stdout == "val is hi\n"
    (block,) = [b for b in trace.snapshot(last(trace)).heap if b.size == 2]
    assert block.freed and violation.address == block.address

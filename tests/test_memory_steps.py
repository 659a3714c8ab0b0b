"""The memory picture at named steps of the seed programs: what a learner sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from stackheap_tui.memory.records import SlotState, StepKind
from stackheap_tui.pipeline import load
from stackheap_tui.trace.trace import Trace


def load_file(path: str) -> Trace:
    return load(Path(path).read_text(), path)


def step_at_line(trace: Trace, line: int, kind: StepKind | None = None) -> int:
    return next(i for i in range(len(trace)) if trace.step(i).span.line == line
                and (kind is None or trace.step(i).kind is kind))


@pytest.fixture(scope="module")
def scopes() -> Trace:
    return load_file("samples/01_stack_scopes.rs")


@pytest.fixture(scope="module")
def boxed() -> Trace:
    return load_file("samples/02_box_heap.rs")


def test_first_step_pushes_an_empty_main_frame(scopes):
    first = scopes.snapshot(0)
    assert [f.function for f in first.frames] == ["main"]
    assert first.frames[0].slots == ()
    assert scopes.step(0).kind is StepKind.START


def test_after_let_z_the_frame_holds_x_y_z_as_4_byte_i32s(scopes):
    snap = scopes.snapshot(step_at_line(scopes, 9))
    slots = snap.frames[0].slots
    assert [(s.name, s.type_name, s.size, s.value) for s in slots] == [
        ("x", "i32", 4, "5"), ("y", "i32", 4, "10"), ("z", "i32", 4, "15"),
    ]
    # The stack grows down: each new slot sits 4 bytes below the previous one.
    assert slots[0].address - slots[1].address == 4 == slots[1].address - slots[2].address


def test_block_close_brace_pops_z_and_keeps_x_y(scopes):
    index = step_at_line(scopes, 11, StepKind.SCOPE_END)
    assert "`z` goes out of scope" in scopes.step(index).explanation
    assert [s.name for s in scopes.snapshot(index).frames[0].slots] == ["x", "y"]
    assert [s.name for s in scopes.snapshot(index - 1).frames[0].slots] == ["x", "y", "z"]


def test_output_grows_per_step(scopes):
    index = step_at_line(scopes, 10)
    assert scopes.snapshot(index - 1).stdout == ""
    assert scopes.snapshot(index).stdout == "The sum is: 15\n"
    assert scopes.snapshot(len(scopes) - 1).stdout.endswith("still in scope: 5, 10\n")


def test_main_returns_as_the_last_step(scopes):
    last = len(scopes) - 1
    assert scopes.step(last).kind is StepKind.RETURN
    assert scopes.snapshot(last).frames == ()
    assert "exit status 0" in scopes.step(last).explanation


def test_box_new_allocates_4_heap_bytes_owned_by_an_8_byte_slot(boxed):
    snap = boxed.snapshot(step_at_line(boxed, 4))
    (slot,) = snap.frames[0].slots
    (block,) = snap.heap
    assert (slot.name, slot.type_name, slot.size) == ("my_number", "Box<i32>", 8)
    assert (block.size, block.type_name, block.value, snap.owner_of(block)) == (4, "i32", "42",
                                                                       "my_number")
    assert slot.points_to == block.address
    assert slot.value == f"0x{block.address:x}"[:6] + "_" + f"{block.address:x}"[4:]


def test_deref_step_explains_following_the_pointer(boxed):
    info = boxed.step(step_at_line(boxed, 6))
    assert "`*my_number` follows the pointer" in info.explanation
    assert boxed.snapshot(info.index).stdout == "My number is: 42\n"


def test_heap_block_is_freed_automatically_by_a_drop_step(boxed):
    drop_index = next(i for i in range(len(boxed)) if boxed.step(i).kind is StepKind.DROP)
    info = boxed.step(drop_index)
    assert "automatically" in info.explanation and "`my_number`" in info.explanation
    (block,) = boxed.snapshot(drop_index).heap
    assert block.freed and "dropping `my_number`" in block.note
    assert boxed.snapshot(drop_index).frames[0].slots[0].state is SlotState.DROPPED
    # The tombstone is shown only for the step that freed it.
    assert boxed.snapshot(drop_index + 1).heap == ()
    assert boxed.snapshot(drop_index - 1).heap[0].freed is False


def test_moved_box_is_marked_and_the_new_owner_takes_the_block():
    source = "fn main() {\n    let a = Box::new(5);\n    let b = a;\n    println!(\"{}\", b);\n}\n"
    trace = load(source, "m.rs")
    snap = trace.snapshot(step_at_line(trace, 3))
    a, b = snap.frames[0].slots
    assert a.state is SlotState.MOVED and a.note == "moved → b"
    assert snap.owner_of(snap.heap[0]) == "b"
    assert a.points_to == b.points_to == snap.heap[0].address
    assert trace.outcome.stdout == "5\n"


def test_reassigning_a_box_frees_the_old_block():
    source = "fn main() {\n    let mut b = Box::new(1);\n    b = Box::new(2);\n    println!(\"{}\", *b);\n}\n"
    trace = load(source, "r.rs")
    snap = trace.snapshot(step_at_line(trace, 3))
    freed = [blk for blk in snap.heap if blk.freed]
    live = [blk for blk in snap.heap if not blk.freed]
    assert [blk.value for blk in freed] == ["1"] and [blk.value for blk in live] == ["2"]
    assert trace.outcome.stdout == "2\n"


def test_changed_names_the_new_slot_and_block(boxed):
    info = boxed.step(step_at_line(boxed, 4))
    block = boxed.snapshot(info.index).heap[0]
    assert info.changed == {"slot:0:0", f"heap:{block.address}"}


def test_writing_a_new_box_through_a_box_frees_the_old_inner_block():
    source = ("fn main() {\n    let mut bb = Box::new(Box::new(5));\n    *bb = Box::new(9);\n"
              "    println!(\"{}\", **bb);\n}\n")
    trace = load(source, "bb.rs")
    snap = trace.snapshot(step_at_line(trace, 3))
    by_value = {blk.value: blk for blk in snap.heap if blk.type_name == "i32"}
    assert by_value["5"].freed and "overwriting `*bb`" in by_value["5"].note
    assert not by_value["9"].freed and snap.owner_of(by_value["9"]) == "*bb"
    assert trace.outcome.stdout == "9\n"


def test_range_values_are_drawn_as_written_with_rustcs_sizes():
    """A range kept in a variable is a small struct on the stack: its ends (and, for
    `..=`, the `exhausted` flag), drawn as the program wrote it."""
    trace = load_file("tests/conformance/breadth/ranges_as_values.rs")
    picture = trace.snapshot(step_at_line(trace, 12))
    shown = {name: (slot.type_name, slot.size, slot.value) for name in
             ("a", "b", "c", "f", "g", "h", "letters") if (slot := picture.slot(name))}
    assert shown == {
        "a": ("Range<i32>", 8, "1..3"),
        "b": ("RangeInclusive<i32>", 12, "1..=3"),
        "c": ("RangeInclusive<u8>", 3, "1..=3"),
        "f": ("RangeToInclusive<i32>", 4, "..=5"),
        "g": ("RangeFull", 0, ".."),
        "h": ("Option<RangeInclusive<u8>>", 3, "Some(1..=3)"),
        "letters": ("Range<char>", 8, "'a'..'d'"),
    }

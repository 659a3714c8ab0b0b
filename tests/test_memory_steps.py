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


POINTERS = """struct P {
    x: i32,
    y: i64,
}

fn main() {
    let x = 5;
    let b = Box::new(7);
    let p = P { x: 1, y: 2 };
    let s = "lit";
    let a = [10u8, 20, 30];
    println!("{:p} {:p} {}", &x, b, b);
    println!("{:p} {:p} {:p}", &p, &p.x, &p.y);
    println!("{:p} {:?}", &a[1..], &a[1..]);
    println!("[{:#p}] [{:>12p}]", &s[1..], &x);
}
"""


def test_p_prints_the_address_the_picture_shows():
    """`{:p}` prints the pointer's address (it used to print the value, `0x5`): the slot
    the picture draws for `x`, the `Box`'s heap block, rustc's field order (`y` first),
    and a slice as std's `Pointer { addr, metadata }`."""
    trace = load(POINTERS, "pointers.rs")
    last = trace.snapshot(max(i for i in range(len(trace)) if trace.step(i).span.line == 15))
    slots = {s.name: s for s in last.frames[0].slots}
    block = last.heap[0]
    lines = trace.snapshot(len(trace) - 1).stdout.splitlines()
    assert lines[0] == f"{slots['x'].address:#x} {block.address:#x} 7"
    p = slots["p"].address
    assert lines[1] == f"{p:#x} {p + 8:#x} {p:#x}"  # rustc puts the i64 first
    a = slots["a"].address
    assert lines[2] == f"Pointer {{ addr: {a + 1:#x}, metadata: 2 }} [20, 30]"
    literal = int(lines[4].split("addr: ")[1].rstrip(","), 16)
    assert "\n".join(lines[3:]) == (f"[Pointer {{\n    addr: {literal:#018x},\n    metadata: 2,"
                                    f"\n}}] [{slots['x'].address:>#12x}]")


HEAP_STEPS = """struct User {
    name: String,
    email: String,
    active: bool,
}

fn make() -> String {
    String::from("made")
}

fn takes(s: String) -> usize {
    s.len()
}

fn main() {
    let a = make();
    let s = String::from("hi");
    let n = takes(s.clone());
    let u1 = User { name: String::from("n"), email: String::from("e"), active: true };
    let u2 = User { email: String::from("e2"), ..u1 };
    println!("{} {} {} {} {}", a, n, u2.name, u1.email, u2.active);
}
"""


def test_every_heap_change_is_a_step_of_its_own_kind():
    """An allocation in a function's tail is an `alloc` step before the return (it was
    folded into the return); `s.clone()` as an argument is an `alloc` step before the call
    (it was a `statement`); a struct update names the field it moves out of `u1`."""
    trace = load(HEAP_STEPS, "heap_steps.rs")
    kinds = [(trace.step(i).span.line, trace.step(i).kind) for i in range(len(trace))]
    tail = kinds.index((8, StepKind.ALLOC))
    assert kinds[tail + 1] == (9, StepKind.RETURN)
    assert len(trace.snapshot(tail).heap) == 1 and not trace.snapshot(tail - 1).heap
    clone = kinds.index((18, StepKind.ALLOC))
    assert kinds[clone + 1] == (11, StepKind.CALL)
    assert len(trace.snapshot(clone).heap) == 3
    update = kinds.index((20, StepKind.ALLOC))
    assert ("`..u1` moves `u1.name` into the new `User`, so `u1` is partly moved"
            in str(trace.step(update).explanation))
    u1 = next(s for s in trace.snapshot(update).frames[0].slots if s.name == "u1")
    assert u1.note == "partially moved"

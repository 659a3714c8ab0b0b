"""The memory picture a learner sees at named steps of the bundled lessons.

Each test loads a lesson from `samples/` (or a small inline program), finds a step by
its line, kind or explanation, and checks what the stack, heap and static panes would
show there: slot sizes as rustc lays the types out (checked against `size_of` printed
by rustc 1.95), heap block sizes, Vec/String capacities after each growth, tombstones,
owners after moves, drop order and the steps of a panic.
"""

from __future__ import annotations

from functools import cache

import pytest

from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.memory.records import SlotState, StepKind
from stackheap_tui.pipeline import load
from stackheap_tui.resources import find_sample
from stackheap_tui.trace.trace import Trace


@cache
def lesson(name: str) -> Trace:
    sample = find_sample(name)
    assert sample is not None, f"no bundled lesson {name}"
    return load(sample.path.read_text(encoding="utf-8"), f"samples/{sample.path.name}")


def run(source: str) -> Trace:
    return load(source, "lesson.rs")


def steps(trace: Trace, *, line: int | None = None, kind: StepKind | None = None,
          says: str | None = None) -> list[int]:
    """Indices of the steps on `line`, of `kind`, whose explanation contains `says`."""
    found = []
    for i in range(len(trace)):
        info = trace.step(i)
        if line is not None and info.span.line != line:
            continue
        if kind is not None and info.kind is not kind:
            continue
        if says is not None and says not in info.explanation:
            continue
        found.append(i)
    return found


def first(trace: Trace, **where) -> int:
    found = steps(trace, **where)
    assert found, f"no step {where}"
    return found[0]


def line_of(trace: Trace, text: str) -> int:
    """The 1-based line of the first code line (not a whole-line comment) with `text`."""
    return next(n for n, line in enumerate(trace.source.splitlines(), 1)
                if text in line and not line.lstrip().startswith("//"))


def slots(snapshot, frame: int = -1) -> dict[str, object]:
    return {slot.name: slot for slot in snapshot.frames[frame].slots}


def live_heap(snapshot):
    return [block for block in snapshot.heap if not block.freed]


def dropped_names(trace: Trace, indices) -> list[str]:
    """The binding named first in each DROP step's explanation ("`b` is dropped ...")."""
    return [trace.step(i).explanation.split("`")[1] for i in indices]


# ---- functions, frames and recursion -------------------------------------------------

def test_a_call_pushes_a_frame_with_its_parameters_above_mains():
    trace = lesson("functions_frames")
    inside_add = first(trace, line=7)  # `let total = a + b;` in the first call
    snap = trace.snapshot(inside_add)
    assert [f.function for f in snap.frames] == ["main", "add"]
    assert [(s.name, s.size, s.value) for s in snap.frames[-1].slots] == [
        ("a", 4, "2"), ("b", 4, "3"), ("total", 4, "5")]
    assert list(slots(snap, 0)) == ["x", "y"]
    # The callee's frame sits below main's: the stack grows down.
    assert snap.frames[-1].slots[0].address < snap.frames[0].slots[-1].address
    assert trace.step(inside_add).depth == 2


def test_a_return_pops_the_frame_and_the_result_lands_in_the_callers_slot():
    trace = lesson("functions_frames")
    returned = first(trace, kind=StepKind.RETURN)
    assert "`add` returns" in trace.step(returned).explanation
    assert [f.function for f in trace.snapshot(returned).frames] == ["main"]
    stored = trace.snapshot(first(trace, line=line_of(trace, "let sum = add")))
    assert slots(stored)["sum"].value == "5"


def test_a_call_inside_a_call_has_three_frames():
    trace = lesson("functions_frames")
    deepest = max(range(len(trace)), key=lambda i: trace.step(i).depth)
    snap = trace.snapshot(deepest)
    assert [f.function for f in snap.frames] == ["main", "double", "add"]
    assert slots(snap, 1)["n"].value == "5"
    assert [s.value for s in snap.frames[2].slots[:2]] == ["5", "5"]


def test_recursion_gives_each_call_its_own_frame_and_its_own_n():
    trace = lesson("recursion_factorial")
    deepest = max(range(len(trace)), key=lambda i: trace.step(i).depth)
    snap = trace.snapshot(deepest)
    assert [f.function for f in snap.frames] == ["main"] + ["factorial"] * 4
    ns = [slots(snap, i)["n"] for i in range(1, 5)]
    assert [n.value for n in ns] == ["4", "3", "2", "1"]
    assert {(n.type_name, n.size) for n in ns} == {("u64", 8)}
    assert len({n.address for n in ns}) == 4  # four different slots, one name
    # The frames then pop one by one, each returning its product.
    returns = [trace.step(i).explanation for i in steps(trace, kind=StepKind.RETURN)]
    assert [r.split("It returns ")[1].split(" ")[0] for r in returns[:4]] == [
        "1", "2", "6", "24"]
    assert trace.snapshot(len(trace) - 1).stdout == "4! = 24\n"


# ---- String, &str, Vec, arrays ----------------------------------------------------

def test_string_is_24_bytes_on_the_stack_and_its_text_a_heap_buffer():
    trace = lesson("string_heap")
    snap = trace.snapshot(first(trace, line=line_of(trace, 'String::from("hello")')))
    s = slots(snap)["s"]
    (buffer,) = snap.heap
    assert (s.type_name, s.size, s.points_to) == ("String", 24, buffer.address)
    assert (buffer.kind, buffer.size, buffer.length, buffer.capacity, buffer.element_size) == (
        "string", 5, 5, 5, 1)
    assert buffer.value == '"hello"' and snap.owner_of(buffer) == "s"


def test_push_str_past_capacity_reallocates_and_leaves_a_tombstone_for_one_step():
    trace = lesson("string_heap")
    grow = first(trace, line=line_of(trace, "s.push_str"))
    assert trace.step(grow).kind is StepKind.ALLOC
    snap = trace.snapshot(grow)
    old, new = sorted(snap.heap, key=lambda b: b.freed, reverse=True)
    assert (old.freed, old.size, old.value) == (True, 5, '"hello"')
    assert (new.freed, new.size, new.capacity, new.length) == (False, 12, 12, 12)
    assert slots(snap)["s"].points_to == new.address
    after = trace.snapshot(grow + 1)
    assert [b.address for b in after.heap] == [new.address]
    assert "on the stack: 24 bytes" in trace.snapshot(len(trace) - 1).stdout


def test_a_string_literal_lives_in_the_static_region_and_str_points_into_it():
    trace = lesson("str_vs_string")
    snap = trace.snapshot(first(trace, line=line_of(trace, "let greeting")))
    greeting = slots(snap)["greeting"]
    (literal,) = [s for s in snap.statics if s.text == '"hello world"']
    assert (greeting.type_name, greeting.size) == ("&str", 16)
    assert greeting.points_to == literal.address and literal.size == 11
    assert snap.heap == ()  # a literal needs no heap at all


def test_to_string_copies_the_literal_to_the_heap_and_a_slice_points_into_it():
    trace = lesson("str_vs_string")
    snap = trace.snapshot(first(trace, line=line_of(trace, "let first_word")))
    owned, first_word = slots(snap)["owned"], slots(snap)["first_word"]
    (buffer,) = snap.heap
    assert (owned.size, buffer.size, snap.owner_of(buffer)) == (24, 11, "owned")
    assert first_word.size == 16 and first_word.points_to == buffer.address
    # At main's `}` the String frees its buffer; the literal stays.
    drop = first(trace, kind=StepKind.DROP)
    assert dropped_names(trace, [drop]) == ["owned"]
    assert [b.freed for b in trace.snapshot(drop).heap] == [True]
    assert trace.snapshot(drop).statics


def test_vec_i32_capacity_grows_0_4_8_16_reallocating_each_time():
    trace = lesson("vec_growth")
    empty = trace.snapshot(first(trace, line=line_of(trace, "Vec::new()")))
    assert slots(empty)["v"].size == 24 and empty.heap == ()
    grows = steps(trace, kind=StepKind.ALLOC)
    assert len(grows) == 3
    capacities, sizes = [], []
    for index in grows:
        snap = trace.snapshot(index)
        (live,) = live_heap(snap)
        capacities.append(live.capacity)
        sizes.append(live.size)
        assert live.element_size == 4 and slots(snap)["v"].points_to == live.address
        # Every growth after the first frees the old buffer, shown for this step only.
        tombstones = [b for b in snap.heap if b.freed]
        assert len(tombstones) == (0 if index == grows[0] else 1)
        assert all(not b.freed for b in trace.snapshot(index + 1).heap)
    assert capacities == [4, 8, 16] and sizes == [16, 32, 64]
    assert "reallocated" in trace.step(grows[1]).explanation


def test_popping_does_not_shrink_the_buffer():
    trace = lesson("vec_growth")
    snap = trace.snapshot(first(trace, line=line_of(trace, '"{:?} len {} capacity {}"')))
    (buffer,) = snap.heap
    assert (buffer.length, buffer.capacity, buffer.size) == (7, 16, 64)
    assert snap.stdout.endswith("[10, 20, 30, 40, 50, 60, 70] len 7 capacity 16\n")


def test_the_first_buffer_of_an_empty_vec_is_owned_by_the_vec():
    trace = lesson("vec_growth")
    snap = trace.snapshot(steps(trace, kind=StepKind.ALLOC)[0])
    (buffer,) = snap.heap
    assert snap.owner_of(buffer) == "v"


def test_vec_u8_starts_at_capacity_8():
    trace = run("fn main() {\n    let mut v: Vec<u8> = Vec::new();\n"
                "    for i in 0..9 {\n        v.push(i);\n    }\n"
                "    println!(\"{}\", v.capacity());\n}\n")
    capacities = [live_heap(trace.snapshot(i))[0].capacity
                  for i in steps(trace, kind=StepKind.ALLOC)]
    assert capacities == [8, 16]  # rustc: [0, 8, 16, 32] as a u8 Vec grows
    (buffer,) = trace.snapshot(len(trace) - 2).heap
    assert (buffer.element_size, buffer.size) == (1, 16)
    assert trace.outcome.stdout == "16\n"


def test_an_array_lives_in_the_frame_and_a_vec_on_the_heap():
    trace = lesson("arrays_vs_vec")
    snap = trace.snapshot(first(trace, line=line_of(trace, "let slice")))
    arr, v, slice_ = slots(snap)["arr"], slots(snap)["v"], slots(snap)["slice"]
    (buffer,) = snap.heap
    assert (arr.type_name, arr.size, arr.points_to) == ("[i32; 5]", 20, None)
    assert (v.size, v.points_to, buffer.size, buffer.capacity) == (24, buffer.address, 20, 5)
    # `&arr[1..3]`: 16 bytes pointing at element 1, four bytes into the array.
    assert (slice_.type_name, slice_.size, slice_.points_to) == ("&[i32]", 16, arr.address + 4)


def test_a_slice_parameter_points_at_the_stack_or_the_heap():
    trace = lesson("arrays_vs_vec")
    calls = steps(trace, kind=StepKind.CALL)
    on_stack, on_heap = (slots(trace.snapshot(i))["numbers"] for i in calls)
    main = trace.snapshot(calls[1]).frames[0]
    arr = next(s for s in main.slots if s.name == "arr")
    (buffer,) = trace.snapshot(calls[1]).heap
    assert on_stack.points_to == arr.address and on_heap.points_to == buffer.address
    assert on_stack.size == on_heap.size == 16


# ---- structs, Box, enums: sizes as rustc lays them out ------------------------------

def test_a_struct_on_the_stack_and_a_boxed_struct_on_the_heap():
    trace = lesson("struct_vs_box")
    snap = trace.snapshot(first(trace, line=line_of(trace, "let boxed")))
    p, boxed = slots(snap)["p"], slots(snap)["boxed"]
    (block,) = snap.heap
    assert (p.type_name, p.size) == ("Point", 12)
    assert (boxed.type_name, boxed.size, boxed.points_to) == ("Box<Point>", 8, block.address)
    assert (block.size, block.type_name, snap.owner_of(block)) == (12, "Point", "boxed")
    assert block.value == "Point { x: 4, y: 5, z: 6 }"
    # Same numbers as rustc's size_of (recorded in the lesson's expectation).
    assert "Point 12 bytes, Box<Point> 8 bytes, Pixel 8 bytes" in trace.outcome.stdout


LAYOUT_PROGRAM = """\
#[allow(dead_code)]
struct Pixel { red: u8, brightness: i32, blue: u8 }
#[allow(dead_code)]
struct Mixed { a: bool, b: String, c: i32 }
fn main() {
    let px = Pixel { red: 1, brightness: 2, blue: 3 };
    let m = Mixed { a: true, b: String::new(), c: 7 };
    let nothing: Option<Box<i32>> = None;
    let some = Some(Box::new(5));
    let small: Option<i32> = Some(1);
    let tuple = (1u8, 2i32, 3u8);
    let b = Box::new(42);
    println!("{} {} {} {} {} {} {}", std::mem::size_of_val(&px), std::mem::size_of_val(&m),
             std::mem::size_of_val(&nothing), std::mem::size_of_val(&some),
             std::mem::size_of_val(&small), std::mem::size_of_val(&tuple),
             std::mem::size_of_val(&b));
}
"""


def test_slot_sizes_follow_rustcs_layout_with_reordering_and_niches():
    trace = run(LAYOUT_PROGRAM)
    snap = trace.snapshot(first(trace, kind=StepKind.OUTPUT))
    sizes = {name: slot.size for name, slot in slots(snap).items()}
    # rustc 1.95 prints "8 32 8 8 8 8 8" for this program.
    assert trace.outcome.stdout == "8 32 8 8 8 8 8\n"
    assert sizes == {"px": 8, "m": 32, "nothing": 8, "some": 8, "small": 8, "tuple": 8,
                     "b": 8}
    boxes = [b for b in snap.heap if b.kind == "box"]
    assert sorted(b.size for b in boxes) == [4, 4]
    assert slots(snap)["nothing"].points_to is None


def test_every_variant_of_an_enum_takes_the_same_slot_size():
    trace = lesson("enums_match")
    snap = trace.snapshot(first(trace, line=line_of(trace, "let maybe")))
    shapes = {name: s for name, s in slots(snap).items() if s.type_name == "Shape"}
    assert {name: s.size for name, s in shapes.items()} == {
        "round": 12, "boxy": 12, "nothing": 12}
    assert shapes["boxy"].value == "Shape::Rectangle { w: 3, h: 4 }"
    assert slots(snap)["maybe"].size == 8
    assert "Shape: 12 bytes, Option<i32>: 8 bytes" in trace.outcome.stdout


def test_match_runs_one_arm_and_binds_references_to_the_fields():
    trace = lesson("enums_match")
    arm = first(trace, says="`Shape::Rectangle { w, h }`")
    area = slots(trace.snapshot(arm))
    assert (area["w"].type_name, area["w"].size) == ("&i32", 8)
    assert trace.snapshot(len(trace) - 1).stdout.startswith("areas: 12 12 0\nbig: 7\n")


def test_match_bindings_point_at_the_fields_inside_the_enum():
    trace = lesson("enums_match")
    snap = trace.snapshot(first(trace, says="`Shape::Rectangle { w, h }`"))
    boxy = slots(snap, 0)["boxy"]
    assert slots(snap)["w"].points_to == boxy.address + 4
    assert slots(snap)["h"].points_to == boxy.address + 8


# ---- moves, copies, clones -----------------------------------------------------------

def test_copy_types_are_copied_and_both_slots_stay_live():
    trace = lesson("copy_vs_move")
    for line, (a, b) in ((line_of(trace, "let y = x"), ("x", "y")),
                         (line_of(trace, "let p2 = p1"), ("p1", "p2"))):
        step = first(trace, line=line)
        assert "`Copy`" in trace.step(step).explanation
        snap = slots(trace.snapshot(step))
        assert snap[a].state is snap[b].state is SlotState.LIVE
        assert snap[a].value == snap[b].value and snap[a].address != snap[b].address
    assert slots(trace.snapshot(first(trace, line=line_of(trace, "let p2"))))["p2"].size == 8


def test_a_move_marks_the_source_moved_and_hands_the_heap_block_to_the_target():
    trace = lesson("copy_vs_move")
    move = first(trace, kind=StepKind.MOVE)
    before, after = trace.snapshot(move - 1), trace.snapshot(move)
    s, t = slots(after)["s"], slots(after)["t"]
    assert (s.state, s.note) == (SlotState.MOVED, "moved → t")
    assert t.state is SlotState.LIVE and t.points_to == s.points_to
    (block_before,), (block_after,) = before.heap, after.heap
    assert before.owner_of(block_before) == "s" and after.owner_of(block_after) == "t"
    assert block_after.address == block_before.address  # nothing on the heap moved
    # Only `t` is dropped at the end: a moved-from slot has nothing to drop.
    assert dropped_names(trace, steps(trace, kind=StepKind.DROP)) == ["t"]


def test_clone_allocates_a_second_block_and_a_move_allocates_nothing():
    trace = lesson("move_vs_clone")
    cloned = trace.snapshot(first(trace, line=line_of(trace, "s1.clone()")))
    a, b = cloned.heap
    assert (cloned.owner_of(a), cloned.owner_of(b)) == ("s1", "s2") and a.address != b.address
    assert a.value == b.value == '"hello"' and a.size == b.size == 5
    move = first(trace, line=line_of(trace, "let s3 = s1"))
    assert trace.step(move).kind is StepKind.MOVE
    moved = trace.snapshot(move)
    assert len(moved.heap) == len(live_heap(trace.snapshot(move - 1))) == 2
    assert {moved.owner_of(b) for b in moved.heap} == {"s2", "s3"}
    assert slots(moved)["s1"].note == "moved → s3"
    # Reverse declaration order at `}`; `s1` (moved) drops nothing.
    assert dropped_names(trace, steps(trace, kind=StepKind.DROP)) == ["s3", "s2"]


def test_use_after_move_is_rustcs_e0382_and_the_program_does_not_run():
    sample = find_sample("use_after_move_error")
    with pytest.raises(CompileError) as error:
        load(sample.path.read_text(), str(sample.path))
    (diagnostic,) = error.value.diagnostics
    assert diagnostic.headline == "error[E0382]: borrow of moved value: `s1`"
    assert diagnostic.span.line == 12
    assert any(label.text == "value moved here" and label.span.line == 9
               for label in diagnostic.labels)


def test_a_string_moved_into_a_function_is_freed_when_that_function_returns():
    trace = lesson("move_into_functions")
    call = first(trace, kind=StepKind.CALL)
    snap = trace.snapshot(call)
    assert [f.function for f in snap.frames] == ["main", "takes_ownership"]
    assert slots(snap, 0)["s"].state is SlotState.MOVED
    (block,) = snap.heap
    assert snap.owner_of(block) == "text" and slots(snap)["text"].points_to == block.address
    drop = first(trace, kind=StepKind.DROP)
    assert trace.step(drop).depth == 2  # freed inside the callee, not in main
    assert [b.freed for b in trace.snapshot(drop).heap] == [True]


def test_a_string_returned_from_a_function_moves_out_to_the_caller():
    trace = lesson("move_into_functions")
    stored = trace.snapshot(first(trace, line=line_of(trace, "let b = gives_back")))
    (block,) = stored.heap
    assert stored.owner_of(block) == "b" and block.value == '"given back"'
    assert slots(stored)["a"].state is SlotState.MOVED
    assert dropped_names(trace, steps(trace, kind=StepKind.DROP)) == ["text", "b"]


# ---- drops ------------------------------------------------------------------------

def test_drops_run_in_reverse_declaration_order_with_impl_drop_output():
    trace = lesson("drop_order")
    main_close = [i for i in steps(trace, kind=StepKind.DROP)
                  if trace.step(i).span.line == line_of(trace, "} // reverse order")]
    assert dropped_names(trace, main_close) == ["_crowd", "_second", "_first"]
    assert trace.outcome.stdout == (
        "leaving the block\ndrop inner\nleaving main\n"
        "drop crowd[0]\ndrop crowd[1]\ndrop second\ndrop first\n")


def test_the_inner_block_drops_its_value_at_its_own_brace():
    trace = lesson("drop_order")
    brace = line_of(trace, "} // `_inner` is dropped here")
    drop = first(trace, kind=StepKind.DROP, line=brace)
    assert dropped_names(trace, [drop]) == ["_inner"]
    assert trace.snapshot(drop).stdout.endswith("drop inner\n")  # Drop::drop ran first
    popped = first(trace, kind=StepKind.SCOPE_END, line=brace)
    assert "_inner" not in slots(trace.snapshot(popped))


def test_impl_drop_is_stepped_into_like_a_call_with_self_pointing_at_the_value():
    trace = lesson("drop_order")
    call = first(trace, kind=StepKind.CALL, says="Noisy::drop")
    snap = trace.snapshot(call)
    assert snap.frames[-1].function == "Noisy::drop"
    assert slots(snap)["self"].points_to == slots(snap, 0)["_inner"].address


def test_mem_drop_frees_at_the_call_and_leaves_the_variable_moved():
    trace = lesson("mem_drop")
    drop = first(trace, line=line_of(trace, "drop(big);"))
    assert trace.step(drop).kind is StepKind.DROP
    snap = trace.snapshot(drop)
    assert slots(snap)["big"].state is SlotState.MOVED
    (tombstone,) = [b for b in snap.heap if b.freed]
    assert (tombstone.size, tombstone.capacity) == (4000, 1000)
    assert all(b.size != 4000 for b in trace.snapshot(drop + 1).heap)
    assert snap.stdout.count("\n") == 1  # nothing printed by the drop itself
    # Only `lock`, never moved, is left for main's `}`.
    brace_drops = [i for i in steps(trace, kind=StepKind.DROP)
                   if trace.step(i).span.line == line_of(trace, "} // only `lock`")]
    assert dropped_names(trace, brace_drops) == ["lock"]
    assert trace.outcome.stdout.endswith("both buffers are already freed\nlock released\n")


def test_mem_drop_of_an_impl_drop_value_leaves_no_temporary_slot():
    trace = run("struct G;\nimpl Drop for G {\n    fn drop(&mut self) { println!(\"bye\"); }\n}\n"
                "fn main() {\n    let g = G;\n    drop(g);\n    println!(\"after\");\n}\n")
    snap = trace.snapshot(first(trace, kind=StepKind.OUTPUT, says="after"))
    assert [s.name for s in snap.frames[0].slots] == ["g"]


# ---- recursive types, Rc, RefCell --------------------------------------------------

def test_the_cons_list_is_a_chain_of_16_byte_heap_nodes_freed_together():
    trace = lesson("cons_list")
    built = trace.snapshot(first(trace, line=line_of(trace, "let list = Cons")))
    assert (slots(built)["list"].size, slots(built)["list"].type_name) == (16, "List")
    assert [b.size for b in built.heap] == [16, 16, 16]
    # Only the first node is on the stack; its Box leads to node 2, and so on to Nil.
    owners = {built.owner_of(b): b.value for b in built.heap}
    assert owners["list.1"].startswith("List::Cons(2, ")
    assert [v for v in owners.values() if v == "List::Nil"]
    assert slots(built)["list"].value.startswith("List::Cons(1, 0x")
    drop = first(trace, kind=StepKind.DROP)
    assert [b.freed for b in trace.snapshot(drop).heap] == [True, True, True]
    assert "a List is 16 bytes" in trace.outcome.stdout


def test_rc_strong_count_rises_with_each_clone_and_falls_with_each_drop():
    trace = lesson("rc_counts")
    counts = []
    for i in range(len(trace)):
        rc = [b for b in trace.snapshot(i).heap if b.kind == "rc"]
        if rc and (not counts or counts[-1] != rc[0].strong):
            counts.append(rc[0].strong)
    assert counts == [1, 2, 3, 2, 1, 0]
    created = trace.snapshot(first(trace, line=line_of(trace, "Rc::new")))
    (block,) = [b for b in created.heap if b.kind == "rc"]
    # Rc<String>: strong, weak, then the 24-byte String: 40 bytes; the Rc itself is 8.
    assert (block.size, block.strong, block.weak) == (40, 1, 0)
    assert slots(created)["a"].size == 8 and slots(created)["a"].points_to == block.address


def test_only_the_last_rc_drop_frees_the_block_and_its_string():
    trace = lesson("rc_counts")
    b_drop = first(trace, kind=StepKind.DROP)
    assert not any(block.freed for block in trace.snapshot(b_drop).heap)
    drops = steps(trace, kind=StepKind.DROP)
    assert dropped_names(trace, drops) == ["b", "c", "a"]
    last = trace.snapshot(drops[-1])
    assert sorted((b.size, b.freed) for b in last.heap) == [(6, True), (40, True)]
    assert "the last Rc" in " ".join(b.note for b in last.heap)


def test_refcell_double_borrow_mut_is_a_panic_step_then_unwinding_drops():
    trace = lesson("refcell_panic")
    held = trace.snapshot(first(trace, line=line_of(trace, "let mut first")))
    assert slots(held)["cell"].size == 32  # isize borrow flag + Vec<i32>
    assert "borrow: -1" in slots(held)["cell"].value  # mutably borrowed
    panic = first(trace, kind=StepKind.PANIC)
    assert trace.step(panic).span.line == line_of(trace, "let mut second")
    assert "RefCell already borrowed" in trace.snapshot(panic).stderr
    after = steps(trace, kind=StepKind.DROP)
    assert all(i > panic for i in after)
    assert dropped_names(trace, after[:2]) == ["first", "cell"]
    assert trace.outcome.exit_code == 101 and trace.outcome.stdout == "len = 4\n"


def test_a_panic_unwinds_frame_by_frame_and_drop_output_still_prints():
    trace = lesson("panic_unwinds")
    panic = first(trace, kind=StepKind.PANIC)
    snap = trace.snapshot(panic)
    assert [f.function for f in snap.frames] == ["main", "check"]
    assert "index out of bounds: the len is 3 but the index is 7" in snap.stderr
    assert snap.stdout == "dropping local in check\nnumbers[1] = 20\n"
    drops = [i for i in steps(trace, kind=StepKind.DROP) if i > panic and
             "is dropped" in trace.step(i).explanation]
    assert dropped_names(trace, drops) == ["_local", "_second", "numbers", "_first"]
    # `check`'s frame is gone before main's values drop.
    assert [f.function for f in trace.snapshot(drops[1]).frames] == ["main"]
    assert trace.outcome.stdout.endswith(
        "dropping local in check\ndropping second\ndropping first\n")
    assert trace.outcome.exit_code == 101


def test_the_string_inside_an_rc_is_not_owned_by_a_temporary():
    trace = lesson("rc_counts")
    snap = trace.snapshot(first(trace, line=line_of(trace, "Rc::new")))
    (text,) = [b for b in snap.heap if b.kind == "string"]
    assert snap.owner_of(text) != "(temporary)"


# ---- closures, lazy iterators and a HashMap growing (issue 18's lessons) ---------------
def test_closure_lesson_draws_each_closure_as_the_struct_of_its_captures() -> None:
    trace = lesson("28_closure_captures")
    made = first(trace, line=line_of(trace, "let owns"))
    main = slots(trace.snapshot(made))
    assert main["show"].size == 8 and main["show"].value.startswith("closure { list: &→")
    assert main["bump"].size == 8 and main["bump"].value.startswith("closure { count: &→")
    assert main["owns"].size == 24  # the String itself, moved in
    assert main["name"].state is SlotState.MOVED
    returned = first(trace, line=line_of(trace, "let add5"))
    assert slots(trace.snapshot(returned))["add5"].value == "closure { n: 5 }"


def test_closure_lesson_gives_a_called_closure_its_own_frame() -> None:
    trace = lesson("28_closure_captures")
    call = first(trace, line=line_of(trace, "apply(|x|"), kind=StepKind.CALL,
                 says="main::{{closure}}")
    frames = trace.snapshot(call).frames
    assert [f.function for f in frames][-1] == "main::{{closure}}"
    assert frames[-2].function.startswith("apply::<")
    assert [(s.name, s.value) for s in frames[-1].slots] == [("x", "5")]
    assert trace.snapshot(len(trace) - 1).stdout.splitlines()[-3:] == ["15", "count = 22", "7"]


def test_lazy_lesson_runs_nothing_until_collect_then_interleaves() -> None:
    trace = lesson("29_lazy_iterator_chains")
    built = first(trace, line=line_of(trace, 'println!("nothing'))
    picture = trace.snapshot(built)
    assert picture.stdout == "nothing has run yet\n"  # map and filter have not run
    assert slots(picture)["evens"].size == 24  # Filter<Map<Iter, _>, _>: 16 + a `&factor`
    lines = trace.snapshot(len(trace) - 1).stdout.splitlines()
    assert lines[1:6] == ["map 1", "filter 10", "map 2", "filter 20", "map 3"]
    assert "map 5" not in lines  # take(2) stopped the chain after the second even


def test_hashmap_lesson_grows_by_a_new_table_and_frees_the_old() -> None:
    trace = lesson("30_hashmap_growth")
    inserts = steps(trace, line=line_of(trace, "squares.insert"), kind=StepKind.ALLOC)
    sizes = [[(b.size, b.freed) for b in trace.snapshot(i).heap] for i in inserts]
    assert sizes[0] == [(52, False)]  # 4 buckets of (u32, u32), 20 control bytes
    assert sizes[1] == [(52, True), (88, False)]  # the old table a tombstone
    assert sizes[2][-1] == (160, False) and (88, True) in sizes[2]

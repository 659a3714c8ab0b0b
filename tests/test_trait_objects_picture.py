"""What the picture shows of generics and trait objects: monomorphised frame titles, fat
pointers of 16 bytes, the vtable drawn once per (type, trait) in the static region, and the
step of a dynamic call naming the impl its vtable chose."""

from __future__ import annotations

from pathlib import Path

from stackheap_tui.memory.records import StepKind, format_address
from stackheap_tui.pipeline import load
from stackheap_tui.trace.trace import Trace

GUI = "tests/conformance/trait_objects/book_gui_screen_box_dyn_draw.rs"
SHAPES = "tests/conformance/trait_objects/dyn_shapes_dispatch_and_sizes.rs"
MIXUP = "tests/conformance/generics/book_mixup_generic_method.rs"


def load_file(path: str) -> Trace:
    return load(Path(path).read_text(), path)


def calls(trace: Trace) -> list[int]:
    return [i for i in range(len(trace)) if trace.step(i).kind is StepKind.CALL]


def test_generic_method_frames_are_titled_by_their_instantiation():
    trace = load_file(MIXUP)
    titles = {trace.snapshot(i).frames[-1].function for i in calls(trace)}
    assert "Point<i32, f64>::mixup::<&str, char>" in titles
    assert "Point<String, u8>::mixup::<bool, Vec<i32>>" in titles


def test_a_reference_to_a_trait_object_is_a_16_byte_fat_pointer_to_a_vtable():
    trace = load_file(SHAPES)
    call = next(i for i in calls(trace) if trace.snapshot(i).frames[-1].function == "describe")
    snap = trace.snapshot(call)
    (shape,) = snap.frames[-1].slots
    assert (shape.name, shape.type_name, shape.size) == ("shape", "&dyn Shape", 16)
    vtables = [s for s in snap.statics if s.kind == "vtable"]
    # One vtable per concrete type, drawn before the program runs: drop glue, size and
    # align, then the methods in the trait's order (a provided method gets its slot too).
    assert [v.text for v in vtables] == [
        "vtable of Circle as dyn Shape: [drop: none, size: 8, align: 8, "
        "<Circle as Shape>::area, <Circle as Shape>::name]",
        "vtable of Square as dyn Shape: [drop: none, size: 8, align: 8, "
        "<Square as Shape>::area, <Square as Shape>::name]",
    ]
    assert all(v.size == 40 for v in vtables)
    circle = vtables[0].address
    assert shape.value.endswith(f"(vtable {format_address(circle)})")


def test_a_dynamic_call_says_which_impl_the_vtable_chose():
    trace = load_file(GUI)
    texts = [str(trace.step(i).explanation) for i in calls(trace)]
    chosen = [t for t in texts if "called through a `Box<dyn Draw>`" in t]
    assert "whose `draw` slot holds `<SelectBox as Draw>::draw`" in chosen[0]
    assert "whose `draw` slot holds `<Button as Draw>::draw`" in chosen[1]


def test_dropping_a_boxed_trait_object_runs_the_concrete_drop_and_frees_its_block():
    trace = load_file(GUI)
    last = trace.snapshot(len(trace) - 1)
    assert "drop select box" in last.stdout
    assert all(block.freed for block in last.heap) or not last.heap


BOXED_CLOSURES = "tests/conformance/closures/boxed_dyn_fn.rs"


def test_a_boxed_closure_is_a_fat_pointer_to_its_captures_and_a_closure_vtable():
    trace = load_file(BOXED_CLOSURES)
    made = max(i for i in range(len(trace)) if trace.step(i).span.line == 18)
    snap = trace.snapshot(made)
    main = {s.name: s for s in snap.frames[-1].slots}
    boxed = main["times_k"]
    assert (boxed.type_name, boxed.size) == ("Box<dyn Fn(i32) -> i32>", 16)
    # the captures on the heap: `k` copied in, 4 bytes
    block = next(b for b in snap.heap if b.address == int(boxed.value.split()[0]
                                                          .replace("_", ""), 16))
    assert block.size == 4 and block.value == "closure { k: 10 }"
    vtables = [s for s in snap.statics if s.kind == "vtable"]
    # each closure is its own type: its own vtable, with `dyn Fn`'s three call slots
    # (`bump`'s, a `dyn FnMut`, has two), drawn before the program runs
    assert len(vtables) == 9
    assert "[drop: none, size: 8, align: 8, <{closure} as FnOnce>::call_once, <{closure} " \
        "as FnMut>::call_mut]" in vtables[3].text
    assert vtables[1].text == (
        "vtable of {closure #2} as dyn Fn: [drop: none, size: 4, align: 4, "
        "<{closure} as FnOnce>::call_once, <{closure} as FnMut>::call_mut, "
        "<{closure} as Fn>::call]")
    assert boxed.value.endswith(f"(vtable {format_address(vtables[1].address)})")


def test_dropping_a_boxed_closure_frees_its_captures_block():
    trace = load_file(BOXED_CLOSURES)
    made = max(i for i in range(len(trace)) if trace.step(i).span.line == 43)
    show = next(s for s in trace.snapshot(made).frames[-1].slots if s.name == "show")
    address = int(show.value.split()[0].replace("_", ""), 16)
    block = next(b for b in trace.snapshot(made).heap if b.address == address)
    assert block.size == 4 and not block.freed  # the Noisy moved in: its u32
    dropped = max(i for i in range(len(trace)) if trace.step(i).span.line == 47)
    after = trace.snapshot(dropped)
    assert after.stdout.endswith("holding Noisy(7)\ndrop Noisy(7)\n")  # Drop ran first
    assert all(b.freed for b in after.heap if b.address == address)

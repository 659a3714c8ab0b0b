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

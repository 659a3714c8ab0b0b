"""The unsafe lessons stepped: what the picture shows of raw pointers at named steps.

`split_at_mut_raw` (the Book's 20.1) and `use_after_free_raw`: a raw pointer is drawn
like a reference but marked raw, with the allocation and offset it points into; once its
block is freed it is marked dangling, and the run stops at the read with Miri's report.
"""

from __future__ import annotations

from stackheap_tui.memory.records import StepKind
from tests.test_memory_lessons import first, lesson, line_of, slots


def test_split_at_mut_points_raw_pointers_into_the_vecs_buffer():
    trace = lesson("split_at_mut_raw")
    made = first(trace, line=line_of(trace, "let second = ptr.add(mid);"))
    snap = trace.snapshot(made)
    frame = slots(snap)
    ptr, second = frame["ptr"], frame["second"]
    assert ptr.type_name == "*mut i32" and second.type_name == "*mut i32" and ptr.size == 8
    buffer = next(block for block in snap.heap if not block.freed)
    assert ptr.value == f"{_hex(buffer.address)} raw → heap block {_hex(buffer.address)}"
    assert second.value.endswith(f"→ heap block {_hex(buffer.address)} + 12 B")
    assert second.points_to == buffer.address + 12
    # The slices it made write into the same buffer: `v` sees both halves changed.
    printed = trace.snapshot(len(trace) - 1).stdout
    assert printed.endswith("v is now [10, 2, 3, 40, 5, 6]\n")


def test_use_after_free_marks_the_pointer_dangling_and_stops_at_the_read():
    trace = lesson("use_after_free_raw")
    handed = first(trace, line=line_of(trace, "let raw = Box::into_raw(boxed);"))
    snap = trace.snapshot(handed)
    block = snap.heap[0]
    assert snap.owner_of(block) == "(raw pointer)" and not block.freed
    assert slots(snap)["raw"].value == f"{_hex(block.address)} raw → heap block " \
        f"{_hex(block.address)}"
    freed = first(trace, line=line_of(trace, "drop(again);"), kind=StepKind.DROP)
    after = trace.snapshot(freed)
    assert slots(after)["raw"].value.endswith("→ a freed block!")
    last = len(trace) - 1
    info = trace.step(last)
    assert info.kind is StepKind.UNDEFINED
    assert info.span.line == line_of(trace, 'println!("after the free: {}", *raw);')
    assert "use after free" in info.explanation
    end = trace.snapshot(last)
    assert [b.freed for b in end.heap] == [True]  # the freed block is still drawn
    assert end.stdout == "through the raw pointer: 42\na Box again: 42\n"
    assert end.stderr.startswith("error: Undefined Behavior: memory access failed: ")


def _hex(address: int) -> str:
    from stackheap_tui.memory.records import format_address
    return format_address(address)

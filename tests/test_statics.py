"""`static mut` in the memory picture: one place in the executable's writable data region,
there from the first step, changed in place by each write, never freed; raw pointers
to it lead there, and `{:p}` prints its address."""

from __future__ import annotations

from stackheap_tui.memory.records import Snapshot, StaticView
from stackheap_tui.pipeline import load
from stackheap_tui.trace.trace import Trace

COUNTER = """static mut COUNTER: u32 = 0;
static mut ORIGIN: (i32, i32) = (0, 0);

fn bump(by: u32) {
    unsafe {
        COUNTER += by;
        ORIGIN.1 -= 1;
    }
}

fn main() {
    bump(3);
    bump(4);
    let p = &raw const COUNTER;
    println!("{:p} {}", p, unsafe { *p });
}
"""


def _trace() -> Trace:
    return load(COUNTER, "counter.rs")


def _data(snapshot: Snapshot) -> list[StaticView]:
    return [s for s in snapshot.statics if s.kind == "static mut"]


def _line_step(trace: Trace, line: int) -> int:
    return next(i for i in range(len(trace)) if trace.step(i).span.line == line)


def test_the_statics_are_in_the_data_region_from_the_first_step() -> None:
    trace = _trace()
    first = trace.snapshot(0)
    data = _data(first)
    assert [s.text for s in data] == ["static mut COUNTER: u32 = 0",
                                      "static mut ORIGIN: (i32, i32) = (0, 0)"]
    assert [s.size for s in data] == [4, 8]
    assert data[0].address == 0x5555_555A_6000 and data[1].address == 0x5555_555A_6004
    assert first.heap == ()  # not heap blocks
    assert "`static mut` `COUNTER` (4 B at 0x5555_555a_6000)" in str(trace.step(0).explanation)


def test_each_write_changes_the_static_in_place() -> None:
    trace = _trace()
    first_write = _line_step(trace, 6)
    after = trace.snapshot(first_write)
    assert _data(after)[0].text == "static mut COUNTER: u32 = 3"
    assert _data(trace.snapshot(first_write - 1))[0].text == "static mut COUNTER: u32 = 0"
    last = trace.snapshot(len(trace) - 1)
    assert [s.text for s in _data(last)] == ["static mut COUNTER: u32 = 7",
                                             "static mut ORIGIN: (i32, i32) = (0, -2)"]
    assert last.heap == ()  # nothing leaked, nothing freed: a static is never freed


def test_a_raw_pointer_to_the_static_prints_and_shows_its_address() -> None:
    trace = _trace()
    assert trace.outcome.stdout == "0x5555555a6000 7\n"
    at = _line_step(trace, 14)
    pointer = trace.snapshot(at).slot("p")
    assert pointer is not None and pointer.address != 0
    assert "0x5555_555a_6000 raw" in pointer.value

"""Lazy iterators as a learner sees them: nothing runs when an adaptor is built, each
`next` changes the iterator's slot (its position, each adaptor's count), and output
interleaves item by item."""

from __future__ import annotations

from stackheap_tui.pipeline import load
from stackheap_tui.trace.trace import Trace

CHAIN = """fn main() {
    let v = vec![10, 20, 30];
    let mut it = v.iter().map(|x| {
        println!("map {}", x);
        x + 1
    }).enumerate().take(2);
    println!("built");
    let a = it.next();
    let b = it.next();
    let c = it.next();
    println!("{:?} {:?} {:?}", a, b, c);
}
"""

FOR_LOOP = """fn main() {
    let v = vec![1, 2, 3, 4];
    for x in v.iter().filter(|x| {
        println!("test {}", x);
        **x % 2 == 0
    }) {
        println!("even {}", x);
    }
}
"""


def _trace(source: str) -> Trace:
    return load(source, "lazy.rs")


def _slot(trace: Trace, step: int, name: str) -> tuple[str, str, int]:
    frame = trace.snapshot(step).frames[-1]
    slot = next(s for s in frame.slots if s.name == name)
    return slot.value, slot.type_name, slot.size


def _after_line(trace: Trace, line: int) -> int:
    return max(i for i in range(len(trace)) if trace.step(i).span.line == line)


def _printed_by(trace: Trace, step: int) -> str:
    return "".join(trace.snapshot(step).stdout)


def test_building_the_chain_runs_nothing_and_the_slot_shows_every_adaptor() -> None:
    trace = _trace(CHAIN)
    built = _after_line(trace, 3)
    value, type_name, size = _slot(trace, built, "it")
    assert value == ("Take { iter: Enumerate { iter: Map { iter: Iter { next: 0x5555_a010, "
                     "3 left }, f: closure }, count: 0 }, n: 2 }")
    assert type_name == "Take<(usize, i32)>"
    assert size == 32  # slice::Iter 16, Enumerate's count 8, Take's n 8 (rustc 1.95)
    assert _printed_by(trace, built) == ""


def test_each_next_advances_the_slot_and_runs_the_closure_once() -> None:
    trace = _trace(CHAIN)
    first = _after_line(trace, 8)
    assert _printed_by(trace, first) == "built\nmap 10\n"
    assert _slot(trace, first, "it")[0] == (
        "Take { iter: Enumerate { iter: Map { iter: Iter { next: 0x5555_a014, 2 left }, "
        "f: closure }, count: 1 }, n: 1 }")
    third = _after_line(trace, 10)
    # `take` has no items left: the third `next` asks nothing of the map.
    assert _printed_by(trace, third) == "built\nmap 10\nmap 20\n"
    assert _slot(trace, third, "it")[0].endswith("n: 0 }")


def test_a_for_loop_over_a_filter_interleaves_its_tests_and_its_body() -> None:
    trace = _trace(FOR_LOOP)
    last = len(trace) - 1
    assert _printed_by(trace, last) == (
        "test 1\ntest 2\neven 2\ntest 3\ntest 4\neven 4\n")
    iterations = [i for i in range(len(trace)) if "Next iteration" in trace.step(i).explanation]
    assert len(iterations) == 2

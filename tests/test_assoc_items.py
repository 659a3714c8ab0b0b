"""Associated items as a learner sees them run: the program's `impl Iterator` asked for
each item by std's adaptors (one `next` frame per item, `&mut self` borrowing the iterator
where the adaptor holds it), a generic function bounded by `Iterator<Item = u32>` running
one copy per iterator type, and `a + b` on the program's type as a call of its `add`."""

from __future__ import annotations

from stackheap_tui.memory.records import StepKind, format_address
from stackheap_tui.pipeline import load
from stackheap_tui.trace.trace import Trace

COUNTER = """\
use std::ops::Add;

struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.count < 3 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.sum()
}

#[derive(Debug, Clone, Copy)]
struct P(i32);

impl Add for P {
    type Output = P;

    fn add(self, o: P) -> P {
        P(self.0 + o.0)
    }
}

fn main() {
    let doubled: Vec<u32> = Counter { count: 0 }.map(|x| x * 2).collect();
    let t = total(Counter { count: 1 });
    let p = P(1) + P(2);
    println!("{:?} {} {:?}", doubled, t, p);
}
"""


def trace() -> Trace:
    return load(COUNTER, "counter.rs")


def frames_at_calls(run: Trace) -> list[str]:
    return [run.snapshot(i).frames[-1].function for i in range(len(run))
            if run.step(i).kind is StepKind.CALL]


def test_each_item_an_adaptor_asks_for_is_a_call_of_the_programs_next() -> None:
    calls = frames_at_calls(trace())
    # 3 items and the `None` that ends `collect`; 2 items and the end for `total`'s `sum`
    assert calls == ["<Counter as Iterator>::next"] * 4 + ["total::<Counter>"] + [
        "<Counter as Iterator>::next"] * 3 + ["<P as Add>::add"]


def test_next_borrows_the_iterator_the_adaptor_holds_and_the_output_is_rustcs() -> None:
    run = trace()
    first = next(i for i in range(len(run)) if run.step(i).kind is StepKind.CALL)
    snap = run.snapshot(first)
    (slot,) = snap.frames[-1].slots
    assert (slot.name, slot.type_name, slot.size) == ("self", "&mut Counter", 8)
    (held,) = snap.frames[-2].slots  # the iterator `map` holds, in a temporary
    assert (held.type_name, held.value) == ("Counter", "Counter { count: 0 }")
    assert slot.value == format_address(held.address)
    assert run.snapshot(len(run) - 1).stdout == "[2, 4, 6] 5 P(3)\n"

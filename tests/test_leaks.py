"""Memory still allocated when `main` returns: an `Rc` cycle, `Box::leak`, `mem::forget`,
`ManuallyDrop`. The run ends with a step that names each leaked block and why; the blocks
stay drawn, marked leaked. rustc's binary prints nothing about it (exit 0)."""

from __future__ import annotations

from stackheap_tui.memory.records import StepKind
from stackheap_tui.pipeline import load

CYCLE = """use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    value: i32,
    next: Option<Rc<RefCell<Node>>>,
}

fn main() {
    let a = Rc::new(RefCell::new(Node { value: 1, next: None }));
    let b = Rc::new(RefCell::new(Node { value: 2, next: Some(Rc::clone(&a)) }));
    a.borrow_mut().next = Some(Rc::clone(&b));
    println!("{} {}", Rc::strong_count(&a), b.borrow().value);
}
"""

NO_CYCLE = CYCLE.replace("    a.borrow_mut().next = Some(Rc::clone(&b));\n", "")

LEAK_AND_FORGET = """fn main() {
    let kept: &'static mut i32 = Box::leak(Box::new(7));
    *kept += 1;
    let name = String::from("forgotten");
    std::mem::forget(name);
    println!("{kept}");
}
"""


def test_an_rc_cycle_leaves_both_blocks_drawn_and_marked_leaked() -> None:
    trace = load(CYCLE, "cycle.rs")
    assert trace.outcome.exit_code == 0 and trace.outcome.stdout == "2 2\n"
    last = len(trace) - 1
    assert trace.step(last).kind is StepKind.END
    assert "Memory leaked at exit" in str(trace.step(last).explanation)
    picture = trace.snapshot(last)
    assert picture.frames == ()  # main has returned
    assert [block.size for block in picture.heap] == [40, 40]
    owners = [picture.owner_of(block) for block in picture.heap]
    assert all("reference cycle" in owner and "strong count is still 1" in owner
               for owner in owners)


def test_without_the_cycle_everything_is_freed_and_no_leak_step() -> None:
    trace = load(NO_CYCLE, "no_cycle.rs")
    last = len(trace) - 1
    assert "leaked" not in str(trace.step(last).explanation)
    assert all(block.freed for block in trace.snapshot(last).heap)


def test_box_leak_and_forget_keep_their_reasons() -> None:
    trace = load(LEAK_AND_FORGET, "leak.rs")
    assert trace.outcome.stdout == "8\n"
    last = len(trace) - 1
    text = str(trace.step(last).explanation)
    assert "4 bytes" in text and "9 bytes" in text
    picture = trace.snapshot(last)
    owners = sorted(picture.owner_of(block) for block in picture.heap)
    assert len(owners) == 2
    assert any("mem::forget" in owner for owner in owners)
    assert all(not block.freed for block in picture.heap)


WRAPPERS = """use std::mem::{ManuallyDrop, MaybeUninit};

fn main() {
    let mut s = MaybeUninit::<String>::uninit();
    s.write(String::from("abc"));
    let t = unsafe { s.assume_init() };
    let mut never_taken = MaybeUninit::<Vec<i32>>::uninit();
    never_taken.write(vec![1, 2]);
    let kept = ManuallyDrop::new(Box::new(7u8));
    println!("{t} {}", kept.pow(1));
}
"""


def test_what_a_maybe_uninit_or_manually_drop_still_holds_is_leaked_with_why() -> None:
    trace = load(WRAPPERS, "wrappers.rs")
    assert trace.outcome.stdout == "abc 7\n"
    picture = trace.snapshot(len(trace) - 1)
    alive = {block.size: picture.owner_of(block) for block in picture.heap if not block.freed}
    assert set(alive) == {8, 1}  # the Vec's buffer and the Box; the String was taken out
    assert "MaybeUninit" in alive[8] and "ManuallyDrop" in alive[1]

"""A closure as the memory it is: the struct of its captures (a pointer to each place it
borrows, the value it moved in), its size as rustc's, the moved-from variable greyed out
and the closure owning (and freeing) what it took."""

from __future__ import annotations

from stackheap_tui.memory.records import SlotState, format_address
from stackheap_tui.pipeline import load
from stackheap_tui.trace.trace import Trace

SOURCE = """fn main() {
    let list = vec![1, 2, 3];
    let n = 5;
    let show = || println!("{:?} {}", list, n);
    show();
    let s = String::from("hello");
    let len = move || s.len();
    println!("{}", len());
    drop(len);
    println!("done");
}
"""


def _trace() -> Trace:
    return load(SOURCE, "closures.rs")


def _last_step_of_line(trace: Trace, line: int) -> int:
    return max(i for i in range(len(trace)) if trace.step(i).span.line == line)


def _slot(trace: Trace, step: int, name: str):  # type: ignore[no-untyped-def]
    return next(s for s in trace.snapshot(step).frames[-1].slots if s.name == name)


def test_a_borrowing_closure_is_a_pointer_per_captured_variable() -> None:
    trace = _trace()
    step = _last_step_of_line(trace, 4)
    show = _slot(trace, step, "show")
    list_slot = _slot(trace, step, "list")
    n_slot = _slot(trace, step, "n")
    assert show.size == 16  # two references, as rustc lays the closure out
    assert show.value == (f"closure {{ list: &→ {format_address(list_slot.address)}, "
                          f"n: &→ {format_address(n_slot.address)} }}")
    assert list_slot.state is SlotState.LIVE


def test_a_move_closure_owns_the_string_and_frees_it_when_dropped() -> None:
    trace = _trace()
    made = _last_step_of_line(trace, 7)
    closure = _slot(trace, made, "len")
    assert closure.size == 24  # the String itself: cap, ptr, len
    assert closure.value.startswith("closure { s: String { ptr: 0x5555_a030")
    assert _slot(trace, made, "s").state is SlotState.MOVED
    block = next(b for b in trace.snapshot(made).heap if b.address == 0x5555_A030)
    assert block.owned_by == "len (captured s)"
    dropped = _last_step_of_line(trace, 9)
    assert all(b.address != 0x5555_A030 or b.freed for b in trace.snapshot(dropped).heap)
    before = trace.snapshot(_last_step_of_line(trace, 8)).heap
    assert any(b.address == 0x5555_A030 and not b.freed for b in before)



GENERIC = """fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn main() {
    let k = 3;
    let r = apply(|x| x * k, 5);
    let mut n = 0;
    call_twice(|| n += 1);
    println!("{} {}", r, n);
}
"""


def test_a_closure_called_by_a_generic_function_gets_its_own_frame() -> None:
    trace = load(GENERIC, "generic.rs")
    calls = [i for i in range(len(trace)) if trace.snapshot(i).frames
             and trace.snapshot(i).frames[-1].function == "main::{{closure}}"]
    assert calls, "the closure's call pushes a frame of its own"
    frames = trace.snapshot(calls[0]).frames
    # main, then apply's copy for the closure, then the closure itself, as rustc names it
    assert frames[0].function == "main"
    assert frames[1].function.startswith("apply::<")
    closure_frame = frames[-1]
    assert [(s.name, s.value) for s in closure_frame.slots] == [("x", "5")]
    k = next(s for s in frames[0].slots if s.name == "k")
    f = next(s for s in frames[1].slots if s.name == "f")
    assert f.size == 8 and f.value == f"closure {{ k: &→ {format_address(k.address)} }}"


def test_an_fnmut_closure_changes_its_creators_variable_from_its_own_frame() -> None:
    trace = load(GENERIC, "generic.rs")
    seen: list[str] = []
    for i in range(len(trace)):
        snap = trace.snapshot(i)
        if snap.frames and snap.frames[-1].function.startswith("call_twice"):
            seen.append(next(s.value for s in snap.frames[0].slots if s.name == "n"))
    assert seen[0] == "0" and seen[-1] == "2"  # each call through `&mut n` adds one
    assert trace.snapshot(len(trace) - 1).stdout == "15 2\n"

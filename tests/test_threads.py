"""Threads under the documented default schedule (docs/threads.md): what a learner sees.

The Book's listings 16-1 and 16-2 print in an order that changes from run to run of
rustc's binary, so they are not conformance programs; here they are held to the one
order our schedule gives (a thread runs until it sleeps, waits or ends; then the next
thread in creation order), which is one of the orders rustc's binary can print.
"""

from __future__ import annotations

from pathlib import Path

from stackheap_tui.pipeline import load
from tests.expectations import run_cli

LISTING_16_2 = """use std::thread;
use std::time::Duration;

fn main() {
    let handle = thread::spawn(|| {
        for i in 1..4 {
            println!("hi number {i} from the spawned thread!");
            thread::sleep(Duration::from_millis(1));
        }
    });

    for i in 1..3 {
        println!("hi number {i} from the main thread!");
        thread::sleep(Duration::from_millis(1));
    }

    handle.join().unwrap();
}
"""


def _write(tmp_path: Path, source: str) -> str:
    path = tmp_path / "threads.rs"
    path.write_text(source)
    return str(path)


def test_sleep_hands_over_round_robin_and_join_waits(tmp_path: Path) -> None:
    result = run_cli("--run", _write(tmp_path, LISTING_16_2))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "hi number 1 from the main thread!", "hi number 1 from the spawned thread!",
        "hi number 2 from the main thread!", "hi number 2 from the spawned thread!",
        "hi number 3 from the spawned thread!"]


def test_main_returning_ends_the_unjoined_thread(tmp_path: Path) -> None:
    # Listing 16-1: no join; the spawned thread is cut off when main returns.
    source = LISTING_16_2.replace("    handle.join().unwrap();\n", "").replace(
        "let handle = ", "let _handle = ").replace("1..4", "1..10")
    result = run_cli("--run", _write(tmp_path, source))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "hi number 2 from the spawned thread!"
    assert len(result.stdout.splitlines()) == 4


def test_each_thread_has_its_own_stack_and_steps_name_their_thread() -> None:
    trace = load("""use std::thread;

fn main() {
    let v = vec![10, 20];
    let handle = thread::spawn(move || {
        let n = v.len();
        n * 2
    });
    let doubled = handle.join().unwrap();
    println!("{doubled}");
}
""", "t.rs")
    in_thread = [i for i in range(len(trace)) if trace.step(i).span.line == 6]
    assert in_thread, "the thread's `let n` is a step"
    step = in_thread[-1]
    assert trace.step(step).explanation.startswith("[thread #1 `<unnamed>`]")
    memory = trace.memory_at(step)
    assert memory.thread_names == ["main", "<unnamed>"]
    thread_frame = memory.stacks[1][-1]
    assert thread_frame.function == "{closure}"
    assert [slot.name for slot in thread_frame.slots] == ["v", "n"]
    main_frame = memory.stacks[0][-1]
    assert [slot.name for slot in main_frame.slots] == ["v", "handle"]  # `v` moved-from
    # the thread's stack lies apart from main's
    assert thread_frame.base != main_frame.base
    # stepping back across the switch gives main's stack again (the trace replays it)
    waits = next(i for i in range(len(trace))
                 if "`join` waits for thread #1" in trace.step(i).explanation)
    assert waits < step
    assert trace.memory_at(waits).current == 0
    assert trace.memory_at(waits).frames[-1].function == "main"
    assert trace.memory_at(len(trace) - 1).output_text("stdout") == "4\n"


def test_borrowing_closure_is_e0373_and_rc_is_refused(tmp_path: Path) -> None:
    borrowing = """use std::thread;
fn main() {
    let v = vec![1, 2, 3];
    let handle = thread::spawn(|| {
        println!("{v:?}");
    });
    handle.join().unwrap();
}
"""
    result = run_cli("--run", _write(tmp_path, borrowing))
    assert result.exit_code == 1
    assert result.stderr.startswith("error[E0373]: closure may outlive the current function, "
                                    "but it borrows `v`, which is owned by the current function")
    # its near miss: without `move`, a closure that moves `v` captures it by value
    taking = borrowing.replace('println!("{v:?}");', "drop(v);")
    assert run_cli("--run", _write(tmp_path, taking)).exit_code == 0
    rc = """use std::rc::Rc;
use std::thread;
fn main() {
    let shared = Rc::new(5);
    let handle = thread::spawn(move || {
        println!("{shared}");
    });
    handle.join().unwrap();
}
"""
    result = run_cli("--check", _write(tmp_path, rc))
    assert result.exit_code == 1
    assert result.stderr.startswith("error[E0277]: `Rc<i32>` cannot be sent between threads "
                                    "safely")


def test_a_recv_nobody_answers_is_a_deadlock_that_stops_the_run(tmp_path: Path) -> None:
    source = """use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    let handle = thread::spawn(move || {
        let n = rx.recv().unwrap();
        println!("got {n}");
    });
    handle.join().unwrap();
    tx.send(1).unwrap();
}
"""
    result = run_cli("--run", _write(tmp_path, source))
    assert result.exit_code == 1
    assert result.stderr == (
        "error: deadlock: thread `main` waits for thread #1 to finish (`join`); thread "
        "`<unnamed>` waits for a value on the channel (`recv`, line 7) (a real binary would "
        "hang here forever)\n")


def test_two_locks_in_opposite_order_deadlock_under_the_schedule(tmp_path: Path) -> None:
    source = """use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

fn main() {
    let a = Arc::new(Mutex::new(1));
    let b = Arc::new(Mutex::new(2));
    let (a2, b2) = (Arc::clone(&a), Arc::clone(&b));
    let handle = thread::spawn(move || {
        let _x = b2.lock().unwrap();
        thread::sleep(Duration::from_millis(10));
        let _y = a2.lock().unwrap();
        println!("thread got both");
    });
    let _first = a.lock().unwrap();
    thread::sleep(Duration::from_millis(10));
    let _second = b.lock().unwrap();
    println!("main got both");
    handle.join().unwrap();
}
"""
    path = _write(tmp_path, source)
    result = run_cli("--run", path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "thread `main` waits for a Mutex held by thread #1 (`lock`, line 17)" in result.stderr
    assert "thread `<unnamed>` waits for a Mutex held by thread #0 (`lock`, line 12)" in (
        result.stderr)
    trace = load(source, path)
    last = trace.step(len(trace) - 1)
    assert last.explanation.startswith("[thread #0 `main`] Deadlock: no thread can go on.")
    memory = trace.memory_at(len(trace) - 1)
    locks = sorted(block.value[2] for block in memory.heap.values() if block.kind == "rc")
    assert locks == [(1, False, 1), (2, False, 2)]  # a held by main (#0), b by thread #1
    # main ends it: no other thread unwinds into the trace after the deadlock
    assert memory.thread_names == ["main", "<unnamed>"]


def test_a_channel_block_holds_the_values_in_flight() -> None:
    trace = load("""use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let producer = thread::spawn(move || {
        tx.send(String::from("a")).unwrap();
        tx.send(String::from("bc")).unwrap();
    });
    producer.join().unwrap();
    let first = rx.recv().unwrap();
    println!("{first}");
}
""", "c.rs")
    joined = next(i for i in range(len(trace)) if trace.step(i).span.line == 10
                  and "has finished" in trace.step(i).explanation)
    memory = trace.memory_at(joined)
    channel = next(b for b in memory.heap.values() if b.kind == "channel")
    assert channel.size == 512
    senders, receiving, queue = channel.value
    assert (senders, receiving, len(queue)) == (0, True, 2)  # the Sender died with the thread
    shown = trace.snapshot(joined).allocation(channel.address)
    assert shown is not None and "in flight; 0 Sender(s), Receiver alive" in shown.value


def test_an_arc_block_is_drawn_with_std_s_name_for_it():
    # An Arc's block is `ArcInner<T>` in std (an Rc's is `RcBox<T>`): the heap says which.
    source = ("use std::rc::Rc;\nuse std::sync::{Arc, Mutex};\nfn main() {\n"
              "    let a = Arc::new(Mutex::new(0));\n    let r = Rc::new(5);\n"
              "    println!(\"{} {}\", *a.lock().unwrap(), r);\n}\n")
    trace = load(source, "arc.rs")
    titles = {block.type_name for i in range(len(trace))
              for block in trace.snapshot(i, output=False).heap}
    assert "ArcInner<Mutex<i32>>" in titles and "RcBox<i32>" in titles

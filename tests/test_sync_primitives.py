"""RwLock, Condvar, bounded channels and polling under the documented schedule
(docs/threads.md): what blocks, what a deadlock says, and the picture of each lock."""

from __future__ import annotations

from pathlib import Path

from stackheap_tui.pipeline import load
from tests.expectations import run_cli


def _write(tmp_path: Path, source: str) -> str:
    path = tmp_path / "sync.rs"
    path.write_text(source)
    return str(path)


def test_a_writer_waits_until_the_readers_are_gone() -> None:
    trace = load("""use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let lock = Arc::new(RwLock::new(1));
    let reader = lock.read().unwrap();
    let other = Arc::clone(&lock);
    let writer = thread::spawn(move || {
        *other.write().unwrap() += 1;
    });
    thread::sleep(std::time::Duration::from_millis(1)); // the writer runs, and must wait
    println!("read {}", *reader);
    drop(reader);
    writer.join().unwrap();
    println!("after {}", *lock.read().unwrap());
}
""", "rw.rs")
    texts = [trace.step(i).explanation for i in range(len(trace))]
    waits = next(i for i, t in enumerate(texts) if "other threads read the RwLock" in t)
    assert texts[waits].startswith("[thread #1 `<unnamed>`]")
    block = next(b for b in trace.snapshot(waits).heap if b.kind == "rc")
    assert "read by thread #0" in block.value
    assert trace.outcome.stdout == "read 1\nafter 2\n"


def test_a_condvar_wait_nobody_notifies_is_a_deadlock(tmp_path: Path) -> None:
    result = run_cli("--run", _write(tmp_path, """use std::sync::{Condvar, Mutex};

fn main() {
    let lock = Mutex::new(false);
    let cvar = Condvar::new();
    let mut ready = lock.lock().unwrap();
    while !*ready {
        ready = cvar.wait(ready).unwrap();
    }
}
"""))
    assert result.exit_code == 1
    assert "error: deadlock" in result.stderr
    assert "waits for a `notify` on a Condvar (`wait`, line 8)" in result.stderr


def test_a_full_sync_channel_makes_the_sender_wait_for_a_recv() -> None:
    trace = load("""use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::sync_channel(1);
    let h = thread::spawn(move || {
        tx.send(1).unwrap();
        tx.send(2).unwrap();
        println!("both sent");
    });
    thread::sleep(std::time::Duration::from_millis(1));
    println!("got {}", rx.recv().unwrap());
    println!("got {}", rx.recv().unwrap());
    h.join().unwrap();
}
""", "sc.rs")
    texts = [trace.step(i).explanation for i in range(len(trace))]
    full = next(i for i, t in enumerate(texts) if "finds the channel full (1 in flight)" in t)
    assert texts[full].startswith("[thread #1 `<unnamed>`]")
    # under the schedule: the thread fills the channel, waits; main takes one, and so on
    assert trace.outcome.stdout == "got 1\nboth sent\ngot 2\n"


def test_try_recv_on_an_empty_channel_lets_the_sender_run_first() -> None:
    trace = load("""use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let h = thread::spawn(move || tx.send(42).unwrap());
    let mut tries = 0;
    let value = loop {
        tries += 1;
        if let Ok(v) = rx.try_recv() {
            break v;
        }
    };
    h.join().unwrap();
    println!("{value} after {tries} try");
}
""", "tr.rs")
    assert trace.outcome.stdout == "42 after 1 try\n"
    assert any("the other threads run first" in trace.step(i).explanation
               for i in range(len(trace)))


def test_an_atomic_is_drawn_with_its_type_and_number() -> None:
    trace = load("""use std::sync::atomic::{AtomicUsize, Ordering};

fn main() {
    let hits = AtomicUsize::new(5);
    hits.fetch_add(2, Ordering::SeqCst);
    println!("{}", hits.load(Ordering::SeqCst));
}
""", "at.rs")
    step = next(i for i in range(len(trace))
                if "`fetch_add` reads 5 and writes 7" in trace.step(i).explanation)
    (slot,) = [s for s in trace.snapshot(step).frames[-1].slots if s.name == "hits"]
    assert (slot.value, slot.size) == ("AtomicUsize(7)", 8)

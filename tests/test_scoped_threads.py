"""`thread::scope`: scoped threads borrowing main's locals (docs/threads.md).

What a learner sees: the scoped thread's stack holds only its own frame, its writes land
in main's frame, and what rustc's borrow checker rejects (or what is not modelled) is
refused at the spawned closure, never run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stackheap_tui.pipeline import load
from tests.expectations import run_cli

SCOPED = """use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let mut total = 0;
    thread::scope(|s| {
        s.spawn(|| {
            println!("{v:?}");
        });
        s.spawn(|| {
            total += v.len();
        });
    });
    println!("{total}");
}
"""


def _write(tmp_path: Path, source: str) -> str:
    path = tmp_path / "scoped.rs"
    path.write_text(source)
    return str(path)


def test_a_scoped_thread_changes_main_s_variable_in_main_s_frame() -> None:
    trace = load(SCOPED, "s.rs")
    step = next(i for i in range(len(trace)) if trace.step(i).span.line == 11)
    assert trace.step(step).explanation.startswith("[thread #2 `<unnamed>`]")
    memory = trace.memory_at(step)
    assert memory.current == 2
    # the thread's stack is its own frame; main's frames are shared with it, not its own
    assert memory.first_own_frame == 1
    assert [f.function for f in memory.frames[memory.first_own_frame:]] == ["{closure}"]
    # written through the scoped thread's borrow, in main's frame (shared with it)
    total = next(slot for slot in memory.frames[0].slots if slot.name == "total")
    assert total.value == 3
    snapshot = memory.view(step)
    assert [f.function for f in snapshot.frames] == ["{closure}"]
    drawn = {t.index: t.frames for t in snapshot.threads}
    assert [f.function for f in drawn[0]] == ["main"]
    assert [f.function for f in drawn[2]] == ["{closure}"]
    assert next(s.value for s in drawn[0][0].slots if s.name == "total") == "3"
    # back before the switch: main runs, `total` is still 0
    waits = next(i for i in range(len(trace))
                 if "now waits for its threads" in str(trace.step(i).explanation))
    before = trace.memory_at(waits)
    assert before.current == 0
    assert next(s for s in before.frames[-1].slots if s.name == "total").value == 0
    assert trace.memory_at(len(trace) - 1).output_text("stdout") == "[1, 2, 3]\n3\n"


def test_the_scope_waits_for_its_threads_in_spawn_order(tmp_path: Path) -> None:
    source = SCOPED.replace('println!("{total}");', 'println!("after the scope {total}");')
    result = run_cli("--run", _write(tmp_path, source))
    assert result.exit_code == 0
    assert result.stdout == "[1, 2, 3]\nafter the scope 3\n"


REFUSED = {
    "two threads changing one variable (E0499)": """use std::thread;
fn main() {
    let mut counter = 0;
    thread::scope(|s| {
        s.spawn(|| counter += 1);
        s.spawn(|| counter += 1);
    });
}
""",
    "a changed variable read in the scope (E0502)": """use std::thread;
fn main() {
    let mut counter = 0;
    thread::scope(|s| {
        s.spawn(|| counter += 1);
        println!("{counter}");
    });
}
""",
    "a read variable changed in the scope (E0502)": """use std::thread;
fn main() {
    let mut v = vec![1];
    thread::scope(|s| {
        s.spawn(|| println!("{v:?}"));
        v.push(2);
    });
}
""",
    "spawned in a loop, changing (E0499)": """use std::thread;
fn main() {
    let mut total = 0;
    thread::scope(|s| {
        for _ in 0..3 {
            s.spawn(|| total += 1);
        }
    });
}
""",
    "spawned in an iterator's closure, changing (E0499)": """use std::thread;
fn main() {
    let mut total = 0;
    thread::scope(|s| {
        (0..3).for_each(|_| {
            s.spawn(|| total += 1);
        });
    });
}
""",
    "a scope local borrowed (E0373)": """use std::thread;
fn main() {
    thread::scope(|s| {
        let v = vec![1];
        s.spawn(|| println!("{v:?}"));
    });
}
""",
    "a loop variable borrowed (E0373)": """use std::thread;
fn main() {
    thread::scope(|s| {
        for i in 0..3 {
            s.spawn(|| println!("{i}"));
        }
    });
}
""",
    "a RefCell shared (E0277)": """use std::cell::RefCell;
use std::thread;
fn main() {
    let c = RefCell::new(1);
    thread::scope(|s| {
        s.spawn(|| *c.borrow_mut() += 1);
    });
}
""",
    "a value moved into a scoped thread (rustc runs it; not modelled yet)": """use std::thread;
fn main() {
    let v = vec![1];
    thread::scope(|s| {
        s.spawn(|| drop(v));
    });
}
""",
    "an Rc shared (E0277)": """use std::rc::Rc;
use std::thread;
fn main() {
    let r = Rc::new(1);
    thread::scope(|s| {
        s.spawn(|| println!("{r}"));
    });
}
""",
}


@pytest.mark.parametrize("source", REFUSED.values(), ids=list(REFUSED))
def test_what_rustc_rejects_or_is_not_modelled_is_refused_never_run(tmp_path: Path,
                                                             source: str) -> None:
    result = run_cli("--check", _write(tmp_path, source))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: not supported yet: ")


ACCEPTED = {
    "two threads reading, main reading": ("""use std::thread;
fn main() {
    let v = vec![1, 2];
    thread::scope(|s| {
        s.spawn(|| println!("a {v:?}"));
        s.spawn(|| println!("b {}", v.len()));
        println!("main {:?}", &v);
    });
}
""", "main [1, 2]\na [1, 2]\nb 2\n"),
    "a loop variable copied into a move closure": ("""use std::thread;
fn main() {
    thread::scope(|s| {
        for i in 0..3 {
            s.spawn(move || println!("{i}"));
        }
    });
}
""", "0\n1\n2\n"),
    "a variable changed after the scope": ("""use std::thread;
fn main() {
    let mut n = 1;
    thread::scope(|s| {
        s.spawn(|| n *= 10);
    });
    n += 1;
    println!("{n}");
}
""", "11\n"),
}


@pytest.mark.parametrize("case", ACCEPTED.values(), ids=list(ACCEPTED))
def test_near_misses_rustc_accepts_run(tmp_path: Path, case: tuple[str, str]) -> None:
    source, stdout = case
    result = run_cli("--run", _write(tmp_path, source))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == stdout

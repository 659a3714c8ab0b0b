"""Checking and running cost linear time in the size of a program (issue "Big
programs"), held without timing, by the Python calls made to parse, check and run
programs of n, 2n and 4n statements or functions: going from 2n to 4n must add about
twice what going from n to 2n added (the fixed costs cancel out). A cost that came back
quadratic (a pass over every function or binding of the program for each one) would
add four times as much."""

from __future__ import annotations

import cProfile
import pstats

import pytest

from stackheap_tui.machine.interpreter.core import Interpreter
from stackheap_tui.pipeline import compile_program
from stackheap_tui.trace.trace import StepCounter


def lets(n: int) -> str:
    body = "".join(f"    let x_{i} = {i};\n" for i in range(n))
    return f"fn main() {{\n{body}    println!(\"{{}}\", x_0);\n}}\n"


def functions(n: int) -> str:
    parts = [f"""
struct P{i} {{ x: i64, y: i64 }}

fn f{i}(n: i64) -> i64 {{
    let p = P{i} {{ x: n, y: n + 1 }};
    let mut v: Vec<i64> = Vec::new();
    let mut i = 0;
    while i < 3 {{
        v.push(p.x * i + p.y);
        i += 1;
    }}
    let s = String::from("f{i}");
    let total: i64 = v.iter().sum();
    total + s.len() as i64
}}
""" for i in range(n)]
    calls = "".join(f"    total += f{i}({i});\n" for i in range(n))
    return "".join(parts) + f"fn main() {{\n    let mut total: i64 = 0;\n{calls}" \
        "    println!(\"{}\", total);\n}\n"


def _check_and_run(source: str) -> None:
    checked = compile_program(source)
    log = StepCounter(source, "big.rs")
    Interpreter(checked, source, "big.rs", log, 1_000_000, False).run()
    assert log.outcome.exit_code == 0


def calls_to_check_and_run(source: str, warm_up: str) -> int:
    """The Python calls made to parse, check and run `source` (in this thread), once
    what is built on first use (the parser's tables, compiled patterns) is built."""
    _check_and_run(warm_up)
    profile = cProfile.Profile()
    profile.enable()
    try:
        _check_and_run(source)
    finally:
        profile.disable()
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("program", "n"), [(lets, 200), (functions, 12)])
def test_doubling_the_program_doubles_the_added_calls(program: object, n: int) -> None:
    assert callable(program)
    one, two, four = (calls_to_check_and_run(program(k * n), program(2)) for k in (1, 2, 4))
    assert four - two < 2.2 * (two - one), (one, two, four)


def _loop_reading_fields(n: int) -> str:
    return ("struct P { x: i64, y: i64 }\nstruct W<T> { inner: T, tag: u8 }\n"
            "fn main() {\n    let mut total = 0;\n    let mut i = 0;\n"
            f"    while i < {n} {{\n"
            "        let w = W { inner: P { x: i, y: 2 }, tag: 1 };\n"
            "        total += w.inner.x + w.inner.y + w.tag as i64;\n"
            "        i += 1;\n    }\n"
            "    println!(\"{}\", total);\n}\n")


def _layouts_worked_out(source: str) -> int:
    """How many times a run of `source` lays out a struct or enum (its fields read at
    each access, a `let` of it at each iteration)."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        _check_and_run(source)
    finally:
        profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(calls[1] for (path, _, name), calls in stats.items()
               if path.endswith("layouts.py") and name == "_adt_layout")


def test_a_type_is_laid_out_once_however_often_its_fields_are_read() -> None:
    # The figure is the same for 10 and 1,000 iterations: each type (and each
    # instantiation) is laid out once per program, not per access.
    assert _layouts_worked_out(_loop_reading_fields(1_000)) == \
        _layouts_worked_out(_loop_reading_fields(10)) > 0


class _GrowingIndex:
    """A step index filled a chunk at a time, as the app's indexer fills it while a run
    records; it counts the steps the timeline looks at."""

    def __init__(self, steps: int) -> None:
        self.steps = steps
        self.indexed_prefix = 0
        self.looked_at = 0

    def __len__(self) -> int:
        return self.steps

    def is_known(self, index: int) -> bool:
        self.looked_at += 1
        return index < self.indexed_prefix

    def kind(self, index: int) -> object:
        from stackheap_tui.memory.records import StepKind

        return StepKind.CALL if index == self.steps - 7 else StepKind.STATEMENT


def test_the_timeline_looks_at_each_step_about_once_as_the_index_fills() -> None:
    # A long run's column holds thousands of steps; redrawn after each chunk, the
    # timeline looked at the whole column the index had reached again each time.
    from stackheap_tui.view.widgets.timeline import Mark, Timeline

    class Strip(Timeline):
        strip_width = 30  # type: ignore[assignment]

    steps = 400_000
    index = _GrowingIndex(steps)
    strip = Strip(index)  # type: ignore[arg-type]
    while index.indexed_prefix < steps:
        index.indexed_prefix = min(index.indexed_prefix + 2_000, steps)
        marks = strip.marks()
    assert marks.count(Mark.PLAIN) == 29 and marks[-1] is Mark.CALL
    assert index.looked_at < 1.1 * steps  # 4.2 times as many before (13,000 a column)

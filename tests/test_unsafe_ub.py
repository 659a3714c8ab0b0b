"""Undefined behaviour in unsafe code is caught where it happens, as Miri catches it.

The programs in `tests/conformance/unsafe_ub/` each break one rule of unsafe Rust; their
first line says which, and what Miri reports. rustc's binary is not the oracle for them
(it prints whatever the memory happens to hold, or aborts), so each has a hand-written
record: the output before the undefined behaviour, the line Miri stops at, and our first
line of Miri's report. `--run` prints that output, then the report, and exits 1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.expectations import REPO, assert_stops_at_undefined_behaviour, run_cli

UB = REPO / "tests" / "conformance" / "unsafe_ub"
PROGRAMS = sorted(UB.glob("*.rs"))
# The rule a program's first comment names, as the kind its record gives.
_KIND_WORDS = {"use after free of a stack slot": "dangling stack pointer",
               "out of bounds": "out-of-bounds access",
               "null dereference": "null pointer dereference",
               "uninitialised read": "read of uninitialised memory"}


def test_the_folder_has_programs_of_every_kind() -> None:
    kinds = {json.loads(p.with_suffix(".expected.json").read_text())["undefined_behavior"]
             for p in PROGRAMS}
    assert kinds >= {"use after free", "dangling stack pointer", "out-of-bounds access",
                     "null pointer dereference", "double free",
                     "read of uninitialised memory"}


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_undefined_behaviour_stops_the_run_at_its_line(program: Path) -> None:
    record = json.loads(program.with_suffix(".expected.json").read_text())
    first_comment = program.read_text().splitlines()[0]
    assert first_comment.startswith("// UB (") and "Miri: `error: Undefined Behavior" in (
        first_comment)
    assert record["undefined_behavior"] in first_comment or record["undefined_behavior"] in (
        _KIND_WORDS.get(first_comment.split("(")[1].split(")")[0], ""))
    assert_stops_at_undefined_behaviour(program.relative_to(REPO))


def test_the_trace_ends_on_the_undefined_behaviour_step() -> None:
    program = UB / "use_after_free_box_from_raw.rs"
    result = run_cli("--json", str(program.relative_to(REPO)))
    trace = json.loads(result.stdout)
    last = trace["steps"][-1]
    assert last["kind"] == "undefined behaviour"
    assert last["line"] == 9
    assert "use after free" in last["explanation"]
    freed = [b for b in last["snapshot"]["heap"] if b["freed"]]
    assert freed and freed[0]["size"] == 4  # the freed block is still drawn, a tombstone


def test_a_what_if_run_stops_at_unsafe_codes_undefined_behaviour_too() -> None:
    from stackheap_tui.pipeline import load_what_if

    source = ("fn main() {\n    let mut v = vec![1, 2, 3];\n    let first = &v[0];\n"
              "    let p: *const i32 = std::ptr::null();\n"
              "    println!(\"{}\", unsafe { *p });\n    v.push(4);\n"
              "    println!(\"{}\", first);\n}\n")
    trace = load_what_if(source, "what_if.rs")
    violation = trace.outcome.violation
    assert violation is not None and violation.kind == "null pointer dereference"
    assert trace.step(len(trace) - 1).span.line == 5

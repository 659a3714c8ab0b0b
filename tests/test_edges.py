"""Programs that run to an unusual end: what a user sees from `--run`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.expectations import run_cli

PANIC_IN_DROP_WHILE_UNWINDING = """\
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
        panic!("panic in drop of {}", self.0);
    }
}
fn main() {
    let _a = Noisy("a");
    let v: Vec<i32> = Vec::new();
    println!("before");
    let _x = v[3];
}
"""


def test_panic_in_drop_while_unwinding_is_refused_at_the_second_panic(tmp_path: Path) -> None:
    # rustc's binary prints the first panic, then the second one with a full backtrace
    # (addresses, symbol hashes) and `panic in a destructor during cleanup`, and aborts
    # (134): no run can reproduce that output, so the run stops there, refused.
    program = tmp_path / "unwind.rs"
    program.write_text(PANIC_IN_DROP_WHILE_UNWINDING)
    result = run_cli("--run", str(program))
    assert result.exit_code == 1
    assert result.stdout == "before\ndrop a\n"
    assert "index out of bounds: the len is 0 but the index is 3" in result.stderr
    assert result.stderr.endswith(
        "error: not supported yet: a panic inside `Drop::drop` while unwinding from another "
        f"panic (Rust aborts with a backtrace), at {program}:5:9\n")
    assert "panic in drop of a" not in result.stderr  # never half of rustc's output


def test_allocation_whose_outcome_depends_on_the_machine_is_refused(tmp_path: Path) -> None:
    # rustc's binary here: 20 GiB succeeds, 24 GiB aborts (`memory allocation of N bytes
    # failed`); another machine answers otherwise, so between 1 GiB and 2^47 bytes the run
    # stops, refused, at the allocation.
    program = tmp_path / "big.rs"
    program.write_text("fn main() {\n    println!(\"start\");\n"
                       "    let v: Vec<u8> = Vec::with_capacity(1 << 40);\n"
                       "    println!(\"{}\", v.capacity());\n}\n")
    result = run_cli("--run", str(program))
    assert result.exit_code == 1
    assert result.stdout == "start\n"
    assert result.stderr == (
        "error: not supported yet: an allocation of 1,099,511,627,776 bytes (whether rustc's "
        f"binary gets that much memory or aborts depends on the machine), at {program}:3:22\n")


def test_allocation_of_a_gibibyte_is_modelled(tmp_path: Path) -> None:
    program = tmp_path / "gib.rs"
    program.write_text("fn main() {\n    let s = String::with_capacity(1 << 30);\n"
                       "    println!(\"{} {}\", s.capacity(), s.len());\n}\n")
    result = run_cli("--run", str(program))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "1073741824 0\n", "")


CONFORMANCE = Path(__file__).parent / "conformance" / "edges"


def _snippet_matches_rustc(name: str, lines: int) -> None:
    """The headline, location and caret lines of our diagnostic against rustc's."""
    program = CONFORMANCE / f"{name}.rs"
    expected = json.loads(program.with_suffix(".expected.json").read_text(encoding="utf-8"))
    result = run_cli("--check", str(program))
    ours = result.stderr.replace(str(program), "{file}").splitlines()[:lines]
    assert ours == expected["stderr"].splitlines()[:lines]


def test_carets_under_tab_indented_code_sit_where_rustc_draws_them() -> None:
    _snippet_matches_rustc("reject_tab_indented_mismatch", 7)


def test_a_bare_cr_in_a_string_is_shown_as_rustc_shows_it() -> None:
    # `␍` in the line, the caret under it; lines end only at a line feed.
    _snippet_matches_rustc("reject_bare_cr_in_string", 5)
    _snippet_matches_rustc("reject_bare_cr_char_literal", 5)


def test_lone_cr_does_not_end_a_line_in_a_diagnostic(tmp_path: Path) -> None:
    # As rustc 1.95 prints it: one line, each CR shown as `␍`, the carets after them.
    program = tmp_path / "cr.rs"
    program.write_text("fn main() {\r    let x: i32 = \"a\";\r}\n", newline="")
    result = run_cli("--check", str(program))
    assert result.stderr.splitlines()[1:5] == [
        f" --> {program}:1:30",
        "  |",
        "1 | fn main() {␍    let x: i32 = \"a\";␍}",
        "  |                        ---   ^^^ expected `i32`, found `&str`",  # rustc's
    ]


def test_a_reference_nested_past_rustcs_recursion_limit_is_refused(tmp_path: Path) -> None:
    # rustc 1.95: 130 levels is E0275 (`overflow evaluating the requirement
    # `&{integer}: std::fmt::Display``, naming a file with a hash); 64 levels run.
    program = tmp_path / "deep.rs"
    program.write_text("fn main() {\n    let x = 5;\n    let r = " + "&" * 250 + "x;\n"
                       '    println!("{}", r);\n}\n')
    result = run_cli("--run", str(program))
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "error: not supported yet: a reference nested 250 levels deep (more than 64: rustc's "
        f"trait checks stop at their recursion limit)\n --> {program}:3:13\n")


@pytest.mark.parametrize("name", [
    "reject_overflow_i32_max_plus_one", "reject_i128_min_div_minus_one",
    "reject_overflow_lints_note_once", "reject_literal_out_of_range_suggests_type",
])
def test_lint_diagnostics_match_rustc_in_full(name: str) -> None:
    # `i32::MAX + 1_i32` as rustc names limits; `MIN / -1` is unconditional_panic; each
    # lint's deny note once; one `|` line before the notes; the literal's type suggestion.
    program = CONFORMANCE / f"{name}.rs"
    expected = json.loads(program.with_suffix(".expected.json").read_text(encoding="utf-8"))
    result = run_cli("--check", str(program))
    assert result.stderr.replace(str(program), "{file}") == expected["stderr"]

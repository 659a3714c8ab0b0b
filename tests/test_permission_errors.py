"""Rejected programs: rustc's first line and code stay exact in `--check` and `--run`, and
the explanation in permissions points at where the permission was lost, where it was
needed and where the borrow is still used."""

from __future__ import annotations

from pathlib import Path

import pytest

from stackheap_tui.pipeline import explain_source
from tests.expectations import REPO, expectation, run_cli

# (program, code, line where lost, line where needed, line where the borrow is still used)
CASES = [
    ("""\
fn main() {
    let s1 = String::from("hello");
    let s2 = s1;
    println!("{}, world! {}", s1, s2);
}
""", "E0382", 3, 4, None),
    ("""\
fn main() {
    let mut s = String::from("hello");
    let r1 = &mut s;
    let r2 = &mut s;
    println!("{}, {}", r1, r2);
}
""", "E0499", 3, 4, 5),
    ("""\
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4);
    println!("{}", first);
}
""", "E0502", 3, 4, 5),
    ("""\
fn main() {
    let s = String::from("hi");
    let r = &s;
    let t = s;
    println!("{} {}", r, t);
}
""", "E0505", 3, 4, 5),
    ("""\
fn main() {
    let mut x = 5;
    let r = &x;
    x = 6;
    println!("{} {}", r, x);
}
""", "E0506", 3, 4, 5),
    ("""\
fn main() {
    let r;
    {
        let x = 5;
        r = &x;
    }
    println!("{}", r);
}
""", "E0597", 5, 6, 7),
    ("""\
fn dangle() -> &'static String {
    let s = String::from("hello");
    &s
}

fn main() {
    println!("{}", dangle());
}
""", "E0515", 3, 4, 3),
]


@pytest.mark.parametrize(("source", "code", "lost", "needed", "used"), CASES,
                         ids=[case[1] for case in CASES])
def test_the_explanation_points_at_the_three_places(source, code, lost, needed, used):
    (explanation,) = explain_source(source)
    assert explanation.diagnostic.code == code
    lines = {where.role: where.span.line for where in explanation.places}
    assert lines["lost"] == lost
    assert lines["needed"] == needed
    assert lines.get("used") == used
    assert str(lost) in explanation.summary and str(needed) in explanation.summary


def test_the_e0502_story_in_words():
    (explanation,) = explain_source(CASES[2][0])
    texts = {where.role: where.text for where in explanation.places}
    assert texts["lost"] == "`&v[0]` borrows `v`: `v` loses W and O"
    assert texts["needed"] == ("`v.push(4)` borrows `v` mutably: that needs R and W, and `v` "
                               "has no W")
    assert texts["used"] == "`first` is still used here: until then it cannot come back"
    # What "run it anyway" needs: the loan, the access and the later use, as spans.
    facts = explanation.facts
    assert facts.loan is not None and facts.loan.span.line == 3 and not facts.loan.mutable
    assert facts.access is not None and facts.access.span.line == 4
    assert facts.later is not None and facts.later.line == 5
    assert explanation.function == "main"


def test_errors_the_permissions_do_not_explain_get_no_explanation():
    assert explain_source("fn main() { let x: i32 = \"no\"; }") == []  # a type error
    assert explain_source("fn main() { let x = 1; x = 2; println!(\"{x}\"); }") == []  # E0384


@pytest.mark.parametrize("code", ["E0382", "E0499", "E0502", "E0505", "E0506", "E0597"])
def test_check_and_run_keep_rustcs_code_and_first_line(code, tmp_path: Path):
    source = next(case[0] for case in CASES if case[1] == code)
    path = tmp_path / "prog.rs"
    path.write_text(source)
    for flag in ("--check", "--run"):
        result = run_cli(flag, str(path))
        assert result.exit_code == 1
        assert result.stderr.splitlines()[0].startswith(f"error[{code}]: ")


@pytest.mark.parametrize("sample", ["21_push_while_borrowed", "22_dangle",
                                    "23_move_while_borrowed", "24_two_mut_borrows"])
def test_the_lessons_are_rustcs_errors_explained(sample):
    program = REPO / "samples" / f"{sample}.rs"
    recorded = expectation(program)
    result = run_cli("--check", str(program.relative_to(REPO)))
    assert result.stderr.splitlines()[0] == recorded["error_line"]
    (explanation,) = explain_source(program.read_text())
    assert explanation.diagnostic.code == recorded["error_code"]
    assert {where.role for where in explanation.places} == {"lost", "needed", "used"}

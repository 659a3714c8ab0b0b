"""Permissions (R/W/O) after named steps of real runs, as the Rust Book draws them.

Each program runs through the real pipeline; a step is named by the source it covers
(`let first = &v[0];`), and the permissions after it are read as the TUI's pane reads
them, with what the step gained (+) and lost (−) and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from stackheap_tui.pipeline import load
from stackheap_tui.trace.permissions import PermissionRow, PermissionSteps


@dataclass
class Run:
    source: str
    steps: PermissionSteps

    def index(self, code: str, nth: int = 0) -> int:
        trace = self.steps.trace
        found = [i for i in range(len(trace))
                 if self.source[trace.span_at(i).start:trace.span_at(i).end] == code]
        assert len(found) > nth, f"no step #{nth} covering {code!r}"
        return found[nth]

    def rows(self, code: str, nth: int = 0) -> dict[str, PermissionRow]:
        return {row.place: row for row in self.steps.at(self.index(code, nth)).rows}


def run(source: str) -> Run:
    trace = load(source, "test.rs")  # with the table from the analysis that accepted it
    table = trace.permissions
    assert table is not None
    return Run(source, PermissionSteps(trace, table))


def perms(row: PermissionRow) -> str:
    return "".join(p for p in "RWO" if p in row.perms)


def changes(row: PermissionRow) -> str:
    return "".join(f"+{p}" for p in "RWO" if p in row.gained) + "".join(
        f"-{p}" for p in "RWO" if p in row.lost)


BOOK_VEC = """\
fn main() {
    let mut v = vec![1, 2, 3];
    let num = &v[2];
    println!("Third element is {}", *num);
    v.push(4);
}
"""


def test_the_books_first_example():
    r = run(BOOK_VEC)
    declared = r.rows("let mut v = vec![1, 2, 3];")
    assert perms(declared["v"]) == "RWO" and changes(declared["v"]) == "+R+W+O"
    borrowed = r.rows("let num = &v[2];")
    assert perms(borrowed["v"]) == "R" and changes(borrowed["v"]) == "-W-O"
    assert borrowed["v"].reason == ("`&v[2]` borrows `v`: `v` loses W and O until `num`'s "
                                    "last use on line 4")
    assert perms(borrowed["num"]) == "RO" and perms(borrowed["*num"]) == "R"
    used = r.rows('println!("Third element is {}", *num);')
    assert changes(used["v"]) == "+W+O" and "line 4" in used["v"].reason
    assert changes(used["num"]) == "-R-O" and changes(used["*num"]) == "-R"
    pushed = r.rows("v.push(4);")
    assert perms(pushed["v"]) == "" and "not used after this" in pushed["v"].reason


def test_permissions_come_back_before_the_scope_ends():
    r = run("""\
fn main() {
    let mut s = String::from("hi");
    {
        let r = &s;
        println!("{r}");
        s.push('!');
        println!("{s}");
    }
}
""")
    assert perms(r.rows("let r = &s;")["s"]) == "R"
    after = r.rows('println!("{r}");')
    assert perms(after["s"]) == "RWO" and changes(after["s"]) == "+W+O"
    assert "r" in after and perms(after["r"]) == ""  # still in scope, with nothing left
    assert "`&s` has ended" in after["s"].reason


def test_two_phase_borrow_of_push_with_len():
    r = run("""\
fn main() {
    let mut v = vec![1, 2];
    v.push(v.len());
    println!("{v:?}");
}
""")
    pushed = r.rows("v.push(v.len());")
    assert perms(pushed["v"]) == "RWO" and changes(pushed["v"]) == ""


def test_a_mutable_borrow_takes_everything_and_gives_it_back():
    r = run("""\
fn main() {
    let mut x = 5;
    let m = &mut x;
    *m += 1;
    println!("{x}");
}
""")
    borrowed = r.rows("let m = &mut x;")
    assert perms(borrowed["x"]) == "" and changes(borrowed["x"]) == "-R-W-O"
    assert "`&mut x` borrows `x` mutably" in borrowed["x"].reason
    assert perms(borrowed["m"]) == "RO" and perms(borrowed["*m"]) == "RW"
    written = r.rows("*m += 1;")
    assert perms(written["x"]) == "RWO" and changes(written["m"]) == "-R-O"


def test_a_move_takes_everything_and_an_assignment_gives_it_back():
    r = run("""\
fn main() {
    let mut s = String::from("a");
    let t = s;
    s = String::from("b");
    println!("{s} {t}");
}
""")
    moved = r.rows("let t = s;")
    assert perms(moved["s"]) == "" and changes(moved["s"]) == "-R-W-O"
    assert "`let t = s;` moves `s`" in moved["s"].reason
    assert perms(moved["t"]) == "RO"
    again = r.rows('s = String::from("b");')
    assert perms(again["s"]) == "RWO" and "given a value" in again["s"].reason


def test_a_borrowed_field_leaves_the_other_field_alone():
    r = run("""\
struct Pair { a: String, b: String }

fn main() {
    let mut p = Pair { a: String::from("x"), b: String::from("y") };
    let ra = &mut p.a;
    p.b.push('!');
    ra.push('?');
    println!("{} {}", p.a, p.b);
}
""")
    rows = r.rows("let ra = &mut p.a;")
    assert perms(rows["p.a"]) == "" and perms(rows["p"]) == ""
    assert perms(rows["p.b"]) == "RWO"
    assert perms(rows["*ra"]) == "RW"
    back = r.rows("ra.push('?');")
    assert perms(back["p.a"]) == "RWO" and perms(back["p"]) == "RWO"


def test_parameters_a_reference_owns_itself_not_its_target():
    r = run("""\
fn total(v: &Vec<i32>) -> i32 {
    let f = &v[0];
    let n = v.len() as i32;
    *f + n
}

fn add(v: &mut Vec<i32>) {
    v.push(1);
}

fn main() {
    let mut v = vec![1];
    add(&mut v);
    println!("{}", total(&v));
}
""")
    call = r.rows("total")
    assert perms(call["v"]) == "RO" and perms(call["*v"]) == "R"
    assert changes(call["v"]) == "+R+O"
    # Borrowing through `&` does not take O from the reference (rustc doesn't track it).
    assert perms(r.rows("let f = &v[0];")["v"]) == "RO"
    entered = r.rows("add")
    assert perms(entered["v"]) == "RO" and perms(entered["*v"]) == "RW"


def test_a_call_changes_nothing_in_the_caller_until_its_statement_ends():
    r = run("""\
fn size(s: &String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("abc");
    let n = size(&s);
    println!("{n} {s}");
}
""")
    trace = r.steps.trace
    back = next(i for i in range(len(trace)) if trace.kind_at(i).value == "return")
    rows = {row.place: row for row in r.steps.at(back).rows}
    assert set(rows) == {"s"} and perms(rows["s"]) == "RO" and changes(rows["s"]) == ""


def test_a_declaration_without_a_value():
    r = run("""\
fn main() {
    let x;
    x = 5;
    println!("{x}");
}
""")
    declared = r.rows("let x;")
    assert perms(declared["x"]) == "" and "without a value" in declared["x"].reason
    assigned = r.rows("x = 5;")
    assert perms(assigned["x"]) == "RO" and changes(assigned["x"]) == "+R+O"


def test_a_loop_over_a_borrow_keeps_w_away_until_it_ends():
    r = run("""\
fn main() {
    let mut v = vec![1, 2];
    let mut total = 0;
    for x in &v {
        total += x;
    }
    v.push(total);
    println!("{v:?}");
}
""")
    inside = r.rows("total += x;", nth=1)
    assert perms(inside["v"]) == "R"
    assert perms(inside["total"]) == "RWO"
    after = r.rows("v.push(total);")
    assert perms(after["v"]) == "RWO" and "`&v` has ended" in after["v"].reason


def test_a_closure_capture_borrows_until_the_closure_is_done():
    r = run("""\
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    println!("{count}");
}
""")
    made = r.rows("let mut inc = || count += 1;")
    assert perms(made["count"]) == "" and "captures `count` by mutable reference" in (
        made["count"].reason)
    last = r.rows("inc();", nth=1)
    assert perms(last["count"]) == "RWO" and changes(last["count"]) == "+R+W+O"


def test_a_shared_borrow_of_a_copy_value_and_scope_end():
    r = run("""\
fn main() {
    let a = 1;
    {
        let b = &a;
        println!("{b} {a}");
    }
    println!("{a}");
}
""")
    assert perms(r.rows("let b = &a;")["a"]) == "R"
    end = r.rows("}", nth=0)
    assert end["b"].gone and end["*b"].gone
    assert perms(r.rows('println!("{b} {a}");')["a"]) == "RO"


@pytest.mark.parametrize("path", ["samples/25_borrows_end_early.rs"])
def test_every_step_of_the_nll_lesson_has_permissions(path):
    source = Path(path).read_text(encoding="utf-8")
    r = run(source)
    for i in range(len(r.steps.trace)):
        result = r.steps.at(i)
        assert result.note or result.function == "main"
    assert perms(r.rows("let r2 = &mut s;")["s"]) == ""
    assert perms(r.rows("r1.push_str(\", world\");")["s"]) == "RWO"

"""Phase 2 of the checker: rustc's borrow-check verdicts and the moves it records.

Every expected headline below was taken from rustc 1.95 (edition 2024).
"""

from __future__ import annotations

import pytest

from stackheap_tui.lang.check import check
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.syntax import parse


def accept(source: str) -> CheckedProgram:
    return check(parse(source))


def reject(source: str) -> Diagnostic:
    with pytest.raises(CompileError) as caught:
        check(parse(source))
    return next(d for d in caught.value.diagnostics if d.level == "error")  # not a warning


def moved_texts(source: str) -> list[str]:
    """The source text of every node recorded in `checked.moves`, in source order."""
    checked = accept(source)
    found: list[tuple[int, str]] = []
    stack: list[object] = list(checked.program.items)
    while stack:
        node = stack.pop()
        if id(node) in checked.moves:
            span = node.span  # type: ignore[attr-defined]
            found.append((span.start, source[span.start:span.end]))
        for name in getattr(node, "__slots__", ()):
            value = getattr(node, name)
            for child in value if isinstance(value, tuple) else (value,):
                if hasattr(child, "span") and not isinstance(child, str):
                    stack.append(child)
    return [text for _, text in sorted(found)]


def main(body: str, items: str = "") -> str:
    return f"{items}\nfn main() {{\n{body}\n}}\n"


# ---------------- rejected, with rustc's headline ----------------

REJECTED = {
    "use_after_move": (
        main('let s = String::from("a"); let t = s; println!("{}", s);'),
        "error[E0382]: borrow of moved value: `s`"),
    "use_after_move_into_fn": (
        main('let s = String::from("a"); drop(s); let u = s;'),
        "error[E0382]: use of moved value: `s`"),
    "move_in_loop": (
        main('let s = String::from("a"); for _ in 0..2 { drop(s); }'),
        "error[E0382]: use of moved value: `s`"),
    "move_in_one_branch": (
        main('let s = String::from("a"); let c = true; if c { drop(s); } println!("{}", s);'),
        "error[E0382]: borrow of moved value: `s`"),
    "partial_move_then_whole": (
        main("let t = (String::new(), String::new()); let (a, _) = t; let u = t;"),
        "error[E0382]: use of partially moved value: `t`"),
    "partial_move_by_match": (
        main('let o = Some(String::new()); match o { Some(s) => drop(s), None => {} }'
             ' println!("{:?}", o);'),
        "error[E0382]: borrow of partially moved value: `o`"),
    "box_contents_moved": (
        main('let b = Box::new(String::new()); let s = *b; println!("{}", b);'),
        "error[E0382]: borrow of moved value: `b`"),
    "self_method_twice": (
        main("let o: Option<String> = None; let a = o.unwrap(); let b = o.unwrap();"),
        "error[E0382]: use of moved value: `o`"),
    "uninitialized": (
        main('let x: i32; println!("{}", x);'),
        "error[E0381]: used binding `x` isn't initialized"),
    "possibly_uninitialized": (
        main('let x: i32; let c = true; if c { x = 1; } println!("{}", x);'),
        "error[E0381]: used binding `x` is possibly-uninitialized"),
    "assign_twice": (
        main("let x = 1; x = 2;"),
        "error[E0384]: cannot assign twice to immutable variable `x`"),
    "assign_in_loop": (
        main("let x; for i in 0..3 { x = i; }"),
        "error[E0384]: cannot assign twice to immutable variable `x`"),
    "assign_param": (
        main("", "fn f(value: i32) { value = 2; }"),
        "error[E0384]: cannot assign to immutable argument `value`"),
    "assign_field_of_immutable": (
        main("let c = (1, 2); c.0 = 3;"),
        "error[E0594]: cannot assign to `c.0`, as `c` is not declared as mutable"),
    "assign_through_shared_ref": (
        main("", "fn f(value: &i32) { *value = 2; }"),
        "error[E0594]: cannot assign to `*value`, which is behind a `&` reference"),
    "assign_self_field_through_ref": (
        main("", "struct C { n: i32 }\nimpl C { fn inc(&self) { self.n += 1; } }"),
        "error[E0594]: cannot assign to `self.n`, which is behind a `&` reference"),
    "assign_into_rc": (
        main("let a = Rc::new(5); *a = 6;", "use std::rc::Rc;"),
        "error[E0594]: cannot assign to data in an `Rc`"),
    "array_index_assign_immutable": (
        main("let a = [1, 2]; a[0] = 3;"),
        "error[E0594]: cannot assign to `a[_]`, as `a` is not declared as mutable"),
    "mut_borrow_of_immutable": (
        main("let x = 5; let r = &mut x; *r += 1;"),
        "error[E0596]: cannot borrow `x` as mutable, as it is not declared as mutable"),
    "push_on_immutable_vec": (
        main("let v = vec![1]; v.push(2);"),
        "error[E0596]: cannot borrow `v` as mutable, as it is not declared as mutable"),
    "vec_index_assign_immutable": (
        main("let v = vec![1]; v[0] = 2;"),
        "error[E0596]: cannot borrow `v` as mutable, as it is not declared as mutable"),
    "push_through_shared_ref": (
        main("", "fn f(list: &Vec<i32>) { list.push(1); }"),
        "error[E0596]: cannot borrow `*list` as mutable, as it is behind a `&` reference"),
    "push_through_self_ref": (
        main("", "struct C { v: Vec<i32> }\nimpl C { fn add(&self) { self.v.push(1); } }"),
        "error[E0596]: cannot borrow `self.v` as mutable, as it is behind a `&` reference"),
    "mutate_inside_rc": (
        main("let a = Rc::new(String::new()); a.push('x');", "use std::rc::Rc;"),
        "error[E0596]: cannot borrow data in an `Rc` as mutable"),
    "fnmut_closure_not_mut": (
        main("let mut n = 0; let inc = || n += 1; inc();"),
        "error[E0596]: cannot borrow `inc` as mutable, as it is not declared as mutable"),
    "two_mut_borrows": (
        main('let mut s = String::new(); let a = &mut s; let b = &mut s; a.push(\'x\');'
             ' b.push(\'y\');'),
        "error[E0499]: cannot borrow `s` as mutable more than once at a time"),
    "mut_borrows_kept_across_iterations": (
        main("let mut c = 0; let mut refs: Vec<&mut i32> = Vec::new();"
             " for _ in 0..2 { refs.push(&mut c); }"),
        "error[E0499]: cannot borrow `c` as mutable more than once at a time"),
    "push_while_element_borrowed": (
        main('let mut v = vec![1]; let first = &v[0]; v.push(2); println!("{}", first);'),
        "error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable"),
    "push_while_iterating": (
        main("let mut v = vec![1]; for x in v.iter() { v.push(*x); }"),
        "error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable"),
    "print_while_mut_borrowed": (
        main('let mut s = String::new(); let m = &mut s; println!("{}", s); m.push(\'x\');'),
        "error[E0502]: cannot borrow `s` as immutable because it is also borrowed as mutable"),
    "push_str_of_itself": (
        main("let mut s = String::new(); s.push_str(&s);"),
        "error[E0502]: cannot borrow `s` as mutable because it is also borrowed as immutable"),
    "copy_while_mut_borrowed": (
        main("let mut x = 5; let r = &mut x; let y = x; *r += 1;"),
        "error[E0503]: cannot use `x` because it was mutably borrowed"),
    "move_while_borrowed": (
        main('let s = String::new(); let r = &s; let t = s; println!("{}", r);'),
        "error[E0505]: cannot move out of `s` because it is borrowed"),
    "drop_while_in_vec_of_refs": (
        main('let a = String::new(); let mut v: Vec<&String> = Vec::new(); v.push(&a);'
             ' drop(a); println!("{:?}", v);'),
        "error[E0505]: cannot move out of `a` because it is borrowed"),
    "assign_while_borrowed": (
        main('let mut x = 1; let r = &x; x = 2; println!("{}", r);'),
        "error[E0506]: cannot assign to `x` because it is borrowed"),
    "closure_borrow_then_assign": (
        main("let mut n = 0; let f = || n + 1; n = 5; f();"),
        "error[E0506]: cannot assign to `n` because it is borrowed"),
    "does_not_live_long_enough": (
        main('let r; { let x = 5; r = &x; } println!("{}", r);'),
        "error[E0597]: `x` does not live long enough"),
    "ref_to_loop_local_pushed": (
        main("let mut v: Vec<&String> = Vec::new();"
             " for i in 0..3 { let s = i.to_string(); v.push(&s); }"),
        "error[E0597]: `s` does not live long enough"),
    "longest_with_shorter_scope": (
        main('let a = String::from("ab"); let l; { let b = String::from("c");'
             ' l = longest(a.as_str(), b.as_str()); } println!("{}", l);',
             "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str { if x.len() > y.len() "
             "{ x } else { y } }"),
        "error[E0597]: `b` does not live long enough"),
    "temporary_dropped": (
        main('let s = String::from("hello").as_str(); println!("{}", s);'),
        "error[E0716]: temporary value dropped while borrowed"),
    "return_ref_to_local": (
        main("", "fn f() -> &'static String { let s = String::new(); &s }"),
        "error[E0515]: cannot return reference to local variable `s`"),
    "return_value_referencing_local": (
        main("", "fn f() -> &'static str { let s = String::new(); s.as_str() }"),
        "error[E0515]: cannot return value referencing local variable `s`"),
    "return_ref_to_param": (
        main("", "fn f(s: String) -> &'static String { &s }"),
        "error[E0515]: cannot return reference to function parameter `s`"),
    "dangle": (
        main("", "fn dangle() -> &String { let s = String::new(); &s }"),
        "error[E0106]: missing lifetime specifier"),
    "longest_without_lifetime": (
        main("", "fn longest(x: &str, y: &str) -> &str { x }"),
        "error[E0106]: missing lifetime specifier"),
    "move_out_of_vec_index": (
        main("let v = vec![String::new()]; let s = v[0];"),
        "error[E0507]: cannot move out of index of `Vec<String>`"),
    "move_out_of_shared_ref": (
        main("", "fn f(v: &String) -> String { *v }"),
        "error[E0507]: cannot move out of `*v` which is behind a shared reference"),
    "move_out_of_self_field": (
        main("", "struct B { t: String }\nimpl B { fn take(&self) -> String { self.t } }"),
        "error[E0507]: cannot move out of `self.t` which is behind a shared reference"),
    "move_out_of_rc": (
        main("let a = Rc::new(String::new()); let s = *a;", "use std::rc::Rc;"),
        "error[E0507]: cannot move out of an `Rc`"),
    "move_out_of_array": (
        main("let a = [String::new(), String::new()]; let s = a[0];"),
        "error[E0508]: cannot move out of type `[String; 2]`, a non-copy array"),
    "overflow_lint_in_fn": (
        main("", "fn f() -> u8 { let x: u8 = 255; x + 1 }"),
        "error: this arithmetic operation will overflow"),
    "literal_out_of_range": (
        main('let b: u8 = 256; println!("{b}");'),
        "error: literal out of range for `u8`"),
    "const_index_out_of_bounds": (
        main("let a = [1, 2, 3]; let i = 10; let e = a[i];"),
        "error: this operation will panic at runtime"),
}


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_rejected_like_rustc(name: str) -> None:
    source, headline = REJECTED[name]
    assert reject(source).headline == headline


def test_borrowck_error_suppresses_overflow_lint() -> None:
    # rustc only runs the lint on programs that passed borrow checking.
    source = main('let x: u8 = 255 + 1; let s = String::new(); let t = s; println!("{s}");')
    assert reject(source).code == "E0382"


def test_errors_sorted_by_position_within_a_function() -> None:
    source = main("let v = vec![1]; let r = &mut v; let x = 1; x = 2;")
    assert reject(source).code == "E0596"


def test_move_label_names_previous_iteration() -> None:
    d = reject(main('let s = String::from("a"); loop { drop(s); }'))
    assert "previous iteration of loop" in d.label  # rustc: only this, under the caret


# ---------------- accepted (look wrong, but rustc accepts) ----------------

ACCEPTED = {
    "nll_borrow_ends_at_last_use": main(
        'let mut s = String::new(); let r = &s; println!("{}", r); s.push(\'b\');'
        ' let m = &mut s; m.push(\'c\'); println!("{}", s);'),
    "two_phase_push_len": main(
        "let mut v: Vec<usize> = Vec::new(); v.push(v.len()); v.insert(0, v[0]);"
        " let mut s = String::from(\"ab\"); s.push_str(&s.clone()); s.truncate(s.len() - 1);"),
    "two_phase_user_method": main(
        "let mut b = Bank { a: vec![1, 2] }; b.deposit(0, b.balance(1));",
        "struct Bank { a: Vec<i64> }\nimpl Bank { fn balance(&self, i: usize) -> i64 "
        "{ self.a[i] }\nfn deposit(&mut self, i: usize, x: i64) { self.a[i] += x; } }"),
    "reborrows": main(
        "let mut v = vec![1]; let r = &mut v; add(r, 2); add(r, 3); r.push(4);"
        " let r2 = &mut *r; r2.push(5); r.push(6);",
        "fn add(v: &mut Vec<i32>, x: i32) { v.push(x); }"),
    "mut_borrow_per_iteration": main(
        "let mut v = vec![1, 2]; for i in 0..v.len() { let x = &mut v[i]; *x += 1; }"
        " for x in v.iter_mut() { *x *= 2; } let mut t = 0; for x in &v { t += x; }"
        ' println!("{:?} {}", v, t);'),
    "while_let_last_then_pop": main(
        'let mut st = vec![String::new()]; while let Some(l) = st.last() {'
        ' println!("{}", l); st.pop(); }'),
    "disjoint_fields": main(
        "let mut p = (String::new(), String::new()); let a = &mut p.0; let b = &mut p.1;"
        ' a.push(\'x\'); b.push(\'y\'); let m = p.0; println!("{} {}", m, p.1);'),
    "reinit_after_move": main(
        'let mut s = String::new(); let c = true; if c { drop(s); s = String::new(); }'
        ' println!("{}", s);'),
    "deferred_init": main('let x; let c = 3; if c > 2 { x = 1; } else { x = 2; } println!("{x}");'),
    "closure_borrows_end": main(
        'let mut n = 0; let mut inc = || n += 1; inc(); inc(); println!("{}", n);'
        ' let s = String::new(); let g = move || s.len(); println!("{}", g());'),
    "temporary_lifetime_extension": main(
        'let r = &String::from("x"); let n = String::from("ab").len(); println!("{r} {n}");'),
    "tail_ref_from_if": main(
        'let a = String::from("a"); let b = String::from("bb");'
        ' let l = if a.len() > b.len() { &a } else { &b }; println!("{}", l); let c = a;'),
    "returning_borrowed_params": main(
        "",
        "fn first(v: &Vec<String>) -> &String { &v[0] }\n"
        "fn id(s: &str) -> &str { &s[..] }\n"
        "fn pick<'a>(a: &'a str, b: &'a str) -> &'a str { if a > b { a } else { b } }"),
    "copy_types_reused": main(
        "let p = (1, 2); let q = p; let a = [1, 2]; let b = a; let x = p.0 + q.1 + a[0] + b[1];"
        ' println!("{x}");'),
    "ref_patterns": main(
        'let o = Some(String::new()); if let Some(s) = &o { println!("{}", s); }'
        ' match o { Some(ref s) => println!("{}", s), None => {} } let p = o;'),
    "vec_of_refs_then_drop_after_last_use": main(
        'let a = String::new(); let mut v: Vec<&String> = Vec::new(); v.push(&a);'
        ' println!("{:?}", v); drop(a);'),
    "loop_moves_then_reassigns": main(
        'let mut s = String::new(); for i in 0..3 { let t = s; s = format!("{t}{i}"); }'
        ' println!("{s}");'),
    "move_in_loop_then_break": main('let s = String::new(); loop { drop(s); break; }'),
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_accepted_like_rustc(name: str) -> None:
    accept(ACCEPTED[name])


# ---------------- moves recorded for the interpreter ----------------


def test_moves_let_call_and_return() -> None:
    source = main(
        'let s = String::from("a"); let t = s; let n = 5; let m = n; drop(t);'
        " let v = make(); let w = v.clone(); consume(w);",
        "fn make() -> Vec<i32> { let v = vec![1]; v }\nfn consume(v: Vec<i32>) {}")
    assert moved_texts(source) == ["v", "s", "t", "w"]


def test_moves_partial_struct_update_and_method_self() -> None:
    source = main(
        "let p = P { a: String::new(), b: String::new() }; let a = p.a;"
        " let q = P { a: String::new(), ..p }; let o: Option<String> = None; let x = o.unwrap();",
        "struct P { a: String, b: String }")
    assert moved_texts(source) == ["p.a", "p", "o"]


def test_moves_into_aggregates_and_patterns() -> None:
    source = main(
        "let a = String::new(); let b = String::new(); let t = (a, 1); let v = vec![b];"
        " let o = Some(String::new()); match o { Some(s) => drop(s), None => {} }"
        " for x in v { drop(x); }")
    texts = moved_texts(source)
    assert texts.count("a") == 1 and texts.count("b") == 1
    assert "o" in texts and "s" in texts  # the scrutinee and the binding that moves out
    assert "v" in texts  # `for` consumes the vector


def test_borrows_and_copies_are_not_moves() -> None:
    source = main(
        'let s = String::new(); let r = &s; println!("{} {}", s, r); let n = s.len();'
        " let c = s.clone(); let o = Some(String::new()); if let Some(x) = &o {}"
        " let t = (1, 2); let u = t; drop(c);")
    assert moved_texts(source) == ["c"]


def test_move_closure_records_the_capture() -> None:
    source = main("let s = String::new(); let f = move || s.len(); f();")
    assert moved_texts(source) == ["move || s.len()"]


def test_vec_index_assignment_reading_the_vec_in_the_index_is_e0502() -> None:
    """IndexMut borrows a Vec before its index is evaluated (rustc 1.95 rejects both)."""
    for op in ("=", "+="):
        problem = reject(main(f"let mut v = vec![1, 2, 3];\n    v[v.len() - 1] {op} 5;"))
        assert problem.headline == ("error[E0502]: cannot borrow `v` as immutable because it "
                                    "is also borrowed as mutable")
    # Arrays index with the built-in operator: the index is evaluated first, so it is fine.
    accept(main("let mut a = [1, 2, 3];\n    a[a.len() - 1] += 5;\n    println!(\"{:?}\", a);"))
    accept(main("let mut v = vec![1, 2, 3];\n    let last = v.len() - 1;\n    v[last] = v[0];"))


def test_a_reference_to_a_static_kept_past_its_statement_is_refused_not_an_error() -> None:
    """`&LIMIT` is a `&'static` in Rust (rustc runs these programs); the tool copies a static
    per use, so a reference kept beyond the statement is refused at the borrow, never
    reported as E0716 (it used to be) nor run with a dangling reference."""
    for body, where in (
            ("let mut best = &0;\n    for n in [3, 12] {\n        if n > LIMIT {\n"
             "            best = &LIMIT;\n        }\n    }\n    println!(\"{}\", best);", "&LIMIT"),
            ("let mut it = NAMES.iter();\n    it.next();\n    println!(\"{:?}\", it.next());",
             "NAMES")):  # the autoref: at the receiver, as rustc spans it
        source = ("static LIMIT: i32 = 10;\nstatic NAMES: [&str; 2] = [\"a\", \"b\"];\n\n"
                  f"fn main() {{\n    {body}\n}}\n")
        problem = reject(source)
        assert problem.headline == ("error: not supported yet: a reference to a constant or "
                                    "a `static` kept past its statement (Rust's `&'static`)")
        assert source[problem.span.start:problem.span.end] == where
    # Used within its statement, or bound by `let` (the temporary lives as long as the
    # variable), the copy behaves as the static does.
    accept("static LIMIT: i32 = 10;\n\nfn main() {\n    let r = &LIMIT;\n"
           "    println!(\"{} {}\", r, LIMIT.max(3));\n}\n")

"""The parser's breadth: items, patterns, match, closures, struct literals, let-else.

Each test parses a small realistic program and checks the AST's shape. Whether
the checker and interpreter run these constructs is another matter ("not
supported yet" until they do); here only the syntax is under test.
"""

from __future__ import annotations

from typing import Any

import pytest
from lark.common import ParserConf
from lark.exceptions import GrammarError
from lark.parsers.lalr_analysis import LALR_Analyzer

from stackheap_tui import resources
from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.lang.syntax import blank_comments, parse
from stackheap_tui.lang.syntax.grammar import lark_parser as _parser


def main_body(source: str) -> ast.Block:
    program = parse(source)
    main = next(i for i in program.items if isinstance(i, ast.FnItem) and i.name == "main")
    return main.body


def stmt_exprs(source: str) -> list[Any]:
    """The expression (or `let` initialiser) of each statement in `main`."""
    body = main_body(source)
    out: list[Any] = []
    for stmt in body.stmts:
        out.append(stmt.init if isinstance(stmt, ast.Let) else getattr(stmt, "expr", stmt))
    if body.tail is not None:
        out.append(body.tail)
    return out


def error_of(source: str) -> tuple[str, int, int]:
    with pytest.raises(CompileError) as info:
        parse(source)
    diagnostic = info.value.diagnostics[0]
    return diagnostic.message, diagnostic.span.line, diagnostic.span.col


# ---- the grammar itself ----


def test_grammar_has_no_lalr_conflicts() -> None:
    """Lark resolves shift/reduce conflicts silently (as shift) unless strict:
    run its LALR analysis in strict mode on our rules, which raises on any."""
    parser = _parser()
    LALR_Analyzer(ParserConf(parser.rules, {}, parser.options.start), strict=True).compute_lalr()


def test_conflict_check_catches_a_conflict() -> None:
    from lark import Lark

    grammar = resources.grammar_path().read_text(encoding="utf-8")
    # An `if` condition that may end in a bare block: `if a.. {` is ambiguous.
    broken = grammar.replace("?callable_ns: primary_common", "?callable_ns: primary_common\n"
                             "            | block -> block_expr")
    parser = Lark(broken, parser="lalr", propagate_positions=True, maybe_placeholders=False)
    with pytest.raises(GrammarError):
        LALR_Analyzer(ParserConf(parser.rules, {}, parser.options.start),
                      strict=True).compute_lalr()


# ---- items ----

BOOK_RECTANGLE = """\
#![allow(dead_code)]
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rectangle {
    pub width: u32,
    height: u32,
}

impl Rectangle {
    fn square(size: u32) -> Self {
        Self { width: size, height: size }
    }

    pub fn area(&self) -> u32 {
        self.width * self.height
    }

    fn widen(&mut self, by: u32) {
        self.width += by;
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }

    fn into_pair(self) -> (u32, u32) {
        (self.width, self.height)
    }

    fn reset(mut self) -> Self {
        self.width = 0;
        self
    }
}

impl fmt::Display for Rectangle {
    fn fmt<'a>(&'a self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}x{}", self.width, self.height)
    }
}

fn main() {
    let rect = Rectangle { width: 30, height: 50 };
    let sq = Rectangle::square(3);
    println!("{} {}", rect.area(), rect.can_hold(&sq));
}
"""


def test_book_struct_with_impl_and_methods() -> None:
    program = parse(BOOK_RECTANGLE)
    use, struct, impl, display, main = program.items
    assert isinstance(use, ast.UseItem) and use.path == ("std", "fmt") and use.names == ()
    assert isinstance(struct, ast.StructItem)
    assert (struct.name, struct.kind) == ("Rectangle", "named")
    assert struct.derives == ("Debug", "Clone", "Copy", "PartialEq")
    assert [(f.name, f.type.segments) for f in struct.fields] == [
        ("width", ("u32",)), ("height", ("u32",))]
    # `pub` is part of the item's span (as in rustc), the attribute is not.
    assert (struct.span.line, struct.span.col) == (5, 1)
    assert (struct.name_span.line, struct.name_span.col) == (5, 12)

    assert isinstance(impl, ast.ImplItem) and impl.trait is None
    assert isinstance(impl.self_type, ast.TypePath)
    assert impl.self_type.segments == ("Rectangle",)
    square, area, widen, can_hold, into_pair, reset = impl.methods
    assert square.self_param is None and len(square.params) == 1
    assert isinstance(square.body.tail, ast.StructLit)
    assert square.body.tail.path.segments == ("Self",)
    selfs = [m.self_param for m in (area, widen, can_hold, into_pair, reset)]
    assert [(s.by_ref, s.mutable_ref, s.mutable_binding) for s in selfs if s] == [
        (True, False, False), (True, True, False), (True, False, False),
        (False, False, False), (False, False, True)]
    assert [p.pattern.name for p in can_hold.params] == ["other"]
    assert area.self_param is not None
    assert (area.self_param.span.line, area.self_param.span.col) == (15, 17)

    assert isinstance(display, ast.ImplItem)
    assert display.trait is not None and display.trait.segments == ("fmt", "Display")
    (fmt_method,) = display.methods
    assert [g.name for g in fmt_method.generics] == ["'a"]
    assert fmt_method.self_param is not None and fmt_method.self_param.by_ref
    assert isinstance(main, ast.FnItem) and main.name == "main"


def test_tuple_unit_structs_generics_and_attributes() -> None:
    program = parse("""\
#[allow(unused)]
struct Color(pub i32, i32, i32);
struct AlwaysEqual;
struct Point<T> { x: T, y: T }
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T { list[0] }
struct Excerpt<'a> { part: &'a str }
impl<'a> Excerpt<'a> { fn part(&self) -> &'a str { self.part } }
fn main() {}
""")
    color, unit, point, largest, excerpt, impl, _main = program.items
    assert isinstance(color, ast.StructItem) and color.kind == "tuple"
    assert [f.name for f in color.fields] == ["0", "1", "2"] and color.derives == ()
    assert isinstance(unit, ast.StructItem) and (unit.kind, unit.fields) == ("unit", ())
    assert isinstance(point, ast.StructItem)
    assert [(g.name, g.bounds) for g in point.generics] == [("T", ())]
    assert isinstance(largest, ast.FnItem)
    (t,) = largest.generics
    assert t.name == "T" and [b.segments for b in t.bounds] == [("PartialOrd",), ("Copy",)]
    assert isinstance(excerpt, ast.StructItem) and excerpt.generics[0].name == "'a"
    assert isinstance(impl, ast.ImplItem)
    # Lifetime arguments are accepted and dropped from types.
    assert isinstance(impl.self_type, ast.TypePath) and impl.self_type.args == ()


def test_enum_with_every_variant_kind() -> None:
    program = parse("""\
#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(i32, i32, i32),
}
enum Color { Red = 1, Green = 2, Blue }
enum Option2<T> { Some2(T), None2 }
fn main() {}
""")
    message, color, option, _main = program.items
    assert isinstance(message, ast.EnumItem) and message.derives == ("Debug",)
    assert [(v.name, v.kind, len(v.fields)) for v in message.variants] == [
        ("Quit", "unit", 0), ("Move", "named", 2), ("Write", "tuple", 1),
        ("ChangeColor", "tuple", 3)]
    assert [f.name for f in message.variants[1].fields] == ["x", "y"]
    assert (message.variants[1].span.line, message.variants[1].span.col) == (4, 5)
    assert isinstance(color, ast.EnumItem)
    discriminants = [v.discriminant for v in color.variants]
    assert [d.value if isinstance(d, ast.IntLit) else d for d in discriminants] == [1, 2, None]
    assert isinstance(option, ast.EnumItem) and option.generics[0].name == "T"


def test_const_static_use_and_nested_items() -> None:
    program = parse("""\
use std::collections::{HashMap, hash_map::Entry};
use std::io::{self, Write};
pub const MAX_POINTS: u32 = 100_000;
static GREETING: &str = "hi";
fn main() {
    const LIMIT: usize = 3;
    fn helper(x: i32) -> i32 { x }
    let y = helper(LIMIT as i32);
}
""")
    group, io, const, static, main = program.items
    assert isinstance(group, ast.UseItem)
    assert group.path == ("std", "collections")
    assert group.names == ("HashMap", "hash_map::Entry")
    assert isinstance(io, ast.UseItem) and io.names == ("self", "Write")
    assert isinstance(const, ast.ConstItem) and not const.is_static
    assert (const.name, const.name_span.col, const.span.col) == ("MAX_POINTS", 11, 1)
    assert isinstance(const.value, ast.IntLit) and const.value.value == 100_000
    assert isinstance(static, ast.ConstItem) and static.is_static
    assert isinstance(main, ast.FnItem)
    nested_const, nested_fn, let = main.body.stmts
    assert isinstance(nested_const, ast.ItemStmt) and isinstance(nested_const.item, ast.ConstItem)
    assert isinstance(nested_fn, ast.ItemStmt) and isinstance(nested_fn.item, ast.FnItem)
    assert isinstance(let, ast.Let)
    # A nested fn is a statement, never the block's value.
    assert main.body.tail is None


def run_cli_source(source: str) -> str:
    from stackheap_tui.pipeline import load

    trace = load(source, "main.rs")
    return trace.outcome.stdout


def test_pub_crate_is_visibility_and_crate_paths_name_this_crate() -> None:
    program = parse("pub(crate) fn helper() {}\nfn main() {}\n")
    assert [i.name for i in program.items if isinstance(i, ast.FnItem)] == ["helper", "main"]
    # `crate::` names an item of this (one-file) crate, as in the Book's `use crate::List::*`.
    result = run_cli_source("pub(crate) fn helper() { println!(\"hi\"); }\n"
                            "fn main() {\n    crate::helper();\n}\n")
    assert result == "hi\n"


@pytest.mark.parametrize(("source", "what"), [
    ("mod a {}\nfn main() {}\n", "modules"),
    ("union U { a: u32 }\nfn main() {}\n", "`union` items"),
    ("fn main() {\n    async fn f() {}\n}\n", "`async`"),
])
def test_still_unparsed_keywords_are_not_supported_yet(source: str, what: str) -> None:
    message, _, _ = error_of(source)
    assert message == f"not supported yet: {what}"


# ---- match and patterns ----

MATCH_PROGRAM = """\
fn main() {
    let r = match msg {
        Message::Quit => 0,
        Message::Move { x, y: 0, .. } => x,
        Message::Write(text) if text.len() > 3 => {
            1
        }
        Message::ChangeColor(r, _, _) => r,
        Color::Red => 3,
        None => 4,
        _ => 5,
    };
    match n {
        1 | 2 | 3 => {}
        -5..=-1 => {}
        'a'..='z' => {}
        ..=9 => {}
        n @ 10..=12 => println!("{n}"),
        100.. => {}
        &(a, b) => {}
        &mut x => {}
        (first, .., last) => {}
        [a, b, rest @ ..] => {}
        Some(ref mut x) => {}
        Point { ref x, mut y } => {}
        (1 | 2, true) => {}
        "str" => {}
        b'a' => {}
        i32::MAX => {}
    }
}
"""


def test_match_arms_and_every_pattern_kind() -> None:
    first, second = stmt_exprs(MATCH_PROGRAM)
    assert isinstance(first, ast.Match)
    assert isinstance(first.scrutinee, ast.Path) and first.scrutinee.segments == ("msg",)
    quit_, move, write, change, red, none, wild = first.arms
    assert isinstance(quit_.pattern, ast.PathPattern)
    assert quit_.pattern.path.segments == ("Message", "Quit")
    assert isinstance(move.pattern, ast.StructPattern) and move.pattern.has_rest
    fx, fy = move.pattern.fields
    assert (fx.name, type(fx.pattern), fy.name, type(fy.pattern)) == (
        "x", ast.IdentPattern, "y", ast.LiteralPattern)
    assert isinstance(write.pattern, ast.TupleStructPattern) and write.guard is not None
    assert isinstance(write.body, ast.Block)
    # An arm's span ends with its body, not its comma.
    assert (write.span.line, write.span.col, write.span.end_line) == (5, 9, 7)
    assert isinstance(change.pattern, ast.TupleStructPattern)
    assert [type(p) for p in change.pattern.items] == [
        ast.IdentPattern, ast.WildcardPattern, ast.WildcardPattern]
    assert isinstance(red.pattern, ast.PathPattern)
    # A single name stays an IdentPattern: the checker decides if it is a variant.
    assert isinstance(none.pattern, ast.IdentPattern) and none.pattern.name == "None"
    assert isinstance(wild.pattern, ast.WildcardPattern)

    assert isinstance(second, ast.Match)
    pats = [arm.pattern for arm in second.arms]
    (or_, neg_range, char_range, to_range, binding, from_range, ref_tuple, ref_mut, rest_tuple,
     slice_, ref_mut_bind, struct_short, nested_or, string, byte, const_path) = pats
    assert isinstance(or_, ast.OrPattern) and len(or_.alternatives) == 3
    assert isinstance(neg_range, ast.RangePattern) and neg_range.inclusive
    assert isinstance(neg_range.start, ast.Unary) and neg_range.start.op == "-"
    assert isinstance(char_range, ast.RangePattern)
    assert isinstance(char_range.start, ast.CharLit) and char_range.start.value == "a"
    assert isinstance(to_range, ast.RangePattern) and to_range.start is None
    assert isinstance(binding, ast.BindingPattern) and binding.binding.name == "n"
    assert isinstance(binding.pattern, ast.RangePattern)
    assert isinstance(second.arms[4].body, ast.MacroCall)
    assert isinstance(from_range, ast.RangePattern)
    assert (from_range.end, from_range.inclusive) == (None, False)
    assert isinstance(ref_tuple, ast.RefPattern) and not ref_tuple.mutable
    assert isinstance(ref_tuple.pattern, ast.TuplePattern)
    assert isinstance(ref_mut, ast.RefPattern) and ref_mut.mutable
    assert isinstance(ref_mut.pattern, ast.IdentPattern) and not ref_mut.pattern.mutable
    assert isinstance(rest_tuple, ast.TuplePattern)
    assert [type(p) for p in rest_tuple.items] == [
        ast.IdentPattern, ast.RestPattern, ast.IdentPattern]
    assert isinstance(slice_, ast.SlicePattern)
    assert isinstance(slice_.items[2], ast.BindingPattern)
    assert isinstance(slice_.items[2].pattern, ast.RestPattern)
    assert isinstance(ref_mut_bind, ast.TupleStructPattern)
    inner = ref_mut_bind.items[0]
    assert isinstance(inner, ast.IdentPattern) and inner.by_ref and inner.mutable
    assert isinstance(struct_short, ast.StructPattern) and not struct_short.has_rest
    assert [(f.name, f.pattern.by_ref, f.pattern.mutable) for f in struct_short.fields
            if isinstance(f.pattern, ast.IdentPattern)] == [("x", True, False), ("y", False, True)]
    assert isinstance(nested_or, ast.TuplePattern)
    assert isinstance(nested_or.items[0], ast.OrPattern)
    assert isinstance(string, ast.LiteralPattern) and isinstance(string.value, ast.StrLit)
    assert isinstance(byte, ast.LiteralPattern) and isinstance(byte.value, ast.IntLit)
    assert (byte.value.value, byte.value.suffix) == (97, "u8")
    assert isinstance(const_path, ast.PathPattern)


def test_match_is_block_like_and_arms_may_omit_commas() -> None:
    body = main_body("""\
fn main() {
    match x {
        0 => {}
        1 => if y { 2 } else { 3 }
        _ => loop {}
    }
    *p = 1;
    let v = match x { 0 => 1, _ => 2 };
}
""")
    match_stmt, assign, let = body.stmts
    assert isinstance(match_stmt, ast.ExprStmt) and not match_stmt.semicolon
    assert isinstance(match_stmt.expr, ast.Match) and len(match_stmt.expr.arms) == 3
    assert isinstance(match_stmt.expr.arms[1].body, ast.If)
    # After a block-like statement, `*p` starts a new statement.
    assert isinstance(assign, ast.ExprStmt) and isinstance(assign.expr, ast.Assign)
    assert isinstance(let, ast.Let) and isinstance(let.init, ast.Match)


def test_patterns_in_let_params_closures_and_for() -> None:
    program = parse("""\
fn sum(&(a, b): &(i32, i32), [x, _, z]: [i32; 3]) -> i32 { a + b + x + z }
fn main() {
    let (mut x, Point { y, .. }) = pair;
    let _ = drop_me();
    let f = |(a, b): (i32, i32), _| a + b;
    for (i, &v) in xs.iter().enumerate() {}
    for Some(x) | None in xs {}
}
""")
    function, main = program.items
    assert isinstance(function, ast.FnItem)
    ref_param, slice_param = function.params
    assert isinstance(ref_param.pattern, ast.RefPattern)
    assert isinstance(slice_param.pattern, ast.SlicePattern)
    assert isinstance(main, ast.FnItem)
    tuple_let, wildcard_let, closure_let, for_enum = main.body.stmts
    for_or = main.body.tail  # a trailing block-like statement is the block's value
    assert isinstance(tuple_let, ast.Let) and isinstance(tuple_let.pattern, ast.TuplePattern)
    mut_x, point = tuple_let.pattern.items
    assert isinstance(mut_x, ast.IdentPattern) and mut_x.mutable
    assert isinstance(point, ast.StructPattern) and point.has_rest
    assert isinstance(wildcard_let, ast.Let)
    assert isinstance(wildcard_let.pattern, ast.WildcardPattern)
    assert isinstance(closure_let, ast.Let) and isinstance(closure_let.init, ast.Closure)
    first, second = closure_let.init.params
    assert isinstance(first.pattern, ast.TuplePattern) and isinstance(first.type, ast.TypeTuple)
    assert isinstance(second.pattern, ast.WildcardPattern) and second.type is None
    assert isinstance(for_enum, ast.ExprStmt) and isinstance(for_enum.expr, ast.For)
    pattern = for_enum.expr.pattern
    assert isinstance(pattern, ast.TuplePattern) and isinstance(pattern.items[1], ast.RefPattern)
    assert isinstance(for_or, ast.For) and isinstance(for_or.pattern, ast.OrPattern)


# ---- if let, while let, let else ----


def test_if_let_while_let_and_let_else() -> None:
    if_let, while_let, let_else, plain_if = main_body("""\
fn main() {
    if let Some(x) = opt { x; } else if let Ok(y) = res { y; } else { }
    while let Some(top) = stack.pop() { }
    let Some(v) = opt else { return; };
    let c = if a { 1 } else { 2 };
}
""").stmts
    assert isinstance(if_let, ast.ExprStmt) and isinstance(if_let.expr, ast.If)
    cond = if_let.expr.cond
    assert isinstance(cond, ast.LetCond)
    assert isinstance(cond.pattern, ast.TupleStructPattern)
    assert isinstance(cond.value, ast.Path) and cond.value.segments == ("opt",)
    assert (cond.span.line, cond.span.col, cond.span.end_col) == (2, 8, 25)
    chained = if_let.expr.otherwise
    assert isinstance(chained, ast.If) and isinstance(chained.cond, ast.LetCond)
    assert isinstance(chained.otherwise, ast.Block)
    assert isinstance(while_let, ast.ExprStmt) and isinstance(while_let.expr, ast.While)
    assert isinstance(while_let.expr.cond, ast.LetCond)
    assert isinstance(while_let.expr.cond.value, ast.MethodCall)
    assert isinstance(let_else, ast.Let) and isinstance(let_else.otherwise, ast.Block)
    assert isinstance(let_else.init, ast.Path)
    assert isinstance(let_else.otherwise.stmts[0], ast.ExprStmt)
    # An `if`'s own `else` is never taken for a let-else.
    assert isinstance(plain_if, ast.Let) and plain_if.otherwise is None
    assert isinstance(plain_if.init, ast.If) and isinstance(plain_if.init.otherwise, ast.Block)


def test_let_chains_are_refused_not_a_wrong_parse() -> None:
    # Let chains are stable in edition 2024: refused at the `if`, never a syntax error.
    message, line, col = error_of("fn main() {\n    if let Some(x) = a && x > 0 {}\n}\n")
    assert message.startswith("not supported yet: let chains") and (line, col) == (2, 5)


def test_identifiers_starting_with_keywords_stay_identifiers() -> None:
    decl, if_stmt, assign = main_body(
        "fn main() { let elsewhere = 1; if a {} elsewhere = 2; }\n").stmts
    assert isinstance(decl, ast.Let) and isinstance(decl.pattern, ast.IdentPattern)
    assert decl.pattern.name == "elsewhere"
    assert isinstance(if_stmt, ast.ExprStmt) and isinstance(if_stmt.expr, ast.If)
    assert isinstance(assign, ast.ExprStmt) and isinstance(assign.expr, ast.Assign)


# ---- closures ----


def test_closures() -> None:
    inc, add, moved, empty, spaced, nested, arg = stmt_exprs("""\
fn main() {
    let inc = |x| x + 1;
    let add = |a: i32, b: i32| -> i32 { a + b };
    let moved = move || s.len();
    let empty = || 5;
    let spaced = | | 6;
    let nested = |a| move |b| a + b;
    v.iter().map(|x| x * 2).count();
}
""")
    assert isinstance(inc, ast.Closure) and not inc.is_move and inc.return_type is None
    assert [p.pattern.name for p in inc.params if isinstance(p.pattern, ast.IdentPattern)] == ["x"]
    assert isinstance(inc.body, ast.Binary) and inc.body.op == "+"
    assert (inc.span.line, inc.span.col, inc.span.end_col) == (2, 15, 24)
    assert isinstance(add, ast.Closure) and len(add.params) == 2
    assert isinstance(add.return_type, ast.TypePath) and isinstance(add.body, ast.Block)
    assert isinstance(moved, ast.Closure) and moved.is_move and moved.params == ()
    assert isinstance(empty, ast.Closure) and empty.params == ()
    assert isinstance(spaced, ast.Closure) and spaced.params == ()
    assert isinstance(nested, ast.Closure) and isinstance(nested.body, ast.Closure)
    assert nested.body.is_move
    assert isinstance(arg, ast.MethodCall)
    map_call = arg.receiver
    assert isinstance(map_call, ast.MethodCall) and isinstance(map_call.args[0], ast.Closure)


def test_or_operator_is_still_an_operator() -> None:
    (value,) = stmt_exprs("fn main() { let b = x || y | z; }\n")
    assert isinstance(value, ast.Binary) and value.op == "||"
    assert isinstance(value.right, ast.Binary) and value.right.op == "|"


# ---- struct literals and the no-struct heads ----


def test_struct_literals() -> None:
    full, update, variant, shorthand, generic = stmt_exprs("""\
fn main() {
    let p = Point { x: 1, y: 2 };
    let q = Point { x: 5, ..p };
    let m = Message::Move { x: 1, y: 2, };
    let s = User { name, active: true };
    let g = Wrapper::<i32> { 0: 7 };
}
""")
    assert isinstance(full, ast.StructLit) and full.base is None
    assert [(f.name, f.value.value) for f in full.fields if isinstance(f.value, ast.IntLit)] == [
        ("x", 1), ("y", 2)]
    assert (full.span.line, full.span.col, full.span.end_col) == (2, 13, 33)
    assert isinstance(update, ast.StructLit)
    assert isinstance(update.base, ast.Path) and update.base.segments == ("p",)
    assert isinstance(variant, ast.StructLit) and variant.path.segments == ("Message", "Move")
    assert isinstance(shorthand, ast.StructLit)
    name = shorthand.fields[0]
    assert isinstance(name.value, ast.Path) and (name.name, name.value.segments) == (
        "name", ("name",))
    assert isinstance(generic, ast.StructLit) and generic.fields[0].name == "0"


def test_no_struct_literal_in_if_while_match_for_heads() -> None:
    bare_if, paren_if, while_, match_, for_ = stmt_exprs("""\
fn main() {
    if x == P { }
    if x == (P { a: 1 }) {}
    while p != Q { break; }
    match P { _ => {} }
    for i in Q { }
}
""")
    assert isinstance(bare_if, ast.If) and isinstance(bare_if.cond, ast.Binary)
    assert isinstance(bare_if.cond.right, ast.Path) and bare_if.cond.right.segments == ("P",)
    assert bare_if.then.stmts == () and bare_if.then.tail is None
    assert isinstance(paren_if, ast.If) and isinstance(paren_if.cond, ast.Binary)
    assert isinstance(paren_if.cond.right, ast.StructLit)
    assert isinstance(while_, ast.While) and isinstance(while_.cond, ast.Binary)
    assert isinstance(match_, ast.Match) and isinstance(match_.scrutinee, ast.Path)
    assert isinstance(for_, ast.For) and isinstance(for_.iterable, ast.Path)


def test_open_range_before_a_for_body() -> None:
    open_range, full_range, closed = stmt_exprs("""\
fn main() {
    for i in 0.. { break; }
    for i in .. { break; }
    for i in 0..n { }
}
""")
    assert isinstance(open_range, ast.For)
    assert isinstance(open_range.iterable, ast.RangeExpr) and open_range.iterable.end is None
    assert isinstance(open_range.body.stmts[0], ast.ExprStmt)
    assert isinstance(full_range, ast.For) and isinstance(full_range.iterable, ast.RangeExpr)
    assert isinstance(closed, ast.For) and isinstance(closed.iterable, ast.RangeExpr)
    assert isinstance(closed.iterable.end, ast.Path)


# ---- smaller expressions ----


def test_vec_repeat_and_paths() -> None:
    repeat, listed, self_new, size_of, turbofish, max_ = stmt_exprs("""\
fn main() {
    let v = vec![0; 10];
    let w = vec![1, 2];
    let s = Self::new();
    let n = std::mem::size_of::<T>();
    let e = Vec::<i32>::new();
    let m = i32::MAX;
}
""")
    assert isinstance(repeat, ast.MacroCall)
    assert (repeat.name, repeat.bracket, repeat.repeat, len(repeat.args)) == ("vec", True, True, 2)
    assert isinstance(listed, ast.MacroCall) and not listed.repeat and len(listed.args) == 2
    assert isinstance(self_new, ast.Call) and isinstance(self_new.callee, ast.Path)
    assert self_new.callee.segments == ("Self", "new")
    assert isinstance(size_of, ast.Call) and isinstance(size_of.callee, ast.Path)
    assert size_of.callee.segments == ("std", "mem", "size_of")
    assert len(size_of.callee.generic_args) == 1
    assert isinstance(turbofish, ast.Call) and isinstance(turbofish.callee, ast.Path)
    assert turbofish.callee.segments == ("Vec", "new")
    assert isinstance(max_, ast.Path) and max_.segments == ("i32", "MAX")


def test_nested_tuple_field_access() -> None:
    (value,) = stmt_exprs("fn main() { let y = t.0.1; }\n")
    assert isinstance(value, ast.Field) and value.name == "1"
    assert isinstance(value.base, ast.Field) and value.base.name == "0"
    assert (value.base.span.col, value.base.span.end_col, value.span.end_col) == (21, 24, 26)


def test_method_call_versus_calling_a_field() -> None:
    method, field_call = stmt_exprs("fn main() { x.f(1); (x.f)(2); }\n")
    assert isinstance(method, ast.MethodCall) and method.method == "f"
    assert (method.method_span.col, method.method_span.end_col) == (15, 16)
    assert isinstance(field_call, ast.Call) and isinstance(field_call.callee, ast.Field)


def test_byte_literals_are_u8() -> None:
    (value,) = stmt_exprs("fn main() { let b = b'\\n'; }\n")
    assert isinstance(value, ast.IntLit) and (value.value, value.suffix) == (10, "u8")


# ---- comments ----


def test_nested_block_comments() -> None:
    source = """\
fn main() {
    /* outer /* inner */ still a comment */ let a = 1; // line /* not opened
    let s = "/* not a comment */"; let c = '"'; let l = '/';
    /* spans
       lines */ let e = 2;
}
"""
    a, s, c, slash, e = main_body(source).stmts
    assert isinstance(a, ast.Let) and isinstance(a.pattern, ast.IdentPattern)
    assert (a.span.line, a.span.col) == (2, 45)
    assert isinstance(s, ast.Let) and isinstance(s.init, ast.StrLit)
    assert s.init.value == "/* not a comment */"
    assert isinstance(c, ast.Let) and isinstance(c.init, ast.CharLit) and c.init.value == '"'
    assert isinstance(slash, ast.Let) and isinstance(slash.init, ast.CharLit)
    assert isinstance(e, ast.Let) and (e.span.line, e.span.col) == (5, 17)


def test_comment_blanking_keeps_every_position() -> None:
    source = "a /* b /* c */ d */ e // f\n'x' \"/*\" 'a: g"
    blanked = blank_comments(source)
    assert len(blanked) == len(source)
    assert blanked == "a                   e     \n'x' \"/*\" 'a: g"


def test_unterminated_block_comment_is_a_diagnostic() -> None:
    message, line, col = error_of("fn main() {\n    /* open /* nested */\n    let x = 1;\n}\n")
    assert (message, line, col) == ("unterminated block comment", 2, 5)


# ---- syntax errors stay diagnostics ----


@pytest.mark.parametrize(("source", "message", "line", "col"), [
    ("struct P {\n    x: i32\n    y: i32,\n}\nfn main() {}\n",
     "expected one of `}`, `,`, found `y`", 3, 5),
    ("fn main() {\n    let x = 5\n    let y = 6;\n}\n", "expected `;`, found keyword `let`", 2,
     14),
    ("fn main() {\n    match x { 1 => 2 3 => 4 }\n}\n", "found literal `3`", 2, 22),
    ("fn main() {\n    let f = |x x;\n}\n", "found `x`", 2, 16),
    # Unbalanced brackets are rustc's delimiter errors, located at the unclosed one.
    ("enum E { A(i32 }\nfn main() {}\n", "mismatched closing delimiter: `}`", 1, 11),
    ("fn main() {\n    match x { ..= => 1 }\n}\n", "inclusive range with no end", 2, 15),
    ("impl Foo {\n    fn f(&self {}\n}\nfn main() {}\n", "mismatched closing delimiter: `}`",
     2, 9),
    ("fn main() {\n    let v = 1\n", "this file contains an unclosed delimiter", 2, 15),
])
def test_syntax_errors_are_diagnostics(source: str, message: str, line: int, col: int) -> None:
    found, found_line, found_col = error_of(source)
    assert message in found
    assert (found_line, found_col) == (line, col)

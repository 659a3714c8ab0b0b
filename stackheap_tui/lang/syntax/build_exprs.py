"""Tree → AST for blocks, statements and expressions, literals included."""

from __future__ import annotations

from typing import Any

from lark import Token

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax.errors import syntax_error, unsupported
from stackheap_tui.lang.syntax.literals import decode_escapes, parse_int_literal
from stackheap_tui.lang.syntax.pieces import (
    TYPE_NODES,
    Builder,
    Part,
    label_of,
    left_list,
    nodes_of,
    part_value,
    tokens_of,
)
from stackheap_tui.lang.syntax.spans import span_of_token


def _binary(span: Span, c: list[Any]) -> ast.Binary:
    return ast.Binary(span, str(c[1]), c[0], c[2])


def _fixed_op(op: str) -> Builder:
    return lambda span, c: ast.Binary(span, op, c[0], c[1])


def _block(span: Span, c: list[Any]) -> ast.Block:
    stmts = list(c)
    tail = None
    if stmts and not isinstance(stmts[-1], ast.Let | ast.ExprStmt | ast.EmptyStmt | ast.ItemStmt):
        tail = stmts.pop()
    elif stmts and isinstance(stmts[-1], ast.ExprStmt) and not stmts[-1].semicolon:
        # `{ ...; if c { 1 } else { 2 } }`: a trailing block-like statement is the value.
        tail = stmts.pop().expr
    return ast.Block(span, tuple(stmts), tail)


def _if(span: Span, c: list[Any]) -> ast.If:
    otherwise = c[2] if len(c) > 2 else None
    return ast.If(span, c[0], c[1], otherwise)


def _let(span: Span, c: list[Any]) -> ast.Let:
    pattern, rest = c[0], c[1:]
    ty = next((x for x in rest if isinstance(x, TYPE_NODES)), None)
    rest = [x for x in rest if x is not ty]
    return ast.Let(span, pattern, ty, rest[0] if rest else None)


def _path_expr(span: Span, c: list[Any]) -> ast.Path:
    segments = tuple(str(t) for t in c if isinstance(t, Token))
    generics = tuple(arg for x in c if isinstance(x, tuple) for arg in x)
    at = next((sum(isinstance(t, Token) for t in c[:i]) for i, x in enumerate(c)
               if isinstance(x, tuple)), 0)
    return ast.Path(span, segments, generics, generic_at=at)


def _qualified_path(span: Span, c: list[Any]) -> ast.Path:
    """`<Type as Trait>::name`: the type must be a plain name (`<Tweet as Summary>`)."""
    self_type, trait, name = c[0], c[1], c[-1]
    if not isinstance(self_type, ast.TypePath) or len(self_type.segments) != 1 or (
            self_type.args) or trait.args or trait.bindings:
        raise CompileError([unsupported("qualified paths (`<T as Trait>::…`) of this type",
                                         span)])
    return ast.Path(span, (self_type.segments[0], str(name)), (), trait)


def _method_call(span: Span, c: list[Any]) -> ast.MethodCall:
    name = tokens_of(c, "IDENT")[0]
    args = c[-1]
    turbofish = next((x for x in c[1:-1] if isinstance(x, tuple)), ())
    return ast.MethodCall(span, c[0], str(name), args, span_of_token(name), turbofish)


def _index(span: Span, c: list[Any]) -> ast.Index:
    base, index = c
    bracket = Span(span.line, span.col, span.line, span.col + 1, span.start, span.start + 1)
    base_span: Span | None = getattr(base, "span", None)
    if base_span is not None:
        # Rust reports Vec index panics at the `[`, right after the base expression.
        bracket = Span(base_span.end_line, base_span.end_col, base_span.end_line,
                       base_span.end_col + 1, base_span.end, base_span.end + 1)
    return ast.Index(span, base, index, bracket)


def _range() -> Builder:
    def build(span: Span, c: list[Any]) -> ast.RangeExpr:
        op = tokens_of(c, "RANGE_OP")[0]
        exprs = nodes_of(c)
        start = exprs[0] if exprs and c.index(exprs[0]) < c.index(op) else None
        end = exprs[-1] if exprs and c.index(exprs[-1]) > c.index(op) else None
        return ast.RangeExpr(span, start, end, str(op) == "..=")

    return build


def _ref(mutable_kind: str) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.Unary:
        mutable = bool(tokens_of(c, "MUT"))
        inner = ast.Unary(span, "&mut" if mutable else "&", nodes_of(c)[0])
        return ast.Unary(span, "&", inner) if mutable_kind == "double" else inner

    return build


def _int(span: Span, c: list[Any]) -> ast.IntLit | ast.FloatLit:
    value, suffix = parse_int_literal(str(c[0]))
    if suffix in ("f32", "f64"):
        return ast.FloatLit(span, float(value), suffix, str(c[0]))
    return ast.IntLit(span, value, suffix)


def _float(span: Span, c: list[Any]) -> ast.FloatLit:
    written = str(c[0])
    text = written.replace("_", "")
    suffix = text[-3:] if text.endswith(("f32", "f64")) else None
    if suffix:
        text = text[:-3]
    return ast.FloatLit(span, float(text), suffix, written)


def _let_else(span: Span, c: list[Any]) -> ast.Let:
    ty = c[1] if len(c) == 4 else None
    return ast.Let(span, c[0], ty, c[-2], c[-1])


def _matches_macro(span: Span, c: list[Any]) -> ast.Match:
    """`matches!(v, P if g)` is `match v { P if g => true, _ => false }`, as std defines it."""
    nodes = [x for x in c if not isinstance(x, Token)]
    value, pattern = nodes[0], nodes[1]
    guard = part_value(c, "guard", None)
    yes = ast.MatchArm(span, pattern, guard, ast.BoolLit(span, True))
    no = ast.MatchArm(span, ast.WildcardPattern(span), None, ast.BoolLit(span, False))
    return ast.Match(span, value, (yes, no))


def _match_arm(span: Span, c: list[Any]) -> ast.MatchArm:
    body = c[-1]
    end: Span = body.span
    arm_span = Span(span.line, span.col, end.end_line, end.end_col, span.start, end.end)
    return ast.MatchArm(arm_span, c[0], part_value(c, "guard", None), body)


def _closure(span: Span, c: list[Any]) -> ast.Closure:
    nodes = nodes_of(c)
    bars: Part = nodes[0]
    params: tuple[ast.ClosureParam, ...] = bars.value[1]
    ret = nodes[1] if len(nodes) == 3 else None
    end: Span = bars.value[0]
    head = Span(span.line, span.col, end.end_line, end.end_col, span.start, end.end)
    return ast.Closure(span, params, ret, nodes[-1], bool(tokens_of(c, "MOVE")), head)


def _struct_lit_body(span: Span, c: list[Any]) -> Part:
    fields = next((x for x in c if isinstance(x, tuple)), ())
    rest = tokens_of(c, "RANGE_OP")
    if rest and str(rest[0]) != "..":
        raise syntax_error("expected `..`", span_of_token(rest[0]))
    return Part("fields", (fields, c[-1] if rest else None))


def _struct_lit(span: Span, c: list[Any]) -> ast.StructLit:
    fields, base = part_value(c, "fields", ((), None))
    return ast.StructLit(span, c[0], fields, base)


def _field_init_short(span: Span, c: list[Any]) -> ast.FieldInit:
    name = str(c[0])
    return ast.FieldInit(span, name, ast.Path(span, (name,)))


EXPR_BUILDERS: dict[str, Builder] = {
    "block": _block,
    "empty_stmt": lambda span, c: ast.EmptyStmt(span),
    "let_stmt": _let,
    "let_else": _let_else,
    "let_cond": lambda span, c: ast.LetCond(span, c[0], c[1]),
    "match_expr": lambda span, c: ast.Match(span, c[0], tuple(c[1:])),
    "match_arm": _match_arm,
    "matches_macro": _matches_macro,
    "guard": lambda span, c: Part("guard", c[0]),
    "closure": _closure,
    "closure_typed": _closure,
    "closure_params": lambda span, c: Part("params", (span, tuple(c))),
    "closure_param": lambda span, c: ast.ClosureParam(span, c[0], c[1] if len(c) > 1 else None),
    "struct_lit": _struct_lit,
    "struct_lit_body": _struct_lit_body,
    "field_inits": left_list,
    "field_init": lambda span, c: ast.FieldInit(span, str(c[0]), c[1]),
    "field_init_short": _field_init_short,
    "expr_stmt": lambda span, c: ast.ExprStmt(span, c[0], True),
    "block_like_stmt": lambda span, c: ast.ExprStmt(span, c[0], False),
    "block_expr": lambda span, c: c[0],
    "if_expr": _if,
    "loop_expr": lambda span, c: ast.Loop(span, c[0], None),
    "labelled_loop_expr": lambda span, c: ast.Loop(span, c[-1], label_of(c)),
    "while_expr": lambda span, c: ast.While(span, c[0], c[1], None),
    "labelled_while_expr": lambda span, c: ast.While(span, c[-2], c[-1], label_of(c)),
    "for_expr": lambda span, c: ast.For(span, c[0], c[1], c[2], None),
    "labelled_for_expr": lambda span, c: ast.For(span, c[-3], c[-2], c[-1], label_of(c)),
    "unsafe_block": lambda span, c: ast.Unsafe(span, c[0]),
    "assign_expr": lambda span, c: ast.Assign(span, str(c[1]), c[0], c[2]),
    "plain_assign": lambda span, c: ast.Assign(span, "=", c[0], c[1]),
    "return_expr": lambda span, c: ast.Return(span, c[0] if c else None),
    "break_expr": lambda span, c: ast.Break(span, label_of(c), (nodes_of(c) or [None])[0]),
    "continue_expr": lambda span, c: ast.Continue(span, label_of(c)),
    "range_expr": _range(),
    "range_from": _range(),
    "range_to": _range(),
    "range_full": _range(),
    "or_op": _fixed_op("||"),
    "and_op": _fixed_op("&&"),
    "bitor_op": _fixed_op("|"),
    "bitxor_op": _fixed_op("^"),
    "bitand_op": _fixed_op("&"),
    "binary": _binary,
    "cast_expr": lambda span, c: ast.Cast(span, c[0], c[1]),
    "neg": lambda span, c: ast.Unary(span, "-", c[0]),
    "not_": lambda span, c: ast.Unary(span, "!", c[0]),
    "deref": lambda span, c: ast.Unary(span, "*", c[0]),
    "ref_expr": _ref("single"),
    "ref_ref_expr": _ref("double"),
    "raw_const_expr": lambda span, c: ast.Unary(span, "&raw const", nodes_of(c)[0]),
    "raw_mut_expr": lambda span, c: ast.Unary(span, "&raw mut", nodes_of(c)[0]),
    "call": lambda span, c: ast.Call(span, c[0], c[1]),
    "method_call": _method_call,
    "field": lambda span, c: ast.Field(span, c[0], str(c[1])),
    "tuple_field": lambda span, c: ast.Field(span, c[0], str(c[1])),
    "index": _index,
    "try_expr": lambda span, c: ast.Try(span, c[0]),
    "turbofish": lambda span, c: c[0],
    "args": lambda span, c: tuple(c),
    "int_lit": _int,
    "float_lit": _float,
    "str_lit": lambda span, c: ast.StrLit(span, decode_escapes(str(c[0])[1:-1])),
    "char_lit": lambda span, c: ast.CharLit(span, decode_escapes(str(c[0])[1:-1])),
    "byte_lit": lambda span, c: ast.IntLit(span, ord(decode_escapes(str(c[0])[2:-1])), "u8"),
    "true_lit": lambda span, c: ast.BoolLit(span, True),
    "false_lit": lambda span, c: ast.BoolLit(span, False),
    "path_expr": _path_expr,
    "qualified_path_expr": _qualified_path,
    "paren": lambda span, c: c[0],
    "unit_lit": lambda span, c: ast.UnitLit(span),
    "tuple_lit": lambda span, c: ast.TupleExpr(span, tuple(c)),
    "array_lit": lambda span, c: ast.ArrayExpr(span, c[0]),
    "array_repeat": lambda span, c: ast.ArrayRepeat(span, c[0], c[1]),
    "macro_call": lambda span, c: ast.MacroCall(span, str(c[0]), c[1], False),
    "macro_call_bracket": lambda span, c: ast.MacroCall(span, str(c[0]), c[1], True),
    "macro_repeat": lambda span, c: ast.MacroCall(span, str(c[0]), (c[1], c[2]), True, True),
}

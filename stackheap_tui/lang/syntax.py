"""Source text → AST: the Lark LALR parser and a structural tree builder.

The builder walks Lark's tree with an explicit stack, never Python recursion, so
10,000 nested parentheses are as safe as one. It is purely structural: meaning is
the checker's job. Syntax errors become rustc-style diagnostics here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from stackheap_tui import resources
from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.nesting import MAX_NESTING, counts_as_level, too_deep
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax_hints import delimiter_problem, end_of_file, explain


@cache
def _parser() -> Lark:
    grammar = resources.grammar_path().read_text(encoding="utf-8")
    # `cache=True` stores the analysed LALR tables in the temp folder (keyed by the
    # grammar's hash): building them takes about half a second at every start otherwise.
    return Lark(grammar, parser="lalr", propagate_positions=True, maybe_placeholders=False,
                cache=True)


# Rust keywords for constructs the grammar does not parse yet: seeing one is
# "not supported yet", which is more honest than a confusing syntax error.
UNSUPPORTED_KEYWORDS = {
    "trait": "traits",
    "mod": "modules",
    "type": "type aliases",
    "where": "`where` clauses",
    "dyn": "trait objects (`dyn`)",
    "async": "`async`",
    "await": "`await`",
    "extern": "`extern`",
    "union": "`union` items",
    "macro_rules": "macro definitions",
}


def span_of_token(token: Token) -> Span:
    return Span(
        token.line or 0, token.column or 0, token.end_line or 0, token.end_column or 0,
        token.start_pos or 0, token.end_pos or 0,
    )


def _span(meta: Any) -> Span:
    if getattr(meta, "empty", True):
        return Span(0, 0, 0, 0, 0, 0)
    return Span(
        meta.line, meta.column, meta.end_line, meta.end_column, meta.start_pos, meta.end_pos
    )


# ---- literal decoding ----

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", "'": "'", '"': '"'}
_ESCAPE_RE = re.compile(r"\\(u\{[0-9a-fA-F_]+\}|x[0-9a-fA-F]{2}|\n\s*|.)")


def decode_escapes(body: str) -> str:
    def replace(match: re.Match[str]) -> str:
        esc = match.group(1)
        if esc.startswith("u{"):
            return chr(int(esc[2:-1].replace("_", ""), 16))
        if esc.startswith("x") and len(esc) == 3:
            return chr(int(esc[1:], 16))
        if esc.startswith("\n"):
            return ""  # a backslash at a line's end joins the lines, skipping indentation
        return _ESCAPES.get(esc, esc)

    return _ESCAPE_RE.sub(replace, body)


INT_SUFFIXES = (
    "i128", "u128", "isize", "usize", "i16", "i32", "i64", "u16", "u32", "u64", "f32", "f64",
    "i8", "u8",
)


def parse_int_literal(text: str) -> tuple[int, str | None]:
    suffix = None
    digits = text
    is_hex = text.startswith("0x")
    for candidate in INT_SUFFIXES:
        # In hex, "f32" could be digits; Rust reads a trailing f32 in 0x.. as digits too.
        if text.endswith(candidate) and not (is_hex and candidate.startswith("f")):
            suffix, digits = candidate, text[: -len(candidate)]
            break
    digits = digits.replace("_", "")
    base = {"0x": 16, "0o": 8, "0b": 2}.get(digits[:2], 10)
    return int(digits[2:] if base != 10 else digits, base), suffix


# ---- the tree builder ----

Builder = Callable[[Span, list[Any]], Any]


def _tokens(children: list[Any], kind: str) -> list[Token]:
    return [c for c in children if isinstance(c, Token) and c.type == kind]


def _nodes(children: list[Any]) -> list[Any]:
    return [c for c in children if not isinstance(c, Token)]


def _label(children: list[Any]) -> str | None:
    labels = _tokens(children, "LIFETIME")
    return str(labels[0]) if labels else None


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


def _ident_pattern(span: Span, c: list[Any]) -> ast.IdentPattern:
    return ast.IdentPattern(
        span, str(_tokens(c, "IDENT")[0]), bool(_tokens(c, "MUT")), bool(_tokens(c, "REF"))
    )


def _let(span: Span, c: list[Any]) -> ast.Let:
    pattern, rest = c[0], c[1:]
    ty = next((x for x in rest if isinstance(x, ast.TypePath | ast.TypeRef | ast.TypeTuple
                                            | ast.TypeArray | ast.TypeNever)), None)
    rest = [x for x in rest if x is not ty]
    return ast.Let(span, pattern, ty, rest[0] if rest else None)


def _fn(span: Span, c: list[Any]) -> ast.FnItem:
    name = _tokens(c, "IDENT")[0]
    self_param, params = _part_value(c, "params", (None, ()))
    ret = next((x for x in c if isinstance(x, _TYPE_NODES)), None)
    return ast.FnItem(span, str(name), span_of_token(name), params, ret, c[-1], self_param,
                      _part_value(c, "generics", ()))


def _path_expr(span: Span, c: list[Any]) -> ast.Path:
    segments = tuple(str(t) for t in c if isinstance(t, Token))
    generics = tuple(arg for x in c if isinstance(x, tuple) for arg in x)
    return ast.Path(span, segments, generics)


def _type_path(span: Span, c: list[Any]) -> ast.TypePath:
    segments = tuple(str(t) for t in c if isinstance(t, Token))
    args = next((x for x in c if isinstance(x, tuple)), ())
    return ast.TypePath(span, segments, args)


def _method_call(span: Span, c: list[Any]) -> ast.MethodCall:
    name = _tokens(c, "IDENT")[0]
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
        op = _tokens(c, "RANGE_OP")[0]
        exprs = _nodes(c)
        start = exprs[0] if exprs and c.index(exprs[0]) < c.index(op) else None
        end = exprs[-1] if exprs and c.index(exprs[-1]) > c.index(op) else None
        return ast.RangeExpr(span, start, end, str(op) == "..=")

    return build


def _ref(mutable_kind: str) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.Unary:
        mutable = bool(_tokens(c, "MUT"))
        inner = ast.Unary(span, "&mut" if mutable else "&", _nodes(c)[0])
        return ast.Unary(span, "&", inner) if mutable_kind == "double" else inner

    return build


def _type_ref(double: bool) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.TypeRef:
        static = any(str(t) == "'static" for t in _tokens(c, "LIFETIME"))
        inner = ast.TypeRef(span, bool(_tokens(c, "MUT")), _nodes(c)[0], static)
        return ast.TypeRef(span, False, inner) if double else inner

    return build


def _int(span: Span, c: list[Any]) -> ast.IntLit | ast.FloatLit:
    value, suffix = parse_int_literal(str(c[0]))
    if suffix in ("f32", "f64"):
        return ast.FloatLit(span, float(value), suffix)
    return ast.IntLit(span, value, suffix)


def _float(span: Span, c: list[Any]) -> ast.FloatLit:
    text = str(c[0]).replace("_", "")
    suffix = text[-3:] if text.endswith(("f32", "f64")) else None
    if suffix:
        text = text[:-3]
    return ast.FloatLit(span, float(text), suffix)


# ---- pieces of larger nodes (never in the finished AST) ----


@dataclass(frozen=True, slots=True)
class _Attr:
    """An attribute: `#[derive(Debug, Clone)]` is "derive" with arguments Debug and Clone."""

    name: str
    args: tuple[_Attr, ...] = ()


@dataclass(frozen=True, slots=True)
class _Part:
    """A piece a parent rule picks up by kind: "vis", "generics", "params", "guard", ..."""

    kind: str
    value: Any = None


def _part_value(children: list[Any], kind: str, default: Any) -> Any:
    return next((c.value for c in children if isinstance(c, _Part) and c.kind == kind), default)


_TYPE_NODES = (ast.TypePath, ast.TypeRef, ast.TypeTuple, ast.TypeArray, ast.TypeNever)


def _error(message: str, span: Span, code: str | None = None) -> CompileError:
    return CompileError([Diagnostic(message, span, code)])


def _from_token(token: Token, span: Span) -> Span:
    """`span` starting at `token`: leaves outer attributes and `pub` out of a field's span."""
    return Span(token.line or 0, token.column or 0, span.end_line, span.end_col,
                token.start_pos or 0, span.end)


def _left_list(span: Span, c: list[Any]) -> tuple[Any, ...]:
    """`xs: x | xs "," x` (left-recursive, so LALR reads it without lookahead)."""
    return (*c[0], c[1]) if len(c) == 2 else (c[0],)


# ---- items ----


def _item(span: Span, c: list[Any]) -> ast.Item:
    node = c[-1]
    derives = tuple(arg.name for attr in c if isinstance(attr, _Attr) and attr.name == "derive"
                    for arg in attr.args)
    if derives and isinstance(node, ast.StructItem | ast.EnumItem):
        node = replace(node, derives=derives)
    return node


def _fn_params(span: Span, c: list[Any]) -> _Part:
    self_param = c[0] if isinstance(c[0], ast.SelfParam) else None
    return _Part("params", (self_param, tuple(x for x in c if isinstance(x, ast.Param))))


def _plus_only(c: list[Any]) -> None:
    for op in _tokens(c, "SUM_OP"):
        if str(op) != "+":
            raise _error(f"expected `+`, found `{op}`", span_of_token(op))


def _lifetime_param(span: Span, c: list[Any]) -> ast.GenericParam:
    _plus_only(c)
    return ast.GenericParam(span, str(c[0]), ())


def _type_param(span: Span, c: list[Any]) -> ast.GenericParam:
    _plus_only(c)
    bounds = tuple(x for x in c[1:] if isinstance(x, ast.TypePath))
    return ast.GenericParam(span, str(c[0]), bounds)


def _struct(kind: str) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.StructItem:
        name = _tokens(c, "IDENT")[0]
        fields = next((x for x in c if isinstance(x, tuple)), ())
        return ast.StructItem(span, str(name), span_of_token(name), kind, fields, (),
                              _part_value(c, "generics", ()))

    return build


def _named_field(span: Span, c: list[Any]) -> ast.FieldDef:
    name = _tokens(c, "IDENT")[0]
    return ast.FieldDef(_from_token(name, span), str(name), c[-1])


def _tuple_field_def(span: Span, c: list[Any]) -> ast.FieldDef:
    ty = c[-1]
    start = _tokens(c, "PUB")
    return ast.FieldDef(_from_token(start[0], span) if start else ty.span, "", ty)


def _variant(kind: str) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.VariantDef:
        name = _tokens(c, "IDENT")[0]
        fields = next((x for x in c if isinstance(x, tuple)), ())
        return ast.VariantDef(_from_token(name, span), str(name), kind, fields,
                              _part_value(c, "discriminant", None))

    return build


def _enum(span: Span, c: list[Any]) -> ast.EnumItem:
    name = _tokens(c, "IDENT")[0]
    variants = next((x for x in c if isinstance(x, tuple)), ())
    return ast.EnumItem(span, str(name), span_of_token(name), variants, (),
                        _part_value(c, "generics", ()))


def _impl(span: Span, c: list[Any]) -> ast.ImplItem:
    types = [x for x in c if isinstance(x, _TYPE_NODES)]
    methods = tuple(x for x in c if isinstance(x, ast.FnItem))
    trait: ast.TypePath | None = None
    self_type = types[-1]
    if len(types) == 2:
        if not isinstance(types[0], ast.TypePath):
            raise _error("expected a trait, found type", types[0].span)
        trait = types[0]
    return ast.ImplItem(span, self_type, trait, methods, _part_value(c, "generics", ()))


def _const(is_static: bool) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.ConstItem:
        name = _tokens(c, "IDENT")[0]
        return ast.ConstItem(span, str(name), span_of_token(name), c[-2], c[-1], is_static)

    return build


def _use_group(span: Span, c: list[Any]) -> ast.UseItem:
    path, *rest = [x for x in c if isinstance(x, tuple)]
    return ast.UseItem(span, path, rest[0] if rest else ())


# ---- patterns ----


def _path_pattern(span: Span, c: list[Any]) -> ast.IdentPattern | ast.PathPattern:
    path: ast.Path = c[0]
    if path.is_name:
        return ast.IdentPattern(span, path.segments[0])
    return ast.PathPattern(span, path)


def _pat_path(span: Span, c: list[Any]) -> ast.Path:
    if len(c) == 2:
        return ast.Path(span, (*c[0].segments, str(c[1])))
    return ast.Path(span, (str(c[0]),))


def _binding_pattern(span: Span, c: list[Any]) -> ast.BindingPattern:
    binding, pattern = c
    if isinstance(binding, ast.Path):
        if not binding.is_name:
            raise _error("expected identifier, found path", binding.span)
        binding = ast.IdentPattern(binding.span, binding.segments[0])
    return ast.BindingPattern(span, binding, pattern)


def _range_pattern(span: Span, c: list[Any]) -> ast.RangePattern:
    op = _tokens(c, "RANGE_OP")[0]
    at = c.index(op)
    start = c[0] if at > 0 else None
    end = c[at + 1] if at + 1 < len(c) else None
    inclusive = str(op) == "..="
    if inclusive and end is None:
        raise _error("inclusive range with no end", span_of_token(op), "E0586")
    return ast.RangePattern(span, start, end, inclusive)


def _rest_pattern(span: Span, c: list[Any]) -> ast.RestPattern:
    if str(c[0]) != "..":
        raise _error("inclusive range with no end", span, "E0586")
    return ast.RestPattern(span)


def _ref_pattern(double: bool) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.RefPattern:
        inner = ast.RefPattern(span, _nodes(c)[0], bool(_tokens(c, "MUT")))
        return ast.RefPattern(span, inner, False) if double else inner

    return build


def _struct_pat_body(span: Span, c: list[Any]) -> _Part:
    fields = next((x for x in c if isinstance(x, tuple)), ())
    rest = _tokens(c, "RANGE_OP")
    if rest and str(rest[0]) != "..":
        raise _error("expected `..`", span_of_token(rest[0]))
    return _Part("fields", (fields, bool(rest)))


def _struct_pattern(span: Span, c: list[Any]) -> ast.StructPattern:
    fields, has_rest = _part_value(c, "fields", ((), False))
    return ast.StructPattern(span, c[0], fields, has_rest)


def _field_pat_short(span: Span, c: list[Any]) -> ast.FieldPattern:
    if isinstance(c[0], ast.IdentPattern):
        return ast.FieldPattern(span, c[0].name, c[0])
    name = str(c[0])
    return ast.FieldPattern(span, name, ast.IdentPattern(span, name))


# ---- expressions ----


def _let_else(span: Span, c: list[Any]) -> ast.Let:
    ty = c[1] if len(c) == 4 else None
    return ast.Let(span, c[0], ty, c[-2], c[-1])


def _matches_macro(span: Span, c: list[Any]) -> ast.Match:
    """`matches!(v, P if g)` is `match v { P if g => true, _ => false }`, as std defines it."""
    nodes = [x for x in c if not isinstance(x, Token)]
    value, pattern = nodes[0], nodes[1]
    guard = _part_value(c, "guard", None)
    yes = ast.MatchArm(span, pattern, guard, ast.BoolLit(span, True))
    no = ast.MatchArm(span, ast.WildcardPattern(span), None, ast.BoolLit(span, False))
    return ast.Match(span, value, (yes, no))


def _match_arm(span: Span, c: list[Any]) -> ast.MatchArm:
    body = c[-1]
    end: Span = body.span
    arm_span = Span(span.line, span.col, end.end_line, end.end_col, span.start, end.end)
    return ast.MatchArm(arm_span, c[0], _part_value(c, "guard", None), body)


def _closure(span: Span, c: list[Any]) -> ast.Closure:
    nodes = _nodes(c)
    params: tuple[ast.ClosureParam, ...] = nodes[0]
    ret = nodes[1] if len(nodes) == 3 else None
    return ast.Closure(span, params, ret, nodes[-1], bool(_tokens(c, "MOVE")))


def _struct_lit_body(span: Span, c: list[Any]) -> _Part:
    fields = next((x for x in c if isinstance(x, tuple)), ())
    rest = _tokens(c, "RANGE_OP")
    if rest and str(rest[0]) != "..":
        raise _error("expected `..`", span_of_token(rest[0]))
    return _Part("fields", (fields, c[-1] if rest else None))


def _struct_lit(span: Span, c: list[Any]) -> ast.StructLit:
    fields, base = _part_value(c, "fields", ((), None))
    return ast.StructLit(span, c[0], fields, base)


def _field_init_short(span: Span, c: list[Any]) -> ast.FieldInit:
    name = str(c[0])
    return ast.FieldInit(span, name, ast.Path(span, (name,)))


BUILDERS: dict[str, Builder] = {
    "start": lambda span, c: ast.Program(tuple(x for x in c if not isinstance(x, _Attr))),
    # attributes
    "inner_attr": lambda span, c: c[0],
    "outer_attr": lambda span, c: c[0],
    "attr": lambda span, c: _Attr(c[0], next((x for x in c[1:] if isinstance(x, tuple)), ())),
    "attr_path": lambda span, c: "::".join(str(t) for t in c),
    "attr_args": lambda span, c: tuple(x for x in c if isinstance(x, _Attr)),
    # items
    "item": _item,
    "item_stmt": lambda span, c: ast.ItemStmt(span, c[0]),
    "vis": lambda span, c: _Part("vis"),
    "fn_item": _fn,
    "fn_params": _fn_params,
    "self_value": lambda span, c: ast.SelfParam(span, False, False, bool(_tokens(c, "MUT"))),
    "self_ref": lambda span, c: ast.SelfParam(span, True, bool(_tokens(c, "MUT")), False),
    "param": lambda span, c: ast.Param(span, c[0], c[1]),
    "generic_params": lambda span, c: _Part("generics", tuple(c)),
    "lifetime_param": _lifetime_param,
    "type_param": _type_param,
    "lifetime_bound": lambda span, c: None,
    "named_struct": _struct("named"),
    "tuple_struct": _struct("tuple"),
    "unit_struct": _struct("unit"),
    "named_fields": lambda span, c: tuple(c),
    "named_field": _named_field,
    "tuple_fields": lambda span, c: tuple(replace(f, name=str(i)) for i, f in enumerate(c)),
    "tuple_field_def": _tuple_field_def,
    "enum_item": _enum,
    "variants": lambda span, c: tuple(c),
    "unit_variant": _variant("unit"),
    "tuple_variant": _variant("tuple"),
    "named_variant": _variant("named"),
    "discriminant": lambda span, c: _Part("discriminant", c[0]),
    "impl_item": _impl,
    "impl_member": lambda span, c: c[-1],
    "const_item": _const(is_static=False),
    "static_item": _const(is_static=True),
    "use_item": lambda span, c: ast.UseItem(span, c[-1]),
    "use_group": _use_group,
    "use_glob": lambda span, c: ast.UseItem(span, next(x for x in c if isinstance(x, tuple)),
                                            ("*",)),
    "use_path": lambda span, c: (*c[0], str(c[1])) if len(c) == 2 else (str(c[0]),),
    "use_names": lambda span, c: tuple("::".join(path) for path in c),
    "return_type": lambda span, c: c[0],
    "path_type": _type_path,
    "generic_args": lambda span, c: tuple(x for x in c if not isinstance(x, Token)),
    "ref_type": _type_ref(double=False),
    "ref_ref_type": _type_ref(double=True),
    "tuple_type": lambda span, c: ast.TypeTuple(span, tuple(c)),
    "array_type": lambda span, c: ast.TypeArray(span, c[0], c[1]),
    "slice_type": lambda span, c: ast.TypeArray(span, c[0], None),
    "never_type": lambda span, c: ast.TypeNever(span),
    "ident_pattern": _ident_pattern,
    "unit_pattern": lambda span, c: ast.TuplePattern(span, ()),
    "tuple_pattern": lambda span, c: ast.TuplePattern(span, tuple(c)),
    "or_pattern": lambda span, c: ast.OrPattern(span, tuple(c)),
    "range_pattern": _range_pattern,
    "rest_pattern": _rest_pattern,
    "binding_pattern": _binding_pattern,
    "literal_pattern": lambda span, c: ast.LiteralPattern(span, c[0]),
    "path_pattern": _path_pattern,
    "wildcard_pattern": lambda span, c: ast.WildcardPattern(span),
    "slice_pattern": lambda span, c: ast.SlicePattern(span, c[0] if c else ()),
    "tuple_struct_pattern": lambda span, c: ast.TupleStructPattern(
        span, c[0], c[1] if len(c) > 1 else ()),
    "struct_pattern": _struct_pattern,
    "ref_pattern": _ref_pattern(double=False),
    "ref_ref_pattern": _ref_pattern(double=True),
    "pat_path": _pat_path,
    "pattern_list": lambda span, c: tuple(c),
    "struct_pat_body": _struct_pat_body,
    "field_pats": _left_list,
    "field_pat": lambda span, c: ast.FieldPattern(span, str(c[0]), c[1]),
    "field_pat_short": _field_pat_short,
    "block": _block,
    "empty_stmt": lambda span, c: ast.EmptyStmt(span),
    "let_stmt": _let,
    "let_else": _let_else,
    "let_cond": lambda span, c: ast.LetCond(span, c[0], c[1]),
    "match_expr": lambda span, c: ast.Match(span, c[0], tuple(c[1:])),
    "match_arm": _match_arm,
    "matches_macro": _matches_macro,
    "guard": lambda span, c: _Part("guard", c[0]),
    "closure": _closure,
    "closure_typed": _closure,
    "closure_params": lambda span, c: tuple(c),
    "closure_param": lambda span, c: ast.ClosureParam(span, c[0], c[1] if len(c) > 1 else None),
    "struct_lit": _struct_lit,
    "struct_lit_body": _struct_lit_body,
    "field_inits": _left_list,
    "field_init": lambda span, c: ast.FieldInit(span, str(c[0]), c[1]),
    "field_init_short": _field_init_short,
    "expr_stmt": lambda span, c: ast.ExprStmt(span, c[0], True),
    "block_like_stmt": lambda span, c: ast.ExprStmt(span, c[0], False),
    "block_expr": lambda span, c: c[0],
    "if_expr": _if,
    "loop_expr": lambda span, c: ast.Loop(span, c[0], None),
    "labelled_loop_expr": lambda span, c: ast.Loop(span, c[-1], _label(c)),
    "while_expr": lambda span, c: ast.While(span, c[0], c[1], None),
    "labelled_while_expr": lambda span, c: ast.While(span, c[-2], c[-1], _label(c)),
    "for_expr": lambda span, c: ast.For(span, c[0], c[1], c[2], None),
    "labelled_for_expr": lambda span, c: ast.For(span, c[-3], c[-2], c[-1], _label(c)),
    "unsafe_block": lambda span, c: ast.Unsafe(span, c[0]),
    "assign_expr": lambda span, c: ast.Assign(span, str(c[1]), c[0], c[2]),
    "plain_assign": lambda span, c: ast.Assign(span, "=", c[0], c[1]),
    "return_expr": lambda span, c: ast.Return(span, c[0] if c else None),
    "break_expr": lambda span, c: ast.Break(span, _label(c), (_nodes(c) or [None])[0]),
    "continue_expr": lambda span, c: ast.Continue(span, _label(c)),
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
    "paren": lambda span, c: c[0],
    "unit_lit": lambda span, c: ast.UnitLit(span),
    "tuple_lit": lambda span, c: ast.TupleExpr(span, tuple(c)),
    "array_lit": lambda span, c: ast.ArrayExpr(span, c[0]),
    "array_repeat": lambda span, c: ast.ArrayRepeat(span, c[0], c[1]),
    "macro_call": lambda span, c: ast.MacroCall(span, str(c[0]), c[1], False),
    "macro_call_bracket": lambda span, c: ast.MacroCall(span, str(c[0]), c[1], True),
    "macro_repeat": lambda span, c: ast.MacroCall(span, str(c[0]), (c[1], c[2]), True, True),
}


def build_ast(tree: Tree) -> ast.Program:
    """Post-order walk with an explicit stack: deep nesting cannot overflow Python.

    On the way down it counts nesting levels, and refuses code nested deeper than
    the later, recursive passes can take (see `nesting`).
    """
    results: list[Any] = []
    stack: list[tuple[Any, bool, int, str | None]] = [(tree, False, 0, None)]
    while stack:
        node, children_done, depth, parent = stack.pop()
        if not isinstance(node, Tree):
            results.append(node)
            continue
        if not children_done:
            if counts_as_level(node.data, parent):
                depth += 1
                if depth > MAX_NESTING:
                    raise CompileError([too_deep(_nesting_span(node))])
            stack.append((node, True, depth, parent))
            stack.extend((child, False, depth, node.data) for child in reversed(node.children))
            continue
        count = len(node.children)
        children = results[len(results) - count:] if count else []
        del results[len(results) - count:]
        rule = node.data if isinstance(node.data, str) else node.data.value
        results.append(BUILDERS[rule](_span(node.meta), children))
    program = results[0]
    assert isinstance(program, ast.Program)
    return program


def _nesting_span(node: Tree) -> Span:
    # In `a + b + c + ...` every operator's node starts at `a`: point at the operator.
    operator = next((c for c in node.children[1:2] if isinstance(c, Token)), None)
    return span_of_token(operator) if operator is not None else _span(node.meta)


# ---- errors ----

_TOKEN_WORDS = {
    "SEMICOLON": "`;`", "RBRACE": "`}`", "LBRACE": "`{`", "RPAR": "`)`", "LPAR": "`(`",
    "RSQB": "`]`", "LSQB": "`[`", "COMMA": "`,`", "COLON": "`:`", "EQUAL": "`=`",
    "IDENT": "identifier", "$END": "end of file", "MORETHAN": "`>`", "LESSTHAN": "`<`",
}


def _describe_found(token: Token) -> str:
    if token.type == "$END":
        return "end of file"
    if token.type == "IDENT":
        return f"`{token}`"
    if token.type in ("INT", "FLOAT", "STRING", "CHAR"):
        return f"literal `{token}`"
    if str(token).isidentifier() and str(token) != "_":
        return f"keyword `{token}`"  # every other word-like token is a keyword
    return f"`{token}`"


def _expected_text(expected: set[str]) -> str:
    if {"INT", "STRING", "LPAR"} <= expected:
        return "expression"
    preferred = ["SEMICOLON", "RBRACE", "RPAR", "RSQB", "COMMA", "EQUAL", "LBRACE", "COLON"]
    named = [_TOKEN_WORDS[e] for e in preferred if e in expected]
    if len(named) == 1 or (named and named[0] == "`;`"):
        return named[0]
    if named:
        return "one of " + ", ".join(named[:4])
    if "IDENT" in expected:
        return "identifier"
    return "expression"


def _scan_unsupported(source: str) -> Diagnostic | None:
    if not any(word in source for word in UNSUPPORTED_KEYWORDS):
        return None  # cheap: lexing a 1 MB file twice costs seconds
    try:
        tokens = list(_parser().lex(source))
    except UnexpectedInput:
        return None  # the parser reports the bad character with its own message
    for at, token in enumerate(tokens):
        if token.type == "IDENT" and str(token) in UNSUPPORTED_KEYWORDS:
            if at >= 2 and str(tokens[at - 1]) == "(" and str(tokens[at - 2]) == "pub":
                continue  # `pub(crate)`: visibility, accepted and ignored
            return unsupported(UNSUPPORTED_KEYWORDS[str(token)], span_of_token(token))
    return None


# ---- comments ----

# What the comment scanner must step over whole: strings (a `//` inside one is
# text), raw strings, and char literals (told apart from lifetimes by the closing quote).
_COMMENT_OR_LITERAL = re.compile(r"/[/*]|\"|'|(?<!\w)b?r(#*)\"")
_CHAR_LITERAL = re.compile(r"'(\\u\{[0-9a-fA-F_]+\}|\\x[0-9a-fA-F]{2}|\\.|[^'\\\n])'")
_STRING_BODY = re.compile(r'"(\\(.|\n)|[^"\\])*"', re.DOTALL)


def _blank(text: str) -> str:
    return "".join(ch if ch in "\r\n" else " " for ch in text)


def blank_comments(source: str) -> str:
    """The source with every comment turned into spaces, newlines kept.

    Rust's block comments nest (`/* a /* b */ c */`), which no regular
    expression can match, so they are removed here, before lexing; positions of
    everything else stay exactly where they were.
    """
    pieces: list[str] = []
    done = 0
    pos = 0
    while (found := _COMMENT_OR_LITERAL.search(source, pos)) is not None:
        start = found.start()
        text = found.group(0)
        if text == "//":
            end = source.find("\n", start)
            end = len(source) if end < 0 else end
        elif text == "/*":
            end = _block_comment_end(source, start)
        elif text == "'":
            char = _CHAR_LITERAL.match(source, start)
            pos = char.end() if char else start + 1
            continue
        elif text == '"':
            string = _STRING_BODY.match(source, start)
            if string is None:
                break  # unterminated: the lexer reports it
            pos = string.end()
            continue
        else:
            closing = '"' + found.group(1)
            end_at = source.find(closing, found.end())
            if end_at < 0:
                break
            pos = end_at + len(closing)
            continue
        pieces += [source[done:start], _blank(source[start:end])]
        done = pos = end
    pieces.append(source[done:])
    return "".join(pieces)


def _block_comment_end(source: str, start: int) -> int:
    depth = 0
    at = start
    while True:
        opening = source.find("/*", at)
        closing = source.find("*/", at)
        if closing < 0:
            line = source.count("\n", 0, start) + 1
            col = start - (source.rfind("\n", 0, start) + 1) + 1
            raise _error("unterminated block comment",
                         Span(line, col, line, col + 2, start, start + 2), "E0758")
        if 0 <= opening < closing:
            depth += 1
            at = opening + 2
        else:
            depth -= 1
            at = closing + 2
            if depth == 0:
                return at


def unsupported(what: str, span: Span) -> Diagnostic:
    return Diagnostic(f"not supported yet: {what}", span, label="stackheap-tui cannot run this yet")


def _really_expected(error: UnexpectedToken) -> set[str]:
    """The tokens that could actually come next.

    LALR merges states, so the table's lookaheads for a state are a superset (a
    struct field's type "expects" `;` because a `let`'s type does); trying each
    candidate on a copy of the parser keeps only the real ones.
    """
    interactive = getattr(error, "interactive_parser", None)
    if interactive is None:
        return set(error.expected)
    try:
        return set(interactive.accepts()) or set(error.expected)
    except UnexpectedInput:
        return set(error.expected)


def _lex(source: str) -> tuple[list[Token], bool]:
    """The file's tokens, and whether the lexer reached its end (a bad character stops it)."""
    tokens: list[Token] = []
    try:
        tokens.extend(_parser().lex(source))
    except UnexpectedInput:
        return tokens, False
    return tokens, True


def _syntax_diagnostic(error: UnexpectedInput, source: str) -> Diagnostic:
    line, col = error.line, error.column
    pos = error.pos_in_stream or 0
    if isinstance(error, UnexpectedCharacters):
        char = source[pos] if pos < len(source) else ""
        message = f"unknown start of token: {char!r}" if char not in "\"'" else (
            "unterminated literal"
        )
        return Diagnostic(message, Span(line, col, line, col + 1, pos, pos + 1))
    tokens, complete = _lex(source)
    # rustc matches brackets before it parses: an unbalanced one is the error.
    delimiters = delimiter_problem(tokens, source, complete)
    if delimiters is not None:
        return delimiters
    if isinstance(error, UnexpectedToken | UnexpectedEOF):
        token = error.token
        expected = set(error.expected) if isinstance(error, UnexpectedToken) else set()
        if isinstance(error, UnexpectedToken) and token.type != "$END":
            expected = _really_expected(error)
        found = _describe_found(token)
        wanted = _expected_text(expected)
        if token.type == "$END" or line is None or line < 1:
            return Diagnostic(
                "this file contains an unclosed delimiter" if "RBRACE" in expected
                else f"expected {wanted}, found end of file", end_of_file(source),
            )
        at = next((i for i, t in enumerate(tokens) if t.start_pos == token.start_pos), None)
        return explain(_unexpected_token(token, found, wanted, expected, source), tokens, at,
                       source, expected)
    return Diagnostic(str(error).splitlines()[0], Span(line or 1, col or 1, line or 1,
                                                       (col or 1) + 1, pos, pos + 1))


def _unexpected_token(token: Token, found: str, wanted: str, expected: set[str],
                      source: str) -> Diagnostic:
    span = span_of_token(token)
    if "SEMICOLON" in expected and wanted == "`;`":
        # rustc points just after the previous token, where the `;` belongs.
        prev_end = source.rstrip()[: span.start].rstrip()
        prev_line = prev_end.count("\n") + 1
        prev_col = len(prev_end) - (prev_end.rfind("\n") + 1) + 1
        where = Span(prev_line, prev_col, prev_line, prev_col + 1, len(prev_end),
                     len(prev_end) + 1)
        return Diagnostic(f"expected `;`, found {found}", where, label="help: add `;` here")
    return Diagnostic(f"expected {wanted}, found {found}", span, label=f"expected {wanted}")


def parse(source: str) -> ast.Program:
    """Parse a whole file; raises CompileError with one rustc-style diagnostic."""
    source = blank_comments(source)
    problem = _scan_unsupported(source)
    if problem is not None:
        raise CompileError([problem])
    try:
        tree = _parser().parse(source, on_error=_split_closing_angles)
    except UnexpectedInput as error:
        raise CompileError([_syntax_diagnostic(error, source)]) from None
    return build_ast(tree)


def _split_closing_angles(error: UnexpectedInput) -> bool:
    """`Vec<Vec<i32>>`: where a `>>` token cannot be a shift, it is two closing `>`.

    rustc's parser splits the token the same way. Returning True resumes parsing.
    """
    token = getattr(error, "token", None)
    if not isinstance(error, UnexpectedToken) or token is None or str(token) != ">>":
        return False
    closing = next((name for name in error.expected if name in ("MORETHAN",)), None)
    if closing is None:
        return False
    parser = error.interactive_parser
    for offset in (0, 1):
        parser.feed_token(Token.new_borrow_pos(closing, ">", token) if offset == 0 else Token(
            closing, ">", token.start_pos + 1, token.line, (token.column or 0) + 1,
            token.end_line, token.end_column, token.end_pos))
    return True

"""Tree → AST for patterns (`let`, `match`, parameters, closures)."""

from __future__ import annotations

from typing import Any

from stackheap_tui.lang import ast
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax.errors import syntax_error
from stackheap_tui.lang.syntax.pieces import (
    Builder,
    Part,
    left_list,
    nodes_of,
    part_value,
    tokens_of,
)
from stackheap_tui.lang.syntax.spans import span_of_token


def _ident_pattern(span: Span, c: list[Any]) -> ast.IdentPattern:
    return ast.IdentPattern(
        span, str(tokens_of(c, "IDENT")[0]), bool(tokens_of(c, "MUT")), bool(tokens_of(c, "REF"))
    )


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
            raise syntax_error("expected identifier, found path", binding.span)
        binding = ast.IdentPattern(binding.span, binding.segments[0])
    return ast.BindingPattern(span, binding, pattern)


def _range_pattern(span: Span, c: list[Any]) -> ast.RangePattern:
    op = tokens_of(c, "RANGE_OP")[0]
    at = c.index(op)
    start = c[0] if at > 0 else None
    end = c[at + 1] if at + 1 < len(c) else None
    inclusive = str(op) == "..="
    if inclusive and end is None:
        raise syntax_error("inclusive range with no end", span_of_token(op), "E0586")
    return ast.RangePattern(span, start, end, inclusive)


def _rest_pattern(span: Span, c: list[Any]) -> ast.RestPattern:
    if str(c[0]) != "..":
        raise syntax_error("inclusive range with no end", span, "E0586")
    return ast.RestPattern(span)


def _ref_pattern(double: bool) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.RefPattern:
        inner = ast.RefPattern(span, nodes_of(c)[0], bool(tokens_of(c, "MUT")))
        return ast.RefPattern(span, inner, False) if double else inner

    return build


def _struct_pat_body(span: Span, c: list[Any]) -> Part:
    fields = next((x for x in c if isinstance(x, tuple)), ())
    rest = tokens_of(c, "RANGE_OP")
    if rest and str(rest[0]) != "..":
        raise syntax_error("expected `..`", span_of_token(rest[0]))
    return Part("fields", (fields, bool(rest)))


def _struct_pattern(span: Span, c: list[Any]) -> ast.StructPattern:
    fields, has_rest = part_value(c, "fields", ((), False))
    return ast.StructPattern(span, c[0], fields, has_rest)


def _field_pat_short(span: Span, c: list[Any]) -> ast.FieldPattern:
    if isinstance(c[0], ast.IdentPattern):
        return ast.FieldPattern(span, c[0].name, c[0])
    name = str(c[0])
    return ast.FieldPattern(span, name, ast.IdentPattern(span, name))


PATTERN_BUILDERS: dict[str, Builder] = {
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
    "field_pats": left_list,
    "field_pat": lambda span, c: ast.FieldPattern(span, str(c[0]), c[1]),
    "field_pat_short": _field_pat_short,
}

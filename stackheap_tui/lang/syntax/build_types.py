"""Tree → AST for types: paths, references, tuples, arrays, slices, `!`."""

from __future__ import annotations

from typing import Any

from lark import Token

from stackheap_tui.lang import ast
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax.pieces import Builder, nodes_of, tokens_of


class _Args(tuple[Any, ...]):
    """A `<...>` list: its types, with the lifetimes given beside them (`S<'a, T>`)."""

    lifetimes: tuple[str, ...] = ()
    bindings: tuple[ast.AssocBinding, ...] = ()


def _generic_args(span: Span, c: list[Any]) -> _Args:
    args = _Args(x for x in c if not isinstance(x, Token | ast.AssocBinding))
    args.lifetimes = tuple(str(x) for x in c if isinstance(x, Token))
    args.bindings = tuple(x for x in c if isinstance(x, ast.AssocBinding))
    return args


def _type_path(span: Span, c: list[Any]) -> ast.TypePath:
    segments = tuple(str(t) for t in c if isinstance(t, Token))
    args = next((x for x in c if isinstance(x, tuple)), ())
    lifetimes = args.lifetimes if isinstance(args, _Args) else ()
    bindings = args.bindings if isinstance(args, _Args) else ()
    return ast.TypePath(span, segments, tuple(args), lifetimes, bindings)


def _fn_bound(span: Span, c: list[Any]) -> ast.TypePath:
    """`Fn(i32) -> i32`: the trait's name, its arguments, its return type (`()` if none)."""
    name, args = c[0], c[1]
    if str(name) not in ("Fn", "FnMut", "FnOnce"):  # rustc: E0214
        from stackheap_tui.lang.diagnostics import CompileError
        from stackheap_tui.lang.syntax.errors import unsupported
        raise CompileError([unsupported(f"parenthesised arguments on `{name}`", span)])
    ret = c[2] if len(c) > 2 else ast.TypeTuple(span, ())
    return ast.TypePath(span, (str(name),), sugar=tuple(args), sugar_ret=ret)


class _FnArgs(tuple[Any, ...]):
    """The `(i32, &str)` of a closure bound (not a tuple type: a list of arguments)."""


def _type_ref(double: bool) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.TypeRef:
        lifetimes = [str(t) for t in tokens_of(c, "LIFETIME")]
        inner = ast.TypeRef(span, bool(tokens_of(c, "MUT")), nodes_of(c)[0],
                            "'static" in lifetimes, lifetimes[0] if lifetimes else None)
        return ast.TypeRef(span, False, inner) if double else inner

    return build


TYPE_BUILDERS: dict[str, Builder] = {
    "return_type": lambda span, c: c[0],
    "path_type": _type_path,
    "generic_args": _generic_args,
    "fn_bound": _fn_bound,
    "fn_ptr_type": lambda span, c: ast.TypePath(
        span, ("fn",), sugar=tuple(c[0]), sugar_ret=c[1] if len(c) > 1 else ast.TypeTuple(
            span, ())),
    "fn_bound_args": lambda span, c: _FnArgs(c),
    "assoc_binding": lambda span, c: ast.AssocBinding(span, str(c[0]), c[1]),
    "ref_type": _type_ref(double=False),
    "ref_ref_type": _type_ref(double=True),
    "tuple_type": lambda span, c: ast.TypeTuple(span, tuple(c)),
    "array_type": lambda span, c: ast.TypeArray(span, c[0], c[1]),
    "slice_type": lambda span, c: ast.TypeArray(span, c[0], None),
    "never_type": lambda span, c: ast.TypeNever(span),
    "impl_type": lambda span, c: ast.TypeImpl(span, c[-1]),
    "dyn_type": lambda span, c: ast.TypeDyn(span, c[-1]),
    # Raw pointers are paths `*const`/`*mut` with the pointee as their one argument.
    "const_ptr_type": lambda span, c: ast.TypePath(span, ("*const",), (nodes_of(c)[0],)),
    "mut_ptr_type": lambda span, c: ast.TypePath(span, ("*mut",), (nodes_of(c)[0],)),
}

"""rustc's "consider assigning a value" under E0381 (a binding used before any value).

Measured with rustc 1.95 on `let x: T;` then a use: the suggestion inserts ` = VALUE`
after the written type, VALUE by the type as rustc's `ty_kind_suggestion` picks it:
integers `42`, floats `3.14159`, `false`, `'x'`, `""` for `&str`, `vec![]`, `None`,
`Box::new(..)`, tuples and `[v; n]` arrays of those (an array of a non-Copy type longer
than one: `/* value */`), `Default::default()` for `String` and types deriving Default,
else `/* value */`. Only for "isn't initialized" (rustc says nothing of the kind for
"possibly-uninitialized") and only where the `let` writes a type.
"""

from __future__ import annotations

import dataclasses

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

UNKNOWN = "/* value */"


def value_text(ty: T.Ty) -> str | None:
    """rustc's placeholder value for a type (None: rustc offers none)."""
    if isinstance(ty, T.IntTy):
        return "42"
    if isinstance(ty, T.FloatTy):
        return "3.14159"
    if isinstance(ty, T.BoolTy):
        return "false"
    if isinstance(ty, T.CharTy):
        return "'x'"
    if isinstance(ty, T.RefTy):
        if isinstance(ty.inner, T.StrTy) and not ty.mutable:
            return '""'
        inner = value_text(ty.inner)
        return None if inner is None else f"&{'mut ' if ty.mutable else ''}{inner}"
    if isinstance(ty, T.BoxTy):
        inner = value_text(ty.inner)
        return None if inner is None else f"Box::new({inner})"
    if isinstance(ty, T.TupleTy):
        items = [value_text(item) for item in ty.items]
        if any(item is None for item in items):
            return None
        return "(" + ", ".join(str(i) for i in items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(ty, T.ArrayTy):
        if ty.length == 0:
            return "[]"
        if not (T.is_copy(ty.element) or ty.length == 1):
            return UNKNOWN
        element = value_text(ty.element)
        return None if element is None else f"[{element}; {ty.length}]"
    if isinstance(ty, T.AdtTy):
        if ty.name == "Vec":
            return "vec![]"
        if ty.name == "Option":
            return "None"
        if ty.name == "String" or (ty.defn is not None and "Default" in ty.defn.derives):
            return "Default::default()"
        if ty.defn is not None and ty.defn.span is not None:
            return UNKNOWN  # a struct or enum of the program without Default
    return None


def _typed_lets(program: ast.Program) -> dict[tuple[int, int], tuple[ast.IdentPattern, Span]]:
    """`let NAME: TYPE;` bindings by their name span: the pattern and the type's span."""
    found: dict[tuple[int, int], tuple[ast.IdentPattern, Span]] = {}

    def walk(node: object) -> None:
        if isinstance(node, ast.Let) and isinstance(node.pattern, ast.IdentPattern) and (
                node.type is not None and node.init is None and node.otherwise is None):
            span = node.pattern.span
            found[(span.start, span.end)] = (node.pattern, node.type.span)
        for child in ast.children(node):
            walk(child)

    for item in program.items:
        walk(item)
    return found


def _with_value(d: Diagnostic, checked: CheckedProgram,
                lets: dict[tuple[int, int], tuple[ast.IdentPattern, Span]]) -> Diagnostic:
    declared = [label for label in d.labels
                if label.text == "binding declared here but left uninitialized"]
    if len(declared) != 1 or d.suggestions:
        return d
    at = declared[0].span
    found = lets.get((at.start, at.end))
    if found is None:
        return d
    pattern, type_span = found
    binding = checked.bindings.get(id(pattern))
    text = value_text(binding.ty) if binding is not None else None
    if text is None or type_span.line != type_span.end_line:
        return d
    end = Span(type_span.end_line, type_span.end_col, type_span.end_line, type_span.end_col,
               type_span.end, type_span.end)
    return dataclasses.replace(d, suggestions=(
        Suggestion("consider assigning a value", (Edit(end, f" = {text}"),)),))


def add_value_suggestions(diagnostics: list[Diagnostic],
                          checked: CheckedProgram) -> list[Diagnostic]:
    """E0381 "isn't initialized" diagnostics with rustc's value suggestion, where known."""
    if not any(d.code == "E0381" for d in diagnostics):
        return diagnostics
    lets = _typed_lets(checked.program)
    return [_with_value(d, checked, lets) if d.code == "E0381" and d.message.startswith(
        "used binding") and d.message.endswith("isn't initialized") else d
        for d in diagnostics]

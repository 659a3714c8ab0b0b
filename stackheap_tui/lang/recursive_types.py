"""E0072: a type that contains itself without a pointer (`struct List { next: List }`)
would be infinitely large; rustc rejects it, pointing at the field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import Diagnostic, Label
from stackheap_tui.lang.span import Span

if TYPE_CHECKING:
    from stackheap_tui.lang.items import ItemTable


def recursive_types(program: ast.Program, table: ItemTable) -> list[Diagnostic]:
    """E0072: a type that contains itself without a pointer would be infinitely large."""
    errors = []
    for item in program.items:
        if not isinstance(item, ast.StructItem | ast.EnumItem):
            continue
        fields = item.fields if isinstance(item, ast.StructItem) else tuple(
            f for v in item.variants for f in v.fields)
        for field_def in fields:
            if _contains_inline(table.lower(field_def.type, None, None,
                                            table.own_params(item.name)), item.name, table, set()):
                head = Span(item.span.line, item.span.col, item.name_span.end_line,
                            item.name_span.end_col, item.span.start, item.name_span.end)
                errors.append(Diagnostic(
                    f"recursive type `{item.name}` has infinite size", head, "E0072",
                    labels=(Label(field_def.type.span, "recursive without indirection"),),
                    help="insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break "
                         "the cycle"))
                break
    return errors


def _contains_inline(ty: T.Ty, name: str, table: ItemTable, seen: set[str]) -> bool:
    if isinstance(ty, T.TupleTy):
        return any(_contains_inline(t, name, table, seen) for t in ty.items)
    if isinstance(ty, T.ArrayTy):
        return _contains_inline(ty.element, name, table, seen)
    if isinstance(ty, T.AdtTy) and ty.name == "Option":
        return _contains_inline(ty.args[0], name, table, seen)
    if isinstance(ty, T.AdtTy) and ty.defn is not None and ty.name in table.adts:
        if ty.name == name:
            return True
        if ty.name in seen:
            return False
        seen.add(ty.name)
        return any(_contains_inline(t, name, table, seen)
                   for v in ty.defn.variants for t in v.field_types)
    return False

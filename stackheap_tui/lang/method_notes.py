"""What rustc 1.95 adds to E0599 "no method named `m` found for struct `S`" when `S` is
one of the program's types (read from its output, tests/conformance/diagnostics/
reject_method_not_found_*.rs):

- a label at the type's declaration, `struct Pair<T>` / `enum Dir` (with its generic
  parameters): "method `m` not found for this struct" (or "enum");
- when exactly one of the program's traits declares a method `m`: "= help: items from
  traits can only be used if the trait is implemented and in scope" and "note: `Trait`
  defines an item `m`, perhaps you need to implement it" at `trait Trait`.
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import Label, SubNote
from stackheap_tui.lang.span import Span


def _head(item: ast.StructItem | ast.EnumItem | ast.TraitItem, generics: bool) -> Span | None:
    """`struct Name<T>` (with generics) / `trait Name` on one line."""
    start, end = item.span, item.name_span
    if generics and item.generics:
        last = item.generics[-1].span
        end = Span(last.line, last.col, last.end_line, last.end_col + 1, last.start,
                   last.end + 1)  # the closing `>` (a parameter's bounds are not read)
        if any(g.bounds or g.outlives for g in item.generics):
            return None
    if start.line != end.end_line:
        return None
    return Span(start.line, start.col, end.end_line, end.end_col, start.start, end.end)


def not_found_here(program: ast.Program, type_name: str, method: str) -> Label | None:
    """The label at the declaration of the program's struct or enum `type_name`."""
    for item in program.items:
        if isinstance(item, ast.StructItem | ast.EnumItem) and item.name == type_name:
            head = _head(item, True)
            kind = "enum" if isinstance(item, ast.EnumItem) else "struct"
            return Label(head, f"method `{method}` not found for this {kind}") if (
                head is not None) else None
    return None


def trait_candidates(program: ast.Program, method: str) -> tuple[SubNote, ...] | None:
    """The help and note naming the one trait of the program that declares `method`;
    () if none does, None if several do (rustc lists them otherwise: not drawn here)."""
    traits = [t for t in program.items if isinstance(t, ast.TraitItem) and any(
        m.name == method for m in (*t.required, *t.provided))]
    if not traits:
        return ()
    head = _head(traits[0], False)
    if len(traits) > 1 or head is None or traits[0].generics:
        return None
    return (SubNote("help", "items from traits can only be used if the trait is implemented "
                    "and in scope"),
            SubNote("note", f"`{traits[0].name}` defines an item `{method}`, perhaps you need "
                    "to implement it", head))

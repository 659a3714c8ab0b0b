"""rustc 1.95's words around a comparison it cannot make (read from its output on
tests/conformance/diagnostics/reject_compare_*.rs and breadth/reject_*_compare*):

- E0369 "binary operation `==` cannot be applied to type `Point`": the caret under the
  operator, each operand labelled with its type; for one of the program's structs or
  enums, "note: an implementation of `PartialEq` might be missing for `Point`" at its
  declaration and "help: consider annotating `Point` with `#[derive(PartialEq)]`"
  (`PartialEq, PartialOrd` for `<`, `>`, ... when it derives neither);
- E0277 "can't compare `{integer}` with `&{integer}`": the caret under the operator,
  "= help: the trait `PartialEq<&{integer}>` is not implemented for `{integer}`" and,
  when the right operand is the reference, "help: consider dereferencing here" (`*`).
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang.derive_notes import annotate
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, SubNote, Suggestion
from stackheap_tui.lang.span import Span


def _own(program: ast.Program, name: str) -> ast.StructItem | ast.EnumItem | None:
    return next((item for item in program.items if isinstance(
        item, ast.StructItem | ast.EnumItem) and item.name == name), None)


def cannot_apply(e: ast.Binary, operator: Span, left: str, right: str, shown: str,
                 program: ast.Program, own_type: str | None) -> Diagnostic:
    """E0369 for a comparison: `shown` is the type the headline names, `own_type` the
    program's struct or enum the operands are (or point to), if they are one."""
    d = Diagnostic(f"binary operation `{e.op}` cannot be applied to type `{shown}`", operator,
                   "E0369", labels=(Label(e.left.span, left), Label(e.right.span, right)))
    if own_type is None:
        return d
    item = _own(program, own_type)
    if item is None or item.span.line != item.name_span.line or item.generics:
        return d
    trait = "PartialEq" if e.op in ("==", "!=") else "PartialOrd"
    derive = trait if trait == "PartialEq" or "PartialEq" in item.derives else (
        "PartialEq, PartialOrd")
    head = Span(item.span.line, item.span.col, item.name_span.line, item.name_span.end_col,
                item.span.start, item.name_span.end)
    help_ = annotate(program, own_type, derive)
    return Diagnostic(d.message, d.span, d.code, labels=d.labels, children=(SubNote(
        "note", f"an implementation of `{trait}` might be missing for `{own_type}`", head,
        f"must implement `{trait}`"),), suggestions=(help_,) if help_ is not None else ())


def cannot_compare(e: ast.Binary, operator: Span, left: str, right: str,
                   right_is_ref: bool) -> Diagnostic:
    """E0277 for `==` between a value and a reference to one."""
    start = e.right.span
    deref = (Suggestion("consider dereferencing here", (Edit(Span(
        start.line, start.col, start.line, start.col, start.start, start.start), "*"),)),
    ) if right_is_ref else ()
    return Diagnostic(f"can't compare `{left}` with `{right}`", operator, "E0277",
                      f"no implementation for `{left} == {right}`",
                      help=f"the trait `PartialEq<{right}>` is not implemented for `{left}`",
                      suggestions=deref)

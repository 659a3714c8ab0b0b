"""Where rustc offers `&mut` for a write through a variable's `&` reference (E0594 /
E0596 "`r` is a `&` reference, so it cannot be written to").

Measured with rustc 1.95, by where the variable got its reference:

- a parameter `v: &T` or `&self`: "consider changing this to be a mutable reference",
  `mut ` after the `&` of its type;
- `let r = &x;` (even with a written type): the same help, `mut ` after the `&` of `&x`;
- `for e in &v`: "this iterator yields `&` references" under `&v` and "use a mutable
  iterator instead", `mut ` after its `&`;
- anything else: no help (rustc's other forms are not drawn here).

`messages.mutability_error` leaves a marker suggestion at the binding; this pass puts
the real edit in its place, or drops it.
"""

from __future__ import annotations

import dataclasses

from stackheap_tui.lang import ast
from stackheap_tui.lang.borrowck.messages import REF_MUT_MARK
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

ITER_MUT = "use a mutable iterator instead"


def _after_amp(span: Span) -> Span:
    return Span(span.line, span.col + 1, span.line, span.col + 1, span.start + 1,
                span.start + 1)


def _same(a: Span, b: Span) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def _declaration(program: ast.Program, binding: Span) -> object | None:
    """The parameter, `self`, `let` or `for` that declares the binding at `binding`."""
    def walk(node: object) -> object | None:
        if isinstance(node, ast.Param | ast.Let | ast.For) and isinstance(
                node.pattern, ast.IdentPattern) and _same(node.pattern.span, binding):
            return node
        if isinstance(node, ast.SelfParam) and _same(node.span, binding):
            return node
        span = getattr(node, "span", None)
        if isinstance(span, Span) and not (span.start <= binding.start < span.end):
            return None
        for child in ast.children(node):
            found = walk(child)
            if found is not None:
                return found
        return None

    for item in program.items:
        found = walk(item)
        if found is not None:
            return found
    return None


def _with_ref_help(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    marks = [s for s in d.suggestions if s.message == REF_MUT_MARK and len(s.edits) == 1
             and s.edits[0].text == ""]
    if not marks:
        return d
    rest = tuple(s for s in d.suggestions if s not in marks)
    found = _declaration(checked.program, marks[0].edits[0].at)
    help_: Suggestion | None = None
    labels = d.labels
    if isinstance(found, ast.Param) and isinstance(found.type, ast.TypeRef) and (
            not found.type.mutable):
        help_ = Suggestion(REF_MUT_MARK, (Edit(_after_amp(found.type.span), "mut "),))
    elif isinstance(found, ast.SelfParam) and found.by_ref and not found.mutable_ref:
        help_ = Suggestion(REF_MUT_MARK, (Edit(_after_amp(found.span), "mut "),))
    elif isinstance(found, ast.Let) and isinstance(found.init, ast.Unary) and (
            found.init.op == "&"):
        help_ = Suggestion(REF_MUT_MARK, (Edit(_after_amp(found.init.span), "mut "),))
    elif isinstance(found, ast.For) and isinstance(found.iterable, ast.Unary) and (
            found.iterable.op == "&"):
        labels = (*labels, Label(found.iterable.span, "this iterator yields `&` references"))
        help_ = Suggestion(ITER_MUT, (Edit(_after_amp(found.iterable.span), "mut "),))
    helps = (help_,) if help_ is not None else ()
    return dataclasses.replace(d, labels=labels, suggestions=(*helps, *rest))


def add_ref_mut_suggestions(diagnostics: list[Diagnostic],
                            checked: CheckedProgram) -> list[Diagnostic]:
    """E0594 / E0596 through a variable's `&` with rustc's `&mut` help, where known."""
    return [_with_ref_help(d, checked) if d.code in ("E0594", "E0596") else d
            for d in diagnostics]

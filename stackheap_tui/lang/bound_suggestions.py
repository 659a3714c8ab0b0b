"""rustc 1.95's help to add a trait bound to a type parameter (read from its output on
tests/conformance/diagnostics3/reject_bound_*.rs), for an operator on two values of a
type parameter `T` (or `&T`) and for `{}` / `{:?}` of one:

    help: consider restricting type parameter `T` with trait `PartialOrd`
      |
    2 | fn largest<T: std::cmp::PartialOrd>(list: &[T]) -> &T {
      |             ++++++++++++++++++++++

- the trait as rustc names it in the edit: `std::cmp::PartialOrd` / `PartialEq`,
  `std::fmt::Display` / `Debug`, `std::ops::Add<Output = T>` (and `Sub`, `Mul`, `Div`,
  `Rem`);
- a parameter without bounds gets `: Trait` after its name ("consider restricting"); one
  with bounds gets ` + Trait` after its last one, inline or in a `where` clause
  ("consider further restricting");
- the parameter is the method's own or its `impl` block's.
"""

from __future__ import annotations

import dataclasses
import re

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, SubNote, Suggestion
from stackheap_tui.lang.span import Span

_COMPARE = {"<": "PartialOrd", ">": "PartialOrd", "<=": "PartialOrd", ">=": "PartialOrd",
            "==": "PartialEq", "!=": "PartialEq"}
_ARITH = {"add": "Add", "subtract": "Sub", "multiply": "Mul", "divide": "Div",
          "calculate the remainder of": "Rem"}
FORMAT_NOTE = "in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead"


def _wanted(d: Diagnostic) -> tuple[str, str, str] | None:
    """(type parameter, trait as the help names it, trait as the edit writes it)."""
    m = re.fullmatch(r"binary operation `([^`]+)` cannot be applied to type `(&?)(\w+)`",
                     d.message)
    if m is not None and m.group(1) in _COMPARE and d.code == "E0369":
        shown = m.group(2) + m.group(3)
        if [label.text for label in d.labels] != [shown, shown]:
            return None  # both sides of one type only (`x == 5` wants `PartialEq<i32>`)
        trait = _COMPARE[m.group(1)]
        return m.group(3), trait, f"std::cmp::{trait}"
    m = re.fullmatch(r"cannot (add|subtract|multiply|divide|calculate the remainder of) "
                     r"`(\w+)` (?:to|from|by|divided by) `(\w+)`", d.message)
    if m is not None and d.code == "E0369" and m.group(2) == m.group(3) and (
            [label.text for label in d.labels] == [m.group(2), m.group(2)]):
        trait = _ARITH[m.group(1)]
        return m.group(2), trait, f"std::ops::{trait}<Output = {m.group(2)}>"
    if d.code == "E0277" and d.message == ("the size for values of type `Self` cannot be "
                                           "known at compilation time"):
        return "Self", "Sized", "Sized"
    m = re.fullmatch(r"`(\w+)` doesn't implement `(std::fmt::Display|Debug)`", d.message)
    if m is not None and d.code == "E0277":
        trait = m.group(2).rsplit("::", 1)[-1]
        return m.group(1), trait, f"std::fmt::{trait}"
    return None


def _functions(program: ast.Program
               ) -> list[tuple[ast.FnItem, ast.ImplItem | ast.TraitItem | None]]:
    out: list[tuple[ast.FnItem, ast.ImplItem | ast.TraitItem | None]] = []
    for item in program.items:
        if isinstance(item, ast.FnItem):
            out.append((item, None))
        elif isinstance(item, ast.ImplItem):
            out.extend((m, item) for m in item.methods)
        elif isinstance(item, ast.TraitItem):
            out.extend((m, item) for m in ast.children(item) if isinstance(m, ast.FnItem))
    return out


def _self_bound(d: Diagnostic, program: ast.Program, trait: str) -> Diagnostic:
    """A trait's provided method needing `Self: Trait`: rustc suggests ` where Self:
    Trait` after its signature (`Sized` for `self` by value, with `&self` as well)."""
    fn = next((f for f, owner in _functions(program) if isinstance(owner, ast.TraitItem)
               and _inside(d.span, f.span)), None)
    if fn is None or fn.generics:
        return d  # (a `where` clause of its own is not drawn here)
    if fn.return_type is not None:
        at = _end(fn.return_type.span)
    else:  # right after `)`, before the space and `{` of `fn show(&self) {`
        b = fn.body.span
        at = Span(b.line, b.col - 1, b.line, b.col - 1, b.start - 1, b.start - 1)
    suggestions = [Suggestion("consider further restricting `Self`",
                              (Edit(at, f" where Self: {trait}"),))]
    own = fn.self_param
    if trait == "Sized" and own is not None and not own.by_ref and (
            (own.span.start, own.span.end) == (d.span.start, d.span.end)):
        start = Span(own.span.line, own.span.col, own.span.line, own.span.col,
                     own.span.start, own.span.start)
        suggestions.append(Suggestion("function arguments must have a statically known size, "
                                      "borrowed types always have a known size",
                                      (Edit(start, "&"),)))
    return dataclasses.replace(d, suggestions=tuple(suggestions))


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _parameter(program: ast.Program, span: Span, name: str) -> ast.GenericParam | None:
    for fn, impl in _functions(program):
        if not _inside(span, fn.span):
            continue
        scopes = [fn.generics, impl.generics if impl is not None else ()]
        for generics in scopes:
            for param in generics:
                if param.name == name:
                    return param
        return None
    return None


def _end(span: Span) -> Span:
    return Span(span.end_line, span.end_col, span.end_line, span.end_col, span.end, span.end)


def _with_bound(d: Diagnostic, program: ast.Program) -> Diagnostic:
    if d.suggestions:
        return d
    wanted = _wanted(d)
    if wanted is None:
        return d
    name, trait, path = wanted
    if name == "Self":
        return _self_bound(d, program, trait)
    param = _parameter(program, d.span, name)
    if param is None or name.startswith("impl "):
        return d
    bounds = param.bounds
    inline = [b for b in bounds if _inside(b.span, param.span)]
    if bounds and inline and len(inline) != len(bounds):
        return d  # bounds both inline and in a `where` clause: not drawn here
    if bounds:
        edit = Edit(_end(bounds[-1].span), f" + {path}")
        message = f"consider further restricting type parameter `{name}` with trait `{trait}`"
    else:
        edit = Edit(_end(param.span), f": {path}")
        message = f"consider restricting type parameter `{name}` with trait `{trait}`"
    children = d.children
    if trait == "Display" and not any(c.message == FORMAT_NOTE for c in children):
        children = (*children, SubNote("note", FORMAT_NOTE))
    return dataclasses.replace(d, children=children,
                               suggestions=(Suggestion(message, (edit,)),))


def add_bound_suggestions(diagnostics: list[Diagnostic],
                          program: ast.Program) -> list[Diagnostic]:
    """Type errors on a type parameter, with rustc's help to bound it."""
    return [_with_bound(d, program) for d in diagnostics]


__all__ = ["add_bound_suggestions"]

"""The warnings rustc prints beside a rejected program's errors: `unused_mut`.

rustc's borrow checker lints `unused_mut` for each body it checks, before that body's
errors: a binding declared `mut` that nothing wrote again (an assignment after its
first), borrowed `&mut` (also by autoref, `IndexMut` or a closure), or changed through
a field or a `Box`. Writing through a `&mut` it holds does not count. Names starting
with `_` are not linted. A type error stops rustc before borrow checking, so such a
program gets none of these.

The warnings are only drawn for a program that is rejected: rustc's warnings on a
program it compiles are not part of the binary's output (and `--check` reports errors).
"""

from __future__ import annotations

from collections.abc import Iterable

from stackheap_tui.lang import ast
from stackheap_tui.lang.borrowck.ir import Graph
from stackheap_tui.lang.diagnostics import Diagnostic, Label
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

UNUSED_MUT_NOTE = "`#[warn(unused_mut)]` (part of `#[warn(unused)]`) on by default"
_GROUPS = {"unused_mut": ("unused_mut", "unused", "warnings")}


def _allowed(checked: CheckedProgram, lint: str, at: Span) -> bool:
    names = _GROUPS[lint]
    if any(name in checked.program.allowed_lints for name in names):
        return True
    for item in _functions(checked.program.items):
        if item.span.start <= at.start < item.span.end and any(
                name in item.allowed_lints for name in names):
            return True
    return False


def _functions(items: Iterable[object]) -> list[ast.FnItem]:
    found: list[ast.FnItem] = []
    for item in items:
        if isinstance(item, ast.FnItem):
            found.append(item)
        elif isinstance(item, ast.ImplItem):
            found.extend(item.methods)
        elif isinstance(item, ast.TraitItem):
            found.extend(item.provided)
    return found


def unused_mut(graphs: list[Graph], checked: CheckedProgram) -> list[Diagnostic]:
    """`variable does not need to be mutable` for a function's bodies, by position."""
    found: list[Diagnostic] = []
    for graph in graphs:
        for key, info in graph.locals.items():
            if (not info.mutable or info.kind not in ("var", "param")
                    or info.name.startswith("_") or key in graph.used_mut):
                continue
            at = info.span  # `mut name`
            n = len(info.name)
            if at.line != at.end_line or at.end - at.start < n + 4 or _allowed(
                    checked, "unused_mut", at):
                continue
            keyword = Span(at.line, at.col, at.line, at.col + 4, at.start, at.start + 4)
            found.append(Diagnostic("variable does not need to be mutable", at, None, "",
                                    (Label(keyword, "help: remove this `mut`"),),
                                    level="warning"))
    return sorted(found, key=lambda d: (d.span.start, d.span.end))


def note_first(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """rustc says a lint is on by default under its first warning only."""
    out: list[Diagnostic] = []
    seen = False
    for d in diagnostics:
        if d.level == "warning" and d.message == "variable does not need to be mutable":
            if not seen:
                d = Diagnostic(d.message, d.span, d.code, d.label, d.labels,
                               (UNUSED_MUT_NOTE,), level="warning")
            seen = True
        out.append(d)
    return out

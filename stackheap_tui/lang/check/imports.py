"""Std types a program names without importing them: rustc's resolution errors.

`Rc`, `RefCell` and `Cell` are not in the prelude: `Rc::new(5)` without `use std::rc::Rc;`
is E0433 ("use of undeclared type `Rc`") at each path that starts with the name, and
`Rc<i32>` in a type is E0425 ("not found in this scope"), each with rustc's help to
import it, inserted where the program's first item starts.
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Suggestion
from stackheap_tui.lang.span import Span

# The name, and the `use` rustc suggests for it.
NOT_IN_PRELUDE = {"Rc": "std::rc::Rc", "RefCell": "std::cell::RefCell",
                  "Cell": "std::cell::Cell"}


def missing_imports(program: ast.Program, imported: set[str]) -> list[Diagnostic]:
    """Each use of a std type from `NOT_IN_PRELUDE` the program did not import, in source
    order."""
    wanted = {name for name in NOT_IN_PRELUDE if name not in imported}
    if not wanted or not program.items:
        return []
    found: list[Diagnostic] = []
    at = _first_item_line(program)

    def report(name: str, span: Span, code: str, label: str) -> None:
        head = Span(span.line, span.col, span.line, span.col + len(name), span.start,
                    span.start + len(name))
        where = Span(at, 1, at, 1, 0, 0)
        found.append(Diagnostic(
            f"cannot find type `{name}` in this scope", head, code, label,
            suggestions=(Suggestion("consider importing this struct", (
                Edit(where, f"use {NOT_IN_PRELUDE[name]};\n"),), alone=True),)))

    def walk(node: object) -> None:
        if isinstance(node, ast.Path) and len(node.segments) > 1 and (
                node.segments[0] in wanted) and node.as_trait is None:
            name = node.segments[0]
            report(name, node.span, "E0433", f"use of undeclared type `{name}`")
        elif isinstance(node, ast.TypePath) and len(node.segments) == 1 and (
                node.segments[0] in wanted):
            report(node.segments[0], node.span, "E0425", "not found in this scope")
        for child in ast.children(node):
            walk(child)

    for item in program.items:
        walk(item)
    found.sort(key=lambda d: (d.span.line, d.span.col))
    return found


def _first_item_line(program: ast.Program) -> int:
    """Where rustc inserts a `use`: the line the first item starts on, its `#[derive]`
    (written on the line above) included."""
    first = program.items[0]
    line = first.span.line
    if isinstance(first, ast.StructItem | ast.EnumItem) and first.derives:
        line -= 1
    return max(1, line)

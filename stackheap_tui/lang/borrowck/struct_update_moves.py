"""E0382 after a struct update (`Config { level: 2, ..base }`): rustc labels the whole
struct expression "value (partially) moved here", not `base` (read from its output on
tests/conformance/ownership/reject_use_after_struct_update.rs and
tests/conformance/diagnostics3/reject_struct_update_*.rs)."""

from __future__ import annotations

import dataclasses

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import Diagnostic, Label
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

_MOVED = ("value moved here", "value partially moved here")


def _update_bases(program: ast.Program) -> dict[tuple[int, int], Span]:
    """The span of each `..base` -> its struct expression's."""
    out: dict[tuple[int, int], Span] = {}
    stack: list[object] = list(program.items)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.StructLit) and node.base is not None:
            out[(node.base.span.start, node.base.span.end)] = node.span
        stack.extend(ast.children(node))
    return out


def add_struct_update_moves(diagnostics: list[Diagnostic],
                            checked: CheckedProgram) -> list[Diagnostic]:
    if not any(d.code == "E0382" for d in diagnostics):
        return diagnostics
    bases = _update_bases(checked.program)
    if not bases:
        return diagnostics
    out: list[Diagnostic] = []
    for d in diagnostics:
        if d.code == "E0382":
            labels = tuple(
                Label(bases[(label.span.start, label.span.end)], label.text, label.primary)
                if label.text.startswith(_MOVED) and (label.span.start, label.span.end) in bases
                else label for label in d.labels)
            if labels != d.labels:
                d = dataclasses.replace(d, labels=labels)
        out.append(d)
    return out


__all__ = ["add_struct_update_moves"]

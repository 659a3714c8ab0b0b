"""rustc 1.95's help under E0382 when a closure took the value (read from its output on
tests/conformance/diagnostics/reject_closure_clone_*.rs), for a variable whose type
implements `Clone`:

- a `move` closure: "help: consider cloning the value before moving it into the closure":
  `let value = s.clone();` before the statement holding the closure, and `value` in the
  place of the use rustc labels "variable moved due to use in closure" (only that one);
- a closure that moves the variable by its use (`|| drop(w)`): "help: consider cloning
  the value if the performance cost is acceptable", `.clone()` after that use.
"""

from __future__ import annotations

import dataclasses
import re

from stackheap_tui.lang import ast
from stackheap_tui.lang.borrowck.clone_suggestions import CLONE, _chain_to, _is_clone
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

INTO_CLOSURE = "consider cloning the value before moving it into the closure"


def _with_closure_clone(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    uses = [label for label in d.labels if label.text == "variable moved due to use in closure"]
    heads = [label for label in d.labels if label.text == "value moved into closure here"]
    shown = re.search(r"moved value: `([^`.]*)`$", d.message)
    if len(uses) != 1 or len(heads) != 1 or shown is None or d.suggestions or d.children:
        return d
    chain = _chain_to(checked.program, uses[0].span, (ast.Path,))
    if chain is None:
        return d
    path = chain[-1]
    if not isinstance(path, ast.Path) or path.segments != (shown.group(1),):
        return d
    ty = checked.types.get(id(path))
    if ty is None or not _is_clone(ty):
        return d
    inside = [i for i, node in enumerate(chain) if isinstance(node, ast.Closure)]
    if len(inside) != 1:
        return d
    closure = chain[inside[0]]
    assert isinstance(closure, ast.Closure)
    use = path.span
    if not closure.is_move:
        end = Span(use.end_line, use.end_col, use.end_line, use.end_col, use.end, use.end)
        return dataclasses.replace(d, suggestions=(Suggestion(CLONE, (Edit(end, ".clone()"),)),))
    statement = next((n for n in reversed(chain[:inside[0]])
                      if isinstance(n, ast.Let | ast.ExprStmt)), None)
    if statement is None:
        return d
    at = statement.span
    start = Span(at.line, at.col, at.line, at.col, at.start, at.start)
    name = shown.group(1)
    return dataclasses.replace(d, suggestions=(Suggestion(INTO_CLOSURE, (
        Edit(start, f"let value = {name}.clone();\n{' ' * (at.col - 1)}"),
        Edit(use, "value", use.end - use.start))),))


def add_closure_clone_suggestions(diagnostics: list[Diagnostic],
                                  checked: CheckedProgram) -> list[Diagnostic]:
    """E0382 of a variable a closure took, with rustc's cloning help where it applies."""
    return [_with_closure_clone(d, checked) if d.code == "E0382" else d for d in diagnostics]

"""rustc 1.95's help under E0716 "temporary value dropped while borrowed" (read from its
output on tests/conformance/diagnostics/reject_temporary_*.rs):

- a temporary made in a statement (`let upper: &str = name.to_uppercase().as_str();`,
  `v.push(&String::from("x"));`, `match Some(s.clone()) {`): "help: consider using a
  `let` binding to create a longer lived value", a new `let binding = <temporary>;`
  before the statement and `binding` in the temporary's place;
- a temporary a macro made (`&format!(..)`): the same words as a plain note.

Only where the borrow is used later in the function (one that must live for `'static`
gets no help). Left as they are (rustc says more there): a temporary in an `if let` / `while let`
condition (Rust 2024 shortened those), an array iterated by `.iter()` (rustc first
suggests `into_iter`), one in a block's tail or spanning lines.
"""

from __future__ import annotations

import dataclasses

from stackheap_tui.lang import ast
from stackheap_tui.lang.borrowck.clone_suggestions import _chain_to
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, SubNote, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

LONGER = "consider using a `let` binding to create a longer lived value"


def _with_binding_help(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    temp = d.span
    if d.children or d.suggestions or d.notes or d.help or temp.line != temp.end_line:
        return d
    if not any(label.text.startswith("borrow later used") for label in d.labels):
        return d  # a borrow that must outlive the function (`&'static`): no such help
    chain = _chain_to(checked.program, temp, (object,))
    if chain is None or len(chain) < 2:
        return d
    node, parent = chain[-1], chain[-2]
    if any(isinstance(n, ast.LetCond) for n in chain):
        return d
    arrays = (ast.ArrayExpr, ast.ArrayRepeat)
    if isinstance(node, arrays) or (isinstance(parent, ast.MethodCall) and isinstance(
            parent.receiver, arrays)):
        return d
    if isinstance(node, ast.MacroCall):
        return dataclasses.replace(d, children=(SubNote("note", LONGER),))
    statement = next((n for n in reversed(chain) if isinstance(n, ast.Let | ast.ExprStmt)),
                     None)
    if statement is None:
        return d
    at = statement.span
    if at.line != temp.line:
        return d
    start = Span(at.line, at.col, at.line, at.col, at.start, at.start)
    indent = " " * (at.col - 1)
    return dataclasses.replace(d, suggestions=(Suggestion(LONGER, (
        Edit(start, f"let binding = {{copied}};\n{indent}", copied=temp),
        Edit(temp, "binding", temp.end - temp.start))),))


def add_temporary_suggestions(diagnostics: list[Diagnostic],
                              checked: CheckedProgram) -> list[Diagnostic]:
    """E0716 diagnostics with rustc's `let binding` help, where it applies."""
    return [_with_binding_help(d, checked) if d.code == "E0716" else d for d in diagnostics]

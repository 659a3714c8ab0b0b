"""rustc 1.95's words for a value partially moved by a `match` arm's binding (E0382 "use
of partially moved value"), read from its output on tests/conformance/diagnostics/
reject_partial_move_by_match_arm*.rs:

- "value partially moved here" under the binding that moved, not the scrutinee: of the
  arms' by-value bindings of a non-`Copy` type, the last (rustc finds the move path made
  last first);
- "= note: partial move occurs because value has type `String`, which does not implement
  the `Copy` trait" (the binding's type);
- "help: borrow this binding in the pattern to avoid moving the value": `ref ` before it.
"""

from __future__ import annotations

import dataclasses

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.clone_suggestions import _chain_to
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

PARTIAL = "value partially moved here"


def _moving_bindings(pat: object, checked: CheckedProgram, top: bool) -> list[ast.IdentPattern]:
    if isinstance(pat, ast.IdentPattern):
        binding = checked.bindings.get(id(pat))
        if top or binding is None or binding.by_ref or pat.by_ref or T.is_copy(binding.ty):
            return []
        return [pat]
    if isinstance(pat, ast.BindingPattern | ast.RefPattern):
        return []  # `x @ ..` and `&..` move differently: not drawn here
    return [b for child in ast.children(pat) for b in _moving_bindings(child, checked, False)]


def _with_binding_move(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    moved = [label for label in d.labels if label.text == PARTIAL]
    if len(moved) != 1 or d.children or d.suggestions or d.notes:
        return d
    chain = _chain_to(checked.program, moved[0].span, (object,))
    if chain is None or len(chain) < 2:
        return d
    match = chain[-2]
    if not isinstance(match, ast.Match) or match.scrutinee is not chain[-1]:
        return d
    found = [b for arm in match.arms for b in _moving_bindings(arm.pattern, checked, True)]
    if not found:
        return d
    binding = found[-1]
    ty = checked.bindings[id(binding)].ty
    name = binding.span
    at = Label(Span(name.line, name.col, name.line, name.col + len(binding.name), name.start,
                    name.start + len(binding.name)), PARTIAL)
    labels = tuple(at if label is moved[0] else label for label in d.labels)
    start = Span(name.line, name.col, name.line, name.col, name.start, name.start)
    return dataclasses.replace(
        d, labels=labels,
        notes=(f"partial move occurs because value has type `{ty}`, which does not implement "
               "the `Copy` trait",),
        suggestions=(Suggestion("borrow this binding in the pattern to avoid moving the value",
                                (Edit(start, "ref "),)),))


def add_pattern_move_suggestions(diagnostics: list[Diagnostic],
                                 checked: CheckedProgram) -> list[Diagnostic]:
    """E0382 of a value partially moved by a match arm, in rustc's words."""
    return [_with_binding_move(d, checked) if d.code == "E0382" and (
        "partially moved value" in d.message) else d for d in diagnostics]

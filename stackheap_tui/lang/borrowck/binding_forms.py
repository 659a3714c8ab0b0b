"""How a binding was written, for rustc's "make this binding mutable" suggestions.

rustc words the suggestion by the binding's form (measured with rustc 1.95):

- E0384 (assigning twice): `let x = ..` / `let x;` / a parameter: `mut x` only; a binding
  inside a pattern (`let (a, b) = ..`, `let Some(z) = .. else`, `if let`, a match arm,
  `t @ 1..=9`): `mut z`, then "to modify the original value, take a borrow instead" with
  `ref mut z`; a `for` pattern: rustc inserts `(mut i) ` before the name.
- E0596 / E0594 (not declared as mutable): `mut x` for every one of those forms.
- A `ref` binding, `self`, a closure parameter, a parameter pattern: no suggestion
  (not measured, or rustc says something else).
"""

from __future__ import annotations

import dataclasses

from stackheap_tui.lang import ast
from stackheap_tui.lang.borrowck.messages import MAKE_MUTABLE
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Suggestion
from stackheap_tui.lang.span import Span

LET, PARAM, FOR, PATTERN, OTHER = "let", "param", "for", "pattern", "other"


def _idents(pattern: object) -> list[ast.IdentPattern]:
    if isinstance(pattern, ast.IdentPattern):
        return [pattern]
    return [ident for child in ast.children(pattern) for ident in _idents(child)]


def binding_forms(program: ast.Program) -> dict[tuple[int, int], str]:
    """Each binding's form, keyed by its name span's (start, end)."""
    forms: dict[tuple[int, int], str] = {}

    def mark(pattern: object, form: str) -> None:
        for ident in _idents(pattern):
            key = (ident.span.start, ident.span.end)
            forms.setdefault(key, OTHER if ident.by_ref or ident.mutable else form)

    def walk(node: object) -> None:
        if isinstance(node, ast.Param):
            mark(node.pattern, PARAM if isinstance(node.pattern, ast.IdentPattern) else OTHER)
        elif isinstance(node, ast.Let):
            simple = isinstance(node.pattern, ast.IdentPattern) and node.otherwise is None
            mark(node.pattern, LET if simple else PATTERN if node.init is not None else OTHER)
        elif isinstance(node, ast.For):
            mark(node.pattern, FOR)
        elif isinstance(node, ast.MatchArm | ast.LetCond):
            mark(node.pattern, PATTERN)
        elif isinstance(node, ast.ClosureParam):
            mark(node.pattern, OTHER)
        for child in ast.children(node):
            walk(child)

    for item in program.items:
        walk(item)
    return forms


def _adjusted(d: Diagnostic, forms: dict[tuple[int, int], str]) -> Diagnostic:
    kept: list[Suggestion] = []
    for suggestion in d.suggestions:
        if suggestion.message not in MAKE_MUTABLE or len(suggestion.edits) != 1:
            kept.append(suggestion)
            continue
        at: Span = suggestion.edits[0].at
        form = forms.get((at.start, at.end), OTHER)
        twice = d.code == "E0384"
        if form == OTHER:
            continue
        if twice and form == FOR:
            name = d.message.rsplit("`", 2)[-2]
            kept.append(Suggestion(suggestion.message, (Edit(at, f"(mut {name}) "),)))
            continue
        kept.append(suggestion)
        if twice and form == PATTERN:
            kept.append(Suggestion("to modify the original value, take a borrow instead",
                                   (Edit(at, "ref mut "),)))
    return dataclasses.replace(d, suggestions=tuple(kept))


def adjust_mutable_suggestions(diagnostics: list[Diagnostic],
                               program: ast.Program) -> list[Diagnostic]:
    """The borrow checker's "make it mutable" suggestions, worded for each binding's form."""
    if not any(d.suggestions for d in diagnostics):
        return diagnostics
    forms = binding_forms(program)
    return [_adjusted(d, forms) if d.suggestions else d for d in diagnostics]

"""E0507 / E0509 of a pattern's bindings moving out of a place they may not move out of
(`let (s, _) = *r;`, `if let Some(s) = self.item`, `match *r { Some(s) => .. }`,
`let Ticket { code, .. } = t;` with `Ticket: Drop`), as rustc 1.95 words it (read from
its output on tests/conformance/diagnostics3/reject_pattern_moves_*.rs):

- the bindings that move carry the labels: "data moved here" on the first, "...and
  here" on each other; with one binding, its type ("move occurs because `s` has type
  `String`, which does not implement the `Copy` trait"), with several the note "move
  occurs because these variables have types that don't implement the `Copy` trait";
- the scrutinee's caret has no text (E0509: "cannot move out of here");
- the help: where the scrutinee is a value the pattern destructures (E0509, and every
  `let .. else`) "consider borrowing the pattern binding" (`ref ` before each binding);
  otherwise "consider removing the dereference here" when it is `*variable`, else
  "consider borrowing here" (`&` before it).
"""

from __future__ import annotations

import dataclasses

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.clone_suggestions import _chain_to
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span


def _bindings(pat: object, checked: CheckedProgram) -> list[ast.IdentPattern] | None:
    """The by-value, non-`Copy` bindings of a pattern below its top, in source order;
    None where a pattern form is not followed here."""
    if isinstance(pat, ast.IdentPattern):
        binding = checked.bindings.get(id(pat))
        if binding is None:
            return []  # `None`: a variant or constant, not a binding
        if binding.by_ref or pat.by_ref or T.is_copy(binding.ty):
            return []
        return [pat]
    if isinstance(pat, ast.BindingPattern | ast.RefPattern):
        return None  # `x @ ..` and `&..` move differently
    found: list[ast.IdentPattern] = []
    for child in ast.children(pat):
        inner = _bindings(child, checked)
        if inner is None:
            return None
        found.extend(inner)
    return found


def _site(d: Diagnostic, checked: CheckedProgram
          ) -> tuple[object, ast.Expr, list[ast.Pattern]] | None:
    """The `let` / `if let` / `match` whose scrutinee is the error's span."""
    chain = _chain_to(checked.program, d.span, (object,))
    if chain is None or len(chain) < 2:
        return None
    # The scrutinee may be the node spanning the error or sit under a same-span wrapper.
    for i in range(len(chain) - 1, 0, -1):
        node, parent = chain[i], chain[i - 1]
        span = getattr(node, "span", None)
        if not isinstance(span, Span) or (span.start, span.end) != (d.span.start, d.span.end):
            break
        if isinstance(parent, ast.Let) and parent.init is not None and (
                parent.init is node) and not isinstance(parent.pattern, ast.IdentPattern):
            return parent, parent.init, [parent.pattern]
        if isinstance(parent, ast.LetCond) and parent.value is node:
            return parent, parent.value, [parent.pattern]
        if isinstance(parent, ast.Match) and parent.scrutinee is node:
            return parent, parent.scrutinee, [arm.pattern for arm in parent.arms]
    return None


def _with_binding_labels(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    if d.children or d.suggestions or d.notes or d.help or any(
            (label.span.start, label.span.end) != (d.span.start, d.span.end)
            for label in d.labels):
        return d
    site = _site(d, checked)
    if site is None:
        return d
    stmt, scrutinee, patterns = site
    found: list[ast.IdentPattern] = []
    for pat in patterns:
        inner = _bindings(pat, checked)
        if inner is None:
            return d
        found.extend(inner)
    if not found or any(b.mutable for b in found):
        return d
    labels = [Label(found[0].span, "data moved here")]
    labels += [Label(b.span, "...and here") for b in found[1:]]
    notes: tuple[str, ...] = ()
    if len(found) == 1:
        ty = checked.bindings[id(found[0])].ty
        labels.append(Label(found[0].span, f"move occurs because `{found[0].name}` has "
                            f"type `{ty}`, which does not implement the `Copy` trait"))
    else:
        notes = ("move occurs because these variables have types that don't implement the "
                 "`Copy` trait",)
    value = d.code == "E0509" or (isinstance(stmt, ast.Let) and stmt.otherwise is not None)
    suggestions: tuple[Suggestion, ...]
    at = scrutinee.span
    if value:
        suggestions = tuple(Suggestion("consider borrowing the pattern binding", (Edit(
            _start(b.span), "ref "),)) for b in found)
    elif isinstance(scrutinee, ast.Unary) and scrutinee.op == "*" and isinstance(
            scrutinee.operand, ast.Path) and scrutinee.operand.is_name:
        suggestions = (Suggestion("consider removing the dereference here",
                                  (Edit(at, "", 1),)),)
    else:
        suggestions = (Suggestion("consider borrowing here", (Edit(_start(at), "&"),)),)
    label = "cannot move out of here" if d.code == "E0509" else ""
    return dataclasses.replace(d, label=label, labels=tuple(labels), notes=notes,
                               suggestions=suggestions)


def _start(span: Span) -> Span:
    return Span(span.line, span.col, span.line, span.col, span.start, span.start)


def add_pattern_move_out_labels(diagnostics: list[Diagnostic],
                                checked: CheckedProgram) -> list[Diagnostic]:
    """E0507 / E0509 of a destructuring pattern's bindings, in rustc's words."""
    out: list[Diagnostic] = []
    grouped: set[tuple[int, int]] = set()
    for d in diagnostics:
        new = _with_binding_labels(d, checked) if d.code in ("E0507", "E0509") else d
        if new is not d:
            key = (d.span.start, d.span.end)
            if key in grouped:
                continue  # rustc reports the bindings of one scrutinee as one error
            grouped.add(key)
        out.append(new)
    return out


__all__ = ["add_pattern_move_out_labels"]

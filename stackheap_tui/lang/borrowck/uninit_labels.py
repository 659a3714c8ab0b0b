"""E0381's labels for a binding initialised on some paths only ("possibly-uninitialized"),
as rustc 1.95 draws them (its `ConditionVisitor`, read from its output on
tests/conformance/diagnostics3/reject_uninit_*.rs):

- rustc knows where the binding is initialised: the assignment `x = e` as a whole, or,
  for a type that needs dropping (a `String`, a `Vec`), only its left side `x`;
- it walks the function for the branches that initialise it on one side only, and
  labels the other side: an `if` without `else` ("if this `if` condition is `false`,
  `x` is not initialized" and "an `else` arm might be missing here, initializing `x`"
  after it), an `if`/`else` ("if this condition is `true`, ..." on the condition, or
  "if the `if` condition is `false` and this `else` arm is executed, ..." between the
  branches), a `while` ("if this condition isn't met and the `while` loop runs 0 times,
  ..."), a `for` ("if the `for` loop runs 0 times, ..." on the iterable) and the `match`
  arms that do not ("if this pattern is matched, ...", "if this pattern and condition
  are matched, ..." with a guard); a branch counts as initialising when one of the
  statements of its block (or of a block in tail position) is such an assignment;
- only labels before the use are shown; with none, each initialisation before it is
  labelled "binding initialized here in some conditions".
"""

from __future__ import annotations

import dataclasses
import re

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import Diagnostic, Label
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

DECLARED = "binding declared here but left uninitialized"

Key = tuple[int, int]


def _key(span: Span) -> Key:
    return (span.start, span.end)


def _walk(node: object) -> list[object]:
    """Every node under `node` (itself first), in source order; not into closures."""
    out = [node]
    for child in ast.children(node):
        if not isinstance(child, ast.Closure):
            out.extend(_walk(child))
    return out


def _initialises(node: object, stmts: set[Key]) -> bool:
    """rustc's `ReferencedStatementsVisitor`: a block's own `x = e;` statements (not
    those nested in other statements), and blocks in tail position."""
    if isinstance(node, ast.Block):
        for stmt in node.stmts:
            if isinstance(stmt, ast.ExprStmt) and stmt.semicolon and _key(stmt.expr.span) in stmts:
                return True
        return node.tail is not None and _initialises(node.tail, stmts)
    if isinstance(node, ast.Closure):
        return False
    return any(_initialises(child, stmts) for child in ast.children(node))


def _between(a: Span, b: Span) -> Span:
    return Span(a.end_line, a.end_col, b.line, b.col, a.end, b.start)


def _after(span: Span) -> Span:
    return Span(span.end_line, span.end_col, span.end_line, span.end_col, span.end, span.end)


def _conditions(body: ast.Block, stmts: set[Key], name: str) -> list[tuple[Span, str]] | None:
    """The labels rustc's `ConditionVisitor` finds, in its order; None for a construct
    whose labels are not drawn here (`if let`, `while let`)."""
    out: list[tuple[Span, str]] = []
    for node in _walk(body):
        if isinstance(node, ast.If):
            if isinstance(node.cond, ast.LetCond):
                if _initialises(node, stmts):
                    return None
                continue
            then = _initialises(node.then, stmts)
            if node.otherwise is None:
                if then:
                    out.append((node.cond.span, f"if this `if` condition is `false`, {name} "
                                "is not initialized"))
                    out.append((_after(node.span), "an `else` arm might be missing here, "
                                f"initializing {name}"))
                continue
            other = _initialises(node.otherwise, stmts)
            if then and not other:
                out.append((_between(node.then.span, node.otherwise.span),
                            "if the `if` condition is `false` and this `else` arm is "
                            f"executed, {name} is not initialized"))
            elif other and not then:
                out.append((node.cond.span, f"if this condition is `true`, {name} is not "
                            "initialized"))
        elif isinstance(node, ast.While):
            if isinstance(node.cond, ast.LetCond):
                if _initialises(node, stmts):
                    return None
                continue
            if _initialises(node.body, stmts):
                out.append((node.cond.span, "if this condition isn't met and the `while` loop "
                            f"runs 0 times, {name} is not initialized"))
        elif isinstance(node, ast.For):
            if _initialises(node.body, stmts):
                out.append((node.iterable.span, f"if the `for` loop runs 0 times, {name} is "
                            "not initialized"))
        elif isinstance(node, ast.Match):
            seen = [_initialises(arm, stmts) for arm in node.arms]
            if any(seen) and not all(seen):
                for arm, did in zip(node.arms, seen, strict=True):
                    if did or isinstance(arm.body, ast.Return):
                        continue
                    if arm.guard is not None:
                        out.append((_join(arm.pattern.span, arm.guard.span), "if this pattern "
                                    f"and condition are matched, {name} is not initialized"))
                    else:
                        out.append((arm.pattern.span, f"if this pattern is matched, {name} is "
                                    "not initialized"))
    return out


def _join(a: Span, b: Span) -> Span:
    return Span(a.line, a.col, b.end_line, b.end_col, a.start, b.end)


def _before(sp: Span, use: Span) -> bool:
    """rustc's `sp < span && !sp.overlaps(span)`."""
    return (sp.start, sp.end) < (use.start, use.end) and not (
        sp.start < use.end and use.start < sp.end)


def _with_conditions(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    named = re.fullmatch(r"used binding `([^`]+)` is possibly-uninitialized", d.message)
    if named is None or len(d.labels) != 1 or d.labels[0].text != DECLARED or (
            d.children or d.notes or d.suggestions or d.help):
        return d
    declared = d.labels[0].span
    found = _declaration(checked.program, declared)
    if found is None:
        return d
    item, pattern = found
    binding = checked.bindings.get(id(pattern))
    if binding is None:
        return d
    dropped = T.needs_drop(binding.ty)
    stmts: set[Key] = set()
    inits: list[Span] = []
    for node in _walk(item.body):
        if isinstance(node, ast.Assign) and node.op == "=" and isinstance(
                node.target, ast.Path) and checked.bindings.get(id(node.target)) is binding:
            inits.append(node.target.span if dropped else node.span)
            if not dropped:
                stmts.add(_key(node.span))
    conditions = _conditions(item.body, stmts, f"`{named.group(1)}`")
    if conditions is None:
        return d
    labels = [Label(sp, text) for sp, text in conditions if _before(sp, d.span)]
    if not labels:
        labels = [Label(sp, "binding initialized here in some conditions") for sp in inits
                  if _before(sp, d.span)]
    return dataclasses.replace(d, labels=(*d.labels, *labels))


def _declaration(program: ast.Program, declared: Span
                 ) -> tuple[ast.FnItem, ast.IdentPattern] | None:
    """The function and the `let x;` pattern declared at `declared`."""
    for item in _functions(program):
        for node in _walk(item.body):
            if isinstance(node, ast.Let) and node.init is None and isinstance(
                    node.pattern, ast.IdentPattern) and _key(node.pattern.span) == _key(declared):
                return item, node.pattern
    return None


def _functions(program: ast.Program) -> list[ast.FnItem]:
    out: list[ast.FnItem] = []
    for item in program.items:
        if isinstance(item, ast.FnItem):
            out.append(item)
        elif isinstance(item, ast.ImplItem | ast.TraitItem):
            out.extend(m for m in ast.children(item) if isinstance(m, ast.FnItem))
    return out


def add_uninit_conditions(diagnostics: list[Diagnostic],
                          checked: CheckedProgram) -> list[Diagnostic]:
    """E0381 of a binding initialised on some paths, with rustc's branch labels."""
    return [_with_conditions(d, checked) if d.code == "E0381" else d for d in diagnostics]


__all__ = ["add_uninit_conditions"]

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

import dataclasses
from collections.abc import Callable, Iterable

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.ir import DEAD, WRITE, Access, Graph, Node
from stackheap_tui.lang.diagnostics import Diagnostic, Label, SubNote
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


_NOTES = {"variable does not need to be mutable": UNUSED_MUT_NOTE}


def _lint_note(d: Diagnostic) -> str | None:
    if d.level != "warning":
        return None
    if d.message in _NOTES:
        return _NOTES[d.message]
    if d.message.startswith(("unused variable: ", "variable `")):
        return UNUSED_VARIABLES_NOTE
    if d.message.startswith("value assigned to "):
        return UNUSED_ASSIGNMENTS_NOTE
    return None


def note_first(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """rustc says a lint is on by default under its first warning only."""
    out: list[Diagnostic] = []
    seen: set[str] = set()
    for d in diagnostics:
        note = _lint_note(d)
        if note is not None and note not in seen:
            seen.add(note)
            d = dataclasses.replace(d, children=(*d.children, SubNote("note", note)))
        out.append(d)
    return out


# ---- unused_variables / unused_assignments (rustc's liveness lint, after borrowck) ----
UNUSED_VARIABLES_NOTE = "`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default"
UNUSED_ASSIGNMENTS_NOTE = ("`#[warn(unused_assignments)]` (part of `#[warn(unused)]`) on by "
                           "default")
_GROUPS["unused_variables"] = ("unused_variables", "unused", "warnings")
_GROUPS["unused_assignments"] = ("unused_assignments", "unused", "warnings")


def _reads(node: Node, plain: frozenset[int] = frozenset()) -> set[int]:
    """The locals a node reads, as rustc's liveness counts them: not its whole writes, not
    a scope's end, not a scope-end drop (a read through a reference is not a read), not a
    write to a field of a `plain` local (one whose type needs no drop: `p.x = 3`)."""
    found = {key for key in (*node.flow, *node.uses) if key != node.drop}
    field_writes = set()
    for access in node.accesses:
        if access.kind == DEAD or (access.kind == WRITE and access.whole_write):
            continue
        if access.place.local in plain and _field_write(access):
            field_writes.add(access.place.local)
            continue
        found.add(access.place.local)
    if node.update is not None and node.update not in field_writes:
        found.add(node.update)
    return found


def _field_write(access: Access) -> bool:
    """`p.x = 3`: a plain assignment to a field of a local (not through a reference)."""
    return access.kind == WRITE and not access.whole_write and access.target is not None \
        and not access.compound and bool(access.place.proj) and all(
            p.kind == "field" for p in access.place.proj)


def _assignments(node: Node) -> list[Access]:
    return [a for a in node.accesses if a.kind == WRITE and a.whole_write
            and a.target is not None and not a.compound]


def _live_after(graph: Graph, keys: set[int], plain: frozenset[int] = frozenset()
                ) -> Callable[[int, int], bool]:
    """Whether `key` is read after node `index` on some path before it is written again:
    liveness found per variable, backwards from its reads and stopping at its writes, so
    the cost is the size of each variable's live range (a set of live variables per node
    cost variables x statements: 70,000 `let`s took minutes)."""
    nodes = graph.nodes
    preds: list[list[int]] = [[] for _ in nodes]
    reads: dict[int, list[int]] = {}
    kills: dict[int, set[int]] = {}
    for index, node in enumerate(nodes):
        for succ in node.succ:
            preds[succ].append(index)
        for key in _reads(node, plain) & keys:
            reads.setdefault(key, []).append(index)
        killed = {a.place.local for a in _assignments(node)}
        if index in graph.let_inits and node.define is not None:
            killed.add(node.define)
        for key in killed & keys:
            kills.setdefault(key, set()).add(index)
    live_in: dict[int, set[int]] = {}
    for key, found in reads.items():
        live = set(found)  # a node that reads the variable has it live on entry
        stop = kills.get(key, set())
        stack = list(found)
        while stack:
            for pred in preds[stack.pop()]:
                if pred not in live and pred not in stop:
                    live.add(pred)
                    stack.append(pred)
        live_in[key] = live

    def live_after(index: int, key: int) -> bool:
        live = live_in.get(key)
        return live is not None and any(succ in live for succ in nodes[index].succ)

    return live_after


def unused_values(graphs: list[Graph], checked: CheckedProgram) -> list[Diagnostic]:
    """A function's liveness warnings, as rustc prints them after its errors: each
    variable never read ("unused variable" / "assigned to, but never used"), then each
    assignment whose value nothing reads (a `let`'s own value is not judged). Only
    plain `x` / `mut x` bindings are judged here (others get rustc's other helps)."""
    variables: list[Diagnostic] = []
    assignments: list[Diagnostic] = []

    def shorthand() -> set[tuple[int, int]]:
        if checked.shorthand_fields is None:  # one walk per program, not per function
            checked.shorthand_fields = _shorthand_fields(checked.program)
        return checked.shorthand_fields

    for graph in graphs:
        mark = len(assignments)
        keys = {key for key, info in graph.locals.items()
                if info.kind in ("var", "param") and not info.name.startswith("_")
                and info.span.end - info.span.start == len(info.name) + (
                    4 if info.mutable else 0)}
        if not keys:
            continue
        # rustc judges `p.x = 3` as an assignment to `p` when `p` needs no drop.
        plain = frozenset(key for key in keys if not T.needs_drop(graph.locals[key].ty))
        read = set().union(graph.fake_reads, *(_reads(node, plain)
                                               for node in graph.nodes)) & keys
        judged = keys - graph.fake_reads  # (those read by `let _ = x;`: not judged)
        after = _live_after(graph, judged, plain)
        assigned: set[int] = set()
        for index, node in enumerate(graph.nodes):
            field_writes = [a for a in node.accesses
                            if a.place.local in plain and _field_write(a)]
            for access in [*_assignments(node), *field_writes]:
                key = access.place.local
                if key in keys:
                    assigned.add(key)
                    if not after(index, key) and key not in graph.fake_reads and not _allowed(
                            checked, "unused_assignments", access.span):
                        name = graph.locals[key].name
                        assignments.append(Diagnostic(
                            f"value assigned to `{name}` is never read", access.span,
                            level="warning",
                            help="maybe it is overwritten before being read?"))
        for index, init in graph.let_inits.items():
            defined = graph.nodes[index].define
            if defined is None:
                continue
            key = defined
            if key in judged and key in read and not after(
                    index, key) and not _allowed(
                    checked, "unused_assignments", init):
                assignments.append(Diagnostic(
                    f"value assigned to `{graph.locals[key].name}` is never read", init,
                    level="warning", help="maybe it is overwritten before being read?"))
        assignments[mark:] = sorted(assignments[mark:], key=lambda d: d.span.start)
        for key in sorted(keys - read, key=lambda k: graph.locals[k].span.start):
            info = graph.locals[key]
            if _allowed(checked, "unused_variables", info.span):
                continue
            if key in assigned:
                variables.append(Diagnostic(
                    f"variable `{info.name}` is assigned to, but never used", info.span,
                    notes=(f"consider using `_{info.name}` instead",), level="warning"))
            elif (info.span.start, info.span.end) in shorthand():
                variables.append(Diagnostic(
                    f"unused variable: `{info.name}`", info.span,
                    label=f"help: try ignoring the field: `{info.name}: _`", level="warning"))
            else:
                variables.append(Diagnostic(
                    f"unused variable: `{info.name}`", info.span,
                    label=f"help: if this is intentional, prefix it with an underscore: "
                    f"`_{info.name}`", level="warning"))
    return [*variables, *assignments]  # each body's by position, the bodies in order


def _shorthand_fields(program: ast.Program) -> set[tuple[int, int]]:
    """The bindings that are a struct pattern's shorthand field (`P { x, y }`), by span:
    one walk of the program (asked per unused variable, a walk each was quadratic)."""
    found: set[tuple[int, int]] = set()
    stack: list[object] = list(program.items)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FieldPattern) and isinstance(node.pattern, ast.IdentPattern):
            at = node.pattern.span
            if (node.span.start, node.span.end) == (at.start, at.end):
                found.add((at.start, at.end))
        stack.extend(ast.children(node))
    return found

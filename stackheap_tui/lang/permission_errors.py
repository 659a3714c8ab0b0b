"""A borrow-check error, explained in permissions: the three places a learner needs.

rustc says *what* it refuses ("cannot borrow `v` as mutable because it is also borrowed
as immutable"). In permissions the story is: here `v` lost W (a borrow took it), here an
operation needs W, and here the borrow is still used, so W had not come back yet.

Built from the facts the borrow checker recorded with each error (`ErrorFacts`: the
access, the loan, the later use, the moves), from the same analysis that reported it.
"""

from __future__ import annotations

from dataclasses import dataclass

from stackheap_tui.lang.borrowck import FunctionAnalysis
from stackheap_tui.lang.borrowck.ir import (
    DEAD,
    MOVE,
    MUTABLE,
    READ,
    RESERVE,
    SHARED,
    WRITE,
    ErrorFacts,
    Graph,
)
from stackheap_tui.lang.borrowck.places import Place, describe
from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.permission_reasons import code_at, line_code
from stackheap_tui.lang.permissions import O, R, W, perm_list
from stackheap_tui.lang.span import Span

EXPLAINED = frozenset({"E0382", "E0499", "E0502", "E0503", "E0505", "E0506", "E0597",
                       "E0515"})
"""The codes explained: uses after a move, conflicts with a live loan, a returned loan."""

NEEDS: dict[str, frozenset[str]] = {
    READ: frozenset({R}),
    SHARED: frozenset({R}),
    MUTABLE: frozenset({R, W}),
    RESERVE: frozenset({R, W}),
    MOVE: frozenset({R, O}),
    WRITE: frozenset({W}),
    DEAD: frozenset({O}),  # dropping a value at its scope's end needs O
}
"""What each access needs, as the Book draws it beside each use of a place."""


@dataclass(frozen=True, slots=True)
class Where:
    """One of the places of the story: "lost", "needed" or "used"."""

    role: str
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class PermissionExplanation:
    diagnostic: Diagnostic
    summary: str
    places: tuple[Where, ...]  # in the order lost, needed, used
    facts: ErrorFacts  # what the checker knew: loan, access, later use, moves
    function: str  # the function whose body was rejected


def explain_analysis(functions: list[FunctionAnalysis],
                     source: str) -> list[PermissionExplanation]:
    """Every explainable borrow-check error of a program's analysed functions, in rustc's
    order ([] if it has none)."""
    out: list[PermissionExplanation] = []
    for function in functions:
        reported = {id(d) for d in function.errors}
        for body in function.bodies:
            for facts in body.facts:
                if id(facts.diagnostic) not in reported:
                    continue  # a duplicate rustc would not print
                found = explain(facts, body.g, source, function.name)
                if found is not None:
                    out.append(found)
    out.sort(key=lambda e: (e.diagnostic.span.start, e.diagnostic.span.end))
    return out


def for_diagnostic(explanations: list[PermissionExplanation],
                   diagnostic: Diagnostic) -> PermissionExplanation | None:
    """The explanation of one diagnostic (matched by headline and position)."""
    for e in explanations:
        d = e.diagnostic
        if (d.message, d.code, d.span.start, d.span.end) == (
                diagnostic.message, diagnostic.code, diagnostic.span.start,
                diagnostic.span.end):
            return e
    return None


def explain(facts: ErrorFacts, graph: Graph, source: str,
            function: str) -> PermissionExplanation | None:
    code = facts.diagnostic.code
    if code not in EXPLAINED:
        return None
    if code == "E0382":
        return _moved(facts, graph, source, function)
    if code == "E0515":
        return _returned(facts, graph, source, function)
    return _conflict(facts, graph, source, function)


def _text(place: Place, graph: Graph) -> str:
    info = graph.locals.get(place.local)
    return describe(place, info.name if info is not None else "value")


def _action(kind: str, code: str, place: str, name: str) -> str:
    """What the rejected access does, quoting it: "`v.push(4)` borrows `v` mutably"."""
    if kind == DEAD:
        return f"`{name}` is dropped at the end of its scope"
    if kind == MOVE:
        return f"`{place}` is moved out"
    if code == place:  # the use is the bare name (a `println!` argument, say)
        if kind == WRITE:
            return f"`{place}` is assigned"
        if kind in (MUTABLE, RESERVE):
            return f"`{place}` is borrowed mutably"
        return f"`{place}` is borrowed" if kind == SHARED else f"`{place}` is read"
    if kind == WRITE:
        return f"`{code}` assigns to `{place}`"
    if kind in (MUTABLE, RESERVE):
        return f"`{code}` borrows `{place}` mutably"
    if kind == SHARED:
        return f"`{code}` borrows `{place}`"
    return f"`{code}` reads `{place}`"


def _conflict(facts: ErrorFacts, graph: Graph, source: str,
              function: str) -> PermissionExplanation | None:
    access, loan = facts.access, facts.loan
    if access is None or loan is None:
        return None
    place = _text(access.place, graph)
    info = graph.locals.get(access.place.local)
    name = info.name if info is not None else place
    loan_place = _text(loan.place, graph)
    removed = frozenset({R, W, O}) if loan.mutable else frozenset({W, O})
    needs = NEEDS.get(access.kind, frozenset())
    missing = perm_list(needs & removed, "or")
    how = "mutably borrows" if loan.mutable else "borrows"
    lost = Where("lost", loan.span, f"`{code_at(source, loan.code_span)}` {how} `{loan_place}`: "
                 f"`{place}` loses {perm_list(removed)}")
    action = _action(access.kind, code_at(source, access.code_span), place, name)
    needed = Where("needed", access.span, f"{action}: that needs {perm_list(needs)}, and "
                   f"`{place}` has no {missing}")
    places = [lost, needed]
    holder = graph.locals.get(facts.holder) if facts.holder is not None else None
    it = "them" if len(needs & removed) > 1 else "it"
    summary = (f"`{place}` lost {perm_list(needs & removed)} on line {loan.span.line} and "
               f"line {access.span.line} needs {it}")
    if facts.later is not None:
        back = "they cannot" if it == "them" else "it cannot"
        if holder is not None and holder.kind != "temp":
            user = f"`{holder.name}` is still used here"
        else:
            user = f"`{code_at(source, facts.later)}` still uses the borrow"
        places.append(Where("used", facts.later, f"{user}: until then {back} come back"))
        summary += (f", but the borrow is still used on line {facts.later.line}, so "
                    f"{'they' if it == 'them' else 'it'} had not come back")
    return PermissionExplanation(facts.diagnostic, summary + ".", tuple(places), facts,
                                 function)


def _moved(facts: ErrorFacts, graph: Graph, source: str,
           function: str) -> PermissionExplanation | None:
    access = facts.access
    if access is None or facts.moved is None or not facts.move_spans:
        return None
    place = _text(access.place, graph)
    moved = _text(facts.moved, graph)
    move = facts.move_spans[0]
    needs = perm_list(NEEDS.get(access.kind, frozenset({R})))
    lost = Where("lost", move, f"`{line_code(source, move.line)}` moves `{moved}`: it "
                 "loses R, W and O (a move takes every permission)")
    action = _action(access.kind, code_at(source, access.code_span), place, place)
    needed = Where("needed", access.span, f"{action}: that needs {needs}, and `{place}` has "
                   "none left")
    summary = (f"`{moved}` lost every permission when it was moved on line {move.line}, and "
               f"nothing gave them back before line {access.span.line}, which needs {needs}.")
    return PermissionExplanation(facts.diagnostic, summary, (lost, needed), facts, function)


def _returned(facts: ErrorFacts, graph: Graph, source: str,
              function: str) -> PermissionExplanation | None:
    loan = facts.loan
    if loan is None:
        return None
    local = loan.place.local
    info = graph.locals.get(local)
    if info is None:
        return None
    # The returned borrow keeps `local` from being dropped at the function's closing `}`
    # (the graph has no node there: the function has already returned).
    whole = graph.nodes[0].span
    drop = Span(whole.end_line, max(1, whole.end_col - 1), whole.end_line, whole.end_col,
                max(0, whole.end - 1), whole.end) if source[whole.end - 1:whole.end] == "}" \
        else None
    loan_place = _text(loan.place, graph)
    places = [Where("lost", loan.span,
                    f"`{code_at(source, loan.code_span)}` borrows `{loan_place}`: `{info.name}` "
                    "loses W and O")]
    if drop is not None:
        places.append(Where("needed", drop, f"`{function}` returns and drops `{info.name}`: "
                            "that needs O"))
    returned = facts.diagnostic.span
    places.append(Where("used", returned, f"`{code_at(source, returned)}` is returned: the "
                        f"caller would use the borrow after `{info.name}` is gone"))
    end = f" on line {drop.line}" if drop is not None else ""
    summary = (f"`{info.name}` lost O on line {loan.span.line} when it was borrowed, but it "
               f"must be dropped (needs O) when `{function}` returns{end}, and the returned "
               "reference still borrows it: it would point into a popped frame.")
    return PermissionExplanation(facts.diagnostic, summary, tuple(places), facts, function)


__all__ = ["EXPLAINED", "PermissionExplanation", "Where", "explain_analysis", "for_diagnostic"]

"""Permissions: what each place may do at each point of a function, as the Rust Book
teaches the borrow checker: R (read), W (write), O (own).

They are read off the borrow checker's own graph and dataflow (`borrowck.analyse`), not
computed by a second analysis, so they cannot disagree with the errors it reports:
- a `let` gives R and O, and W if the binding is `mut`; a reference `r` has R and O on
  itself, and `*r` has R (and W through `&mut`), never O (the reference doesn't own it);
- a loan alive here (carried by a local that is used later: non-lexical lifetimes) takes
  W and O from every place it overlaps, and R too if it is mutable;
- a move (or no value yet) takes everything, until the place is assigned again;
- a variable that is not used again has nothing left to do: it holds no permissions
  (the Book's picture, where `first` loses R and O after its last use);
- the end of its scope removes the place.

Places shown: the function's named variables, `*r` for each reference, and the fields
(paths of fields, through references) that some loan or move takes on its own. Places
behind an index, an `Rc`, a `RefCell` guard or a `String`/`Vec`'s buffer are not shown:
the graph names them only as part of their owner.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck import FunctionAnalysis
from stackheap_tui.lang.borrowck.dataflow import UNINIT, MoveState, node_uses
from stackheap_tui.lang.borrowck.flow import BodyChecker
from stackheap_tui.lang.borrowck.ir import DEAD, MOVE, Graph, Loan
from stackheap_tui.lang.borrowck.places import (
    BOX,
    REF,
    REF_MUT,
    Place,
    Proj,
    describe,
    is_prefix,
    overlaps,
)
from stackheap_tui.lang.span import Span

R, W, O = "R", "W", "O"  # noqa: E741 - the Book's letters
ORDER = (R, W, O)

PlaceKey = tuple[int, int, tuple[tuple[str, int], ...]]
"""A place's identity across steps: (body, local, path of (kind, field index))."""


@dataclass(frozen=True, slots=True)
class Why:
    """Why a place lacks permissions it could have (kind "" when it lacks none)."""

    kind: str = ""  # "", "loan", "moved", "partly-moved", "uninit", "unused"
    loan: Loan | None = None
    loan_place: str = ""  # the borrowed place, as rustc writes it
    holder: str = ""  # a variable carrying the loan here ("" if only temporaries do)
    until: int | None = None  # the line of the borrow's last use
    spans: tuple[Span, ...] = ()  # where it was moved
    closure: Span | None = None  # the loan is a closure's capture: the closure expression


@dataclass(frozen=True, slots=True)
class PlaceState:
    key: PlaceKey
    text: str  # `v`, `*first`, `p.x`
    name: str  # the variable it belongs to
    declared: int  # where that variable is declared (source offset), for ordering
    perms: frozenset[str]
    can: frozenset[str]  # what its declaration and type allow at best
    why: Why
    reference: bool = False  # the variable itself is a reference (`first`, not `*first`)


@dataclass(frozen=True, slots=True)
class PointState:
    """The permissions of every place in scope on leaving one node of one body."""

    function: str
    body: int  # 0: the function itself; 1..: its closures
    node: int
    places: tuple[PlaceState, ...]


def perm_list(perms: frozenset[str] | set[str], last: str = "and") -> str:
    """`R`, `W and O`, `R, W and O` (or `W or O`)."""
    items = [p for p in ORDER if p in perms]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def _key_path(place: Place) -> tuple[tuple[str, int], ...]:
    return tuple((p.kind, p.index if p.kind == "field" else 0) for p in place.proj)


def _shown_part(place: Place) -> Place:
    """The part of a place the view names on its own: fields, through references and
    boxes; stops at an index or a smart pointer's or collection's deref."""
    proj: list[Proj] = []
    for p in place.proj:
        if p.kind == "index" or (p.kind == "deref" and p.name not in (REF, REF_MUT, BOX)):
            break
        proj.append(p)
    return Place(place.local, tuple(proj))


def _untracked_by_rustc(loan: Loan, place: Place) -> bool:
    """rustc does not track a borrow of data behind a `&` reference: it never conflicts
    with the reference itself (or what holds it), only with places behind it."""
    for i, p in enumerate(loan.place.proj):
        if p.kind == "deref" and p.name == REF:
            return len(place.proj) <= i
    return False


class BodyPermissions:
    """The permissions of one body (a function or a closure) at each of its nodes."""

    def __init__(self, function: str, body: int, checker: BodyChecker,
                 closures: tuple[Span, ...] = ()) -> None:
        self.function = function
        self.body = body
        self.checker = checker
        self.closures = closures  # the closure expressions inside this body
        self.g: Graph = checker.g
        self._after: dict[int, PointState | None] = {}

    # ---- what is tracked ----
    @cached_property
    def places(self) -> list[Place]:
        """Every place shown, in declaration order: variables, `*r`, separate fields."""
        users = {k for k, info in self.g.locals.items() if info.kind in ("var", "param")}
        found: dict[tuple[object, ...], Place] = {}
        for key in users:
            found[(key, ())] = Place(key)
            ty = self.g.locals[key].ty
            if isinstance(ty, T.RefTy):
                deref = Place(key, (Proj("deref", name=REF_MUT if ty.mutable else REF),))
                found[(key, _key_path(deref))] = deref
        parts = [loan.place for loan in self.g.loans.values()]
        parts += [a.place for node in self.g.nodes for a in node.accesses if a.kind == MOVE]
        for place in parts:
            shown = _shown_part(place)
            if shown.local in users and any(p.kind == "field" for p in shown.proj):
                found.setdefault((shown.local, _key_path(shown)), shown)
        return sorted(found.values(), key=lambda p: (self.g.locals[p.local].span.start,
                                                     len(p.proj)))

    @cached_property
    def in_scope(self) -> list[frozenset[int]]:
        """Locals in scope on leaving each node: declared, and not yet at their `}`."""
        n = len(self.g.nodes)
        out: list[frozenset[int]] = [frozenset()] * n
        preds: dict[int, list[int]] = {i: [] for i in range(n)}
        for i, node in enumerate(self.g.nodes):
            for s in node.succ:
                preds[s].append(i)
        changed = True
        while changed:
            changed = False
            for index in self.checker.order:
                node = self.g.nodes[index]
                state: set[int] = set()
                for p in preds[index]:
                    state |= out[p]
                state |= set(node.uninit)
                state |= {p.local for p in node.init if not p.proj}
                if node.define is not None:
                    state.add(node.define)
                state -= {a.place.local for a in node.accesses
                          if a.kind == DEAD and not a.place.proj}
                new = frozenset(state)
                if new != out[index]:
                    out[index] = new
                    changed = True
        return out

    @cached_property
    def last_use_line(self) -> dict[int, int]:
        """Each loan's last use: the latest line where a local carrying it is read while
        it is alive (what NLL ends it after)."""
        lines: dict[int, int] = {}
        checker = self.checker
        for index in checker.order:
            node = self.g.nodes[index]
            used = node_uses(node)
            carried = checker.carried_in(index)
            live = checker.live_in(index)
            for key in used & live:
                for loan in carried.get(key, ()):
                    line = node.span.end_line
                    lines[loan] = max(lines.get(loan, line), line)
        return lines

    # ---- the state on leaving a node ----
    def after(self, index: int) -> PointState | None:
        """Permissions on leaving node `index` (None if it is never reached)."""
        if index not in self._after:
            self._after[index] = self._compute(index)
        return self._after[index]

    def _compute(self, index: int) -> PointState | None:
        checker = self.checker
        moves = checker.moves_after(index)
        if moves is None:
            return None
        live = checker.live_after(index)
        carried = checker.carried_after(index)
        loans: dict[int, set[int]] = {}  # loan -> live locals carrying it
        for key in live:
            for loan in carried.get(key, ()):
                loans.setdefault(loan, set()).add(key)
        scope = self.in_scope[index]
        states = tuple(self._state(place, live, loans, moves)
                       for place in self.places if place.local in scope)
        return PointState(self.function, self.body, index, states)

    def _state(self, place: Place, live: frozenset[int], loans: dict[int, set[int]],
               moves: MoveState) -> PlaceState:
        info = self.g.locals[place.local]
        can = {R}
        derefs = [p for p in place.proj if p.kind == "deref"]
        if any(p.name == REF for p in derefs):
            pass  # behind a `&`: read only
        elif derefs or info.mutable:
            can.add(W)  # through `&mut` (or a Box the variable may write), or a `mut` binding
        if not place.through_reference():
            can.add(O)
        key: PlaceKey = (self.body, place.local, _key_path(place))
        text = describe(place, info.name)
        frozen_can = frozenset(can)

        def state(perms: set[str] | frozenset[str], why: Why) -> PlaceState:
            return PlaceState(key, text, info.name, info.span.start, frozenset(perms),
                              frozen_can, why, not place.proj and isinstance(info.ty, T.RefTy))

        why = self._moved(place, moves)
        if why is not None:
            return state(set(), why)
        if place.local not in live:
            return state(set(), Why("unused"))
        perms = set(can)
        found: Why | None = None
        for loan_id in sorted(loans):
            loan = self.g.loans[loan_id]
            if _untracked_by_rustc(loan, place) or not overlaps(place, loan.place):
                continue
            removed = {R, W, O} if loan.mutable else {W, O}
            if perms & removed:
                perms -= removed
                if found is None:
                    found = self._loan_why(loan, loans[loan_id])
        return state(perms, found or Why())

    def _moved(self, place: Place, moves: MoveState) -> Why | None:
        whole: list[Span] = []
        part: list[Span] = []
        uninit = False
        for proj, origins in moves.facts.get(place.local, {}).items():
            fact = Place(place.local, proj)
            spans = [s for s in origins if s is not None]
            if is_prefix(fact, place):
                whole += spans
                uninit = uninit or UNINIT in origins
            elif is_prefix(place, fact):
                part += spans
        order = lambda s: (s.line, s.col)  # noqa: E731
        if whole:
            return Why("moved", spans=tuple(sorted(set(whole), key=order)))
        if uninit:
            return Why("uninit")
        if part:
            return Why("partly-moved", spans=tuple(sorted(set(part), key=order)))
        return None

    def _loan_why(self, loan: Loan, carriers: set[int]) -> Why:
        named = sorted((self.g.locals[k].span.start, self.g.locals[k].name) for k in carriers
                       if k in self.g.locals and self.g.locals[k].kind != "temp")
        info = self.g.locals.get(loan.place.local)
        loan_place = describe(loan.place, info.name if info else "value")
        # A closure's capture is lowered as a borrow where the body uses the place.
        closure = next((c for c in self.closures
                        if c.start <= loan.span.start and loan.span.end <= c.end), None)
        return Why("loan", loan, loan_place, named[-1][1] if named else "",
                   self.last_use_line.get(loan.id), closure=closure)

    # ---- from source positions to nodes ----
    def last_node_within(self, span: Span) -> int | None:
        """The last node (in evaluation order) whose span lies inside `span`."""
        best: int | None = None
        for index in self.checker.order:
            s = self.g.nodes[index].span
            if span.start <= s.start and s.end <= span.end and (s.end > s.start):
                best = index if best is None else max(best, index)
        return best

    def entry(self) -> PointState | None:
        """On entry: the parameters received (the node that initialises them)."""
        nodes = self.g.nodes
        index = 1 if len(nodes) > 1 and nodes[1].span == nodes[0].span else 0
        return self.after(index)


class PermissionTable:
    """Every function's permissions, looked up by a step's span and its frame."""

    def __init__(self, functions: list[FunctionAnalysis]) -> None:
        self.bodies: dict[str, list[BodyPermissions]] = {}
        for function in functions:
            closures = tuple(checker.g.nodes[0].span for checker in function.bodies[1:])
            self.bodies[function.name] = [
                BodyPermissions(function.name, i, checker, closures)
                for i, checker in enumerate(function.bodies)]

    def in_closure(self, span: Span, function: str) -> bool:
        """Whether `span` lies inside a closure of `function` (its body runs later)."""
        for body in self.bodies.get(function, [])[1:]:
            outer = body.g.nodes[0].span
            if outer.start <= span.start and span.end <= outer.end and span != outer:
                return True
        return False

    def at(self, span: Span, function: str) -> PointState | None:
        """The permissions after the part of `function` inside `span` (a step's span);
        None if none of its nodes lies there (the step is a call, a return, ...)."""
        bodies = self.bodies.get(function)
        if not bodies or self.in_closure(span, function):
            return None
        index = bodies[0].last_node_within(span)
        return bodies[0].after(index) if index is not None else None

    def start(self, function: str) -> PointState | None:
        """The permissions when `function` is entered (its parameters received)."""
        bodies = self.bodies.get(function)
        return bodies[0].entry() if bodies else None


__all__ = ["O", "PermissionTable", "PlaceState", "PointState", "R", "W", "Why", "perm_list"]

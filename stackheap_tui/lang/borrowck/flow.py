"""The dataflow over one body's graph, and the checks that read it.

Three analyses, as rustc's MIR borrow checker runs them:
- liveness (backward): a local is live where a later step reads it;
- carried loans (forward): which loans each local's value may hold;
- initialisation (forward): which places may be moved-from or never assigned.
A loan is alive at a step while some live local carries it (non-lexical
lifetimes); each access is then checked against the loans alive there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stackheap_tui.lang import ast
from stackheap_tui.lang.borrowck.ir import (
    DEAD,
    MOVE,
    READ,
    RESERVE,
    SHARED,
    WRITE,
    Access,
    ErrorFacts,
    Graph,
    Loan,
    Node,
)
from stackheap_tui.lang.borrowck.messages import (
    assign_to_moved_part,
    assign_twice_error,
    conflict_error,
    moved_error,
    return_local_error,
    uninitialized_error,
)
from stackheap_tui.lang.borrowck.places import BOX, REF, REF_MUT, Place, is_prefix, overlaps
from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.span import Span

UNINIT = None  # the origin of a "never assigned" fact (moves carry their span)

Carried = dict[int, frozenset[int]]


@dataclass
class MoveState:
    """Places that may be uninitialised here, with why; locals ever initialised."""

    facts: dict[tuple[int, tuple[object, ...]], frozenset[Span | None]] = field(
        default_factory=dict)
    ever: frozenset[int] = frozenset()
    first: dict[int, Span] = field(default_factory=dict)  # first assignment of each local

    def copy(self) -> MoveState:
        return MoveState(dict(self.facts), self.ever, dict(self.first))

    def join(self, other: MoveState) -> bool:
        changed = False
        for key, origins in other.facts.items():
            mine = self.facts.get(key, frozenset())
            if not origins <= mine:
                self.facts[key] = mine | origins
                changed = True
        if not other.ever <= self.ever:
            self.ever |= other.ever
            changed = True
        for local, span in other.first.items():
            if local not in self.first:
                self.first[local] = span
                changed = True
        return changed


def _order(graph: Graph) -> list[int]:
    """Nodes reachable from the entry, in reverse postorder."""
    seen: set[int] = set()
    post: list[int] = []
    stack: list[tuple[int, int]] = [(0, 0)]
    seen.add(0)
    while stack:
        node, i = stack.pop()
        succ = graph.nodes[node].succ
        if i < len(succ):
            stack.append((node, i + 1))
            nxt = succ[i]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, 0))
        else:
            post.append(node)
    return post[::-1]


def node_uses(node: Node) -> set[int]:
    """The locals a node reads (what liveness counts as a use)."""
    return _uses_and_def(node)[0]


def _uses_and_def(node: Node) -> tuple[set[int], int | None]:
    uses = set(node.flow) | set(node.uses)
    for access in node.accesses:
        if access.kind == DEAD or (access.kind == WRITE and access.whole_write):
            continue
        if access.kind == WRITE and not access.place.has_deref():
            continue  # `x.f = v` neither reads nor replaces `x`
        uses.add(access.place.local)
    if node.update is not None:
        uses.add(node.update)  # a partial update keeps what the local already held
    return uses, node.define


def liveness(graph: Graph, order: list[int]) -> list[frozenset[int]]:
    """Live-in set of each node."""
    n = len(graph.nodes)
    live_in: list[frozenset[int]] = [frozenset()] * n
    facts = [_uses_and_def(node) for node in graph.nodes]
    changed = True
    while changed:
        changed = False
        for index in reversed(order):
            node = graph.nodes[index]
            out: set[int] = set()
            for s in node.succ:
                out |= live_in[s]
            uses, define = facts[index]
            if define is not None:
                out.discard(define)
            new = frozenset(out | uses)
            if new != live_in[index]:
                live_in[index] = new
                changed = True
    return live_in


def carried_loans(graph: Graph, order: list[int]) -> list[Carried]:
    """For each node, the loans each local may carry on entry."""
    n = len(graph.nodes)
    entry: list[Carried | None] = [None] * n
    entry[0] = {}
    preds: dict[int, list[int]] = {i: [] for i in range(n)}
    for i, node in enumerate(graph.nodes):
        for s in node.succ:
            preds[s].append(i)
    exits: list[Carried | None] = [None] * n
    changed = True
    while changed:
        changed = False
        for index in order:
            state: Carried = {}
            if index == 0:
                state = {}
            for p in preds[index]:
                out = exits[p]
                if out is None:
                    continue
                for key, loans in out.items():
                    state[key] = state.get(key, frozenset()) | loans
            entry[index] = state
            new = _transfer_loans(graph, graph.nodes[index], state)
            if new != exits[index]:
                exits[index] = new
                changed = True
    return [e if e is not None else {} for e in entry]


def _transfer_loans(graph: Graph, node: Node, state: Carried) -> Carried:
    out = dict(state)
    incoming = frozenset(loan.id for loan in node.gen)
    for source in node.flow:
        incoming |= state.get(source, frozenset())
    for access in node.accesses:
        if access.kind in (WRITE, DEAD) and not access.place.proj:
            # Overwriting a reference: loans reached through its old value are gone.
            dead = {loan.id for loan in graph.loans.values()
                    if loan.place.local == access.place.local and loan.place.through_reference()}
            if dead:
                out = {k: v - dead for k, v in out.items() if v - dead}
    # An absent local carries no loan: storing only the non-empty sets keeps a function
    # of n `let`s linear, not n states of n entries each (20,000 lets ran out of memory).
    if node.define is not None and incoming:
        out[node.define] = incoming
    elif node.define is not None:
        out.pop(node.define, None)
    if node.update is not None:
        out[node.update] = out.get(node.update, frozenset()) | incoming
    return out


class BodyChecker:
    """Checks every access of one body against moves, initialisation and live loans."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.errors: list[Diagnostic] = []
        self.facts: list[ErrorFacts] = []  # one per error, for explanations
        self.move_entry: list[MoveState | None] = []  # per node, filled by check_moves
        self.reporting = 0  # the node whose accesses `check_init` is reporting on
        self.order = _order(graph)
        self.live = liveness(graph, self.order)
        self.carried = carried_loans(graph, self.order)
        self.later_use = self._later_uses()

    def _later_uses(self) -> dict[int, Span]:
        """A span where each local is next read, for "borrow later used here"."""
        out: dict[int, Span] = {}
        for index in self.order:
            node = self.g.nodes[index]
            uses, _ = _uses_and_def(node)
            for key in uses:
                out.setdefault(key, node.span)
        return out

    # ---- the state on leaving a node: what the permissions view shows after a step ----
    def live_after(self, index: int) -> frozenset[int]:
        """Locals read later, on leaving the node (its successors' live-in)."""
        out: set[int] = set()
        for s in self.g.nodes[index].succ:
            out |= self.live[s]
        return frozenset(out)

    def carried_after(self, index: int) -> Carried:
        return _transfer_loans(self.g, self.g.nodes[index], self.carried[index])

    def moves_after(self, index: int) -> MoveState | None:
        """Possibly-moved or uninitialised places on leaving the node (None: unreachable).
        Only once `run` has run."""
        entry = self.move_entry[index] if index < len(self.move_entry) else None
        if entry is None:
            return None
        return self.apply(self.g.nodes[index], entry.copy(), report=False)

    def run(self) -> list[Diagnostic]:
        self.check_moves()
        self.check_loans()
        return self.errors

    # ---- loans ----
    def live_loans(self, index: int) -> dict[int, int]:
        """Loan id -> a live local carrying it, on entry to the node."""
        state = self.carried[index]
        out: dict[int, int] = {}
        for key in self.live[index]:
            for loan in state.get(key, ()):
                out.setdefault(loan, key)
        return out

    def check_loans(self) -> None:
        for index in self.order:
            node = self.g.nodes[index]
            if not node.accesses and node.returns is None and not node.flow:
                continue
            live = self.live_loans(index)
            for access in node.accesses:
                self.check_access(access, live, index)
            if node.returns is not None:
                self.check_return(node, index)

    def check_access(self, access: Access, live: dict[int, int], index: int) -> None:
        for loan_id, holder in sorted(live.items()):
            if loan_id in access.ignore:
                continue
            loan = self.g.loans[loan_id]
            if not self.conflicts(access, loan):
                continue
            later = self.later_use.get(holder)
            self.errors.append(conflict_error(access.kind, access.place, access.span, loan,
                                              self.g.locals, later))
            self.facts.append(ErrorFacts(self.errors[-1], index, access, loan, holder, later))
            return

    def conflicts(self, access: Access, loan: Loan) -> bool:
        place = access.place
        if not overlaps(place, loan.place):
            return False
        kind = access.kind
        if kind in (DEAD, WRITE) and not is_prefix(loan.place, place):
            # Ending or overwriting `x` leaves alone what `x` only pointed to.
            beyond = loan.place.proj[len(place.proj):]
            if any(p.kind == "deref" and p.name in (REF, REF_MUT) for p in beyond):
                return False
        if kind in (READ, SHARED, RESERVE):
            return loan.mutable
        return True  # MUTABLE, MOVE, WRITE, DEAD conflict with every loan

    def check_return(self, node: Node, index: int) -> None:
        state = self.carried[index]
        loans: set[int] = set()
        for key in node.flow:
            loans |= state.get(key, frozenset())
        for loan_id in sorted(loans):
            loan = self.g.loans[loan_id]
            if loan.place.local not in self.g.locals:
                continue  # a closure's capture
            if loan.place.through_reference():
                continue
            info = self.g.locals[loan.place.local]
            if info.kind == "param" and loan.place.has_deref():
                continue
            returned = node.returns
            direct = isinstance(returned, ast.Unary) and returned.op in ("&", "&mut")
            span = returned.span if returned is not None else node.span
            self.errors.append(return_local_error(span, loan, self.g.locals, direct))
            self.facts.append(ErrorFacts(self.errors[-1], index, loan=loan))
            return

    # ---- moves and initialisation ----
    def check_moves(self) -> None:
        n = len(self.g.nodes)
        entry: list[MoveState | None] = [None] * n
        start = MoveState()
        start.ever = frozenset(self.g.params)
        entry[0] = start
        preds: dict[int, list[int]] = {i: [] for i in range(n)}
        for i, node in enumerate(self.g.nodes):
            for s in node.succ:
                preds[s].append(i)
        exits: list[MoveState | None] = [None] * n
        changed = True
        while changed:
            changed = False
            for index in self.order:
                if index == 0:
                    state = start.copy()
                else:
                    state = MoveState()
                    for p in preds[index]:
                        out = exits[p]
                        if out is not None:
                            state.join(out)
                entry[index] = state
                new = self.apply(self.g.nodes[index], state.copy(), report=False)
                old = exits[index]
                if old is None or old.facts != new.facts or old.ever != new.ever:
                    exits[index] = new
                    changed = True
        self.move_entry = entry
        for index in self.order:
            entered = entry[index]
            assert entered is not None
            self.reporting = index
            self.apply(self.g.nodes[index], entered.copy(), report=True)

    def apply(self, node: Node, state: MoveState, report: bool) -> MoveState:
        for local in node.uninit:
            state.facts = {k: v for k, v in state.facts.items() if k[0] != local}
            state.facts[(local, ())] = frozenset({UNINIT})
            state.ever = state.ever - {local}
        for access in node.accesses:
            if report:
                self.check_init(access, state)
            if access.kind == MOVE:
                key = (access.place.local, access.place.proj)
                state.facts[key] = state.facts.get(key, frozenset()) | {access.span}
        for place in node.init:
            self.initialise(state, place, node.span)
        return state

    def initialise(self, state: MoveState, place: Place, span: Span) -> None:
        state.facts = {k: v for k, v in state.facts.items()
                       if not is_prefix(place, Place(k[0], k[1]))}  # type: ignore[arg-type]
        if not place.proj:
            if place.local not in state.ever:
                state.first.setdefault(place.local, span)
            state.ever = state.ever | {place.local}

    def check_init(self, access: Access, state: MoveState) -> None:
        place = access.place
        info = self.g.locals.get(place.local)
        if info is None or access.kind == DEAD:
            return
        if access.kind == WRITE and access.whole_write and not access.compound:
            if not info.mutable and info.kind != "temp" and place.local in state.ever:
                first = state.first.get(place.local)
                self.errors.append(assign_twice_error(access.span, info, first))
            return
        moved_prefix: tuple[Place, list[Span]] | None = None
        moved_inside: tuple[Place, list[Span]] | None = None
        uninit = False
        for (local, proj), origins in state.facts.items():
            if local != place.local:
                continue
            fact = Place(local, proj)  # type: ignore[arg-type]
            spans = sorted((s for s in origins if s is not None), key=lambda s: (s.line, s.col))
            if is_prefix(fact, place):
                if spans and moved_prefix is None:
                    moved_prefix = (fact, spans)
                if UNINIT in origins:
                    uninit = True
            elif is_prefix(place, fact) and spans and moved_inside is None:
                moved_inside = (fact, spans)
        if access.kind == WRITE:
            if moved_prefix is not None and moved_prefix[0].proj != place.proj:
                self.errors.append(assign_to_moved_part(access.span, moved_prefix[0],
                                                        self.g.locals, moved_prefix[1]))
            return
        ty_text = str(info.ty)
        if moved_prefix is not None:
            self.errors.append(moved_error(access.kind, access.borrow_use, access.span,
                                           moved_prefix[0], place, False, moved_prefix[1],
                                           self.g.locals, ty_text))
        elif moved_inside is not None and len(moved_inside[0].proj) == len(place.proj) + 1 \
                and moved_inside[0].proj[-1].name == BOX:
            # Moving out of a Box's contents consumes the Box itself.
            self.errors.append(moved_error(access.kind, access.borrow_use, access.span,
                                           place, place, False, moved_inside[1],
                                           self.g.locals, ty_text))
        elif moved_inside is not None:
            self.errors.append(moved_error(access.kind, access.borrow_use, access.span,
                                           moved_inside[0], place, True, moved_inside[1],
                                           self.g.locals, ty_text))
        elif uninit:
            possibly = place.local in state.ever
            self.errors.append(uninitialized_error(access.kind, access.span, info, possibly))
        else:
            return
        moved = moved_prefix or moved_inside
        self.facts.append(ErrorFacts(self.errors[-1], self.reporting, access,
                                     moved=moved[0] if moved else None,
                                     move_spans=tuple(moved[1]) if moved else ()))
        # Report each problem once: treat the place as initialised from here on.
        self.initialise(state, place, access.span)


__all__ = ["UNINIT", "BodyChecker", "MoveState", "node_uses"]

"""The checks over one body's graph, reading the dataflow (`dataflow.py`): liveness
(a local is live where a later step reads it), the loans each local carries, and the
places that may be moved-from or never assigned. A loan is alive at a step while some
live local carries it (non-lexical lifetimes); each access is checked against the loans
alive there, and against moves and initialisation.
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.closure_moves import closure_moved
from stackheap_tui.lang.borrowck.dataflow import (
    UNINIT,
    Blocks,
    Carried,
    CarriedLoans,
    Liveness,
    MoveState,
    activate_drops,
    reverse_postorder,
    uses_and_def,
)
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
    partial_assign_error,
    return_local_error,
    uninitialized_error,
)
from stackheap_tui.lang.borrowck.places import (
    BOX,
    REF,
    REF_MUT,
    Place,
    is_prefix,
    overlaps,
)
from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.span import Span

# The holder of a loan kept alive by the caller's lifetime (a returned borrow), not a local.
ESCAPING = -(1 << 62)

class BodyChecker:
    """Checks every access of one body against moves, initialisation and live loans."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.errors: list[Diagnostic] = []
        self.facts: list[ErrorFacts] = []  # one per error, for explanations
        self.move_entry: list[MoveState | None] = []  # per block, filled by check_moves
        self.reporting = 0  # the node whose accesses `check_init` is reporting on
        self.failed_reservations: set[int] = set()  # two-phase loans rejected when reserved
        self.uninit_reported: set[int] = set()  # locals with an E0381 (no E0384 after it)
        self.access_reported: set[tuple[Place, int, int]] = set()
        self.order = reverse_postorder(graph)
        self.blocks = Blocks(graph, self.order)
        if graph.drops:
            activate_drops(graph, self.blocks)
        self.liveness = Liveness(graph, self.blocks)
        self.loans = CarriedLoans(graph, self.blocks)
        self.later_use = self._later_uses()
        self._rank = {key: at for at, key in enumerate(graph.locals)}
        self._moves_cache: tuple[int, int, MoveState] | None = None
        self.cursor_loans: set[int] = set()  # loans alive at this node through a cursor

    def local_rank(self, key: int) -> tuple[int, int]:
        """Locals in the order the lowering declared them (source order), others last."""
        return (self._rank.get(key, len(self._rank)), key)

    def _later_uses(self) -> dict[int, Span]:
        """A span where each local is next read, for "borrow later used here"."""
        out: dict[int, Span] = {}
        for index in self.order:
            node = self.g.nodes[index]
            uses, _ = uses_and_def(node)
            for key in uses:
                out.setdefault(key, node.span)
        return out

    def next_use(self, index: int, holder: int
                 ) -> tuple[Span | None, tuple[str, str] | None, bool]:
        """Where `holder` is read after node `index` (the nearest such node); if that is
        its scope-end drop, its name and what the drop runs; whether it is the method call
        its autoref is for. Walked only for an error."""
        seen = {index}
        here = self.g.calls.get(index)
        if here is not None and self._call_temp(holder) and holder in uses_and_def(
                self.g.nodes[index])[0]:
            return here, None, True  # `c.absorb(&mut c)`: the argument lives to the call
        queue = list(self.g.nodes[index].succ)
        at = 0
        while at < len(queue):
            current = queue[at]
            at += 1
            if current in seen:
                continue
            seen.add(current)
            node = self.g.nodes[current]
            if holder in uses_and_def(node)[0]:
                if current == self.g.exit:
                    return None, None, False  # a parameter's lifetime: the whole call
                if node.drop == holder:
                    info = self.g.locals[holder]
                    return node.span, (info.name, self.g.drops[holder]), False
                call = self.g.calls.get(current)
                if call is not None and self._call_temp(holder):
                    return call, None, True  # the autoref's holder: used by the call
                return _read_span(node, holder), None, False
            queue.extend(node.succ)
        return self.later_use.get(holder), None, False

    def _call_temp(self, holder: int) -> bool:
        """A temporary made for a call (an autoref's holder, an argument's `&v`): its
        use at that call is "used by call"; a variable passed on (`foo(r)`) is used
        where it is named."""
        info = self.g.locals[holder]
        return info.ty == T.UNIT or info.kind == "temp"

    # ---- the state at a node: what the checks and the permissions view read ----
    def live_in(self, index: int) -> frozenset[int]:
        """Locals read later, on entry to the node."""
        return self.liveness.live_in(index)

    def live_after(self, index: int) -> frozenset[int]:
        """Locals read later, on leaving the node (its successors' live-in)."""
        return self.liveness.live_after(index)

    def carried_in(self, index: int) -> Carried:
        return self.loans.carried_in(index)

    def carried_after(self, index: int) -> Carried:
        return self.loans.carried_after(index)

    def moves_after(self, index: int) -> MoveState | None:
        """Possibly-moved or uninitialised places on leaving the node (None: unreachable).
        Only once `run` has run."""
        block = self.blocks.block_of[index]
        if block < 0 or block >= len(self.move_entry):
            return None
        entry = self.move_entry[block]
        if entry is None:
            return None
        at = self.blocks.position[index]
        cache = self._moves_cache
        if cache is not None and cache[0] == block and cache[1] <= at:
            position, state = cache[1] + 1, cache[2].copy()
        else:
            position, state = 0, entry.copy()
        members = self.blocks.members[block]
        for step in range(position, at + 1):
            state = self.apply(self.g.nodes[members[step]], state, report=False)
        self._moves_cache = (block, at, state)
        return state.copy()

    def run(self) -> list[Diagnostic]:
        self.check_moves()
        self.check_loans()
        return self.errors

    # ---- loans ----
    def _live_loans(self, live: frozenset[int], state: Carried) -> dict[int, int]:
        """Loan id -> a live local carrying it: the first declared of them (a local's key
        is an object's id, so the set's own order would change from run to run, and with
        it the "later used here" label)."""
        out: dict[int, int] = {}
        for key in sorted(live, key=self.local_rank):
            for loan in state.get(key, ()):
                out.setdefault(loan, key)
        return out

    def live_loans(self, index: int) -> dict[int, int]:
        """Loan id -> a live local carrying it, on entry to the node."""
        return self._live_loans(self.live_in(index), self.carried_in(index))

    def escaping_loans(self) -> dict[int, tuple[frozenset[int], Span]]:
        """Loans of the caller's data (through a parameter) that a `return` hands back,
        each with the nodes reachable from where it was made. The returned reference's
        lifetime is the caller's, which NLL counts as alive at every point after the loan
        on every path, even one that does not return it (the Rust Book's "problem case #3":
        `if let Some(x) = v.first() { return x; } v.push(1);` is E0502)."""
        transfer = self.loans.transfer
        found: dict[int, Span] = {}
        for block, members in enumerate(self.blocks.members):
            state = dict(self.loans.entry[block])
            for index in members:
                node = self.g.nodes[index]
                if node.returns is not None:
                    for key in node.flow:
                        for loan_id in state.get(key, ()):
                            loan = self.g.loans[loan_id]
                            info = self.g.locals.get(loan.place.local)
                            if info is not None and info.kind == "param" and (
                                    loan.place.has_deref()):
                                found.setdefault(loan_id, node.returns.span)
                state = transfer.apply(node, state)
        out: dict[int, tuple[frozenset[int], Span]] = {}
        for loan_id, returned in found.items():
            start = self.g.loans[loan_id].node
            if start < 0 or start >= len(self.g.nodes):
                continue
            seen: set[int] = set()
            queue = list(self.g.nodes[start].succ)
            while queue:
                current = queue.pop()
                if current not in seen:
                    seen.add(current)
                    queue.extend(self.g.nodes[current].succ)
            out[loan_id] = (frozenset(seen), returned)
        return out

    def check_loans(self) -> None:
        transfer = self.loans.transfer
        escaping = self.escaping_loans() if self.g.exit is not None else {}
        self.escaping = escaping
        for block, members in enumerate(self.blocks.members):
            live_in = self.liveness.block_live_in(block)
            state = dict(self.loans.entry[block])
            for at, index in enumerate(members):
                node = self.g.nodes[index]
                if node.accesses or node.returns is not None or node.flow:
                    live = self._live_loans(live_in[at], state)
                    self.cursor_loans = set()
                    for cursor, made in transfer.cursors.items():
                        if cursor not in live_in[at]:
                            continue
                        for loan_id in made:
                            if loan_id not in live and any(
                                    loan_id in held for held in state.values()):
                                live[loan_id] = cursor
                                self.cursor_loans.add(loan_id)
                    for loan_id, (reached, _) in escaping.items():
                        if index in reached and loan_id not in live:
                            live[loan_id] = ESCAPING  # held by the caller's lifetime
                    for access in node.accesses:
                        self.check_access(access, live, index)
                    if node.returns is not None:
                        self.check_return(node, index, state)
                state = transfer.apply(node, state)

    def check_access(self, access: Access, live: dict[int, int], index: int) -> None:
        if any(i in self.failed_reservations for i in access.ignore):
            return  # the activation of a reservation already rejected: reported once
        for loan_id, holder in sorted(live.items()):
            if loan_id in access.ignore:
                continue
            loan = self.g.loans[loan_id]
            if not self.conflicts(access, loan):
                continue
            key = (access.place, access.span.start, access.span.end)
            if key in self.access_reported:
                return  # as rustc: one error per place and span (`x += 1`: E0503 only)
            self.access_reported.add(key)
            if holder == ESCAPING:
                returned = self.escaping[loan_id][1]
                self.errors.append(conflict_error(
                    access.kind, access.place, access.span, loan, self.g.locals, None,
                    returned=(returned, self.g.returned_lifetime), origin=self.g.returned_origin))
                self.facts.append(ErrorFacts(self.errors[-1], index, access, loan, None,
                                             returned))
                return
            later, dropped, call = self.next_use(index, holder)
            if loan_id in self.cursor_loans:
                later, dropped, call = access.span, None, False  # `cur` is used right here
            info = self.g.locals.get(holder)
            temp = info.span if dropped is not None and info is not None and (
                info.kind == "temp") else None
            self.errors.append(conflict_error(access.kind, access.place, access.span, loan,
                                              self.g.locals, later, dropped, call, temp,
                                              by=access.loan))
            self.facts.append(ErrorFacts(self.errors[-1], index, access, loan, holder, later))
            if access.kind == RESERVE and access.loan is not None:
                self.failed_reservations.add(access.loan.id)
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

    def check_return(self, node: Node, index: int, state: Carried) -> None:
        loans: set[int] = set()
        for key in node.flow:
            loans |= state.get(key, frozenset())
        returned = node.returns
        # `if a > b { &a } else { &b }`: rustc reports each branch's borrow where it is
        leaves = _returned_leaves(returned) if returned is not None else []
        reported = False
        for loan_id in sorted(loans):
            loan = self.g.loans[loan_id]
            if loan.place.local not in self.g.locals:
                continue  # a closure's capture
            if loan.place.through_reference():
                continue
            info = self.g.locals[loan.place.local]
            if info.kind == "param" and loan.place.has_deref():
                continue
            leaf = next((e for e in leaves if isinstance(e, ast.Unary) and e.op in (
                "&", "&mut") and e.span == loan.span), None)
            if leaf is not None and leaf is not returned:
                self.errors.append(return_local_error(leaf.span, loan, self.g.locals, True))
                self.facts.append(ErrorFacts(self.errors[-1], index, loan=loan))
                reported = True
                continue
            if reported:
                continue
            direct = isinstance(returned, ast.Unary) and returned.op in ("&", "&mut")
            span = returned.span if returned is not None else node.span
            self.errors.append(return_local_error(span, loan, self.g.locals, direct))
            self.facts.append(ErrorFacts(self.errors[-1], index, loan=loan))
            return

    # ---- moves and initialisation ----
    def check_moves(self) -> None:
        blocks = self.blocks
        count = len(blocks.members)
        entry: list[MoveState | None] = [None] * count
        start = MoveState()
        start.ever = set(self.g.params)
        exits: list[MoveState | None] = [None] * count
        changed = True
        while changed:
            changed = False
            for block in range(count):
                if block == 0:
                    state = start.copy()
                else:
                    state = MoveState()
                    for p in blocks.pred_exits[block]:
                        out = exits[blocks.block_of[p]]
                        if out is not None:
                            state.join(out)
                entry[block] = state
                new = state.copy()
                for index in blocks.members[block]:
                    new = self.apply(self.g.nodes[index], new, report=False)
                old = exits[block]
                if old is None or not old.same_facts(new):
                    exits[block] = new
                    changed = True
        self.move_entry = entry
        for block in range(count):
            reached = entry[block]
            assert reached is not None
            state = reached.copy()
            for index in blocks.members[block]:
                self.reporting = index
                state = self.apply(self.g.nodes[index], state, report=True)

    def apply(self, node: Node, state: MoveState, report: bool) -> MoveState:
        """`state` (changed in place) on leaving `node`."""
        for key in node.uninit:
            state.facts[key] = {(): frozenset({UNINIT})}
            state.ever.discard(key)
        for access in node.accesses:
            if report:
                self.check_init(access, state)
            if access.kind == MOVE:
                state.add(access.place.local, access.place.proj, frozenset({access.span}))
        for place in node.init:
            self.initialise(state, place, node.span)
        return state

    def initialise(self, state: MoveState, place: Place, span: Span) -> None:
        places = state.facts.get(place.local)
        if places is not None:
            kept = {proj: origins for proj, origins in places.items()
                    if not is_prefix(place, Place(place.local, proj))}
            if not kept:
                del state.facts[place.local]
            elif len(kept) != len(places):
                state.facts[place.local] = kept
        if not place.proj:
            if place.local not in state.ever:
                state.first.setdefault(place.local, span)
            state.ever.add(place.local)

    def check_init(self, access: Access, state: MoveState) -> None:
        place = access.place
        info = self.g.locals.get(place.local)
        if info is None or access.kind == DEAD:
            return
        if access.kind == WRITE and access.whole_write:
            # `x = v` and `x += v` alike (its read of `x` is checked on its own).
            if place.local in state.ever:
                self.g.used_mut.add(place.local)  # assigned again: `mut` was needed
            if not info.mutable and info.kind != "temp" and place.local in state.ever and (
                    place.local not in self.uninit_reported):
                first = state.first.get(place.local)
                self.errors.append(assign_twice_error(access.span, info, first))
            return
        moved_prefix: tuple[Place, list[Span]] | None = None
        moved_inside: tuple[Place, list[Span]] | None = None
        uninit = False
        for proj, origins in state.facts.get(place.local, {}).items():
            fact = Place(place.local, proj)
            spans = sorted((s for s in origins if s is not None), key=lambda s: (s.line, s.col))
            if is_prefix(fact, place):
                if spans and moved_prefix is None:
                    moved_prefix = (fact, spans)
                if UNINIT in origins:
                    uninit = True
            elif is_prefix(place, fact) and spans and moved_inside is None:
                moved_inside = (fact, spans)
        if access.kind == WRITE and uninit and place.proj and not access.compound:
            possibly = place.local in state.ever
            if any(p.kind == "index" for p in place.proj):
                # `a[0] = x` reads `a` to index it: a use of the uninitialised array.
                self.errors.append(uninitialized_error(READ, access.target or access.span,
                                                       info, possibly))
                self.g.used_mut.discard(place.local)  # rustc counts no use of `mut` in it
            else:
                self.errors.append(partial_assign_error(access.span, info))
            self.facts.append(ErrorFacts(self.errors[-1], self.reporting, access))
            self.initialise(state, Place(place.local), access.span)  # reported once
            return
        if access.kind == WRITE:
            through = moved_prefix is not None and any(
                p.kind == "deref" for p in place.proj[len(moved_prefix[0].proj):])
            if moved_prefix is not None and through:
                # `*x = 1` / `x.v = ..` after `let y = x;` moved the reference `x`: writing
                # through it reads the moved pointer (rustc: "use of moved value").
                self.errors.append(moved_error(READ, False, access.span, moved_prefix[0],
                                               moved_prefix[0], False, moved_prefix[1],
                                               self.g.locals, str(info.ty),
                                               self.g.closure_moves))
                self.facts.append(ErrorFacts(self.errors[-1], self.reporting, access,
                                             moved=moved_prefix[0],
                                             move_spans=tuple(moved_prefix[1])))
                self.initialise(state, moved_prefix[0], access.span)  # reported once
            elif moved_prefix is not None and moved_prefix[0].proj != place.proj:
                self.errors.append(assign_to_moved_part(access.span, moved_prefix[0],
                                                        self.g.locals, moved_prefix[1]))
            return
        ty_text = str(info.ty)
        if moved_prefix is not None:
            error = moved_error(access.kind, access.borrow_use, access.span,
                                moved_prefix[0], place, False, moved_prefix[1],
                                self.g.locals, ty_text, self.g.closure_moves,
                                self.g.once_calls)
            if not moved_prefix[0].proj:
                error = closure_moved(error, self.g, info, moved_prefix[1], access.span)
            self.errors.append(error)
        elif moved_inside is not None and len(moved_inside[0].proj) == len(place.proj) + 1 \
                and moved_inside[0].proj[-1].name == BOX:
            # Moving out of a Box's contents consumes the Box itself.
            self.errors.append(moved_error(access.kind, access.borrow_use, access.span,
                                           place, place, False, moved_inside[1],
                                           self.g.locals, ty_text, self.g.closure_moves,
                                           self.g.once_calls))
        elif moved_inside is not None:
            self.errors.append(moved_error(access.kind, access.borrow_use, access.span,
                                           moved_inside[0], place, True, moved_inside[1],
                                           self.g.locals, ty_text, self.g.closure_moves,
                                           self.g.once_calls))
        elif uninit:
            self.uninit_reported.add(place.local)
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


__all__ = ["BodyChecker"]


def _read_span(node: Node, holder: int) -> Span:
    """Where `node` reads `holder`: a `&self` autoref reads it at the receiver
    (`r.len()` -> `r`), anything else over the node's span."""
    for access in node.accesses:
        if access.place.local == holder and access.borrow_use and access.kind == SHARED:
            return access.span
    return node.span


def _returned_leaves(e: ast.Expr) -> list[ast.Expr]:
    """The expressions a returned `if`/`else` or block gives back (not a `match`'s arms)."""
    if isinstance(e, ast.If):
        out = _returned_leaves(e.then)
        if e.otherwise is not None:
            out += _returned_leaves(e.otherwise)
        return out
    if isinstance(e, ast.Block):
        return _returned_leaves(e.tail) if e.tail is not None else []
    return [e]

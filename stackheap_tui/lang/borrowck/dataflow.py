"""The dataflow analyses over one body's graph, as rustc's MIR borrow checker runs them:
liveness (backward), the loans each local carries (forward) and which places may be moved
or uninitialised (forward). Each keeps its state only at basic-block boundaries and walks a
block in one pass (`Blocks`), so a function's cost grows with its blocks times what is
live, not with statements times locals. The checks that read them are in `flow.py`."""

from __future__ import annotations

from array import array
from collections.abc import Iterator

from stackheap_tui.lang.borrowck.ir import (
    DEAD,
    MOVE,
    WRITE,
    Graph,
    Loan,
    Node,
)
from stackheap_tui.lang.borrowck.places import (
    Proj,
    surely_overlaps,
)
from stackheap_tui.lang.span import Span

UNINIT = None  # the origin of a "never assigned" fact (moves carry their span)

Carried = dict[int, frozenset[int]]
MoveKey = tuple[int, tuple[Proj, ...]]
Origins = frozenset[Span | None]


class MoveState:
    """Places that may be uninitialised here, with why; locals ever initialised.

    `facts` maps a local to its possibly-moved or uninitialised places (their projections,
    in the order they were first recorded) and where that happened. An inner dict is never
    changed once shared: a change replaces it, so copying a state copies one dict per
    local that has facts, not the facts.
    """

    __slots__ = ("ever", "facts", "first")

    def __init__(self) -> None:
        self.facts: dict[int, dict[tuple[Proj, ...], Origins]] = {}
        self.ever: set[int] = set()
        self.first: dict[int, Span] = {}  # first assignment of each local

    def copy(self) -> MoveState:
        twin = MoveState()
        twin.facts = dict(self.facts)
        twin.ever = set(self.ever)
        twin.first = dict(self.first)
        return twin

    def items(self) -> Iterator[tuple[MoveKey, Origins]]:
        """Every fact as ((local, projection), origins)."""
        for local, places in self.facts.items():
            for proj, origins in places.items():
                yield (local, proj), origins

    def same_facts(self, other: MoveState) -> bool:
        return self.facts == other.facts and self.ever == other.ever

    def add(self, local: int, proj: tuple[Proj, ...], origins: Origins) -> None:
        places = self.facts.get(local)
        if places is None:
            self.facts[local] = {proj: origins}
            return
        mine = places.get(proj)
        if mine is None or not origins <= mine:
            places = dict(places)
            places[proj] = origins if mine is None else mine | origins
            self.facts[local] = places

    def join(self, other: MoveState) -> None:
        for local, places in other.facts.items():
            for proj, origins in places.items():
                self.add(local, proj, origins)
        self.ever |= other.ever
        for key, span in other.first.items():
            if key not in self.first:
                self.first[key] = span


def reverse_postorder(graph: Graph) -> list[int]:
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


class Blocks:
    """The graph's nodes grouped into basic blocks: runs of nodes each the single
    successor of the one before, itself with no other predecessor.

    Every analysis keeps its state only at block boundaries and walks a block in one
    pass, so a function's cost grows with its blocks times what is live, not with
    statements times locals (a straight-line function of n `let`s is one block)."""

    def __init__(self, graph: Graph, order: list[int]) -> None:
        n = len(graph.nodes)
        preds: list[list[int]] = [[] for _ in range(n)]
        for index in order:
            for s in graph.nodes[index].succ:
                preds[s].append(index)
        for found in preds:
            found.sort()  # as the node-by-node analysis joined them: by node index
        self.preds = preds
        self.block_of = array("i", [-1]) * n
        self.position = array("i", [0]) * n
        self.members: list[list[int]] = []
        for index in order:
            if self.block_of[index] != -1:
                continue
            block = len(self.members)
            chain = [index]
            self.block_of[index] = block
            node = index
            while True:
                succ = graph.nodes[node].succ
                if len(succ) != 1:
                    break
                nxt = succ[0]
                if nxt == 0 or len(preds[nxt]) != 1 or self.block_of[nxt] != -1:
                    break
                self.block_of[nxt] = block
                self.position[nxt] = len(chain)
                chain.append(nxt)
                node = nxt
            self.members.append(chain)
        # Blocks in the order their first nodes come in `order` (reverse postorder).
        self.pred_blocks = [sorted({self.block_of[p] for p in preds[chain[0]]})
                            for chain in self.members]
        self.pred_exits = [[p for p in preds[chain[0]]] for chain in self.members]
        self.succ_blocks = [[self.block_of[s] for s in graph.nodes[chain[-1]].succ]
                            for chain in self.members]


def node_uses(node: Node) -> set[int]:
    """The locals a node reads (what liveness counts as a use)."""
    return uses_and_def(node)[0]


def uses_and_def(node: Node) -> tuple[set[int], int | None]:
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


def activate_drops(graph: Graph, blocks: Blocks) -> None:
    """Make each scope-end drop a use of its local where the local may still hold a value:
    a forward must-analysis of the droppable locals moved out as a whole (or never
    assigned). A drop of a surely-moved local runs nothing, as in MIR's drop elaboration."""
    tracked = set(graph.drops)
    count = len(blocks.members)

    def step(node: Node, moved: frozenset[int]) -> frozenset[int]:
        if node.drop is not None and node.drop not in moved and node.drop not in node.uses:
            node.uses.append(node.drop)
        for key in node.uninit:
            if key in tracked:
                moved = moved | {key}
        for access in node.accesses:
            if access.kind == MOVE and not access.place.proj and access.place.local in moved:
                continue
            if access.kind == MOVE and not access.place.proj and access.place.local in tracked:
                moved = moved | {access.place.local}
        for place in node.init:
            if not place.proj and place.local in moved:
                moved = moved - {place.local}
        if node.define is not None and node.define in moved:
            moved = moved - {node.define}
        return moved

    exits: list[frozenset[int] | None] = [None] * count
    entry: list[frozenset[int]] = [frozenset()] * count
    changed = True
    while changed:
        changed = False
        for block in range(count):
            state: frozenset[int] | None = None
            for p in blocks.pred_exits[block]:
                out = exits[blocks.block_of[p]]
                if out is not None:
                    state = out if state is None else state & out
            if state is None:
                state = frozenset()
            entry[block] = state
            for index in blocks.members[block]:
                node = graph.nodes[index]
                saved = node.drop
                node.drop = None  # decide only once the states are final
                state = step(node, state)
                node.drop = saved
            if state != exits[block]:
                exits[block] = state
                changed = True
    for block in range(count):
        state = entry[block]
        for index in blocks.members[block]:
            state = step(graph.nodes[index], state)


class Liveness:
    """Backward: a local is live where a later step may read it. Kept as each block's
    live-out; a node's live-in is found by walking its block back from there."""

    def __init__(self, graph: Graph, blocks: Blocks) -> None:
        self.g = graph
        self.blocks = blocks
        facts = [uses_and_def(node) for node in graph.nodes]
        self.facts = facts
        count = len(blocks.members)
        live_in: list[frozenset[int]] = [frozenset()] * count
        live_out: list[frozenset[int]] = [frozenset()] * count
        changed = True
        while changed:
            changed = False
            for block in reversed(range(count)):
                out: set[int] = set()
                for s in blocks.succ_blocks[block]:
                    out |= live_in[s]
                live_out[block] = frozenset(out)
                for index in reversed(blocks.members[block]):
                    uses, define = facts[index]
                    if define is not None:
                        out.discard(define)
                    out |= uses
                new = frozenset(out)
                if new != live_in[block]:
                    live_in[block] = new
                    changed = True
        self.live_out = live_out
        self._cache: tuple[int, list[frozenset[int]]] | None = None

    def block_live_in(self, block: int) -> list[frozenset[int]]:
        """The live-in set of each node of a block, in the block's order."""
        cache = self._cache
        if cache is not None and cache[0] == block:
            return cache[1]
        members = self.blocks.members[block]
        out = set(self.live_out[block])
        found: list[frozenset[int]] = [frozenset()] * len(members)
        for at in reversed(range(len(members))):
            uses, define = self.facts[members[at]]
            if define is not None:
                out.discard(define)
            out |= uses
            found[at] = frozenset(out)
        self._cache = (block, found)
        return found

    def live_in(self, index: int) -> frozenset[int]:
        return self.block_live_in(self.blocks.block_of[index])[self.blocks.position[index]]

    def live_after(self, index: int) -> frozenset[int]:
        """Locals read later, on leaving the node (its successors' live-in)."""
        block, at = self.blocks.block_of[index], self.blocks.position[index]
        members = self.blocks.members[block]
        if at + 1 < len(members):
            return self.block_live_in(block)[at + 1]
        return self.live_out[block]


def _end_loans(out: Carried, ended: set[int] | None) -> None:
    """No local carries the `ended` loans any more (`out` changed in place)."""
    if not ended:
        return
    for key, loans in list(out.items()):
        if not loans.isdisjoint(ended):
            left = loans - ended
            if left:
                out[key] = left
            else:
                del out[key]


_NONE: frozenset[int] = frozenset()


class LoanTransfer:
    """How a node changes the loans each local carries."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        # The loans reached through a reference held by each local: overwriting or
        # ending that local ends them.
        self.through: dict[int, set[int]] = {}
        self.of_local: dict[int, list[Loan]] = {}  # the loans of each local's places
        # A cursor: `cur = next` where `next` reborrows `(*cur).next`. The assignment ends
        # that loan, but rustc's regions are not path-sensitive: where the loan was made
        # and not ended (the loop's exit), it stays alive as long as `cur` is live.
        self.cursors: dict[int, set[int]] = {}
        for loan in graph.loans.values():
            if loan.place.through_reference():
                self.through.setdefault(loan.place.local, set()).add(loan.id)
            self.of_local.setdefault(loan.place.local, []).append(loan)

    def apply(self, node: Node, out: Carried) -> Carried:
        """The loans carried on leaving `node`, from `out` (changed in place) on entry."""
        incoming = frozenset([loan.id for loan in node.gen]) if node.gen else _NONE
        for source in node.flow:
            carried = out.get(source)
            if carried:
                incoming |= carried
        for access in node.accesses:
            if access.kind not in (WRITE, DEAD):
                continue
            if not access.place.proj:
                # Overwriting a reference: loans reached through its old value are gone,
                # even from the value assigned (NLL kills them: `cur = next` where `next`
                # reborrows `(*cur).next` leaves no loan of the new `(*cur).next`).
                ended = self.through.get(access.place.local)
                _end_loans(out, ended)
                if ended and node.define == access.place.local and incoming & ended:
                    self.cursors.setdefault(node.define, set()).update(incoming & ended)
                if ended:
                    incoming = incoming - ended
            if access.place.local in self.of_local:
                # As MIR's `kill_borrows_on_place`: assigning a place (or ending a local)
                # ends the loans of what surely overlaps it; they were checked just now.
                _end_loans(out, {loan.id for loan in self.of_local[access.place.local]
                                 if surely_overlaps(loan.place, access.place)})
        # An absent local carries no loan: only non-empty sets are stored.
        if node.define is not None and incoming:
            out[node.define] = incoming
        elif node.define is not None:
            out.pop(node.define, None)
        if node.update is not None:
            out[node.update] = out.get(node.update, frozenset()) | incoming
        return out


class CarriedLoans:
    """Forward: the loans each local's value may hold, kept at block entries."""

    def __init__(self, graph: Graph, blocks: Blocks) -> None:
        self.g = graph
        self.blocks = blocks
        self.transfer = LoanTransfer(graph)
        count = len(blocks.members)
        entry: list[Carried] = [{} for _ in range(count)]
        exits: list[Carried | None] = [None] * count
        changed = True
        while changed:
            changed = False
            for block in range(count):
                state: Carried = {}
                for p in blocks.pred_exits[block]:
                    out = exits[blocks.block_of[p]]
                    if out is None:
                        continue
                    for key, loans in out.items():
                        state[key] = state.get(key, frozenset()) | loans
                entry[block] = state
                new = dict(state)
                for index in blocks.members[block]:
                    new = self.transfer.apply(graph.nodes[index], new)
                if new != exits[block]:
                    exits[block] = new
                    changed = True
        self.entry = entry
        self._cache: tuple[int, int, Carried] | None = None  # (block, position, on entry)

    def carried_in(self, index: int) -> Carried:
        """The loans each local may carry on entry to `index` (do not change it)."""
        block, at = self.blocks.block_of[index], self.blocks.position[index]
        cache = self._cache
        if cache is not None and cache[0] == block and cache[1] <= at:
            position, state = cache[1], cache[2]
        else:
            position, state = 0, self.entry[block]
        members = self.blocks.members[block]
        if position < at:
            state = dict(state)
            for step in range(position, at):
                state = self.transfer.apply(self.g.nodes[members[step]], state)
        self._cache = (block, at, state)
        return state

    def carried_after(self, index: int) -> Carried:
        return self.transfer.apply(self.g.nodes[index], dict(self.carried_in(index)))

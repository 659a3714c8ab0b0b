"""Closures: what a closure body captures from its surroundings, and how.

A closure body is its own graph (rustc borrow-checks it as its own body). Uses of
outer locals inside it become captures: by value for a `move` closure or a body
that moves the value, by `&mut` for a body that mutates it, by `&` otherwise (the
place captured is the one used, as edition 2021+ precise capture does). Creating
the closure performs those moves and borrows in the enclosing body, and the
closure value carries the loans until its last use.
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.ir import MOVE, MUTABLE, WRITE, Graph
from stackheap_tui.lang.borrowck.lowering.base import ClosureFacts, Operand
from stackheap_tui.lang.borrowck.lowering.calls import CallLowering
from stackheap_tui.lang.borrowck.places import BOX, REF, REF_MUT, Place
from stackheap_tui.lang.span import Span

_RANK = {MOVE: 3, MUTABLE: 2, WRITE: 2}


def _captured(place: Place) -> Place:
    """The part of a place a closure captures: up to the first index or smart pointer."""
    proj = []
    for p in place.proj:
        if p.kind == "index" or (p.kind == "deref" and p.name not in (REF, REF_MUT, BOX)):
            break
        proj.append(p)
    return Place(place.local, tuple(proj))


class ClosureLowering(CallLowering):
    """Lowers closure expressions: the body as its own graph, the captures here."""

    def e_Closure(self, e: ast.Closure) -> Operand:
        captures: dict[tuple[int, tuple[object, ...]], tuple[Place, str, Span]] = {}

        def on_capture(place: Place, kind: str, span: Span) -> None:
            place = Place(place.local) if kind == MOVE or e.is_move else _captured(place)
            key = (place.local, place.proj)
            old = captures.get(key)
            if old is None or _RANK.get(kind, 1) > _RANK.get(old[1], 1):
                captures[key] = (place, kind, span)

        graph = Graph("closure")
        inner = type(self)(self.s, graph, on_capture)
        inner.emit(e.span)
        inner.open_scope(e.body.span)
        for param in e.params:
            for binding in inner.pattern_bindings(param.pattern):
                key = inner.local(binding, "param")
                graph.params.append(key)
            if not isinstance(param.pattern, ast.IdentPattern):
                info = self.c.patterns.get(id(param.pattern))
                ty = info.ty if info is not None else T.UNIT
                t = inner.temp(ty, param.span)
                graph.params.append(t)
                inner.bind_pattern(param.pattern, Place(t), ty, e.body)
        inner.stmt_temps.append([])
        op = inner.expr(e.body)
        flows = inner.consume(op)
        if inner.cur is not None:
            # No E0515 check for closure bodies yet: a reference derived from a parameter
            # through a pattern (`|(_, v)| v`) must stay accepted, and we cannot yet tell it
            # from a borrow of the closure's own locals. Accepting is the safe side.
            inner.emit(e.body.span, flow=list(flows))
        self.s.graphs.append(graph)

        facts = ClosureFacts(mutates=any(kind in (MUTABLE, WRITE) for _, kind, _ in
                                         captures.values()),
                             once=any(kind == MOVE for _, kind, _ in captures.values()))
        fn_ty = self.type_of(e)
        if isinstance(fn_ty, T.FnTy):
            self.s.closures[fn_ty.ident] = facts
        moved_any = False
        carried: list[int] = []
        for place, kind, span in sorted(captures.values(), key=lambda c: (c[2].line, c[2].col)):
            local = self.g.locals.get(place.local)
            by_value = e.is_move or kind == MOVE
            if kind in (MUTABLE, WRITE) and place.local in self.g.locals:
                self.g.used_mut.add(place.local)  # a `move` closure changes its own copy
            if by_value:
                ty = local.ty if local is not None else T.UNIT
                self.last_move = False
                carried.extend(self.consume(Operand(e, ty, place)))
                moved_any = moved_any or self.last_move
            else:
                carried.extend(self.borrow_place(place, kind in (MUTABLE, WRITE), span))
        if not moved_any:
            self.c.moves.discard(id(e))
        ty = self.type_of(e)
        return Operand(e, ty, carried=self.store(carried, ty, e.span))

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
from stackheap_tui.lang.borrowck.clone_suggestions import _is_clone
from stackheap_tui.lang.borrowck.ir import MOVE, MUTABLE, WRITE, Graph
from stackheap_tui.lang.borrowck.lowering.base import ClosureFacts, Operand
from stackheap_tui.lang.borrowck.lowering.calls import CallLowering
from stackheap_tui.lang.borrowck.messages import place_text, place_type
from stackheap_tui.lang.borrowck.places import BOX, REF, REF_MUT, Place
from stackheap_tui.lang.diagnostics import (
    CompileError,
    Diagnostic,
    Edit,
    Label,
    SubNote,
    Suggestion,
)
from stackheap_tui.lang.fn_traits import meets
from stackheap_tui.lang.program import Capture
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported

_RANK = {MOVE: 3, MUTABLE: 2, WRITE: 2}


def _ident(ty: T.Ty) -> int:
    return ty.ident if isinstance(ty, T.FnTy) else -1


def _captured(place: Place) -> Place:
    """The part of a place a closure captures: up to the first index, smart pointer or
    enum variant's field."""
    proj = []
    for p in place.proj:
        if p.kind == "index" or (p.kind == "deref" and p.name not in (REF, REF_MUT, BOX)) or (
                p.kind == "field" and p.variant >= 0):
            break
        proj.append(p)
    return Place(place.local, tuple(proj))


def _by_value(place: Place, local_ty: T.Ty) -> Place:
    """What a capture by value takes (edition 2021): the place up to its first deref
    (a `move` closure copies or moves the reference, not what it points to), and a type
    with `Drop` whole when a non-Copy part of it is wanted (it cannot be taken apart)."""
    proj = list(place.proj)
    for i, p in enumerate(proj):
        if p.kind == "deref":
            del proj[i:]
            break
    ty = place_type(local_ty, tuple(proj))
    if ty is None or not T.is_copy(ty):
        current: T.Ty | None = local_ty
        for i, p in enumerate(proj):
            if current is None or (isinstance(current, T.AdtTy) and current.defn is not None
                                   and current.defn.has_drop):
                del proj[i:]
                break
            current = place_type(current, (p,))
    return Place(place.local, tuple(proj))


def _merge(captures: dict[tuple[int, tuple[object, ...]], tuple[Place, str, Span]]) -> list[
        tuple[Place, str, Span]]:
    """A place captured beside a part of it: the whole place is captured, in the
    strongest mode either is used in (as rustc unifies captures by their ancestor)."""
    kept: list[tuple[Place, str, Span]] = []
    for place, kind, span in sorted(captures.values(), key=lambda c: len(c[0].proj)):
        for i, (other, other_kind, other_span) in enumerate(kept):
            if other.local == place.local and place.proj[:len(other.proj)] == other.proj:
                if _RANK.get(kind, 1) > _RANK.get(other_kind, 1):
                    kept[i] = (other, kind, other_span)
                break
        else:
            kept.append((place, kind, span))
    return kept


class ClosureLowering(CallLowering):
    """Lowers closure expressions: the body as its own graph, the captures here."""

    def e_Closure(self, e: ast.Closure) -> Operand:
        captures: dict[tuple[int, tuple[object, ...]], tuple[Place, str, Span]] = {}

        def on_capture(place: Place, kind: str, span: Span) -> None:
            place = _captured(place)
            if kind == MOVE or e.is_move:
                local = self.g.locals.get(place.local)
                place = _by_value(place, local.ty) if local is not None else Place(place.local)
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
        wanted = (MOVE,) if facts.once else (MUTABLE, WRITE)
        reason = sorted((span.start, span, place) for place, kind, span in captures.values()
                        if kind in wanted)
        if reason:
            _, span, place = reason[0]
            verb = "moves the variable `{}` out of its environment" if facts.once else (
                "mutates the variable `{}` here")
            name = place_text(Place(place.local), self.g.locals)
            if not facts.once:  # `n += 1`, `v.push(1)`: rustc points at the variable
                span = Span(span.line, span.col, span.line, span.col + len(name),
                            span.start, span.start + len(name))
            facts.why = (span, verb.format(name))
            facts.var = name
        facts.head = e.head if e.head is not None else e.span
        facts.is_move = e.is_move
        fn_ty = self.type_of(e)
        if isinstance(fn_ty, T.FnTy):
            self.s.closures[fn_ty.ident] = facts
        moved_any = False
        carried: list[int] = []
        merged = _merge(captures)
        facts.clone = _closure_clone(merged, self.g, e.is_move)
        self.record_captures(e, merged)
        dyn = self.c.closure_dyn.get(fn_ty.ident) if isinstance(fn_ty, T.FnTy) else None
        if dyn is not None and not meets(facts.kind, dyn):
            # rustc: E0525, or for a closure written in place its body's error
            raise CompileError([unsupported(f"a closure that is `{facts.kind}` as a "
                                            f"`dyn {dyn}`", e.span)])
        if dyn is not None and self.g.name != "main" and any(
                (e.is_move or kind == MOVE) and not T.is_copy(
                    place_type(self.g.locals[place.local].ty, place.proj) or T.UNIT)
                for place, kind, _ in _merge(captures) if place.local in self.g.locals):
            # the machine keeps what it owns in its creator's frame, which `main`'s outlives
            raise CompileError([unsupported("a `dyn Fn` closure owning a value that is not "
                                            "Copy, made outside `main`", e.span)])
        if isinstance(fn_ty, T.FnTy) and fn_ty.ident in self.c.closure_returns:
            self.returned_closure(e, facts, merged, self.c.closure_returns[fn_ty.ident])
        for place, kind, span in sorted(merged, key=lambda c: (c[2].line, c[2].col)):
            local = self.g.locals.get(place.local)
            by_value = e.is_move or kind == MOVE
            if kind in (MUTABLE, WRITE) and place.local in self.g.locals:
                self.g.used_mut.add(place.local)  # a `move` closure changes its own copy
            if by_value:
                ty = (place_type(local.ty, place.proj) if local is not None else None) or T.UNIT
                if e.head is not None:
                    self.g.closure_moves[(e.span.start, place.local)] = (e.head, span)
                self.last_move = False
                carried.extend(self.consume(Operand(e, ty, place)))
                moved_any = moved_any or self.last_move
            else:
                # rustc points at the closure's `|..|`, and at the use that captured
                use = span  # (the place expression the closure's body uses)
                head = e.head if e.head is not None else e.span
                carried.extend(self.borrow_place(place, kind in (MUTABLE, WRITE), head,
                                                 closure_use=use))
        if not moved_any:
            self.c.moves.discard(id(e))
        ty = self.type_of(e)
        return Operand(e, ty, carried=self.store(carried, ty, e.span))

    def returned_closure(self, e: ast.Closure, facts: ClosureFacts,
                         merged: list[tuple[Place, str, Span]],
                         returned: tuple[str, str]) -> None:
        """`-> impl Fn(..)`: the closure leaves the function, so it may not borrow the
        function's locals (E0373), and it must do no more than its bound allows."""
        function, trait = returned
        for place, kind, span in sorted(merged, key=lambda c: c[2].start):
            if e.is_move or kind == MOVE:
                local = self.g.locals.get(place.local)
                ty = place_type(local.ty, place.proj) if local is not None else None
                if ty is None or not T.is_copy(ty):  # the machine keeps it in the frame
                    raise CompileError([unsupported(
                        "a returned closure that owns a value that is not Copy", span)])
                continue
            if place.proj:
                raise CompileError([unsupported("a returned closure that borrows part of a "
                                                "value", span)])
            name = place_text(place, self.g.locals)
            self.s.errors.append(Diagnostic(
                f"closure may outlive the current function, but it borrows `{name}`, which "
                "is owned by the current function", e.head or e.span, "E0373",
                f"may outlive borrowed value `{name}`",
                (Label(span, f"`{name}` is borrowed here"),),
                children=(SubNote("note", "closure is returned here",
                                  self.c.closure_return_spans.get(_ident(self.type_of(e)),
                                                                  e.span)),),
                suggestions=(Suggestion(
                    f"to force the closure to take ownership of `{name}` (and any other "
                    "referenced variables), use the `move` keyword",
                    (Edit(e.span, "move "),)),)))
            return
        if not meets(facts.kind, trait):
            raise CompileError([unsupported(f"`{function}` returning a closure that is "
                                            f"`{facts.kind}` for `impl {trait}`", e.span)])

    def record_captures(self, e: ast.Closure, merged: list[tuple[Place, str, Span]]) -> None:
        """The closure's captures, for the machine (what the closure holds) and for its
        layout (a field per capture, in the order rustc lays them: as first used)."""
        fn_ty = self.type_of(e)
        found: list[Capture] = []
        for place, kind, _ in merged:
            local = self.g.locals.get(place.local)
            ty = place_type(local.ty, place.proj) if local is not None else None
            if local is None or ty is None:
                return  # not laid out: its size stays unknown (refused, not guessed)
            by_value = e.is_move or kind == MOVE
            path = tuple(("field", p.index) if p.kind == "field" else ("deref", 0)
                         for p in place.proj)
            found.append(Capture(place.local, path, by_value, kind in (MUTABLE, WRITE), ty,
                                 place_text(place, self.g.locals)))
        self.c.captures[id(e)] = tuple(found)
        if isinstance(fn_ty, T.FnTy) and fn_ty.layout is not None:
            fn_ty.layout.fields = tuple(c.ty if c.by_value else T.RefTy(c.ty, c.mutable)
                                        for c in found)


def _closure_clone(merged: list[tuple[Place, str, Span]], graph: Graph,
                   is_move: bool) -> bool | None:
    """Whether a closure with these captures implements `Clone` (rustc: when each
    captured value does; a `&mut` capture never does); None where not known."""
    known: bool | None = True
    for place, kind, _ in merged:
        if not (is_move or kind == MOVE):
            if kind in (MUTABLE, WRITE):
                return False
            continue
        local = graph.locals.get(place.local)
        ty = place_type(local.ty, place.proj) if local is not None else None
        clone = _is_clone(ty) if ty is not None else None
        if clone is False:
            return False
        if clone is None:
            known = None
    return known

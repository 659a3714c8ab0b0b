"""Blocks and statements: scopes, `let` (with `else`), and the temporaries of a statement.

A block's locals die at its end and a statement's temporaries at the statement's
end (storage-dead steps), except a temporary borrowed by `let r = &temp();`, which
lives as long as the block.
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang.borrowck.ir import DEAD, Access
from stackheap_tui.lang.borrowck.lowering.base import Operand, promotable
from stackheap_tui.lang.borrowck.lowering.patterns import PatternLowering
from stackheap_tui.lang.borrowck.messages import destructor_text
from stackheap_tui.lang.borrowck.places import Place, drop_may_use_loans, may_carry_loans
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.temporaries import constructor_test, extending_borrows


class StatementLowering(PatternLowering):
    """Lowers blocks and the statements in them."""

    def block(self, b: ast.Block, returns: bool = False) -> Operand:
        """A block; with `returns`, the function's body, whose value is returned."""
        self.open_scope(b.close_span)
        try:
            for stmt in b.stmts:
                self.stmt(stmt)
            result = Operand(b, self.type_of(b))
            if b.tail is not None:
                self.stmt_temps.append([])
                op = self.expr(b.tail)
                # A function's `&mut` result is a coercion site: `self.input` (a
                # `&'a mut` field behind `&mut self`) is reborrowed, not moved.
                reborrow = returns and self.on_capture is None
                result = Operand(b, result.ty, carried=self.store(
                    self.consume(op, reborrow=reborrow), result.ty, b.tail.span))
                if returns and self.cur is not None:
                    # Returned before the locals die: a borrow of one is E0515, not E0597.
                    # (Inside a closure, what its parameters lend is the caller's: no E0515.)
                    self.emit(b.tail.span, flow=list(result.carried),
                              returns=b.tail if self.on_capture is None else None)
                    self.leave_scopes(0)
                    self.leave_function()
                self.end_temps(b.tail.span)
        finally:
            self.end_scope(b.close_span)
        return result

    def end_scope(self, span: Span) -> None:
        self.scope_closes.pop()
        for key in reversed(self.scopes.pop()):
            self.scope_local_ends(key, span)

    def leave_scopes(self, depth: int, dead: bool = True) -> None:
        """An early exit (`return`, `?`, `break`, `continue`) from the scopes open above
        `depth`: their locals are dropped and die, each at its scope's closing brace (where
        rustc reports a destructor's use of a borrow on that path)."""
        for keys, close in zip(reversed(self.scopes[depth:]),
                               reversed(self.scope_closes[depth:]), strict=True):
            for key in reversed(keys):
                self.scope_local_ends(key, close, dead)

    def scope_local_ends(self, key: int, span: Span, dead: bool = True) -> None:
        if self.cur is None:
            return
        ty = self.g.locals[key].ty
        if may_carry_loans(ty) and drop_may_use_loans(ty):
            # Its destructor runs here and may read what it borrows.
            self.g.drops[key] = destructor_text(ty, self.s.lifetimes())
            self.emit(span, drop=key)
        if dead:
            self.emit(span, accesses=[Access(Place(key), DEAD, span)])

    def end_temps(self, span: Span) -> None:
        """The statement's temporaries are dropped and die at its end."""
        for key in reversed(self.stmt_temps.pop()):
            self.scope_local_ends(key, span)

    def stmt(self, stmt: ast.Stmt) -> None:
        if isinstance(stmt, ast.Let):
            self.stmt_temps.append([])
            self.let(stmt)
            self.end_temps(_end_of(stmt.span))
        elif isinstance(stmt, ast.ExprStmt):
            self.stmt_temps.append([])
            self.consume(self.expr(stmt.expr))
            self.end_temps(_end_of(stmt.span))

    def let(self, stmt: ast.Let) -> None:
        if stmt.init is None:
            keys = [self.local(b) for b in self.pattern_bindings(stmt.pattern)]
            self.emit(stmt.span, uninit=keys)
            return
        extension = extending_borrows(stmt.init, constructor_test(self.c.callees))
        outer = self.extended, self.extended_scoped  # a `let` inside the initializer's block
        self.extended = outer[0] | extension.borrows
        self.extended_scoped = outer[1] | {id(e) for e in extension.scoped}
        try:
            op = self.expr(stmt.init)
        finally:
            self.extended, self.extended_scoped = outer
        pat = stmt.pattern
        if stmt.otherwise is not None:
            place = op.place if op.place is not None else Place(
                self.store_always(op, stmt.init.span))
            self.emit(stmt.span)
            before = self.cur
            assert before is not None
            self.bind_pattern(pat, place, op.ty, stmt.init)
            after = self.cur
            self.cur = before
            self.block(stmt.otherwise)
            self.cur = after
            return
        if isinstance(pat, ast.IdentPattern) and id(pat) in self.c.bindings and not (
                pat.by_ref) and self.c.patterns.get(id(pat)) is not None and \
                self.c.patterns[id(pat)].is_binding:
            binding = self.c.bindings[id(pat)]
            flows = self.consume(op, reborrow=stmt.type is not None)
            key = self.local(binding)
            self.emit(stmt.span, uninit=[key])
            self.emit(pat.span, define=key, flow=list(flows), init=[Place(key)])
            self.g.let_inits[len(self.g.nodes) - 1] = stmt.init.span  # for the liveness lint
            if isinstance(stmt.type, ast.TypeRef) and stmt.type.static and (
                    self.g.exit is not None and self.on_capture is None) and not (
                    _constant_borrow(stmt.init, self)):
                # `let r: &'static T = ...`: what it borrows must outlive the function.
                self.g.nodes[self.g.exit].uses.append(key)
                self.g.static_locals[key] = stmt.type.span
            return
        if isinstance(pat, ast.WildcardPattern):
            if op.place is None:
                self.consume(op)
            else:
                self.g.fake_reads.add(op.place.local)  # a use for the liveness lint only
            return  # `let _ = place;` neither moves nor reads
        place = op.place if op.place is not None else Place(self.store_always(op, stmt.span))
        self.bind_pattern(pat, place, op.ty, stmt.init)


def _constant_borrow(init: ast.Expr, low: StatementLowering) -> bool:
    """`&BASE`, `&LIMIT`, `&5`: a `static`, a constant or a promoted literal, all
    `'static` in Rust (how long such a reference may live is decided elsewhere)."""
    e = init.operand if isinstance(init, ast.Unary) and init.op == "&" else init
    if promotable(e, low.c):
        return True
    value = low.c.paths.get(id(e)) if isinstance(e, ast.Path) else None
    return value is not None and value.kind == "const"


def _end_of(span: Span) -> Span:
    return Span(span.end_line, max(1, span.end_col - 1), span.end_line, span.end_col,
                max(0, span.end - 1), span.end)

"""Control flow: blocks as expressions, `if`, `match`, loops, `break`, `continue`,
`return`, `?` and `let` conditions, as edges between the graph's nodes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.ir import READ, Node
from stackheap_tui.lang.borrowck.lowering.base import Loop, Operand
from stackheap_tui.lang.borrowck.lowering.expressions import ExpressionLowering
from stackheap_tui.lang.borrowck.places import Place, may_carry_loans


class ControlFlowLowering(ExpressionLowering):
    """Lowers branches and loops into the graph's edges."""

    def e_Block(self, e: ast.Block) -> Operand:
        return self.block(e)

    def e_Unsafe(self, e: ast.Unsafe) -> Operand:
        return self.block(e.body)

    def into(self, result: int | None, op: Operand) -> None:
        """Move a branch's value into the construct's result local."""
        flows = self.consume(op)
        if result is not None and self.cur is not None:
            self.emit(op.expr.span, define=result, flow=list(flows), init=[Place(result)])

    def result_local(self, e: ast.Expr) -> int | None:
        ty = self.type_of(e)
        return self.temp(ty, e.span) if may_carry_loans(ty) else None

    def carried_by(self, e: ast.Expr, result: int | None) -> Operand:
        if result is not None and self.cur is not None:
            return Operand(e, self.type_of(e), carried=(result,))
        return self.value(e)

    def condition(self, cond: ast.Expr) -> list[int]:
        """Lower a condition; the true path continues, the false exits are returned."""
        if isinstance(cond, ast.LetCond):
            mark = len(self.stmt_temps[-1]) if self.stmt_temps else 0
            op = self.expr(cond.value)
            if self.stmt_temps and self.scopes:
                # Rust 2024: the scrutinee's temporaries live through the `if let`'s block
                # (or the `while let`'s body) and end before `else`, not with the statement.
                self.scopes[-1].extend(self.stmt_temps[-1][mark:])
                del self.stmt_temps[-1][mark:]
            place = op.place if op.place is not None else Place(self.scrutinee_temp(op, False))
            if op.place is not None:  # what the pattern tests is read
                for part, compared in self.tested_places(cond.pattern, place, op.ty):
                    # (rustc spans a compared value at the pattern, a discriminant at
                    # the scrutinee)
                    self.access(part, READ, cond.pattern.span if compared else cond.value.span)
            self.emit(cond.span)
            exits = [self.cur] if self.cur is not None else []
            self.bind_pattern(cond.pattern, place, op.ty, cond.value)
            return exits
        if isinstance(cond, ast.Binary) and cond.op == "&&":
            exits = self.condition(cond.left)
            return exits + self.condition(cond.right)
        self.consume(self.expr(cond))
        self.emit(cond.span)
        return [self.cur] if self.cur is not None else []

    def scrutinee_temp(self, op: Operand, statement: bool) -> int:
        """A `match` or `if let` scrutinee that is a value: a temporary that lives to the
        end of the enclosing statement (`statement`: a `match`), or of the `if let`'s
        block (Rust 2024), so a `ref` binding into it cannot be kept longer."""
        t = self.store_always(op, op.expr.span)
        ends = self.stmt_temps if statement and self.stmt_temps else self.scopes
        if ends:
            ends[-1].append(t)
        return t

    def e_If(self, e: ast.If) -> Operand:
        result = self.result_local(e)
        join = self.label(e.span)
        self.open_scope(e.then.close_span)
        condition_locals = self.scopes[-1]
        exits = self.condition(e.cond)
        self.into(result, self.block(e.then))
        self.end_scope(e.then.close_span)
        self.goto(join)
        if exits:
            otherwise = self.label(e.span)
            for node in exits:
                self.g.nodes[node].succ.append(otherwise)
            self.cur = otherwise
            # Rust 2024: an `if let`'s temporaries are dropped before its `else` runs.
            for key in reversed(condition_locals):
                self.scope_local_ends(key, e.then.close_span)
            if e.otherwise is not None:
                self.into(result, self.expr(e.otherwise))
            self.goto(join)
        self.resume(join)
        return self.carried_by(e, result)

    def e_Match(self, e: ast.Match) -> Operand:
        result = self.result_local(e)
        op = self.expr(e.scrutinee)
        place = op.place if op.place is not None else Place(self.scrutinee_temp(op, True))
        if op.place is not None:  # what the arms' patterns test is read, once
            head = replace(e.span, end_line=e.scrutinee.span.end_line,
                           end_col=e.scrutinee.span.end_col, end=e.scrutinee.span.end)
            seen: list[Place] = []
            for arm in e.arms:
                for part, compared in self.tested_places(arm.pattern, place, op.ty):
                    if part not in seen:
                        seen.append(part)
                        self.access(part, READ, head if compared else e.scrutinee.span)
        join = self.label(e.span)
        self.emit(e.span)
        for arm in e.arms:
            if self.cur is None:
                break
            arm_test = self.cur
            self.open_scope(arm.body.span)
            fail: list[int] = []
            if arm.guard is None:
                self.bind_pattern(arm.pattern, place, op.ty, e.scrutinee)
            else:
                self.guard_moves = []
                self.bind_pattern(arm.pattern, place, op.ty, e.scrutinee)
                deferred, self.guard_moves = self.guard_moves, None
                outer = self.guard_locals
                self.guard_locals = outer | {self.local(b) for _, b, _, _ in deferred}
                fail = self.condition(arm.guard)
                self.guard_locals = outer
                for pat, binding, part, source in deferred:  # the guard passed: move now
                    self.last_move = False
                    flows = self.consume(Operand(source, binding.ty, part))
                    if self.last_move and self.is_recordable(part):
                        self.c.moves.add(id(pat))
                    self.emit(pat.span, define=self.local(binding), flow=list(flows),
                              init=[Place(self.local(binding))])
            self.into(result, self.expr(arm.body))
            self.end_scope(arm.body.span)
            self.goto(join)
            nxt = self.label(arm.span)
            self.g.nodes[arm_test].succ.append(nxt)
            for node in fail:
                self.g.nodes[node].succ.append(nxt)
            self.cur = nxt
        self.cur = None  # exhaustive: no arm left unmatched
        self.resume(join)
        return self.carried_by(e, result)

    def loop(self, e: ast.Expr, label: str | None, result: int | None,
             body: Callable[[Loop], None]) -> None:
        head = self.label(e.span)
        exit_ = self.label(e.span)
        self.goto(head)
        self.cur = head
        ctx = Loop(label, head, exit_, result, len(self.scopes))
        self.loops.append(ctx)
        try:
            body(ctx)
        finally:
            self.loops.pop()
        self.goto(head)
        self.resume(exit_)

    def e_Loop(self, e: ast.Loop) -> Operand:
        result = self.result_local(e)

        def body(ctx: Loop) -> None:
            self.consume(self.block(e.body))

        self.loop(e, e.label, result, body)
        return self.carried_by(e, result)

    def e_While(self, e: ast.While) -> Operand:
        def body(ctx: Loop) -> None:
            self.open_scope(e.body.close_span)
            for node in self.condition(e.cond):
                self.g.nodes[node].succ.append(ctx.exit)
            self.consume(self.block(e.body))
            self.end_scope(e.body.close_span)

        self.loop(e, e.label, None, body)
        return self.value(e)

    def e_For(self, e: ast.For) -> Operand:
        flows = self.consume(self.expr(e.iterable))
        iterator = self.temp(self.type_of(e.iterable), e.iterable.span)
        self.emit(e.iterable.span, define=iterator, flow=list(flows), init=[Place(iterator)])
        # `for x in &mut it`: the items borrow what `it` borrows, not `it` itself.
        items_from = iterator
        target = e.iterable.operand if isinstance(e.iterable, ast.Unary) and (
            e.iterable.op == "&mut") else None
        if target is not None and isinstance(self.type_of(target), T.IterTy):
            held = self.place_of(target)
            if held is not None and held.place is not None and not held.place.proj and (
                    not self.is_outer(held.place.local)):
                items_from = held.place.local

        def body(ctx: Loop) -> None:
            self.emit(e.iterable.span, uses=[iterator])  # `next()`
            assert self.cur is not None
            self.g.nodes[self.cur].succ.append(ctx.exit)
            info = self.c.patterns.get(id(e.pattern))
            item_ty = info.ty if info is not None else T.UNIT
            item = self.temp(item_ty, e.pattern.span)
            self.emit(e.pattern.span, define=item, flow=[items_from], init=[Place(item)])
            self.open_scope(e.body.close_span)
            self.bind_pattern(e.pattern, Place(item), item_ty, e.iterable)
            self.consume(self.block(e.body))
            self.end_scope(e.body.close_span)

        self.loop(e, e.label, None, body)
        return self.value(e)

    def find_loop(self, label: str | None) -> Loop | None:
        for ctx in reversed(self.loops):
            if label is None or ctx.label == label:
                return ctx
        return None

    def e_Break(self, e: ast.Break) -> Operand:
        ctx = self.find_loop(e.label)
        if e.value is not None:
            self.into(ctx.result if ctx else None, self.expr(e.value))
        if ctx is not None:
            self.leave_scopes(ctx.depth)
            self.goto(ctx.exit)
        self.cur = None
        return self.value(e)

    def e_Continue(self, e: ast.Continue) -> Operand:
        ctx = self.find_loop(e.label)
        if ctx is not None:
            self.leave_scopes(ctx.depth)
            self.goto(ctx.head)
        self.cur = None
        return self.value(e)

    def e_Return(self, e: ast.Return) -> Operand:
        flows: tuple[int, ...] = ()
        if e.value is not None:
            flows = self.consume(self.expr(e.value), reborrow=self.on_capture is None)
        self.emit(e.span, flow=list(flows),
                  returns=e.value if self.on_capture is None else None)
        self.leave_scopes(0)
        self.leave_function()
        return self.value(e)

    def e_Try(self, e: ast.Try) -> Operand:
        flows = self.consume(self.expr(e.expr))
        split = self.emit(e.span, uses=list(flows))
        split_at = self.cur
        # The early return of the error / `None`: the locals are dropped, then it returns
        # (a path with no successors).
        self.leave_scopes(0)
        self.emit(e.span)
        self.leave_function()
        self.cur = split_at
        self.g.nodes.append(Node(e.span))
        split.succ.append(len(self.g.nodes) - 1)
        self.cur = len(self.g.nodes) - 1
        ty = self.type_of(e)
        return Operand(e, ty, carried=self.store(flows, ty, e.span) if may_carry_loans(ty)
                       else ())

    def e_LetCond(self, e: ast.LetCond) -> Operand:
        self.condition(e)
        return self.value(e)

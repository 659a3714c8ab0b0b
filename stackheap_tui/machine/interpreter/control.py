"""Control flow: `if`, `match`, loops, `break`, `continue`, `return` and `?`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import convert, std
from stackheap_tui.machine.interpreter.env import Code, Env
from stackheap_tui.machine.interpreter.signals import Break, Continue, Return
from stackheap_tui.machine.interpreter.state import describe_expr
from stackheap_tui.machine.interpreter.statements import Statements
from stackheap_tui.memory.explain import Bound
from stackheap_tui.memory.records import StepKind

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter.core import Interpreter


class ControlFlow(Statements):
    """Compiling branches, loops and early exits."""

    def x_If(self, e: ast.If) -> Code:
        then = self.compile_block(e.then)
        otherwise = self.compile_expr(e.otherwise) if e.otherwise is not None else None
        cond_text = describe_expr(self.source, e.cond.span)
        if isinstance(e.cond, ast.LetCond):
            return self.compile_if_let(e, then, otherwise)
        cond = self.compile_expr(e.cond)
        cond_span = e.cond.span

        def run_if(env: Env) -> Any:
            taken = cond(env)
            branch = "the `if` block runs" if taken else (
                "the `else` branch runs" if otherwise is not None else "the block is skipped")
            self.drop_temps(env)
            self.step(cond_span, StepKind.STATEMENT,
                      self.take_notes(env, f"`{cond_text}` is {'true' if taken else 'false'}, "
                                      f"so {branch}."))
            if taken:
                return then(env)
            if otherwise is not None:
                return otherwise(env)
            return ()

        return run_if

    def compile_if_let(self, e: ast.If, then: Code, otherwise: Code | None) -> Code:
        cond = e.cond
        assert isinstance(cond, ast.LetCond)
        scrutinee = self.compile_scrutinee(cond.value)
        matcher = self.compile_pattern(cond.pattern)
        text = describe_expr(self.source, cond.pattern.span)

        def run_if_let(env: Env) -> Any:
            temps_before = len(env.temps)
            value, place = scrutinee(env)
            bound = matcher(env, value, place)
            before = len(env.slots)
            if bound is not None:
                for binding, bound_value in bound:
                    self.add_binding(env, binding, bound_value)
            self.step(cond.span, StepKind.STATEMENT, self.take_notes(
                env, f"The value {'matches' if bound is not None else 'does not match'} "
                f"`{text}`" + (", so the block runs." if bound is not None else ".")))
            try:
                if bound is not None:
                    result = then(env)
                elif otherwise is not None:
                    # Edition 2024: the scrutinee's temporaries are gone before `else`.
                    self.drop_temps_since(env, temps_before)
                    result = otherwise(env)
                else:
                    result = ()
            finally:
                mine = self.new_slots(env, before)
                if mine:
                    self.end_block(env, mine, e.then)
            self.drop_temps(env)
            return result

        return run_if_let

    def x_Match(self, e: ast.Match) -> Code:
        scrutinee = self.compile_scrutinee(e.scrutinee)
        arms = [(arm, self.compile_pattern(arm.pattern),
                 self.compile_expr(arm.guard) if arm.guard is not None else None,
                 self.compile_expr(arm.body)) for arm in e.arms]
        scrutinee_text = describe_expr(self.source, e.scrutinee.span)

        def run_match(env: Env) -> Any:
            value, place = scrutinee(env)
            for arm, matcher, guard, body in arms:
                # A guard sees its by-value bindings by reference: nothing moves unless it
                # passes, so a failed guard leaves every slot as it was (`Some(d) if false`
                # must not take `d` out of the scrutinee).
                saved = self.slot_states(env) if guard is not None else None
                bound = matcher(env, value, place)
                if bound is None:
                    continue
                before = len(env.slots)
                for binding, bound_value in bound:
                    self.add_binding(env, binding, bound_value)
                if guard is not None and not guard(env):
                    mine = self.new_slots(env, before)
                    if mine:
                        self.pop_slots(env, mine)
                    if saved is not None:
                        self.restore_slot_states(env, saved)
                    continue
                pattern_text = describe_expr(self.source, arm.pattern.span)
                self.step(arm.pattern.span, StepKind.STATEMENT, self.take_notes(
                    env, f"`match {scrutinee_text}`: the first arm that matches is "
                    f"`{pattern_text}`, so its code runs."))
                try:
                    result = body(env)
                finally:
                    mine = self.new_slots(env, before)
                    if mine:
                        self.end_arm(env, mine, arm)
                self.drop_temps(env)
                return result
            raise AssertionError("the checker proved this match exhaustive")

        return run_match

    def end_arm(self, env: Env, bindings: list[tuple[int, int]], arm: ast.MatchArm) -> None:
        span = arm.body.span
        block = arm.body if isinstance(arm.body, ast.Block) else ast.Block(span, (), None)
        self.end_block(env, bindings, block)

    def x_Loop(self, e: ast.Loop) -> Code:
        body = self.compile_block(e.body)
        label = e.label

        def run_loop(env: Env) -> Any:
            while True:
                stop, value = run_loop_body(body, env, label)
                if stop:
                    return value

        return run_loop

    def x_While(self, e: ast.While) -> Code:
        body = self.compile_block(e.body)
        label = e.label
        if isinstance(e.cond, ast.LetCond):
            return self.compile_while_let(e, body)
        cond = self.compile_expr(e.cond)
        cond_text = describe_expr(self.source, e.cond.span)
        cond_span = e.cond.span

        runs = f"`{cond_text}` is true, so the loop body runs."
        ends = f"`{cond_text}` is false, so the loop ends."

        def run_while(env: Env) -> Any:
            while True:
                taken = cond(env)
                if env.temps:
                    self.drop_temps(env)
                self.step(cond_span, StepKind.STATEMENT,
                          self.take_notes(env, runs if taken else ends))
                if not taken:
                    return ()
                if run_loop_body(body, env, label)[0]:
                    return ()

        return run_while

    def compile_while_let(self, e: ast.While, body: Code) -> Code:
        cond = e.cond
        assert isinstance(cond, ast.LetCond)
        scrutinee = self.compile_scrutinee(cond.value)
        matcher = self.compile_pattern(cond.pattern)
        label = e.label
        text = describe_expr(self.source, cond.pattern.span)
        block = e.body

        def run_while_let(env: Env) -> Any:
            while True:
                value, place = scrutinee(env)
                bound = matcher(env, value, place)
                if bound is None:
                    self.drop_temps(env)
                    self.step(cond.span, StepKind.STATEMENT, self.take_notes(
                        env, f"The value no longer matches `{text}`, so the loop ends."))
                    return ()
                before = len(env.slots)
                for binding, bound_value in bound:
                    self.add_binding(env, binding, bound_value)
                self.step(cond.span, StepKind.STATEMENT, self.take_notes(
                    env, f"The value matches `{text}`, so the loop body runs."))
                try:
                    if run_loop_body(body, env, label)[0]:
                        return ()
                finally:
                    mine = self.new_slots(env, before)
                    if mine:
                        self.end_block(env, mine, block)
                    self.drop_temps(env)

        return run_while_let

    def x_For(self, e: ast.For) -> Code:
        iterable = self.compile_expr(e.iterable)
        iterable_ty = self.c.type_of(e.iterable)
        body = self.compile_block(e.body)
        matcher = self.compile_pattern(e.pattern)
        label = e.label
        pattern_text = describe_expr(self.source, e.pattern.span)
        head_span = Span(e.span.line, e.span.col, e.iterable.span.end_line,
                         e.iterable.span.end_col, e.span.start, e.iterable.span.end)
        block = e.body
        machine = cast("Interpreter", self)

        def run_for(env: Env) -> Any:
            source = iterable(env)
            items = std.iterate(machine, env, source, iterable_ty, e.iterable.span)
            # Temporaries of the loop's head (`for x in [a, b].iter()`, a RefCell guard)
            # live until the loop ends, not just to the first statement of the body.
            head_temps, env.temps = env.temps, []
            try:
                self.run_iterations(env, items, matcher, body, label, head_span, pattern_text,
                                    block)
            finally:
                close = getattr(items, "close", None)
                if close is not None:
                    close()
                env.temps = head_temps + env.temps
            self.step(head_span, StepKind.STATEMENT, f"The `for` loop over "
                      f"`{describe_expr(self.source, e.iterable.span)}` has no more items: "
                      "the loop ends.")
            return ()

        return run_for

    def run_iterations(self, env: Env, items: Any, matcher: Any, body: Code,
                       label: str | None, head_span: Span, pattern_text: str,
                       block: ast.Block) -> None:
        head = f"Next iteration of `for {pattern_text}`: "
        explained: Bound | None = None
        for item in items:
            before = len(env.slots)
            bound = matcher(env, item, None)
            assert bound is not None
            for binding, bound_value in bound:
                self.add_binding(env, binding, bound_value)
            if explained is None:  # the same bindings every iteration
                explained = Bound(head, tuple(b.name for b, _ in bound))
            self.step(head_span, StepKind.STATEMENT, self.take_notes(env, explained))
            try:
                body(env)
            except Break as b:
                if b.label is None or b.label == label:
                    self.end_iteration(env, before, block)
                    return
                self.end_iteration(env, before, block)
                raise
            except Continue as c:
                if c.label is not None and c.label != label:
                    self.end_iteration(env, before, block)
                    raise
            except Return:
                self.end_iteration(env, before, block)
                raise
            self.end_iteration(env, before, block)

    def end_iteration(self, env: Env, before: int, block: ast.Block) -> None:
        mine = self.new_slots(env, before)
        if not mine:
            return
        self.drop_scope(env, mine, block.close_span)
        self.pop_slots(env, mine)

    def x_Break(self, e: ast.Break) -> Code:
        value = self.compile_expr(e.value) if e.value is not None else None
        label = e.label
        span = e.span

        def run_break(env: Env) -> Any:
            result = value(env) if value is not None else ()
            self.drop_temps(env)
            self.step(span, StepKind.STATEMENT, self.take_notes(env, "`break` leaves the loop."))
            raise Break(label, result)

        return run_break

    def x_Continue(self, e: ast.Continue) -> Code:
        label = e.label
        span = e.span

        def run_continue(env: Env) -> Any:
            self.drop_temps(env)
            self.step(span, StepKind.STATEMENT, self.take_notes(
                env, "`continue` skips to the loop's next iteration."))
            raise Continue(label)

        return run_continue

    def x_Return(self, e: ast.Return) -> Code:
        value = self.compile_expr(e.value) if e.value is not None else None
        span = e.span

        def run_return(env: Env) -> Any:
            result = value(env) if value is not None else ()
            self.drop_temps(env)
            self.step(span, StepKind.STATEMENT, self.take_notes(
                env, "`return` leaves the function early."))
            raise Return(result)

        return run_return

    def x_Try(self, e: ast.Try) -> Code:
        code = self.compile_expr(e.expr)
        ty = self.c.type_of(e.expr)
        assert isinstance(ty, T.AdtTy)
        is_option = ty.name == "Option"
        to_string = self.c.conversions.get(id(e)) == "String::from"
        from_fn = self.c.try_conversions.get(id(e))  # the program's `impl From<E> for ..`
        span = e.span

        def run_try(env: Env) -> Any:
            value = code(env)
            if is_option:
                if value[0] == 0:
                    raise Return((0,))
                return value[1]
            if value[0] == 1:
                error = value[1]
                if to_string:  # `?` converts the error with `From`: &str -> String
                    error = self.heap.string_from(convert.bytes_of(self.memory, error,
                                                                   T.RefTy(T.STR)))
                elif from_fn is not None:
                    error = self.call_function(from_fn, [error], span)
                raise Return((1, error))
            return value[1]

        return run_try

    def x_LetCond(self, e: ast.LetCond) -> Code:
        raise TypeError("let conditions are compiled by if/while")


def run_loop_body(body: Code, env: Env, label: str | None) -> tuple[bool, Any]:
    """One pass of a loop's body: (True, value) when a `break` for this loop ends it;
    `continue` for this loop just ends the pass; other loops' break/continue go up."""
    try:
        body(env)
    except Break as b:
        if b.label is None or b.label == label:
            return True, b.value
        raise
    except Continue as c:
        if c.label is not None and c.label != label:
            raise
    return False, None

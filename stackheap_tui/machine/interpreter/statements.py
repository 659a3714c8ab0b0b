"""Blocks and statements: `let`, expression statements, and the step each one records."""

from __future__ import annotations

from typing import Any, TypeGuard

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.program import Binding
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.temporaries import constructor_test, extending_borrows
from stackheap_tui.machine.interpreter.env import Code, Env, StmtCode
from stackheap_tui.machine.interpreter.operators import Operators
from stackheap_tui.machine.interpreter.places import is_place
from stackheap_tui.machine.interpreter.signals import Break, Continue, Return, UndefinedBehavior
from stackheap_tui.machine.interpreter.state import describe_expr
from stackheap_tui.memory.explain import Explanation, LastOutput, Lazy, LetText
from stackheap_tui.memory.records import SlotState, StepKind
from stackheap_tui.memory.state import ADD_SLOT, FreedAccess
from stackheap_tui.memory.values import STATIC, Slice


class Statements(Operators):
    """Compiling blocks and statements."""

    def compile_block(self, block: ast.Block, function_body: bool = False) -> Code:
        """A block's value; its bindings are dropped and popped at its `}`."""
        outer_scope = self.block_scope
        # The nested blocks a `let` compiled here is in (the picture draws them).
        self.block_scope = () if function_body else (
            *outer_scope, (block.span.line, block.span.end_line))
        try:
            stmts = [self.compile_stmt(stmt) for stmt in block.stmts]
            tail_expr = block.tail
            tail = self.compile_expr(tail_expr) if tail_expr is not None else None
        finally:
            self.block_scope = outer_scope
        if tail is not None and tail_expr is not None and self.checks_memory:
            tail = self.located(tail, tail_expr.span)

        def run_block(env: Env) -> Any:
            before = len(env.slots)
            # The block's statements end their own temporaries only: the ones of the
            # statement the block is in (`match *c.borrow() { .. }`'s `Ref`) live on.
            outer = env.temps
            if not function_body:
                env.temps = []
            try:
                for stmt in stmts:
                    stmt(env)
                temps_before = len(env.temps)
                value = tail(env) if tail is not None else ()
                if function_body and tail_expr is not None and _has_note(env, "alloc:"):
                    # `String::from("made")` as a function's value: its allocation is a
                    # step of its own, before the frame returns it.
                    self.step(tail_expr.span, StepKind.ALLOC, self.take_notes(env, ""))
                if not function_body:
                    # Edition 2024: the tail expression's temporaries are dropped at the
                    # end of the block, before its locals (not at the enclosing `;`).
                    self.drop_temps_since(env, temps_before)
            except (Break, Continue, Return):
                if not function_body:
                    mine = self.new_slots(env, before)
                    self.drop_temps(env)
                    env.temps = outer
                    self.end_block(env, mine, block)
                raise
            except BaseException:
                if not function_body:
                    env.temps = outer + env.temps
                raise
            if not function_body:
                env.temps = outer + env.temps
                mine = self.new_slots(env, before)
                self.end_block(env, mine, block)
            return value

        return run_block

    def compile_stmt(self, stmt: ast.Stmt) -> StmtCode:
        if isinstance(stmt, ast.Let):
            code = self.compile_let(stmt)
        elif isinstance(stmt, ast.ExprStmt):
            code = self.compile_expr_stmt(stmt)
        else:
            return lambda env: None  # `;` alone does nothing and is not a step
        return self.located(code, stmt.span) if self.checks_memory else code

    def located(self, code: Code, span: Span) -> Code:
        """What-if runs: a read of freed or popped memory becomes undefined behaviour
        at the innermost statement (or block tail) that made it."""

        def checked(env: Env) -> Any:
            try:
                return code(env)
            except FreedAccess as access:
                raise UndefinedBehavior.of_access(access, span) from None
            except UndefinedBehavior as ub:
                ub.span = ub.span or span  # a double free in a drop this statement made
                raise

        return checked

    def compile_let(self, stmt: ast.Let) -> StmtCode:
        """A `let`: its initializer's extended temporaries (`&make()`, `Some(&make())`,
        `(&make(), 1)`) live as long as its variables (`lang.temporaries`)."""
        if stmt.init is None:
            return self.compile_let_parts(stmt)
        outer = self.extending
        extension = extending_borrows(stmt.init, constructor_test(self.c.callees))
        self.extending = outer | extension.borrows
        try:
            return self.compile_let_parts(stmt)
        finally:
            self.extending = outer

    def compile_let_parts(self, stmt: ast.Let) -> StmtCode:
        pattern = stmt.pattern
        init = self.compile_expr(stmt.init) if stmt.init is not None else None
        init_is_place = stmt.init is not None and is_place(stmt.init)
        text = describe_expr(self.source, stmt.span).split("=")[0].replace("let ", "").strip()
        otherwise = self.compile_block(stmt.otherwise) if stmt.otherwise is not None else None
        if isinstance(pattern, ast.WildcardPattern):
            ty = self.c.type_of(stmt.init) if stmt.init is not None else T.UNIT
            # `let _ = v[0];` reads nothing, but the place is worked out (the bounds check).
            place_only = self.compile_place(stmt.init) if init_is_place and stmt.init else None

            def run_let_wildcard(env: Env) -> None:
                if init is not None and not init_is_place:
                    value = init(env)
                    env.temps.append((value, ty, None))  # `let _ = make();` drops at once
                elif place_only is not None:
                    place_only(env)  # `let _ = v;` does not even read `v`
                self.drop_temps(env)
                self.step(stmt.span, StepKind.STATEMENT,
                          self.take_notes(env, "`let _ = …` binds nothing: a new value is "
                                          "dropped at once; a variable is left untouched."))

            return run_let_wildcard
        simple = isinstance(pattern, ast.IdentPattern) and id(pattern) in self.c.bindings and (
            self.c.patterns.get(id(pattern)) is None or self.c.patterns[id(pattern)].is_binding)
        if simple:
            assert isinstance(pattern, ast.IdentPattern)
            binding = self.c.bindings[id(pattern)]
            if isinstance(stmt.init, ast.Unary) and stmt.init.op in ("&", "&mut"):
                # `let r = &temp…;`: a temporary the borrow reaches lives as long as `r`.
                init = self.with_coercion(stmt.init, self.compile_borrow(stmt.init,
                                                                         extended=True))
            return self.compile_simple_let(stmt, binding, init)
        matcher = self.compile_pattern(pattern)
        assert stmt.init is not None
        scrutinee = self.compile_scrutinee(stmt.init)

        def run_let_pattern(env: Env) -> None:
            value, place = scrutinee(env)
            bound = matcher(env, value, place)
            if bound is None:
                assert otherwise is not None
                otherwise(env)
                raise AssertionError("let-else's block must diverge")
            for binding, bound_value in bound:
                self.add_binding(env, binding, bound_value)
            self.drop_temps(env)
            names = ", ".join(f"`{b.name}`" for b, _ in bound)
            self.step(stmt.span, StepKind.STATEMENT,
                      self.take_notes(env, f"The pattern `{text}` takes the value apart: "
                                      f"{names or 'nothing'} "
                                      f"{'gets' if len(bound) == 1 else 'get'} slots."))

        return run_let_pattern

    def compile_simple_let(self, stmt: ast.Let, binding: Binding, init: Code | None) -> StmtCode:
        ty = binding.ty
        size = L.size_of(ty)
        moved_from = stmt.init.segments[0] if isinstance(stmt.init, ast.Path) and id(
            stmt.init) in self.c.moves else None
        copied_from = stmt.init.segments[0] if isinstance(stmt.init, ast.Path) and (
            moved_from is None) else None
        name = binding.name
        # The sentence, decided here once; LetText fills in the frame's function (F), the
        # slot's address (A) and the value as drawn (S) when the step is shown.
        where = "`\0F`'s stack frame"
        scope = self.block_scope
        static_str = None
        if init is None:
            sentence = (f"`{name}` gets a slot in {where} ({ty}, {size} bytes at \0A) but no "
                        "value yet.")
        elif moved_from is not None:
            sentence = (f"`{name} = {moved_from}` moves the {ty}: its {size} bytes are copied "
                        f"into `{name}` (at \0A), which now owns what `{moved_from}` owned; "
                        f"`{moved_from}` can no longer be used. Nothing on the heap moved.")
        elif copied_from is not None and T.is_copy(ty):
            sentence = (f"`{name} = {copied_from}` copies the {ty} ({size} bytes): {ty} is "
                        f"`Copy`, so both `{copied_from}` and `{name}` stay usable.")
        elif isinstance(ty, T.BoxTy):
            sentence = (f"`{name}` ({ty}, {size} bytes at \0A on the stack) holds the address "
                        "\0S of its heap block and owns it.")
        elif isinstance(ty, T.RefTy):
            static_str = (f"`{name}` is a `&str` ({size} bytes at \0A: a pointer and a length) "
                          "pointing into the program's read-only static memory, where the "
                          "string literal's bytes live for the whole run. Nothing is "
                          "allocated on the heap.")
            sentence = (f"`{name}` is a reference ({size} bytes at \0A): it holds the "
                        "address \0S and borrows what is there; it owns nothing.")
        else:
            sentence = f"`{name}` is stored in {where}: {size} bytes at \0A holding \0S ({ty})."
        if scope:
            # The bytes were set aside with the frame at the call; no push at the `{`.
            opened, closed = scope[-1]
            sentence += (f" The slot belongs to `\0F`'s frame from the call on (no push at "
                         f"the `{{`); `{name}` is live only inside the block (lines "
                         f"{opened}–{closed}).")

        def run_let(env: Env) -> None:
            value = init(env) if init is not None else None
            state = SlotState.LIVE if init is not None else SlotState.UNINIT
            slot = self.rec.apply((ADD_SLOT, binding.name, ty, value, state, scope))
            env.slots[id(binding)] = slot
            if init is not None:
                self.claim(value, ty, binding.name)
            if moved_from is not None:
                self.mark_moved_to(env, binding.name)
            self.drop_temps(env)
            frame = self.memory.frames[env.frame]
            template = static_str if static_str is not None and isinstance(
                value, Slice) and value.base.region == STATIC else sentence
            # Written out only if the step is shown: a `let` in a loop costs no text.
            text = LetText(template, frame.function, frame.slots[slot].address, value, ty)
            allocated = _has_note(env, "alloc:")
            kind = (StepKind.ALLOC if allocated else StepKind.MOVE if moved_from
                    else StepKind.STATEMENT)
            self.step(stmt.span, kind, self.take_notes(env, text))

        return run_let

    def compile_expr_stmt(self, stmt: ast.ExprStmt) -> StmtCode:
        expr = stmt.expr
        code = self.compile_expr(expr)
        ty = self.c.type_of(expr)
        span = stmt.span
        # Everything that does not depend on the run is decided here, once.
        keeps_temp = T.needs_drop(ty) and not is_place(expr)
        if isinstance(expr, ast.BLOCK_LIKE):
            def run_block_stmt(env: Env) -> None:
                value = code(env)
                if keeps_temp:
                    env.temps.append((value, ty, None))
                self.drop_temps(env)
                if env.notes:
                    self.step(span, StepKind.STATEMENT, self.take_notes(env, ""))
                # otherwise a block's own statements were the steps

            return run_block_stmt
        keeps_temp = keeps_temp and not isinstance(expr, ast.Assign)
        prints = _prints(expr)
        plain_kind = StepKind.OUTPUT if prints else StepKind.STATEMENT
        effect = self.describe_effect(expr)

        def run_expr_stmt(env: Env) -> None:
            value = code(env)
            if keeps_temp:
                env.temps.append((value, ty, None))
            if env.temps:
                self.drop_temps(env)
            if not env.notes:
                self.step(span, plain_kind, effect)
                return
            self.step(span, kind_of_notes(env.notes, plain_kind),
                      self.take_notes(env, effect if prints else ""))

        return run_expr_stmt

    def describe_effect(self, expr: ast.Expr) -> Explanation:
        """What a statement did, when nothing more specific was noted while it ran."""
        if _prints(expr):
            return LastOutput(expr.name, "stderr" if expr.name.startswith("e") else "stdout")
        if isinstance(expr, ast.Assign):
            return ""
        text = describe_expr(self.source, expr.span)
        if isinstance(expr, ast.Call | ast.MethodCall):
            return f"`{text}` is done; its result is not used."
        return f"`{text}` runs."


def _prints(expr: ast.Expr) -> TypeGuard[ast.MacroCall]:
    return isinstance(expr, ast.MacroCall) and expr.name in (
        "println", "print", "eprintln", "eprint")


def kind_of_notes(notes: list[str | Lazy], plain: StepKind) -> StepKind:
    """An allocation or a drop noted during a statement makes it that kind of step."""
    kind = plain
    for note in notes:
        if isinstance(note, str):
            if note.startswith("alloc:"):
                return StepKind.ALLOC
            if note.startswith("drop:"):
                kind = StepKind.DROP
    return kind


def _has_note(env: Env, prefix: str) -> bool:
    return any(isinstance(note, str) and note.startswith(prefix) for note in env.notes)

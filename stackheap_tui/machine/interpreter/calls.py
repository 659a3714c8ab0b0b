"""Calls: function and method calls, their receivers, std calls and macros, and closures."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.messages import place_type
from stackheap_tui.lang.borrowck.places import Proj
from stackheap_tui.lang.program import Capture
from stackheap_tui.machine import std
from stackheap_tui.machine.interpreter.control import ControlFlow
from stackheap_tui.machine.interpreter.env import Code, Env
from stackheap_tui.machine.interpreter.signals import Return, RustPanic
from stackheap_tui.machine.interpreter.statements import kind_of_notes
from stackheap_tui.machine.std.values import Held
from stackheap_tui.memory.records import StepKind, format_address
from stackheap_tui.memory.state import PUSH_FRAME
from stackheap_tui.memory.values import HEAP, DynRef, Ref

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter.core import Interpreter


class Calls(ControlFlow):
    """Compiling calls and closures."""

    def x_Call(self, e: ast.Call) -> Code:
        callee = self.c.callees[id(e)]
        args = [self.compile_expr(arg) for arg in e.args]
        if callee.kind == "fn":
            item = callee.item
            assert item is not None
            span = e.span

            arg_types = [self.c.type_of(arg) for arg in e.args]

            def call_user(env: Env) -> Any:
                values = self.evaluate_all(env, args, arg_types)
                self.mark_moved_to(env, f"{item.name}()")
                self.step_call_site(env, e)
                return self.call_function(item, values, span)

            return call_user
        if callee.kind in ("variant", "struct"):
            is_enum = callee.kind == "variant"
            index = callee.variant

            field_types = [self.c.type_of(arg) for arg in e.args]

            def construct(env: Env) -> Any:
                values = tuple(self.evaluate_all(env, args, field_types))
                return (index, *values) if is_enum else values

            return construct
        if callee.kind == "closure":
            closure = self.compile_expr(e.callee)

            consumed = id(e.callee) in self.c.moves  # an FnOnce: the call takes it

            line = e.span.line

            def call_closure(env: Env) -> Any:
                function = closure(env)
                while not isinstance(function, std.Closure):
                    if isinstance(function, DynRef):  # a `&dyn Fn(..)`: its data pointer
                        function = self.memory.read(function.data)
                    elif isinstance(function, Ref):  # called through a `&`
                        function = self.memory.read(function)
                    else:  # a `Box<dyn Fn(..)>`: its block holds the closure
                        function = self.memory.heap[function].value
                values = [code(env) for code in args]
                self.closure_call_line = line
                result = function.call(values)
                if consumed:  # what it still owns is dropped as the call ends
                    self.drop_closure(function, "the call that consumed the closure")
                return result

            return call_closure
        return std.compile_call(cast("Interpreter", self), e, callee, args)

    def step_call_site(self, env: Env, e: ast.Call | ast.MethodCall) -> None:
        """Before a call pushes a frame, pending notes (temporaries, reads) get their step."""
        if env.notes:
            self.step(e.span, kind_of_notes(env.notes, StepKind.STATEMENT),
                      self.take_notes(env, ""))

    def x_MethodCall(self, e: ast.MethodCall) -> Code:
        callee = self.c.callees[id(e)]
        args = [self.compile_expr(arg) for arg in e.args]
        if isinstance(callee.type_arg, T.DynTy):
            return self.dynamic_call(e, callee.type_arg, callee.derefs, args)
        receiver = self.compile_receiver(e, callee.self_mode, callee.derefs)
        if callee.kind == "fn":
            item = callee.item
            assert item is not None
            span = e.span

            def call_method(env: Env) -> Any:
                recv, _ = receiver(env)
                values = [recv, *(code(env) for code in args)]
                self.step_call_site(env, e)
                return self.call_function(item, values, span)

            return call_method
        return std.compile_method(cast("Interpreter", self), e, callee, receiver, args)

    def dynamic_call(self, e: ast.MethodCall, dyn: T.DynTy, derefs: int,
                     args: list[Code]) -> Code:
        """`shape.area()` on a `&dyn Shape`: the fat pointer's vtable picks the function
        (its concrete type's impl), which gets the data pointer as `self`."""
        fat = self.compile_receiver(e, "ref", derefs - 1)  # the place holding the `&dyn`
        span = e.span
        method = e.method
        reasons: dict[int, str] = {}  # per vtable: the call step's first sentence

        def call_through_vtable(env: Env) -> Any:
            where, ty = fat(env)
            pointer = self.memory.read(where)
            if isinstance(ty, T.BoxTy):  # `Box<dyn Shape>`: its block's type picks
                block = self.memory.heap[pointer]
                vtable = self.vtables[(str(block.ty), dyn.trait)]
                data = Ref(HEAP, pointer, 0, (), pointer)
                held = f"Box<dyn {dyn.trait}>"
            else:
                vtable, data, held = pointer.vtable, pointer.data, f"&dyn {dyn.trait}"
            concrete, targets = self.vtable_targets[vtable]
            item = targets[method]
            values = [data, *(code(env) for code in args)]
            self.step_call_site(env, e)
            why = reasons.get(vtable)
            if why is None:
                why = reasons[vtable] = (
                    f"`{method}` is called through a `{held}`: its vtable (at "
                    f"{format_address(vtable)}) is `{concrete}`'s, whose `{method}` slot "
                    f"holds `<{concrete} as {dyn.trait}>::{method}`. ")
            return self.call_function(item, values, span, why=why)

        return call_through_vtable

    def compile_receiver(self, e: ast.MethodCall, mode: str,
                         derefs: int) -> Callable[[Env], tuple[Any, T.Ty]]:
        """The receiver after autoderef: a place for `&self`/`&mut self`, else the value."""
        recv_expr = e.receiver
        recv_ty = self.c.type_of(recv_expr)
        if mode in ("ref", "mut"):
            place = self.compile_place(recv_expr)

            def receiver_place(env: Env) -> tuple[Any, T.Ty]:
                where = place(env)
                ty = recv_ty
                for _ in range(derefs):
                    where, ty = self.deref_place(where, ty)
                return where, ty

            return receiver_place
        value = self.compile_expr(recv_expr)
        if derefs == 0:
            return lambda env: (value(env), recv_ty)
        place = self.compile_place(recv_expr)

        def receiver_value(env: Env) -> tuple[Any, T.Ty]:
            where = place(env)
            ty = recv_ty
            for _ in range(derefs):
                where, ty = self.deref_place(where, ty)
            return self.memory.read(where), ty

        return receiver_value

    def x_MacroCall(self, e: ast.MacroCall) -> Code:
        return std.compile_macro(cast("Interpreter", self), e)

    def x_Closure(self, e: ast.Closure) -> Code:
        copied = self.copy_captures(e) if e.is_move else frozenset()
        self.copied_captures.append(copied)
        scope, self.block_scope = self.block_scope, ()  # its body runs in a frame of its own
        try:
            body = self.compile_expr(e.body)
        finally:
            self.copied_captures.pop()
            self.block_scope = scope
        matchers = [self.compile_pattern(p.pattern) for p in e.params]

        end = e.body.close_span if isinstance(e.body, ast.Block) else e.body.span

        captures = self.c.captures.get(id(e), ())
        closure_ty = self.c.type_of(e)
        ret_ty = closure_ty.ret if isinstance(closure_ty, T.FnTy) else None

        def make_closure(env: Env) -> Any:
            held = self.hold_captures(env, captures)
            slots = self.memory.frames[env.frame].slots
            own = {key: (env.capture_frames[-1][key] if env.capture_frames and key in
                         env.capture_frames[-1] else slots[env.slots[key]].value)
                   for key in copied}

            def call(args: list[Any]) -> Any:
                if copied:
                    env.capture_frames.append(own)
                try:
                    if self.envs and self.envs[-1] is not env:
                        return in_own_frame(args)  # called by another function
                    return run(args, env)
                finally:
                    if copied:
                        env.capture_frames.pop()

            def in_own_frame(args: list[Any]) -> Any:
                """rustc's `main::{{closure}}`: a frame of its own on top of the caller's,
                its parameters there, its captures read where its creator keeps them."""
                name = f"{env.function}::{{{{closure}}}}"
                frame = self.rec.apply((PUSH_FRAME, name, self.closure_call_line))
                own_env = Env(frame, function=name, capture_frames=env.capture_frames,
                              outer=env)
                self.envs.append(own_env)

                def announce() -> None:
                    self.step(e.span, StepKind.CALL, f"Calls the closure `{name}`: a new "
                              "stack frame is pushed on top of the caller's, with its "
                              "parameters; what it captured stays where it is, reached "
                              "through the closure's captures.")

                result = run(args, own_env, announce)
                self.pop_frame(own_env, end, "returns", result, ret_ty)
                return result

            def run(args: list[Any], env: Env, announce: Callable[[], None] | None = None,
                    ) -> Any:
                before = len(env.slots)
                for matcher, arg in zip(matchers, args, strict=True):
                    bound = matcher(env, arg, None)
                    assert bound is not None
                    for binding, value in bound:
                        self.add_binding(env, binding, value)
                if announce is not None:
                    announce()
                # The body's statements drop their own temporaries, not those of the
                # statement that called the closure (a lazy adaptor calls it mid-way).
                outer_temps, env.temps = env.temps, []
                finished = panicked = False
                try:
                    try:
                        result = body(env)
                    except Return as r:
                        result = r.value
                    finished = True
                    return result
                except RustPanic:
                    panicked = True  # its locals stay for the unwinding to drop
                    raise
                finally:
                    # The closure's own temporaries die with its body, before its slots go.
                    try:
                        self.drop_temps_since(env, 0)
                    finally:
                        env.temps = outer_temps
                    mine = self.new_slots(env, before) if not panicked else []
                    if mine:
                        if finished:  # parameters taken by value are dropped as it returns
                            self.drop_scope(env, mine, end)
                        self.pop_slots(env, mine)

            def run_on(other: Env) -> Any:
                if copied:
                    other.capture_frames.append(own)
                try:
                    return body(other)
                except Return as r:
                    return r.value

            return std.Closure(call, held, env, run_on=run_on)

        return make_closure

    def hold_captures(self, env: Env, captures: tuple[Capture, ...]) -> tuple[Held, ...]:
        """What a new closure holds: a reference to each place it borrows, a copy of each
        Copy value it moves in, and each other value it moves in (the source becomes
        moved; the value is the closure's to drop)."""
        held: list[Held] = []
        for cap in captures:
            found = self.capture_place(env, cap)
            if found is None:
                continue
            place, ty = found
            if not cap.by_value:
                held.append(Held(cap.text, place, None, T.RefTy(ty, cap.mutable), False))
            elif T.is_copy(ty):
                held.append(Held(cap.text, None, self.memory.read(place), ty, False,
                                 cap.key if not cap.path else 0))
            else:
                self.mark_place_moved(place)
                env.closure_owned.add((place.slot, place.path))
                held.append(Held(cap.text, place, None, ty, True))
        return tuple(held)

    def capture_place(self, env: Env, cap: Capture) -> tuple[Ref, T.Ty] | None:
        """Where a captured place is now (through the references it goes through)."""
        slot_index = env.slots.get(cap.key)
        if slot_index is None:
            return None
        place: Any = self.slot_ref(env, slot_index)
        ty = self.memory.frames[env.frame].slots[slot_index].ty
        for step, index in cap.path:
            if step == "deref":
                place, ty = self.deref_place_value(self.memory.read(place), ty)
                if not isinstance(place, Ref):
                    return None
                continue
            offsets = L.field_offsets(ty) if isinstance(ty, T.TupleTy) else (
                L.variant_offsets(ty, 0) if isinstance(ty, T.AdtTy) else ())
            inner = place_type(ty, (Proj("field", index),))
            if inner is None or index >= len(offsets):
                return None
            place, ty = place.child(index, place.address + offsets[index]), inner
        return place, ty

    def copy_captures(self, e: ast.Closure) -> frozenset[int]:
        """The Copy variables a `move` closure copies in: bindings its body names that
        are declared outside it."""
        inner: set[int] = set()
        named: dict[int, T.Ty] = {}
        stack: list[Any] = [e]
        while stack:
            node = stack.pop()
            binding = self.c.bindings.get(id(node))
            if binding is not None:
                if isinstance(node, ast.IdentPattern):
                    inner.add(id(binding))
                elif isinstance(node, ast.Path):
                    named[id(binding)] = binding.ty
            stack.extend(ast.children(node))
        return frozenset(key for key, ty in named.items()
                         if key not in inner and T.is_copy(ty) and not isinstance(ty, T.RefTy))

"""Operators: unary and binary operators, `as` casts and assignments (`=`, `+=`, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.machine import arith, convert, std
from stackheap_tui.machine.interpreter.env import Code, Env
from stackheap_tui.machine.interpreter.expressions import Expressions
from stackheap_tui.machine.interpreter.places import is_place
from stackheap_tui.machine.interpreter.state import describe_expr
from stackheap_tui.machine.std import raw
from stackheap_tui.memory.explain import Assigned, LazyText, ShownValue
from stackheap_tui.memory.records import SlotState, format_address
from stackheap_tui.memory.render import render_value
from stackheap_tui.memory.state import SET_STATE, SET_VALUE
from stackheap_tui.memory.values import HEAP, STACK, Ref

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter.core import Interpreter


class Operators(Expressions):
    """Compiling operators, casts and assignments."""

    def x_Unary(self, e: ast.Unary) -> Code:
        ty = self.c.type_of(e)
        if e.op in ("&", "&mut"):
            return self.compile_borrow(e)
        if e.op in ("&raw const", "&raw mut"):
            place = self.compile_place(e.operand)
            size = raw.pointee_size(ty)
            make = raw.from_element if isinstance(e.operand, ast.Index) else raw.from_place
            interp = cast("Interpreter", self)
            return lambda env: make(interp, place(env), size)
        negated = self.c.callees.get(id(e))
        if negated is not None:  # `impl Neg for Point`: `-p` is `Neg::neg(p)`
            return self.call_operator(e, negated.item, [self.compile_expr(e.operand)])
        if e.op == "*":
            place = self.compile_place(e)
            moves = id(e) in self.c.moves
            operand_ty = self.c.type_of(e.operand)
            # (through the program's `Deref` the place is what its `deref` returns)
            operand_is_place = is_place(e.operand) or str(operand_ty) in self.c.deref_fns
            operand_code = self.compile_expr(e.operand) if not operand_is_place else None
            # `*b` with `b` a local Box moves the value out of it (see below).
            box_moved_from = self.compile_place(e.operand) if (
                moves and isinstance(operand_ty, T.BoxTy) and operand_is_place) else None

            def deref(env: Env) -> Any:
                if operand_code is not None:
                    pointer = operand_code(env)
                    where, _ = self.deref_place_value(pointer, operand_ty)
                    if isinstance(operand_ty, T.BoxTy) and not T.is_copy(operand_ty.inner):
                        # `*make_box()` moves the contents out of a temporary Box: at the
                        # `;` only its block is freed (the contents now have an owner).
                        box_place = self.temp_slot(env, pointer, operand_ty)
                        self.mark_place_moved(box_place.child(-1, where.address))
                    elif T.needs_drop(operand_ty):
                        env.temps.append((pointer, operand_ty, None))
                else:
                    where = place(env)
                value = self.memory.read(where)
                if box_moved_from is not None:
                    # `*b` moves the value out of the Box: the block itself is freed when
                    # `b` is dropped, without dropping the moved-out value again.
                    box_place = box_moved_from(env)
                    if isinstance(box_place, Ref) and box_place.region == STACK:
                        self.mark_place_moved(box_place.child(-1, where.address))
                if isinstance(where, Ref) and where.region == HEAP:
                    env.notes.append(f"read:`{describe_expr(self.source, e.span)}` follows the "
                                     f"pointer to {format_address(where.address)} and reads "
                                     f"{render_value(value, ty, self.memory)}.")
                return value

            return deref
        operand = self.compile_expr(e.operand)
        operand_ty = self.c.type_of(e.operand)
        by_ref = isinstance(operand_ty, T.RefTy)
        memory = self.memory

        def value_of(env: Env) -> Any:
            v = operand(env)
            return memory.read(v) if by_ref else v

        if e.op == "-":
            if isinstance(ty, T.IntTy) and isinstance(e.operand, ast.IntLit):
                # `-128i8` is one literal, i8::MIN; negating the 128 would overflow.
                constant = arith.wrap(-e.operand.value, ty)
                return lambda env: constant
            if isinstance(ty, T.IntTy):
                span = e.span

                def negate(env: Env) -> int:
                    try:
                        return arith.int_negate(value_of(env), ty)
                    except arith.ArithmeticPanic as p:
                        raise self.panic_at(span, str(p)) from None

                return negate
            return lambda env: -value_of(env)
        if isinstance(ty, T.BoolTy):
            return lambda env: not value_of(env)
        assert isinstance(ty, T.IntTy)
        return lambda env: arith.int_not(value_of(env), ty)

    def call_operator(self, e: ast.Expr, item: ast.FnItem | None, operands: list[Code]) -> Code:
        """An operator the program's impl overloads: a call of its method, the operands
        moved (or copied) in as its arguments."""
        assert item is not None
        span = e.span

        def call(env: Env) -> Any:
            values = [code(env) for code in operands]
            return self.call_function(item, values, span)

        return call

    def x_Binary(self, e: ast.Binary) -> Code:
        left = self.compile_expr(e.left)
        right = self.compile_expr(e.right)
        op = e.op
        if op == "&&":
            return lambda env: left(env) and right(env)
        if op == "||":
            return lambda env: left(env) or right(env)
        overloaded = self.c.callees.get(id(e))
        if overloaded is not None:  # `impl Add for Point`: `a + b` is `Add::add(a, b)`
            return self.call_operator(e, overloaded.item, [left, right])
        left_ty = self.c.type_of(e.left)
        right_ty = self.c.type_of(e.right)
        memory = self.memory
        if op in ("==", "!=", "<", ">", "<=", ">="):
            test = arith.COMPARISONS[op]
            if isinstance(left_ty, T.IntTy | T.BoolTy | T.CharTy) and isinstance(
                    right_ty, T.IntTy | T.BoolTy | T.CharTy):
                return lambda env: test(left(env), right(env))  # values compare as they are

            def compare(env: Env) -> bool:
                a = convert.key_of(memory, left(env), left_ty)
                b = convert.key_of(memory, right(env), right_ty)
                return arith.compare(op, a, b)

            return compare
        ty = self.c.type_of(e)
        if T.is_string(ty):
            return self.compile_string_add(e, left, right)
        left_ref = isinstance(left_ty, T.RefTy)
        right_ref = isinstance(right_ty, T.RefTy)
        if isinstance(ty, T.BoolTy):
            table = {"&": lambda a, b: a and b, "|": lambda a, b: a or b,
                     "^": lambda a, b: a != b}
            combine = table[op]
            return lambda env: combine(left(env), right(env))
        span = e.span
        if isinstance(ty, T.FloatTy):
            bits = ty.bits

            def float_binary(env: Env) -> float:
                a = left(env)
                b = right(env)
                a = memory.read(a) if left_ref else a
                b = memory.read(b) if right_ref else b
                return std.float_op(op, a, b, bits)

            return float_binary
        assert isinstance(ty, T.IntTy), ty

        operate = arith.int_operator(op, ty)
        if not left_ref and not right_ref:
            def int_values(env: Env) -> int:
                try:
                    return operate(left(env), right(env))
                except arith.ArithmeticPanic as p:
                    raise self.panic_at(span, str(p)) from None

            return int_values

        def binary(env: Env) -> int:
            a = left(env)
            b = right(env)
            a = memory.read(a) if left_ref else a
            b = memory.read(b) if right_ref else b
            try:
                return operate(a, b)
            except arith.ArithmeticPanic as p:
                raise self.panic_at(span, str(p)) from None

        return binary

    def compile_string_add(self, e: ast.Binary, left: Code, right: Code) -> Code:
        right_ty = self.c.type_of(e.right)

        def string_add(env: Env) -> Any:
            header = left(env)
            text = convert.bytes_of(self.memory, right(env), right_ty)
            result = self.heap.string_push_bytes(header, text, "+")
            env.notes.append(f"alloc:`+` appends {len(text)} bytes to the left String's "
                             "buffer (growing it if needed) and moves the String on: no new "
                             "String is made for the left side.")
            return result

        return string_add

    def x_Assign(self, e: ast.Assign) -> Code:
        value_code = self.compile_expr(e.value)
        target = e.target
        if isinstance(target, ast.Path) and target.segments == ("_",):
            discarded = self.c.type_of(e.value)
            if is_place(e.value):
                # `_ = b;` neither moves nor drops `b`; the place is still worked out
                # (`_ = v[9];` checks the index).
                place_only = self.compile_place(e.value)
                return lambda env: place_only(env) and None

            def discard(env: Env) -> None:
                env.temps.append((value_code(env), discarded, None))  # dropped at the `;`

            return discard
        overloaded = self.c.callees.get(id(e))
        if overloaded is not None and overloaded.item is not None:
            # `p += q` with `impl AddAssign for Point`: `AddAssign::add_assign(&mut p, q)`,
            # the left operand's place worked out first, as rustc orders an overloaded one
            method, place_of, span = overloaded.item, self.compile_place(target), e.span

            def assign_through_impl(env: Env) -> None:
                place = place_of(env)
                self.call_function(method, [place, value_code(env)], span)

            return assign_through_impl
        ty = self.c.type_of(target)
        value_ty = self.c.type_of(e.value)
        op = e.op[:-1] if e.op != "=" else None
        span = e.span
        place_code = self.compile_place(target)
        target_text = describe_expr(self.source, target.span)
        value_is_ref = isinstance(value_ty, T.RefTy) and not isinstance(ty, T.RefTy)
        drops = T.needs_drop(ty)
        now = f"`{target_text}` is now "
        operate = arith.int_operator(op, ty) if op and isinstance(ty, T.IntTy) else None

        def combine(old: Any, new: Any) -> Any:
            if op is None:
                return new
            if value_is_ref and not T.is_string(ty):
                new = self.memory.read(new)
            if isinstance(ty, T.BoolTy):
                return {"&": old and new, "|": old or new, "^": old != new}[op]
            if isinstance(ty, T.FloatTy):
                return std.float_op(op, old, new, ty.bits)
            if T.is_string(ty):
                return self.heap.string_push_bytes(
                    old, convert.bytes_of(self.memory, new, value_ty), "+=")
            try:
                return operate(old, new)  # type: ignore[misc]
            except arith.ArithmeticPanic as p:
                raise self.panic_at(span, str(p)) from None

        captured = self.c.bindings.get(id(target)) if isinstance(target, ast.Path) else None
        if captured is not None and self.copied_captures and (
                id(captured) in self.copied_captures[-1]):
            key = id(captured)

            def assign_own_copy(env: Env) -> None:
                """`n += 1` inside a `move` closure changes its copy, not the outer `n`."""
                own = env.capture_frames[-1]
                new = value_code(env)
                own[key] = combine(own[key], new)

            return assign_own_copy

        def assign(env: Env) -> None:
            new = value_code(env)
            place = place_code(env)
            was_live = True
            slot = None
            if isinstance(place, Ref) and place.region == STACK and not place.path:
                slot = self.memory.frames[place.root].slots[place.slot]
                was_live = slot.state is SlotState.LIVE
            # `s.g = …` after `s.g` was moved out: the field holds nothing to drop, and is
            # whole again afterwards.
            refilled = (isinstance(place, Ref) and place.region == STACK and place.path
                        and place.root == env.frame and any(
                            place.path[:len(path)] == path
                            for path in env.moved_paths.get(place.slot, ())))
            old = self.memory.read(place) if was_live else None
            result = combine(old, new)
            dropped = ""
            if op is None and was_live and not refilled and old is not None and drops:
                # Rust drops the old value in place first (its Drop sees it), then writes.
                skip = env.moved_paths.get(place.slot) if slot is not None else None
                freed = self.drop_value(old, ty, f"overwriting `{target_text}`",
                                        place if isinstance(place, Ref) else None, skip)
                dropped = (f"; its old value was dropped first and "
                           f"{self.describe_frees(freed)}")
            self.write_place(place, result)
            if refilled:
                paths = env.moved_paths[place.slot]
                paths.discard(place.path)
                if not paths:
                    del env.moved_paths[place.slot]
                    self.rec.apply((SET_STATE, place.root, place.slot, SlotState.LIVE, ""))
            if (slot is not None and slot.state is not SlotState.LIVE) or (
                    slot is not None and place.slot in env.moved_paths):
                self.rec.apply((SET_STATE, place.root, place.slot, SlotState.LIVE, ""))
                env.moved_paths.pop(place.slot, None)
            if drops:
                self.claim(result, ty, target_text)
                env.notes.append(LazyText((now, ShownValue(result, ty), dropped, ".")))
            else:
                # Rendered only if the step is shown: a loop's `i += 1` costs no text.
                env.notes.append(Assigned(now, result, old if was_live else None, ty))
            return None

        binding = self.c.bindings.get(id(target)) if isinstance(target, ast.Path) else None
        if binding is None or drops:
            return assign
        key = id(binding)
        live = SlotState.LIVE

        def assign_local(env: Env) -> None:
            """`x = v` / `x += v` on a local that owns no heap memory: the common case."""
            new = value_code(env)
            # (a capture assigned from a closure's own frame: its creator's slot)
            owner = env if key in env.slots else env.owner_of(key)
            frame = owner.frame
            index = owner.slots[key]
            slot = self.memory.frames[frame].slots[index]
            was_live = slot.state is live
            old = slot.value if was_live else None
            result = combine(old, new) if op is not None else new
            self.rec.apply((SET_VALUE, frame, index, result))
            if not was_live or index in owner.moved_paths:
                self.rec.apply((SET_STATE, frame, index, live, ""))
                owner.moved_paths.pop(index, None)
            env.notes.append(Assigned(now, result, old, ty))

        return assign_local

    def x_Cast(self, e: ast.Cast) -> Code:
        code = self.compile_expr(e.expr)
        source = self.c.type_of(e.expr)
        target = self.c.type_of(e)
        if T.is_raw_ptr(target):  # `&x as *const i32`, `p as *const i32`
            return self.raw_pointer_of(code, source, target)
        return lambda env: std.cast(code(env), source, target)


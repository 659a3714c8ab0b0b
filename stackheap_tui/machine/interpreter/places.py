"""Places: where a place expression's value lives (a `Ref` or a `Slice`), derefs, writes
and borrows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.deref_impls import deref_target
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import convert, std, ub
from stackheap_tui.machine.allocation import NotSupportedAtRun
from stackheap_tui.machine.interpreter.env import Code, Env, PlaceCode
from stackheap_tui.machine.interpreter.frames import Frames
from stackheap_tui.machine.std import raw
from stackheap_tui.memory.ranges import index_range, slice_range_error
from stackheap_tui.memory.state import HEAP_SET, SET_VALUE
from stackheap_tui.memory.values import HEAP, STACK, DynRef, Ref, Slice, replace_in

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter.core import Interpreter


def is_place(e: ast.Expr) -> bool:
    """A place expression names existing memory; anything else makes a temporary."""
    if isinstance(e, ast.Path):
        return True
    if isinstance(e, ast.Unary) and e.op == "*":
        return True
    return (isinstance(e, ast.Field | ast.Index) and is_place(e.base)) or (isinstance(
        e, ast.Field | ast.Index) and isinstance(e.base, ast.Unary | ast.MethodCall | ast.Call))


class Places(Frames):
    """Compiling place expressions; following pointers; writing places."""

    def compile_place(self, e: ast.Expr, extended: bool = False) -> PlaceCode:
        """Code that finds where a place expression's value lives (a `Ref` or `Slice`).

        A value with no place of its own (`"abc"[1..]`'s literal, `make().field`'s
        struct) is put in a temporary; an `extended` one (under `let r = &…;`) lives
        to the end of the block, as Rust extends it.
        """
        if isinstance(e, ast.Path):
            binding = self.c.bindings.get(id(e))
            value_of = self.c.paths.get(id(e))
            if binding is None and value_of is not None and value_of.const is not None and (
                    value_of.const.mutable):  # a `static mut`: its block in the data region
                name = value_of.const.name
                return lambda env: self.static_places[name]
            if binding is None:
                code = self.compile_expr(e)
                ty = self.c.type_of(e)

                def const_place(env: Env) -> Ref:
                    return self.temp_slot(env, code(env), ty)

                return const_place
            key = id(binding)

            def slot_place(env: Env) -> Ref:
                index = env.slots.get(key)
                if index is None:  # a capture, read from a closure's own frame
                    owner = env.owner_of(key)
                    return self.slot_ref(owner, owner.slots[key])
                return self.slot_ref(env, index)

            if self.what_if:
                def revived_place(env: Env) -> Ref:
                    self.revive_moved(env, env.slots[key])
                    return self.slot_ref(env, env.slots[key])

                return revived_place
            return slot_place
        if isinstance(e, ast.Unary) and e.op == "*":
            operand_ty = self.c.type_of(e.operand)
            user = self.c.deref_fns.get(str(operand_ty)) if isinstance(
                operand_ty, T.AdtTy) else None
            if user is not None:  # `*y`: `*Deref::deref(&y)`, the program's `deref`
                return self.user_deref_place(e.operand, operand_ty, user, e.span)
            operand = self.compile_expr(e.operand)
            # `*cell.borrow_mut() += 1`: the guard is a temporary that lives to the `;`.
            temporary = not is_place(e.operand) and T.needs_drop(operand_ty)

            def deref_place(env: Env) -> Any:
                pointer = operand(env)
                if temporary:
                    env.temps.append((pointer, operand_ty, None))
                place, _ = self.deref_place_value(pointer, operand_ty)
                return place

            if T.is_raw_ptr(operand_ty):
                return ub.at_span(deref_place, e.span)
            return deref_place
        if isinstance(e, ast.Field):
            return self.compile_field_place(e, extended)
        if isinstance(e, ast.Index):
            return self.compile_index_place(e, extended)
        # A value expression used as a place: it lives in a temporary.
        code = self.compile_expr(e)
        ty = self.c.type_of(e)
        key = id(e)

        def temporary_place(env: Env) -> Ref:
            if extended:
                return self.extended_slot(env, key, code(env), ty)
            return self.temp_slot(env, code(env), ty)

        return temporary_place

    def deref_place_value(self, pointer: Any, ty: T.Ty) -> tuple[Any, T.Ty]:
        """Where a pointer value (reference, Box, Rc, guard) leads, and the type there."""
        if isinstance(ty, T.RefTy):
            if isinstance(pointer, DynRef):
                return pointer.data, ty.inner
            return pointer, ty.inner
        if isinstance(ty, T.BoxTy):
            return Ref(HEAP, pointer, 0, (), pointer), ty.inner
        if T.is_raw_ptr(ty):
            assert isinstance(ty, T.AdtTy)
            return raw.target(cast("Interpreter", self), pointer), ty.args[0]
        if isinstance(ty, T.AdtTy) and ty.name in ("Rc", "Arc"):
            return Ref(HEAP, pointer, 0, (2,), pointer + 16), ty.args[0]
        if isinstance(ty, T.AdtTy) and ty.name in ("Ref", "RefMut"):
            return pointer.child(1, pointer.address + 8), ty.args[0]
        if isinstance(ty, T.AdtTy) and ty.name in ("RwLockReadGuard", "RwLockWriteGuard"):
            offset = L.field_offsets(T.TupleTy(L.RWLOCK_FIELDS(ty.args[0])))[3]
            return pointer.child(3, pointer.address + offset), ty.args[0]
        if isinstance(ty, T.AdtTy) and ty.name == "MutexGuard":  # the Mutex's value
            offset = L.field_offsets(T.TupleTy((T.IntTy("u32"), T.BOOL, ty.args[0])))[2]
            return pointer.child(2, pointer.address + offset), ty.args[0]
        raise TypeError(f"cannot dereference {ty}")

    def user_deref_place(self, operand: ast.Expr, ty: T.Ty, deref: ast.FnItem,
                         span: Span) -> PlaceCode:
        """`*y` with `y: MyBox<i32>`: `deref(&y)` runs (its own frame) and the `&i32` it
        returns is the place (a temporary operand gets a slot to be borrowed from)."""
        inner = self.compile_place(operand) if is_place(operand) else None
        value = self.compile_expr(operand) if inner is None else None

        def through_deref(env: Env) -> Any:
            if inner is not None:
                where = inner(env)
            else:
                assert value is not None
                where = self.temp_slot(env, value(env), ty)
            return self.call_function(deref, [where], span)

        return through_deref

    def deref_place(self, place: Any, ty: T.Ty) -> tuple[Any, T.Ty]:
        """One autoderef step from a place of type `ty` (method calls, fields, coercions)."""
        if isinstance(ty, T.AdtTy) and ty.name == "ManuallyDrop":
            return place, ty.args[0]  # the same bytes: a `ManuallyDrop<T>` is its `T`
        user = self.c.deref_fns.get(str(ty)) if isinstance(ty, T.AdtTy) else None
        if user is not None:  # the program's `impl Deref`: a call of its `deref`
            target = deref_target(ty)
            assert target is not None
            return self.call_function(user, [place], self.current_span), target
        if isinstance(ty, T.RefTy | T.BoxTy) or (
                isinstance(ty, T.AdtTy) and ty.name in T.DEREF_TO_ARG):
            return self.deref_place_value(self.memory.read(place), ty)
        if isinstance(ty, T.AdtTy) and ty.name in ("String", "Vec"):
            header = self.memory.read(place)
            base = convert.buffer_ref(header)
            if ty.name == "String":
                return Slice(base, 0, header[2], base.address, 1), T.STR
            size = L.size_of(ty.args[0])
            return Slice(base, 0, header[2], base.address, size), T.SliceTy(ty.args[0])
        if isinstance(ty, T.ArrayTy):
            return Slice(place, 0, ty.length, place.address, L.size_of(ty.element)), T.SliceTy(
                ty.element)
        raise TypeError(f"cannot dereference {ty}")

    def compile_field_place(self, e: ast.Field, extended: bool = False) -> PlaceCode:
        base = self.compile_place(e.base, extended)
        base_ty = self.c.type_of(e.base)
        derefs, index = self.c.fields[id(e)]

        def field_place(env: Env) -> Ref:
            place = base(env)
            ty = base_ty
            for _ in range(derefs):
                place, ty = self.deref_place(place, ty)
            offsets = L.field_offsets(ty)
            offset = offsets[index] if offsets else 0
            return place.child(index, place.address + offset)

        return field_place

    def compile_index_place(self, e: ast.Index, extended: bool = False) -> PlaceCode:
        base = self.compile_place(e.base, extended)
        index = self.compile_expr(e.index)
        base_ty = self.c.type_of(e.base)
        index_ty = self.c.type_of(e.index)
        derefs, _ = self.c.fields[id(e)]
        bracket = e.bracket_span
        start_span = e.base.span
        range_ty = index_ty if isinstance(index_ty, T.AdtTy) and index_ty.name.startswith(
            "Range") else None

        def index_place(env: Env) -> Any:
            place = base(env)
            ty = base_ty
            for _ in range(derefs):
                place, ty = self.deref_place(place, ty)
            position = index(env)
            if isinstance(ty, T.AdtTy) and ty.name == "BTreeMap":
                return std.btree.index(cast("Interpreter", self), place, ty, position, index_ty,
                                       bracket)
            if isinstance(ty, T.AdtTy) and ty.name == "HashMap":
                return std.maps.index(cast("Interpreter", self), place, ty, position, index_ty,
                                      bracket)
            # Built-in indexing (an array or a slice, through references) panics at the
            # whole expression; `Vec`'s `Index` impl at its call, from the bracket on.
            builtin = isinstance(ty, T.ArrayTy | T.SliceTy)
            if not isinstance(place, Slice):
                place, ty = self.deref_place(place, ty)
            assert isinstance(place, Slice)
            if range_ty is not None:
                return self.slice_range(place, ty, position, range_ty, bracket)
            if position >= place.length:
                span = start_span if builtin else bracket
                raise self.panic_at(span, f"index out of bounds: the len is {place.length} but "
                                    f"the index is {position}")
            return place.element(position)

        return index_place

    def slice_range(self, place: Slice, ty: T.Ty, bounds: Any, range_ty: T.AdtTy,
                    span: Span) -> Slice:
        selected = index_range(range_ty.name, bounds, place.length)
        if isinstance(ty, T.StrTy):
            data = bytes(self.memory.read(place))
            std.check_str_slice(cast("Interpreter", self), data, selected, span)
        else:
            problem = slice_range_error(selected, place.length)
            if problem is not None:  # indexing is `#[track_caller]`: the caller's line
                raise self.panic_at(span, problem[1])
        return place.sub(selected.start, selected.end)

    def deref_to(self, place: Any, ty: T.Ty, target: T.Ty) -> Any:
        """Follow a reference value's deref chain until it points at a `target`."""
        steps = 0
        while steps < 8 and not _same_kind(ty, target):
            place, ty = self.deref_place(place, ty)
            steps += 1
        return place

    def write_place(self, place: Any, value: Any) -> None:
        """Store a value at a place: the root value is rebuilt (values are immutable)."""
        if isinstance(place, Slice):
            raise TypeError("cannot assign to a whole slice")
        root = self.memory.root_value(place)
        try:
            new_root = replace_in(root, place.path, value)
        except IndexError:  # through a raw pointer, past a Vec's length
            raise NotSupportedAtRun("writing past a Vec's length through a raw pointer",
                                    self.current_span) from None
        if place.region == STACK:
            self.rec.apply((SET_VALUE, place.root, place.slot, new_root))
        elif place.region == HEAP:
            self.rec.apply((HEAP_SET, place.root, new_root))
        else:
            raise TypeError("static memory is read-only")

    def compile_borrow(self, e: ast.Unary, extended: bool = False) -> Code:
        """`&place` points at the place; `&value` first puts the value in a temporary.

        An `extended` temporary (`let r = &make();`) lives until the end of the block,
        like a variable, instead of dying at the `;`.
        """
        extended = extended or id(e) in self.extending
        operand = e.operand
        operand_ty = self.c.type_of(operand)
        if is_place(operand) or isinstance(operand, ast.Field | ast.Index):
            # `&temp.field` and `&temp[1..]` borrow into the temporary, which lives as
            # long as a temporary borrowed whole would (`&"abc"[1..]` is unsized: it can
            # only be a place inside its base).
            return self.compile_place(operand, extended)
        code = self.compile_expr(operand)
        key = id(e)

        def borrow_temporary(env: Env) -> Any:
            value = code(env)
            if not extended:
                return self.temp_slot(env, value, operand_ty)
            return self.extended_slot(env, key, value, operand_ty)

        return borrow_temporary


def _same_kind(ty: T.Ty, target: T.Ty) -> bool:
    if type(ty) is not type(target):
        return False
    if isinstance(ty, T.AdtTy) and isinstance(target, T.AdtTy):
        return ty.name == target.name
    return True

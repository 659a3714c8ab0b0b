"""Expressions: the dispatch to each node's compiler, literals, paths, fields, indexing,
tuples, arrays, ranges and struct literals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.program import Binding, CheckedProgram
from stackheap_tui.machine import arith, convert, std
from stackheap_tui.machine.interpreter.env import Code, Env
from stackheap_tui.machine.interpreter.patterns import Patterns
from stackheap_tui.machine.interpreter.places import is_place
from stackheap_tui.machine.interpreter.signals import Break, Continue, Return, RustPanic
from stackheap_tui.machine.interpreter.state import describe_expr, name_list
from stackheap_tui.machine.std import raw
from stackheap_tui.memory.records import SlotState, Vtable
from stackheap_tui.memory.state import SET_STATE
from stackheap_tui.memory.values import STACK, STATIC, DynRef, Ref, Slice

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter.core import Interpreter


class Expressions(Patterns):
    """Compiling expressions into closures (`Code = env -> value`)."""

    def compile_expr(self, e: ast.Expr) -> Code:
        method = getattr(self, "x_" + type(e).__name__)
        code: Code = method(e)
        return self.with_coercion(e, code)

    def with_coercion(self, e: ast.Expr, code: Code) -> Code:
        """Apply the deref/unsize coercion the checker chose here (`&String` -> `&str`)."""
        coerced = self.c.coercions.get(id(e))
        if isinstance(coerced, T.DynTy):  # `&Circle` -> `&dyn Shape`: the fat pointer
            source = self.c.type_of(e)
            assert isinstance(source, T.RefTy | T.BoxTy)
            vtable = self.vtable_address(source.inner, coerced.trait)
            if isinstance(source, T.BoxTy):
                # A `Box<dyn Shape>` is held as its block's address; the block's type
                # (`Circle`) finds the vtable, as its pointer's second word would.
                return code

            def unsize(env: Env) -> Any:
                return DynRef(code(env), vtable)

            return unsize
        if coerced is not None and T.is_raw_ptr(coerced):  # `let p: *const i32 = &x;`
            return self.raw_pointer_of(code, self.c.type_of(e), coerced)
        if coerced is not None:
            source_ty = self.c.type_of(e)
            inner = source_ty.inner if isinstance(source_ty, T.RefTy) else source_ty
            target = coerced

            def coerce(env: Env) -> Any:
                value = code(env)
                return self.deref_to(value, inner, target)

            return coerce
        return code

    def raw_pointer_of(self, code: Code, source: T.Ty, target: T.Ty) -> Code:
        """A reference (or raw pointer) as a raw pointer: it reaches what it pointed at."""
        if T.is_raw_ptr(source):
            return code
        size = raw.pointee_size(target)
        interp = cast("Interpreter", self)
        return lambda env: raw.from_place(interp, code(env), size)

    def x_IntLit(self, e: ast.IntLit) -> Code:
        value = e.value
        ty = self.c.type_of(e)
        if isinstance(ty, T.FloatTy):
            as_float = float(value)
            return lambda env: as_float
        if isinstance(ty, T.IntTy) and not ty.min <= value <= ty.max:
            value = arith.wrap(value, ty)
        return lambda env: value

    def x_FloatLit(self, e: ast.FloatLit) -> Code:
        value = e.value
        ty = self.c.type_of(e)
        if isinstance(ty, T.FloatTy) and ty.bits == 32:
            value = std.to_f32(value)
        return lambda env: value

    def x_BoolLit(self, e: ast.BoolLit) -> Code:
        value = e.value
        return lambda env: value

    def x_CharLit(self, e: ast.CharLit) -> Code:
        value = e.value
        return lambda env: value

    def x_StrLit(self, e: ast.StrLit) -> Code:
        data = e.value.encode("utf-8")
        address = self.static_address(e.value)
        base = Ref(STATIC, address, 0, (), address)
        value = Slice(base, 0, len(data), address, 1)
        return lambda env: value

    def static_address(self, text: str) -> int:
        address = self.statics.get(text)
        if address is None:
            address = self.static_top
            data = text.encode("utf-8")
            self.memory.statics[address] = data
            self.statics[text] = address
            self.static_top += max(1, len(data))
        return address

    def vtable_address(self, concrete: T.Ty, trait: str) -> int:
        """The static address of `concrete`'s vtable for `trait`, laid out (once) as rustc
        does: drop glue, size, align, then the trait's methods in declaration order."""
        closure = isinstance(concrete, T.FnTy)
        key = (Vtable.type_name_of(concrete), trait)
        address = self.vtables.get(key)
        if address is not None:
            return address
        size, align = L.layout(concrete)
        slots = () if closure else self.c.vtables[key]
        targets = dict(slots)
        methods = [f"<{concrete} as {trait}>::{name}" for name, _ in slots]
        if closure:  # `dyn Fn`'s supertraits' methods first: FnOnce, FnMut, then Fn's
            calls = {"Fn": 3, "FnMut": 2}.get(trait, 1)
            methods = [f"<{{closure}} as {t}>::{m}" for t, m in (
                ("FnOnce", "call_once"), ("FnMut", "call_mut"), ("Fn", "call"))[:calls]]
        drop = f"drop_in_place::<{Vtable.type_name_of(concrete)}>" if T.needs_drop(
            concrete) else "none"
        table = Vtable(Vtable.type_name_of(concrete), trait, drop, size, align,
                       tuple(methods))
        self.static_top = (self.static_top + 7) // 8 * 8
        address = self.static_top
        self.memory.statics[address] = table
        self.static_top += table.bytes
        self.vtables[key] = address
        self.vtable_targets[address] = (concrete, targets)
        return address

    def x_UnitLit(self, e: ast.UnitLit) -> Code:
        return lambda env: ()

    def x_Block(self, e: ast.Block) -> Code:
        return self.compile_block(e)

    def x_Path(self, e: ast.Path) -> Code:
        value_of = self.c.paths.get(id(e))
        if value_of is not None:
            return self.compile_path_value(e, value_of)
        binding = self.c.bindings[id(e)]
        key = id(binding)
        if self.copied_captures and key in self.copied_captures[-1]:
            return lambda env: env.capture_frames[-1][key]  # the closure's own copy
        moves = id(e) in self.c.moves
        memory = self.memory
        what_if = self.what_if

        def read(env: Env) -> Any:
            slot_index = env.slots.get(key)
            if slot_index is None:  # a capture, read from a closure's own frame
                env = env.owner_of(key)
                slot_index = env.slots[key]
            if what_if:
                self.revive_moved(env, slot_index)
            value = memory.frames[env.frame].slots[slot_index].value
            if moves:
                self.rec.apply((SET_STATE, env.frame, slot_index, SlotState.MOVED, "moved"))
                env.closure_owned.discard((slot_index, ()))  # a closure's body gave it on
            return value

        return read

    def compile_path_value(self, e: ast.Path, value_of: Any) -> Code:
        if value_of.kind == "value":
            constant = value_of.value
            return lambda env: constant
        if value_of.kind == "const" and value_of.const.mutable:  # a `static mut`: memory
            item = value_of.const
            return lambda env: self.memory.read(self.static_places[item.name])
        if value_of.kind == "const":
            const = value_of.const
            code = self.compile_expr(const.value)
            cache: list[Any] = []

            def read_const(env: Env) -> Any:
                if not cache:
                    cache.append(code(env))
                return cache[0]

            return read_const
        if value_of.kind == "variant":
            unit = (value_of.variant,)
            return lambda env: unit
        if value_of.kind == "builtin_fn":
            which = value_of.value
            if isinstance(which, tuple):  # a std method named as a function
                made = self.c.type_of(e)  # (its parameter's type as inference settled it)
                assert isinstance(made, T.FnTy)
                function = std.Closure(std.values.method_as_function(
                    cast("Interpreter", self), which[0], made.params[0]))
            elif which == "String::from":
                function = std.Closure(lambda args: self.heap.string_from(
                    convert.bytes_of(self.memory, args[0], T.RefTy(T.STR))))
            elif which == "String::new":
                function = std.Closure(lambda args: (1, 0, 0))
            else:
                pick = max if which == "max" else min
                function = std.Closure(lambda args: pick(args[0], args[1]))
            return lambda env: function
        if value_of.kind == "fn":
            item = value_of.value
            span = e.span
            function = std.Closure(lambda args: self.call_function(item, args, span),
                                   name=item.name)
            return lambda env: function
        return lambda env: ()  # a unit struct has no bytes

    def x_Field(self, e: ast.Field) -> Code:
        place = self.compile_field_place(e)
        moves = id(e) in self.c.moves
        move_path = _move_path(e, self.c) if moves else None

        def read_field(env: Env) -> Any:
            where = place(env)
            value = self.memory.read(where)
            if move_path is not None:
                # A partial move; through a Box the path says so with -1 ("the contents").
                binding, path = move_path
                env = env.owner_of(id(binding))
                slot_index = env.slots[id(binding)]
                env.moved_paths.setdefault(slot_index, set()).add(path)
                env.closure_owned.discard((slot_index, path))
                slot = self.memory.frames[env.frame].slots[slot_index]
                self.rec.apply((SET_STATE, env.frame, slot_index, slot.state,
                                "partially moved"))
            return value

        return read_field

    def x_Index(self, e: ast.Index) -> Code:
        place = self.compile_index_place(e)

        def read_index(env: Env) -> Any:
            return self.memory.read(place(env))

        return read_index

    def x_TupleExpr(self, e: ast.TupleExpr) -> Code:
        items = [self.compile_expr(item) for item in e.items]
        types = [self.c.type_of(item) for item in e.items]
        return lambda env: tuple(self.evaluate_all(env, items, types))

    def x_ArrayExpr(self, e: ast.ArrayExpr) -> Code:
        items = [self.compile_expr(item) for item in e.items]
        types = [self.c.type_of(item) for item in e.items]
        return lambda env: tuple(self.evaluate_all(env, items, types))

    def evaluate_all(self, env: Env, codes: list[Code], types: list[T.Ty]) -> list[Any]:
        """Evaluate operands in order; if one panics, unwinding drops the ones already
        made (`two(D, boom())` drops the first `D`), as Rust's temporaries are."""
        values: list[Any] = []
        try:
            for code in codes:
                values.append(code(env))
        except RustPanic:
            env.temps.extend((value, ty, None) for value, ty in zip(values, types, strict=False)
                             if T.needs_drop(ty))
            raise
        except (Break, Continue, Return):
            # `[D(1), { break; }]`: leaving early drops the ones made, newest first, there.
            count = len(env.temps)
            env.temps.extend((value, ty, None) for value, ty in zip(values, types, strict=False)
                             if T.needs_drop(ty))
            self.drop_temps_since(env, count)
            raise
        return values

    def x_ArrayRepeat(self, e: ast.ArrayRepeat) -> Code:
        value = self.compile_expr(e.value)
        ty = self.c.type_of(e)
        assert isinstance(ty, T.ArrayTy)
        count = ty.length
        return lambda env: (value(env),) * count

    def x_RangeExpr(self, e: ast.RangeExpr) -> Code:
        start = self.compile_expr(e.start) if e.start is not None else None
        end = self.compile_expr(e.end) if e.end is not None else None

        def make_range(env: Env) -> tuple[Any, ...]:
            parts = []
            if start is not None:
                parts.append(start(env))
            if end is not None:
                parts.append(end(env))
            return tuple(parts)

        return make_range

    def x_StructLit(self, e: ast.StructLit) -> Code:
        callee = self.c.callees[id(e)]
        adt = callee.adt
        assert adt is not None and adt.defn is not None
        variant = adt.defn.variants[callee.variant]
        count = len(variant.field_names)
        inits = [(variant.field_names.index(f.name), self.compile_expr(f.value))
                 for f in e.fields]
        base_place = self.compile_place(e.base) if e.base is not None and is_place(
            e.base) else None
        base = self.compile_expr(e.base) if e.base is not None and base_place is None else None
        given = {i for i, _ in inits}
        taken = [i for i in range(count) if i not in given]
        field_types = adt.variant_types(variant)
        offsets = L.field_offsets(adt)
        is_enum = adt.defn.is_enum
        index = callee.variant

        base_text = describe_expr(self.source, e.base.span) if e.base is not None else ""
        init_codes = [code for _, code in inits]
        init_types = [field_types[i] for i, _ in inits]

        def build_struct(env: Env) -> Any:
            values: list[Any] = [None] * count
            for (i, _), value in zip(inits, self.evaluate_all(env, init_codes, init_types),
                                     strict=True):
                values[i] = value
            if base_place is not None:
                where = base_place(env)
                rest = self.memory.read(where)
                moved = []
                for i in taken:
                    values[i] = rest[i]
                    if not T.is_copy(field_types[i]) and isinstance(where, Ref) and (
                            where.region == STACK):
                        # `..base` moves the fields it takes: `base` is partially moved.
                        self.mark_place_moved(where.child(i, where.address + offsets[i]))
                        moved.append(f"{base_text}.{variant.field_names[i]}")
                if moved:
                    env.notes.append(
                        f"move:`..{base_text}` moves {name_list(moved)} into the new "
                        f"`{adt.name}`, so `{base_text}` is partly moved: only its other "
                        "fields can still be used.")
            elif base is not None:
                rest = base(env)
                for i in taken:
                    values[i] = rest[i]
            return (index, *values) if is_enum else tuple(values)

        return build_struct

    def x_Unsafe(self, e: ast.Unsafe) -> Code:
        return self.compile_block(e.body)


def _move_path(e: ast.Field, checked: CheckedProgram) -> tuple[Binding, tuple[int, ...]] | None:
    """The local and the path a field move takes from it (`node.name` through a Box)."""
    steps: list[int] = []
    current: ast.Expr = e
    while isinstance(current, ast.Field):
        derefs, index = checked.fields[id(current)]
        steps[:0] = [-1] * derefs + [index]
        current = current.base
    if isinstance(current, ast.Path) and id(current) in checked.bindings:
        return checked.bindings[id(current)], tuple(steps)
    return None

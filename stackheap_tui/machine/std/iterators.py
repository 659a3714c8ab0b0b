"""Iteration at run time: what a `for` loop walks, ranges, and the iterator adapters and
consumers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import arith, convert
from stackheap_tui.machine.std import deques, maps
from stackheap_tui.machine.std.registry import arg_type, method, result_type
from stackheap_tui.machine.std.values import IterValue, clone_value
from stackheap_tui.memory.state import FREE, REMOVE_SLOTS
from stackheap_tui.memory.values import Ref, Slice

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter



def iterate(interp: Interpreter, env: Env | None, source: Any, ty: T.Ty,
            span: Span | None) -> Iterable[Any]:
    """The items a `for` loop walks over."""
    table_items = maps.iterate(interp, source, ty)
    if table_items is None:
        table_items = deques.iterate(interp, source, ty)
    if table_items is not None:
        return table_items
    if isinstance(source, IterValue):
        return source.items
    if isinstance(ty, T.AdtTy) and ty.name in ("Range", "RangeInclusive") and isinstance(
            ty.args[0], T.CharTy):
        end = ord(source[1]) + (1 if ty.name == "RangeInclusive" else 0)
        return [chr(c) for c in range(ord(source[0]), end) if not 0xD800 <= c <= 0xDFFF]
    if isinstance(ty, T.AdtTy) and ty.name == "Range":
        return range(source[0], source[1])
    if isinstance(ty, T.AdtTy) and ty.name == "RangeInclusive":
        return range(source[0], source[1] + 1)
    if isinstance(ty, T.AdtTy) and ty.name == "RangeFrom":
        return _count(source[0])
    if isinstance(ty, T.AdtTy) and T.is_vec(ty):
        return _consume_vec(interp, source, ty)
    if isinstance(ty, T.ArrayTy):
        return tuple(source)
    if isinstance(ty, T.RefTy):
        place = interp.deref_to(source, ty.inner, T.SliceTy(T.UNIT))
        assert isinstance(place, Slice)
        return tuple(place.element(i) for i in range(place.length))
    raise TypeError(f"cannot iterate {ty}")


def _count(start: int) -> Iterable[int]:
    value = start
    while True:
        yield value
        value += 1


def _consume_vec(interp: Interpreter, header: Any, ty: T.AdtTy) -> Iterable[Any]:
    """`for x in v`: the elements are moved out one by one; the buffer is freed at the end."""
    ptr, cap, length = header
    items = interp.heap.contents(header)[:length]
    given = 0
    try:
        for item in items:
            given += 1
            yield item
    finally:
        for item in items[given:]:
            interp.drop_value(item, ty.args[0], "dropping the rest of the Vec")
        if cap:
            interp.rec.apply((FREE, ptr, "freed: the Vec was consumed by the `for` loop"))


def as_items(interp: Interpreter, value: Any, ty: T.Ty) -> tuple[Any, ...]:
    """An iterator-ish receiver's items (IterValue, range)."""
    if isinstance(value, IterValue):
        return value.items
    if isinstance(ty, T.AdtTy) and isinstance(ty.args[0], T.CharTy):
        return tuple(iterate(interp, None, value, ty, None))
    if isinstance(ty, T.AdtTy) and ty.name == "Range":
        return tuple(range(value[0], value[1]))
    if isinstance(ty, T.AdtTy) and ty.name == "RangeInclusive":
        return tuple(range(value[0], value[1] + 1))
    raise TypeError(f"not an iterator: {ty}")


# ---- ranges and iterators ----
@method("Range::contains")
def _range_contains(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                    e: ast.MethodCall) -> Any:
    value = interp.memory.read(args[0])
    bounds = interp.memory.read(recv)
    assert isinstance(ty, T.AdtTy)
    if ty.name == "RangeInclusive":
        return bounds[0] <= value <= bounds[1]
    return bounds[0] <= value < bounds[1]


@method(*(f"iter::{n}" for n in (
    "rev", "enumerate", "skip", "take", "step_by", "count", "sum", "product", "max", "min",
    "last", "next", "collect", "cloned", "copied", "map", "filter", "any", "all", "position",
    "find", "fold", "for_each", "zip", "max_by_key", "min_by_key", "filter_map",
    "partition", "flatten", "nth")))
def _iter(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
          e: ast.MethodCall) -> Any:
    name = e.method
    mem = interp.memory
    if isinstance(recv, Ref):  # `it.next()` takes `&mut self`
        current = mem.read(recv)
        items = current.items if isinstance(current, IterValue) else as_items(interp, current, ty)
    else:
        items = as_items(interp, recv, ty)
    if isinstance(ty, T.IterTy):
        item_ty = ty.item
    else:
        assert isinstance(ty, T.AdtTy)  # a range
        item_ty = ty.args[0]
    if name == "rev":
        return IterValue(tuple(reversed(items)))
    if name == "zip":  # pairs until the shorter side ends
        other_ty = arg_type(interp, e, 0)
        others = tuple(iterate(interp, env, args[0], other_ty, e.method_span))
        return IterValue(tuple(zip(items, others, strict=False)))
    if name == "enumerate":
        return IterValue(tuple(enumerate(items)))
    if name == "skip":
        return IterValue(items[args[0]:])
    if name == "take":
        return IterValue(items[: args[0]])
    if name == "step_by":
        if args[0] == 0:
            raise interp.panic_at(e.method_span, "assertion failed: step != 0", "step_by")
        return IterValue(items[:: args[0]])
    if name == "count":
        return len(items)
    if name in ("sum", "product"):
        result_ty = result_type(interp, e)
        values = [mem.read(v) if isinstance(v, Ref) else v for v in items]
        total: Any = 0 if name == "sum" else 1
        if isinstance(result_ty, T.FloatTy):
            total = float(total)
        for v in values:
            if isinstance(result_ty, T.IntTy):
                op = "+" if name == "sum" else "*"
                try:
                    total = arith.int_binary(op, total, v, result_ty)
                except arith.ArithmeticPanic as problem:
                    raise interp.panic_at(e.method_span, str(problem),
                                          f"{name}:{result_ty.name}") from None
            else:
                total = total + v if name == "sum" else total * v
        return total
    if name in ("max", "min"):
        if not items:
            return (0,)
        def key(v: Any) -> Any:
            return convert.key_of(mem, v, item_ty)
        chosen = items[0]
        for v in items[1:]:
            if (name == "max" and key(v) >= key(chosen)) or (name == "min" and key(v) < key(
                    chosen)):
                chosen = v
        return (1, chosen)
    if name == "last":
        return (1, items[-1]) if items else (0,)
    if name in ("next", "nth"):
        skip = args[0] if name == "nth" else 0
        if len(items) <= skip:
            if isinstance(recv, Ref):
                interp.write_place(recv, IterValue(()))
            return (0,)
        if isinstance(recv, Ref):  # a temporary iterator (`s.chars().nth(2)`) is not kept
            interp.write_place(recv, IterValue(items[skip + 1:]))
        return (1, items[skip])
    if name in ("cloned", "copied"):
        base = item_ty.inner if isinstance(item_ty, T.RefTy) else item_ty
        return IterValue(tuple(clone_value(interp, mem.read(v), base) for v in items))
    if name == "map":
        return IterValue(tuple(args[0].call([v]) for v in items))
    if name == "filter":
        kept = []
        for v in items:
            if args[0].call([interp.temp_slot(env, v, item_ty)]):
                kept.append(v)
            _pop_temp(interp, env)
        return IterValue(tuple(kept))
    if name in ("any", "all"):
        results = (args[0].call([v]) for v in items)
        return any(results) if name == "any" else all(results)
    if name == "position":
        for i, v in enumerate(items):
            if args[0].call([v]):
                return (1, i)
        return (0,)
    if name == "find":
        for v in items:
            found = args[0].call([interp.temp_slot(env, v, item_ty)])
            _pop_temp(interp, env)
            if found:
                return (1, v)
        return (0,)
    if name == "fold":
        acc = args[0]
        for v in items:
            acc = args[1].call([acc, v])
        return acc
    if name == "for_each":
        for v in items:
            args[0].call([v])
        return ()
    if name == "collect":
        return _collect(interp, items, item_ty, result_type(interp, e))
    if name in ("max_by_key", "min_by_key"):
        if not items:
            return (0,)
        fn_ty = interp.c.type_of(e.args[0])
        key_ty = fn_ty.ret if isinstance(fn_ty, T.FnTy) else T.I32
        keys = []
        for v in items:
            keys.append(convert.key_of(mem, args[0].call([interp.temp_slot(env, v, item_ty)]),
                                       key_ty))
            _pop_temp(interp, env)
        chosen = 0
        for i in range(1, len(items)):
            if (name == "max_by_key" and keys[i] >= keys[chosen]) or (
                    name == "min_by_key" and keys[i] < keys[chosen]):
                chosen = i
        return (1, items[chosen])
    if name == "flatten":
        flat: list[Any] = []
        inner_ty = item_ty.inner if isinstance(item_ty, T.RefTy) else item_ty
        for v in items:
            if isinstance(inner_ty, T.AdtTy) and inner_ty.name == "Option":
                if isinstance(v, Ref):  # `&Option<T>` yields `&T` when it is Some
                    if mem.read(v)[0] == 1:
                        flat.append(v.child(1, v.address))
                elif v[0] == 1:
                    flat.append(v[1])
            elif isinstance(v, Ref):  # `&Vec<T>` / `&[T; N]`: references to the elements
                place = interp.deref_to(v, inner_ty, T.SliceTy(T.UNIT))
                flat.extend(place.element(i) for i in range(place.length))
            else:
                flat.extend(convert.elements_of(mem, v, inner_ty))
        return IterValue(tuple(flat))
    if name == "filter_map":
        kept = []
        for v in items:
            result = args[0].call([v])
            if result[0] == 1:
                kept.append(result[1])
        return IterValue(tuple(kept))
    if name == "partition":
        yes: list[Any] = []
        no: list[Any] = []
        for v in items:
            (yes if args[0].call([interp.temp_slot(env, v, item_ty)]) else no).append(v)
            _pop_temp(interp, env)
        target = result_type(interp, e)
        assert isinstance(target, T.TupleTy)
        return (_collect(interp, tuple(yes), item_ty, target.items[0]),
                _collect(interp, tuple(no), item_ty, target.items[1]))
    raise TypeError(name)


def _pop_temp(interp: Interpreter, env: Env) -> None:
    if env.temps:
        _, _, ref = env.temps.pop()
        frame = interp.memory.frames[env.frame]
        if ref is not None and ref.slot == len(frame.slots) - 1:
            interp.rec.apply((REMOVE_SLOTS, env.frame, 1))


def _collect(interp: Interpreter, items: tuple[Any, ...], item_ty: T.Ty, target: T.Ty) -> Any:
    mem = interp.memory
    if T.is_string(target):
        if isinstance(item_ty, T.RefTy) and isinstance(item_ty.inner, T.CharTy):
            items, item_ty = tuple(mem.read(v) for v in items), T.CHAR  # String from &char
        parts = [(v if isinstance(v, str) else convert.text_of(mem, v, item_ty)).encode("utf-8")
                 if not isinstance(item_ty, T.CharTy) else v.encode("utf-8") for v in items]
        data = b"".join(parts)
        return interp.heap.string_from(data)
    if isinstance(target, T.AdtTy) and T.is_vec(target):
        element = target.args[0]
        if isinstance(item_ty, T.RefTy) and not isinstance(element, T.RefTy):
            items = tuple(mem.read(v) for v in items)  # Vec<T> extends from &T (T: Copy)
        return interp.heap.vec_from(element, tuple(items))
    if isinstance(target, T.AdtTy) and target.name in ("Option", "Result"):
        # `Option<Vec<T>>` from `Option<T>`s: the first `None` (or `Err`) is the answer,
        # else every payload collected. Option is (0,) / (1, x); Result (0, x) / (1, e).
        assert isinstance(item_ty, T.AdtTy)
        stop = 0 if target.name == "Option" else 1
        payloads = []
        for item in items:
            if item[0] == stop:
                return item
            payloads.append(item[1])
        inner = _collect(interp, tuple(payloads), item_ty.args[0], target.args[0])
        return (1, inner) if target.name == "Option" else (0, inner)
    raise TypeError(f"collect into {target}")

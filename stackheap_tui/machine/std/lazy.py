"""Iterators as std's are: lazy. An adaptor (`map`, `filter`, `take`, ...) only builds a
value around the iterator it adapts; each `next` asks the outermost adaptor, which asks
the one inside it, so a closure runs when its item is wanted and side effects interleave
as in rustc's binary. Values are immutable: `advance` returns the item and the iterator's
next state, which the caller writes back where the iterator lives (a slot: each `next`
is a visible change)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import types as T
from stackheap_tui.lang.assoc import user_iterator
from stackheap_tui.machine.allocation import NotSupportedAtRun
from stackheap_tui.machine.std.values import IterValue, clone_value
from stackheap_tui.memory.state import FREE, REMOVE_SLOTS
from stackheap_tui.memory.values import Slice

if TYPE_CHECKING:
    from stackheap_tui.lang.span import Span
    from stackheap_tui.machine.interpreter import Env, Interpreter

END = object()  # no more items (std's `None` from `next`)

# Adaptors whose `next_back` is theirs to give when the iterator inside gives one.
_BACK_THROUGH = frozenset({"map", "filter", "filter_map", "cloned", "copied", "inspect",
                           "fuse"})


def range_iter(start: int, end: int | None) -> IterValue:
    return IterValue(kind="range", state=(start, end))


def to_iter(interp: Interpreter, value: Any, ty: T.Ty) -> IterValue:
    """`IntoIterator::into_iter` of what an adaptor or a `for` loop is given."""
    if isinstance(value, IterValue):
        return value
    if isinstance(ty, T.AdtTy) and ty.name in ("Range", "RangeInclusive", "RangeFrom"):
        if isinstance(ty.args[0], T.CharTy):
            stop = ord(value[1]) + (1 if ty.name == "RangeInclusive" else 0)
            return IterValue(tuple(chr(c) for c in range(ord(value[0]), stop)
                                   if not 0xD800 <= c <= 0xDFFF))
        if ty.name == "RangeFrom":
            return range_iter(value[0], None)
        return range_iter(value[0], value[1] + (1 if ty.name == "RangeInclusive" else 0))
    if isinstance(ty, T.AdtTy) and T.is_vec(ty):
        return vec_into_iter(interp, value, ty.args[0])
    if isinstance(ty, T.ArrayTy):
        return IterValue(tuple(value), item_ty=ty.element)
    if isinstance(ty, T.RefTy):
        place = interp.deref_to(value, ty.inner, T.SliceTy(T.UNIT))
        assert isinstance(place, Slice)
        return IterValue(tuple(place.element(i) for i in range(place.length)))
    if isinstance(ty, T.AdtTy) and ty.name == "Option":
        return IterValue((value[1],) if value[0] == 1 else ())
    mine = user_iterator(interp.c.items, ty)  # type: ignore[arg-type]
    if mine is not None:
        return IterValue(kind="user", state=(value, ty, mine.next), item_ty=mine.item)
    raise TypeError(f"cannot iterate {ty}")


def _advance_user(interp: Interpreter, env: Env, it: IterValue, span: Span | None) -> tuple[
        Any, IterValue]:
    """`Iterator::next` of the program's own iterator: a call of its `next`, `&mut self`
    borrowing the value where the iterator holds it (a temporary while the call runs)."""
    value, ty, method = it.state
    where = interp.temp_slot(env, value, ty)
    try:
        result = interp.call_function(method, [where], span or method.name_span)
        value = interp.memory.read(where)
    finally:
        pop_temp(interp, env)
    after = replace(it, state=(value, ty, method))
    return (result[1] if result[0] == 1 else END), after


def vec_into_iter(interp: Interpreter, header: Any, element: T.Ty) -> IterValue:
    """`Vec::into_iter`: the elements move out one by one; the buffer is the iterator's
    until it is dropped (`state`: the block to free)."""
    ptr, cap, length = header
    return IterValue(tuple(interp.heap.contents(header)[:length]), item_ty=element,
                     state=ptr if cap else None)


def drop_iter(interp: Interpreter, it: IterValue | None, reason: str) -> list[tuple[int, int]]:
    """Dropping an iterator: the items it still owns, the buffer it took from a `Vec`,
    and what each adaptor holds, in its struct's field order (`Map { iter, f }`: the
    iterator it adapts, then its closure; `Zip { a, b }`, `Chain { a, b }`: the first
    iterator, then the other; a peeked item, scan's state, flat_map's current inner
    iterator last). Returns the blocks freed, as `drop_value` does."""
    freed: list[tuple[int, int]] = []
    if it is None:
        return freed
    kind = it.kind
    if kind == "user":  # the program's iterator: its own drop
        return interp.drop_value(it.state[0], it.state[1], reason)
    if kind == "items":
        if it.item_ty is not None and T.needs_drop(it.item_ty):
            for item in it.items[it.pos:it.stop]:
                freed.extend(interp.drop_value(item, it.item_ty, reason))
        if it.state is not None:
            freed.append((it.state, interp.memory.heap[it.state].size))
            interp.rec.apply((FREE, it.state, f"freed by {reason}"))
        return freed
    freed.extend(drop_iter(interp, it.inner, reason))
    if it.other is not None:
        freed.extend(drop_iter(interp, it.other, reason))
    if it.fn is not None:  # the adaptor's closure, and what was moved into it
        freed.extend(interp.drop_closure(it.fn, reason))
    peeked = it.state[0] if kind == "peekable" and it.state is not None else END
    if peeked is not END and it.item_ty is not None and T.needs_drop(it.item_ty):
        freed.extend(interp.drop_value(peeked, it.item_ty, reason))
    if kind in ("flat_map", "flatten"):
        freed.extend(drop_iter(interp, it.state[0], reason))
    if kind == "scan" and T.needs_drop(it.state[1]):
        freed.extend(interp.drop_value(it.state[0], it.state[1], reason))
    return freed


def adapt(kind: str, inner: IterValue, item_ty: T.Ty, **fields: Any) -> IterValue:
    return IterValue(kind=kind, inner=inner, item_ty=item_ty, **fields)


def call_by_ref(interp: Interpreter, env: Env, fn: Any, value: Any, ty: T.Ty,
                *rest: Any) -> Any:
    """Call a closure that takes `&item`: the item sits in a temporary while it runs."""
    ref = interp.temp_slot(env, value, ty)
    try:
        return fn.call([ref, *rest])
    finally:
        pop_temp(interp, env)


def pop_temp(interp: Interpreter, env: Env) -> None:
    if env.temps:
        _, _, ref = env.temps.pop()
        frame = interp.memory.frames[env.frame]
        if ref is not None and ref.slot == len(frame.slots) - 1:
            interp.rec.apply((REMOVE_SLOTS, env.frame, 1))


def discard(interp: Interpreter, item: Any, ty: T.Ty | None) -> None:
    """An item an adaptor or consumer takes and does not give on: dropped at once."""
    if ty is not None and T.needs_drop(ty):
        interp.drop_value(item, ty, "an item the iterator skipped")


def has_closure(it: IterValue | None) -> bool:
    while it is not None:
        if it.fn is not None or (it.other is not None and has_closure(it.other)):
            return True
        it = it.inner
    return False


def exact_len(it: IterValue) -> int | None:
    """`ExactSizeIterator::len`, when the iterator knows it."""
    kind = it.kind
    if kind == "items":
        return it.stop - it.pos if it.hint == "exact" else None
    if kind == "range":
        start, end = it.state
        return None if end is None else max(0, end - start)
    inner = exact_len(it.inner) if it.inner is not None else None
    if kind in ("map", "cloned", "copied", "inspect", "enumerate", "rev"):
        return inner
    if kind == "take":
        return None if inner is None else min(inner, it.state)
    if kind == "skip":
        return None if inner is None else max(0, inner - it.state)
    if kind == "zip":
        other = exact_len(it.other) if it.other is not None else None
        return None if inner is None or other is None else min(inner, other)
    return None


def size_hint(it: IterValue) -> int:
    """The lower bound of `size_hint` (what `collect` reserves)."""
    kind = it.kind
    if kind == "items":
        if it.hint in ("chars", "char_indices"):
            left = it.items[it.pos:it.stop]
            chars = left if it.hint == "chars" else [c for _, c in left]
            return (sum(len(c.encode("utf-8")) for c in chars) + 3) // 4
        return it.stop - it.pos if it.hint == "exact" else 0
    if kind == "range":
        start, end = it.state
        return T.USIZE.max if end is None else max(0, end - start)
    inner = size_hint(it.inner) if it.inner is not None else 0
    if kind in ("map", "cloned", "copied", "inspect", "enumerate", "rev", "peekable", "fuse"):
        return inner
    if kind == "take":
        return min(inner, it.state)
    if kind == "skip":
        return max(0, inner - it.state)
    if kind == "step_by":
        step, first = it.state
        if first:
            return 0 if inner == 0 else 1 + (inner - 1) // step
        return inner // step
    if kind == "zip":
        return min(inner, size_hint(it.other) if it.other is not None else 0)
    if kind == "chain":
        a = inner if it.inner is not None else 0
        b = size_hint(it.other) if it.other is not None else 0
        return min(T.USIZE.max, a + b)
    if kind in ("flat_map", "flatten"):  # what the inner iterator being walked has left
        front = it.state[0]
        return size_hint(front) if front is not None else 0
    return 0  # filter, filter_map, take_while, skip_while, map_while, scan


def advance(interp: Interpreter, env: Env, it: IterValue, span: Span | None) -> tuple[
        Any, IterValue]:
    """`Iterator::next`: the next item (or END) and the iterator's state after it."""
    kind = it.kind
    if kind == "items":
        if it.pos >= it.stop:
            return END, it
        return it.items[it.pos], replace(it, pos=it.pos + 1)
    if kind == "range":
        start, end = it.state
        if end is not None and start >= end:
            return END, it
        return start, replace(it, state=(start + 1, end))
    if kind == "user":
        return _advance_user(interp, env, it, span)
    if kind == "rev":
        assert it.inner is not None
        item, inner = advance_back(interp, env, it.inner, span)
        return item, replace(it, inner=inner)
    if kind == "chain":
        if it.inner is not None:
            item, first = advance(interp, env, it.inner, span)
            if item is not END:
                return item, replace(it, inner=first)
            it = replace(it, inner=None)  # std fuses the first half once it ends
        if it.other is None:
            return END, it
        item, second = advance(interp, env, it.other, span)
        return item, replace(it, other=second)
    if kind == "zip":
        assert it.inner is not None and it.other is not None
        a, first = advance(interp, env, it.inner, span)
        if a is END:
            return END, replace(it, inner=first)
        b, second = advance(interp, env, it.other, span)
        if b is END:  # the first half's item is dropped
            discard(interp, a, it.item_ty)
            return END, replace(it, inner=first, other=second)
        return (a, b), replace(it, inner=first, other=second)
    if kind == "fuse":
        if it.inner is None:
            return END, it
        item, inner = advance(interp, env, it.inner, span)
        return item, replace(it, inner=None if item is END else inner)
    if kind == "flat_map" or kind == "flatten":
        return _advance_flat(interp, env, it, span)
    assert it.inner is not None and it.item_ty is not None
    ty = it.item_ty
    if kind == "take":
        if it.state == 0:
            return END, it
        item, inner = advance(interp, env, it.inner, span)
        return item, replace(it, inner=inner, state=it.state - 1)
    if kind == "skip":
        inner = it.inner
        for _ in range(it.state):
            item, inner = advance(interp, env, inner, span)
            if item is END:
                return END, replace(it, inner=inner, state=0)
            discard(interp, item, ty)
        item, inner = advance(interp, env, inner, span)
        return item, replace(it, inner=inner, state=0)
    if kind == "step_by":
        step, first = it.state
        inner = it.inner
        for _ in range(0 if first else step - 1):
            item, inner = advance(interp, env, inner, span)
            if item is END:
                return END, replace(it, inner=inner, state=(step, False))
            discard(interp, item, ty)
        item, inner = advance(interp, env, inner, span)
        return item, replace(it, inner=inner, state=(step, False))
    if kind == "take_while":
        if it.state:
            return END, it
        item, inner = advance(interp, env, it.inner, span)
        if item is END:
            return END, replace(it, inner=inner)
        assert it.fn is not None
        if call_by_ref(interp, env, it.fn, item, ty):
            return item, replace(it, inner=inner)
        discard(interp, item, ty)
        return END, replace(it, inner=inner, state=True)
    if kind == "skip_while":
        inner = it.inner
        while True:
            item, inner = advance(interp, env, inner, span)
            if item is END or it.state:
                return item, replace(it, inner=inner, state=True)
            assert it.fn is not None
            if not call_by_ref(interp, env, it.fn, item, ty):
                return item, replace(it, inner=inner, state=True)
            discard(interp, item, ty)
    if kind == "peekable" and it.state is not None:  # the item `peek` already took
        return it.state[0], replace(it, state=None, items=it.state, hint="taken")
    item, inner = advance(interp, env, it.inner, span)
    it = replace(it, inner=inner)
    if item is END or kind == "peekable":
        return item, it
    return _one(interp, env, it, item, span)


def _one(interp: Interpreter, env: Env, it: IterValue, item: Any, span: Span | None,
         back: bool = False) -> tuple[Any, IterValue]:
    """The per-item adaptors: what `item` from the inner iterator becomes (the same for
    `next` and `next_back`); filters ask the inner iterator again."""
    kind = it.kind
    ty = it.item_ty
    assert ty is not None and it.inner is not None
    fn = it.fn
    if kind == "map":
        assert fn is not None
        return fn.call([item]), it
    if kind == "enumerate":
        return (it.state, item), replace(it, state=it.state + 1)
    if kind in ("cloned", "copied"):
        base = ty.inner if isinstance(ty, T.RefTy) else ty
        return clone_value(interp, interp.memory.read(item), base), it
    if kind == "inspect":
        assert fn is not None
        call_by_ref(interp, env, fn, item, ty)
        return item, it
    if kind == "map_while":
        assert fn is not None
        result = fn.call([item])
        return (result[1] if result[0] == 1 else END), it
    if kind == "scan":
        assert fn is not None
        state_ty = it.state[1]
        ref = interp.temp_slot(env, it.state[0], state_ty)
        try:
            result = fn.call([ref, item])
            acc = interp.memory.read(ref)
        finally:
            pop_temp(interp, env)
        it = replace(it, state=(acc, state_ty))
        return (result[1] if result[0] == 1 else END), it
    if kind in ("filter", "filter_map"):
        assert fn is not None
        while True:
            if kind == "filter":
                if call_by_ref(interp, env, fn, item, ty):
                    return item, it
                discard(interp, item, ty)
            else:
                result = fn.call([item])
                if result[0] == 1:
                    return result[1], it
            assert it.inner is not None
            item, inner = (advance_back if back else advance)(interp, env, it.inner, span)
            it = replace(it, inner=inner)
            if item is END:
                return END, it
    raise TypeError(f"no adaptor {kind}")


def _advance_flat(interp: Interpreter, env: Env, it: IterValue, span: Span | None) -> tuple[
        Any, IterValue]:
    """`flat_map` / `flatten`: items of the current inner iterator, then the next one's."""
    front, out_ty = it.state
    while True:
        if front is not None:
            item, front = advance(interp, env, front, span)
            if item is not END:
                return item, replace(it, state=(front, out_ty))
            front = None
        assert it.inner is not None
        outer, inner = advance(interp, env, it.inner, span)
        it = replace(it, inner=inner)
        if outer is END:
            return END, replace(it, state=(None, out_ty))
        if it.fn is not None:
            outer = it.fn.call([outer])
        front = flat_source(interp, outer, out_ty)


def flat_source(interp: Interpreter, value: Any, ty: T.Ty) -> IterValue:
    """What `flatten` walks in one item: an Option's payload, a collection's elements."""
    if isinstance(ty, T.RefTy):
        inner = ty.inner
        if isinstance(inner, T.AdtTy) and inner.name == "Option":
            return IterValue((value.child(1, value.address),) if interp.memory.read(value)[0]
                             == 1 else ())
    return to_iter(interp, value, ty)


def advance_back(interp: Interpreter, env: Env, it: IterValue, span: Span | None) -> tuple[
        Any, IterValue]:
    """`DoubleEndedIterator::next_back`."""
    kind = it.kind
    if kind == "items":
        if it.pos >= it.stop:
            return END, it
        return it.items[it.stop - 1], replace(it, end=it.stop - 1)
    if kind == "range":
        start, end = it.state
        assert end is not None
        if start >= end:
            return END, it
        return end - 1, replace(it, state=(start, end - 1))
    if kind == "rev":
        assert it.inner is not None
        item, inner = advance(interp, env, it.inner, span)
        return item, replace(it, inner=inner)
    if kind == "chain":
        if it.other is not None:
            item, second = advance_back(interp, env, it.other, span)
            if item is not END:
                return item, replace(it, other=second)
            it = replace(it, other=None)
        if it.inner is None:
            return END, it
        item, first = advance_back(interp, env, it.inner, span)
        return item, replace(it, inner=first)
    if kind == "enumerate":
        assert it.inner is not None
        length = exact_len(it.inner)
        if length is not None:
            item, inner = advance_back(interp, env, it.inner, span)
            if item is END:
                return END, replace(it, inner=inner)
            return (it.state + length - 1, item), replace(it, inner=inner)
    if kind in _BACK_THROUGH:
        assert it.inner is not None
        if kind == "fuse" and it.inner is None:
            return END, it
        item, inner = advance_back(interp, env, it.inner, span)
        it = replace(it, inner=inner)
        if item is END:
            return END, it
        return _one(interp, env, it, item, span, back=True)
    raise NotSupportedAtRun(f"`rev` of this iterator (`{kind}`)", span)


def materialised(interp: Interpreter, env: Env, it: IterValue, span: Span | None) -> IterValue:
    """An iterator with no closure inside, its items computed up front (nothing to see
    happen early), so that `next_back` can walk them."""
    return IterValue(tuple(drain(interp, env, it, span)))


def drain(interp: Interpreter, env: Env, it: IterValue, span: Span | None) -> Iterator[Any]:
    """Every item left, one `next` at a time (a consumer taking the iterator by value);
    the iterator is dropped when the consumer is done with it (a `for` loop's `break`)."""
    try:
        while True:
            item, it = advance(interp, env, it, span)
            if item is END:
                return
            yield item
    finally:
        drop_iter(interp, it, "dropping the used-up iterator")


def reversible(it: IterValue) -> bool:
    """Whether `next_back` can be asked of this iterator lazily."""
    kind = it.kind
    if kind == "items":
        return True
    if kind == "range":
        return it.state[1] is not None
    if kind == "chain":
        return (it.inner is None or reversible(it.inner)) and (
            it.other is None or reversible(it.other))
    if kind == "rev":
        return True
    if kind == "enumerate":
        return it.inner is not None and exact_len(it.inner) is not None and reversible(
            it.inner)
    if kind in _BACK_THROUGH:
        return it.inner is not None and reversible(it.inner)
    return False


def into_owned(interp: Interpreter, env: Env, it: IterValue, span: Span | None) -> IterValue:
    """`rev`'s argument: lazily reversible, or (with no closure inside) computed up front."""
    if reversible(it):
        return it
    if not has_closure(it):
        return materialised(interp, env, it, span)
    raise NotSupportedAtRun(f"`rev` of this iterator (`{it.kind}`)", span)


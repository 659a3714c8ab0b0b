"""Iteration at run time: what a `for` loop walks, ranges, and the iterator adapters and
consumers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.assoc import user_iterator
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import arith, convert
from stackheap_tui.machine.allocation import NotSupportedAtRun
from stackheap_tui.machine.std import btree, collect, deques, lazy, maps, sync
from stackheap_tui.machine.std.registry import arg_type, method, result_type
from stackheap_tui.machine.std.values import IterValue
from stackheap_tui.memory.state import FREE
from stackheap_tui.memory.values import Ref

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter



def iterate(interp: Interpreter, env: Env, source: Any, ty: T.Ty,
            span: Span | None) -> Iterable[Any]:
    """The items a `for` loop walks over, one `next` per iteration."""
    if isinstance(source, maps.UnorderedIter) and source.kind != "items":
        # An adaptor chain over a table's items: its closures and the loop's body run in
        # the table's order, so nothing may print in them.
        return maps.watched(interp, lazy.drain(interp, env, source, span))
    table_items = maps.iterate(interp, source, ty)
    if table_items is None:
        table_items = deques.iterate(interp, source, ty)
    if table_items is None:
        table_items = btree.iterate(interp, source, ty)
    if table_items is not None:
        return table_items
    if isinstance(source, IterValue):
        return lazy.drain(interp, env, source, span)
    if isinstance(ty, T.AdtTy) and ty.name in ("Range", "RangeInclusive") and not isinstance(
            ty.args[0], T.CharTy):
        return range(source[0], source[1] + (1 if ty.name == "RangeInclusive" else 0))
    if isinstance(ty, T.AdtTy) and T.is_vec(ty):
        return _consume_vec(interp, source, ty)
    if isinstance(ty, T.AdtTy) and ty.name == "Receiver":
        return sync.receive_all(interp, env, source, ty, span)
    if isinstance(ty, T.RefTy) and isinstance(ty.inner, T.IterTy):
        return _borrowed(interp, env, source, ty.inner, span)
    return lazy.drain(interp, env, lazy.to_iter(interp, source, ty), span)


def _borrowed(interp: Interpreter, env: Env, place: Ref, ty: T.Ty,
              span: Span | None) -> Iterable[Any]:
    """`for x in &mut it`: each `next` advances the iterator where it lives, which keeps
    what the loop did not take (after a `break`)."""
    while True:
        item, after = lazy.advance(interp, env, interp.memory.read(place), span)
        _store(interp, place, after, ty)
        if item is lazy.END:
            return
        yield item


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


def as_items(interp: Interpreter, env: Env, value: Any, ty: T.Ty) -> tuple[Any, ...]:
    """Every item of an iterator-ish value (IterValue, range), taken by value."""
    return tuple(lazy.drain(interp, env, lazy.to_iter(interp, value, ty), None))


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


ADAPTORS = ("rev", "enumerate", "skip", "take", "step_by", "cloned", "copied", "map", "filter",
            "zip", "filter_map", "flatten", "chain", "take_while", "skip_while", "map_while",
            "peekable", "flat_map", "scan", "inspect", "fuse")
CONSUMERS = ("count", "sum", "product", "max", "min", "last", "next", "collect", "any", "all",
             "position", "find", "fold", "for_each", "max_by_key", "min_by_key", "max_by",
             "min_by", "partition", "nth", "unzip", "peek", "find_map")


def _item_type(interp: Interpreter, ty: T.Ty) -> T.Ty:
    if isinstance(ty, T.IterTy):
        return ty.item
    mine = user_iterator(interp.c.items, ty)  # type: ignore[arg-type]
    if mine is not None:  # `impl Iterator for Counter`
        return mine.item
    assert isinstance(ty, T.AdtTy)  # a range
    return ty.args[0]


def _store(interp: Interpreter, place: Ref, it: IterValue, ty: T.Ty) -> None:
    """Write an iterator's new state back where it lives (a range stays a range)."""
    if isinstance(ty, T.AdtTy) and it.kind == "range":
        start, end = it.state
        if ty.name == "RangeFrom":
            interp.write_place(place, (start,))
            return
        if ty.name == "Range":
            interp.write_place(place, (start, end))
            return
        if ty.name == "RangeInclusive" and start < end:
            interp.write_place(place, (start, end - 1))
            return
        raise NotSupportedAtRun("an exhausted `RangeInclusive` kept in a variable")
    if isinstance(ty, T.AdtTy) and it.kind == "user":  # the program's iterator, advanced
        interp.write_place(place, it.state[0])
        return
    if isinstance(ty, T.AdtTy):
        raise NotSupportedAtRun(f"`next` on this `{ty.name}` kept in a variable")
    interp.write_place(place, it)


def _keep_or_drop(interp: Interpreter, place: Ref | None, it: IterValue, ty: T.Ty) -> None:
    """After `next`, `find`, ...: the iterator's new state where it lives, or (taken
    from a temporary value) dropped."""
    if place is not None:
        _store(interp, place, it, ty)
    else:
        lazy.drop_iter(interp, it, "the temporary iterator is dropped")


@method(*(f"iter::{n}" for n in ADAPTORS + CONSUMERS))
def _iter(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
          e: ast.MethodCall) -> Any:
    name = e.method
    span = e.method_span
    place = recv if isinstance(recv, Ref) else None
    current = interp.memory.read(recv) if place is not None else recv
    it = lazy.to_iter(interp, current, ty)
    item_ty = _item_type(interp, ty)
    if name in ADAPTORS:
        return _adaptor(interp, env, it, item_ty, args, e)
    if name in ("next", "nth"):
        skip = args[0] if name == "nth" else 0
        item: Any = lazy.END
        for i in range(skip + 1):
            item, it = lazy.advance(interp, env, it, span)
            if item is lazy.END:
                break
            if i < skip:
                lazy.discard(interp, item, item_ty)
        _keep_or_drop(interp, place, it, ty)
        return (0,) if item is lazy.END else (1, item)
    if name == "peek":  # the next item, kept in the iterator; a reference to it
        assert place is not None and it.inner is not None
        if it.state is None:
            item, inner = lazy.advance(interp, env, it.inner, span)
            it = replace(it, inner=inner, state=(item,))
            _store(interp, place, it, ty)
        if it.state[0] is lazy.END:
            return (0,)
        return (1, place.child(0, place.address))
    if name in ("any", "all", "position", "find", "find_map"):
        result = _search(interp, env, it, item_ty, args[0], name, span)
        _keep_or_drop(interp, place, result[1], ty)
        return result[0]
    if name == "collect":
        return collect.collect(interp, env, it, item_ty, result_type(interp, e), span)
    return _consume(interp, env, lazy.drain(interp, env, it, span), item_ty, args, e)


def _search(interp: Interpreter, env: Env, it: IterValue, item_ty: T.Ty, fn: Any, name: str,
            span: Span) -> tuple[Any, IterValue]:
    """`any`, `all`, `position`, `find`: items until the answer is known; the iterator
    keeps the rest."""
    index = 0
    while True:
        item, it = lazy.advance(interp, env, it, span)
        if item is lazy.END:
            return ((name == "all") if name in ("any", "all") else (0,)), it
        if name == "find":
            hit = lazy.call_by_ref(interp, env, fn, item, item_ty)
        elif name == "find_map":  # the item moves into the closure; its Some is the answer
            found = fn.call([item])
            if found[0] == 1:
                return found, it
            index += 1
            continue
        else:
            hit = fn.call([item])
        if name == "all":
            if not hit:
                return False, it
        elif hit:
            return (True if name == "any" else (1, index) if name == "position" else (
                1, item)), it
        elif name == "find":
            lazy.discard(interp, item, item_ty)
        index += 1


def _adaptor(interp: Interpreter, env: Env, it: IterValue, item_ty: T.Ty, args: list[Any],
             e: ast.MethodCall) -> IterValue:
    """An adaptor builds a value around the iterator; nothing is asked of it yet."""
    name = e.method
    span = e.method_span
    adapt = lazy.adapt
    if name == "rev":
        return adapt("rev", lazy.into_owned(interp, env, it, span), item_ty)
    if name == "enumerate":
        return adapt(name, it, item_ty, state=0)
    if name in ("skip", "take"):
        return adapt(name, it, item_ty, state=args[0])
    if name == "step_by":
        if args[0] == 0:
            raise interp.panic_at(span, "assertion failed: step != 0", "step_by")
        return adapt(name, it, item_ty, state=(args[0], True))
    if name in ("cloned", "copied", "fuse"):
        return adapt(name, it, item_ty)
    if name in ("map", "filter", "filter_map", "inspect", "map_while"):
        return adapt(name, it, item_ty, fn=args[0])
    if name in ("take_while", "skip_while"):
        return adapt(name, it, item_ty, fn=args[0], state=False)
    if name in ("zip", "chain"):
        other = lazy.to_iter(interp, args[0], arg_type(interp, e, 0))
        return adapt(name, it, item_ty, other=other)
    if name == "peekable":
        return adapt(name, it, item_ty, state=None)
    if name == "flatten":
        return adapt(name, it, item_ty, state=(None, item_ty))
    if name == "flat_map":
        fn_ty = arg_type(interp, e, 0)
        assert isinstance(fn_ty, T.FnTy)
        return adapt(name, it, item_ty, fn=args[0], state=(None, fn_ty.ret))
    if name == "scan":
        return adapt(name, it, item_ty, fn=args[1], state=(args[0], arg_type(interp, e, 0)))
    raise TypeError(name)


def _consume(interp: Interpreter, env: Env, items: Iterator[Any], item_ty: T.Ty,
             args: list[Any], e: ast.MethodCall) -> Any:
    """The consumers that take the iterator by value: every item, one `next` at a time."""
    name = e.method
    mem = interp.memory
    if name == "count":
        n = 0
        for item in items:
            lazy.discard(interp, item, item_ty)
            n += 1
        return n
    if name in ("sum", "product"):
        result_ty = result_type(interp, e)
        total: Any = 0 if name == "sum" else 1
        if isinstance(result_ty, T.FloatTy):
            total = float(total)
        for item in items:
            v = mem.read(item) if isinstance(item, Ref) else item
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
    if name in ("max", "min", "max_by_key", "min_by_key", "max_by", "min_by"):
        return _extreme(interp, env, items, item_ty, args, e)
    if name == "last":
        last: Any = lazy.END
        for item in items:
            if last is not lazy.END:
                lazy.discard(interp, last, item_ty)
            last = item
        return (0,) if last is lazy.END else (1, last)
    if name == "fold":
        acc = args[0]
        for item in items:
            acc = args[1].call([acc, item])
        return acc
    if name == "for_each":
        for item in items:
            args[0].call([item])
        return ()
    if name == "partition":
        yes: list[Any] = []
        no: list[Any] = []
        for item in items:
            (yes if lazy.call_by_ref(interp, env, args[0], item, item_ty) else no).append(item)
        target = result_type(interp, e)
        assert isinstance(target, T.TupleTy)
        return (collect.collect_items(interp, tuple(yes), item_ty, target.items[0]),
                collect.collect_items(interp, tuple(no), item_ty, target.items[1]))
    if name == "unzip":
        target = result_type(interp, e)
        assert isinstance(target, T.TupleTy) and isinstance(item_ty, T.TupleTy)
        pairs = tuple(items)
        return tuple(collect.collect_items(interp, tuple(p[i] for p in pairs), item_ty.items[i],
                                           target.items[i]) for i in (0, 1))
    raise TypeError(name)


def _extreme(interp: Interpreter, env: Env, items: Iterator[Any], item_ty: T.Ty,
             args: list[Any], e: ast.MethodCall) -> Any:
    """`max`/`min` (`_by_key`, `_by`): std keeps the last of equal maxima and the first of
    equal minima; the other item of each comparison is dropped."""
    name = e.method
    mem = interp.memory
    want_max = name.startswith("max")
    by_key = name.endswith("_by_key")
    by = name.endswith("_by")
    key_ty = item_ty
    if by_key:
        fn_ty = arg_type(interp, e, 0)
        key_ty = fn_ty.ret if isinstance(fn_ty, T.FnTy) else T.I32

    def key(item: Any) -> Any:
        if by:
            return None
        if by_key:
            return convert.key_of(mem, lazy.call_by_ref(interp, env, args[0], item, item_ty),
                                  key_ty)
        return convert.key_of(mem, item, item_ty)

    def compare(a: tuple[Any, Any], b: tuple[Any, Any]) -> int:  # `compare(&a, &b)`
        if by:
            ref_a = interp.temp_slot(env, a[0], item_ty)
            ref_b = interp.temp_slot(env, b[0], item_ty)
            try:
                return int(args[0].call([ref_a, ref_b])[0]) - 1
            finally:
                lazy.pop_temp(interp, env)
                lazy.pop_temp(interp, env)
        return -1 if a[1] < b[1] else 1 if a[1] > b[1] else 0

    chosen: tuple[Any, Any] | None = None
    for item in items:
        current = (item, key(item))
        if chosen is None:
            chosen = current
            continue
        c = compare(chosen, current)
        keep_new = c <= 0 if want_max else c > 0
        lazy.discard(interp, (chosen if keep_new else current)[0], item_ty)
        if keep_new:
            chosen = current
    return (0,) if chosen is None else (1, chosen[0])

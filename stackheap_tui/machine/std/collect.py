"""`Iterator::collect` (and `partition`, `unzip`): the items one `next` at a time, into a
`Vec` or `String` whose capacity grows as std's `FromIterator` grows it, or into
`Option<Vec<_>>` / `Result<Vec<_>, _>`, which stop at the first `None` / `Err`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.machine import convert
from stackheap_tui.machine.heap_ops import min_capacity
from stackheap_tui.machine.std import lazy
from stackheap_tui.machine.std.values import IterValue
from stackheap_tui.memory.values import Ref

if TYPE_CHECKING:
    from stackheap_tui.lang.span import Span
    from stackheap_tui.machine.interpreter import Env, Interpreter


class _Growth:
    """A buffer's capacity as `reserve` grows it (amortised: doubling, at least MIN)."""

    def __init__(self, minimum: int, cap: int = 0, length: int = 0) -> None:
        self.minimum = minimum
        self.cap = cap
        self.length = length

    def reserve(self, additional: int) -> None:
        if self.length + additional > self.cap:
            self.cap = max(2 * self.cap, self.length + additional, self.minimum)


def trusted_len(it: IterValue) -> bool:
    """Whether std's `TrustedLen` holds: `collect` then allocates the exact length once."""
    kind = it.kind
    if kind == "items":
        return it.hint == "exact"
    if kind == "range":
        return True
    if kind in ("map", "enumerate", "rev", "cloned", "copied", "take", "skip", "fuse",
                "peekable"):
        return it.inner is not None and trusted_len(it.inner) and (
            kind == "take" or exact_or_bounded(it.inner))
    if kind in ("zip", "chain"):
        return all(part is None or trusted_len(part) for part in (it.inner, it.other)) and (
            kind == "zip" or all(part is None or exact_or_bounded(part)
                                 for part in (it.inner, it.other)))
    return False


def exact_or_bounded(it: IterValue) -> bool:
    """Not an endless range under it (a `take` bounds one)."""
    if it.kind == "range":
        return it.state[1] is not None
    if it.kind == "take":
        return True
    return all(part is None or exact_or_bounded(part) for part in (it.inner, it.other))


def collect(interp: Interpreter, env: Env, it: IterValue, item_ty: T.Ty, target: T.Ty,
            span: Span | None) -> Any:
    if isinstance(target, T.AdtTy) and target.name in ("Option", "Result"):
        return _shunt(interp, env, it, item_ty, target, span)
    if isinstance(target, T.AdtTy) and target.name == "BinaryHeap":
        # std: `BinaryHeap::from(iter.collect::<Vec<_>>())`, rebuilt in place
        from stackheap_tui.machine.std.heaps import heapify
        made = collect(interp, env, it, item_ty, T.vec(target.args[0]), span)
        return heapify(interp, made, target.args[0])
    if T.is_string(target):
        return _string(interp, lazy.drain(interp, env, it, span), item_ty, lazy.size_hint(it))
    if isinstance(target, T.AdtTy) and T.is_vec(target):
        element = target.args[0]
        minimum = min_capacity(L.size_of(element))
        if trusted_len(it):
            items = tuple(lazy.drain(interp, env, it, span))
            return _vec(interp, items, item_ty, element, len(items))
        gathered: list[Any] = []
        growth = _Growth(minimum)
        while True:
            item, it = lazy.advance(interp, env, it, span)
            if item is lazy.END:
                lazy.drop_iter(interp, it, "dropping the used-up iterator")
                break
            if not gathered:  # the first item, then room for what size_hint promises
                growth.cap = max(minimum, lazy.size_hint(it) + 1)
            elif growth.length == growth.cap:
                growth.reserve(lazy.size_hint(it) + 1)
            gathered.append(item)
            growth.length += 1
        return _vec(interp, tuple(gathered), item_ty, element, growth.cap)
    raise TypeError(f"collect into {target}")


def collect_items(interp: Interpreter, items: tuple[Any, ...], item_ty: T.Ty,
                  target: T.Ty) -> Any:
    """Items already taken (`partition`, `unzip`): extended one by one from empty."""
    if T.is_string(target):
        return _string(interp, iter(items), item_ty, 0)
    assert isinstance(target, T.AdtTy) and T.is_vec(target)
    element = target.args[0]
    growth = _Growth(min_capacity(L.size_of(element)))
    for _ in items:
        growth.reserve(1)
        growth.length += 1
    return _vec(interp, items, item_ty, element, growth.cap)


def _vec(interp: Interpreter, items: tuple[Any, ...], item_ty: T.Ty, element: T.Ty,
         cap: int) -> Any:
    if isinstance(item_ty, T.RefTy) and not isinstance(element, T.RefTy):
        items = tuple(interp.memory.read(v) for v in items)  # Vec<T> extends from &T (Copy)
    if not cap:
        return interp.heap.vec_from(element, ())
    return interp.heap.vec_from(element, items, cap)


def _string(interp: Interpreter, items: Any, item_ty: T.Ty, lower: int) -> Any:
    """`String: FromIterator<char | &char | &str | String>`: `push` / `push_str` each."""
    mem = interp.memory
    base = item_ty.inner if isinstance(item_ty, T.RefTy) else item_ty
    growth = _Growth(8)
    chunks: list[bytes] = []
    first = True
    for item in items:
        value = mem.read(item) if isinstance(item, Ref) and isinstance(base, T.CharTy) else item
        if isinstance(base, T.CharTy):
            if first and lower:
                growth.reserve(lower)
            data = value.encode("utf-8")
        else:
            data = convert.text_of(mem, value, item_ty).encode("utf-8")
            if first and T.is_string(item_ty):  # the first String is the buffer kept
                growth.cap = value[1]
        first = False
        growth.reserve(len(data))
        growth.length += len(data)
        chunks.append(data)
        if T.is_string(item_ty):
            lazy.discard(interp, item, item_ty)
    data = b"".join(chunks)
    if not growth.cap:
        return interp.heap.string_from(b"")
    return interp.heap.string_from(data, growth.cap)


def _shunt(interp: Interpreter, env: Env, it: IterValue, item_ty: T.Ty, target: T.AdtTy,
           span: Span | None) -> Any:
    """`Option<C>` from `Option<T>`s (`Result` alike): the first `None` (`Err`) is the
    answer and no item after it is asked for; else every payload collected. Option is
    (0,) / (1, x); Result (0, x) / (1, e)."""
    assert isinstance(item_ty, T.AdtTy)
    stop = 0 if target.name == "Option" else 1
    payloads: list[Any] = []
    while True:
        item, it = lazy.advance(interp, env, it, span)
        if item is lazy.END:
            lazy.drop_iter(interp, it, "dropping the used-up iterator")
            break
        if item[0] == stop:
            lazy.drop_iter(interp, it, "dropping the used-up iterator")
            for payload in payloads:  # then the partial collection
                lazy.discard(interp, payload, item_ty.args[0])
            return item
        payloads.append(item[1])
    inner = collect_items(interp, tuple(payloads), item_ty.args[0], target.args[0])
    return (1, inner) if target.name == "Option" else (0, inner)

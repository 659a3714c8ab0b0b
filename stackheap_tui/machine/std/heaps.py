"""`BinaryHeap` at run time: a `Vec` kept in max-heap order, as std keeps it.

The value is the Vec's header `(ptr, cap, len)` and its buffer grows as a Vec's. The
element order in the buffer is std's own (`alloc/src/collections/binary_heap/mod.rs`,
rustc 1.95): `push` appends then sifts up; `pop` takes the last element, swaps it with
the root and sifts the hole down to the bottom, then up; `from(vec)` and `collect`
rebuild bottom-up (`sift_down` from `len / 2 - 1` down to 0); `into_sorted_vec` swaps
the root to the end and sifts down the rest. `{:?}` prints the buffer in that order,
which the conformance programs check against rustc on many sequences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.machine import convert
from stackheap_tui.machine.heap_ops import dangling
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.machine.std.values import IterValue
from stackheap_tui.memory.values import HEAP, Ref

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter


# ---- std's sifts, on a list of (key, value) pairs ----
def sift_up(data: list[Any], start: int, pos: int) -> int:
    item = data[pos]
    while pos > start:
        parent = (pos - 1) // 2
        if item[0] <= data[parent][0]:
            break
        data[pos] = data[parent]
        pos = parent
    data[pos] = item
    return pos


def sift_down_range(data: list[Any], pos: int, end: int) -> None:
    item = data[pos]
    child = 2 * pos + 1
    while child <= max(end - 2, 0) and end >= 2:
        if data[child][0] <= data[child + 1][0]:
            child += 1
        if item[0] >= data[child][0]:
            data[pos] = item
            return
        data[pos] = data[child]
        pos = child
        child = 2 * pos + 1
    if child == end - 1 and item[0] < data[child][0]:
        data[pos] = data[child]
        pos = child
    data[pos] = item


def sift_down_to_bottom(data: list[Any], pos: int) -> None:
    end = len(data)
    start = pos
    item = data[pos]
    child = 2 * pos + 1
    while end >= 2 and child <= end - 2:
        if data[child][0] <= data[child + 1][0]:
            child += 1
        data[pos] = data[child]
        pos = child
        child = 2 * pos + 1
    if child == end - 1:
        data[pos] = data[child]
        pos = child
    data[pos] = item
    sift_up(data, start, pos)


def rebuild(data: list[Any]) -> None:
    n = len(data) // 2
    while n > 0:
        n -= 1
        sift_down_range(data, n, len(data))


# ---- the machine's side ----
def _keyed(interp: Interpreter, items: Any, element: T.Ty) -> list[Any]:
    return [(convert.key_of(interp.memory, v, element), v) for v in items]


def _store(interp: Interpreter, header: Any, data: list[Any]) -> Any:
    return interp.heap.set_contents(header, tuple(v for _k, v in data))


def heapify(interp: Interpreter, header: Any, element: T.Ty) -> Any:
    """A Vec's buffer put in heap order in place (`BinaryHeap::from(vec)`)."""
    data = _keyed(interp, interp.heap.contents(header)[:header[2]], element)
    rebuild(data)
    return _store(interp, header, data) if header[1] else header


@function("BinaryHeap::new", "BinaryHeap::with_capacity")
def _new(site: CallSite) -> Code:
    ty = site.ty
    assert isinstance(ty, T.AdtTy)
    element = ty.args[0]
    heap = site.interp.heap
    values = site.values

    def make(env: Env) -> Any:
        args = values(env)
        if args and args[0]:
            return heap.new_buffer("vec", element, args[0], ())
        return (dangling(element), 0, 0)

    return make


@function("BinaryHeap::from")
def _from(site: CallSite) -> Code:
    """`BinaryHeap::from(vec)`: the Vec's buffer itself, rebuilt into heap order."""
    ty = site.ty
    assert isinstance(ty, T.AdtTy)
    element = ty.args[0]
    interp = site.interp
    values = site.values
    return lambda env: heapify(interp, values(env)[0], element)


@function("BinaryHeap::from_array")
def _from_array(site: CallSite) -> Code:
    """`BinaryHeap::from([..])`: collected into an exact-size Vec, then rebuilt."""
    ty = site.ty
    assert isinstance(ty, T.AdtTy)
    element = ty.args[0]
    interp = site.interp
    values = site.values
    return lambda env: heapify(interp, interp.heap.vec_from(element, tuple(values(env)[0])),
                               element)


@method(*(f"BinaryHeap::{n}" for n in (
    "push", "pop", "peek", "len", "is_empty", "capacity", "clear", "into_sorted_vec",
    "into_vec", "iter")))
def _heap(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
          e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.AdtTy)
    element = ty.args[0]
    name = e.method
    heap = interp.heap
    header = interp.memory.read(recv) if isinstance(recv, Ref) else recv
    ptr, cap, length = header
    if name == "len":
        return length
    if name == "is_empty":
        return length == 0
    if name == "capacity":
        return cap
    if name == "peek":
        return (1, Ref(HEAP, ptr, 0, (0,), ptr)) if length else (0,)
    if name == "iter":
        size = L.size_of(element)
        return IterValue(tuple(Ref(HEAP, ptr, 0, (i,), ptr + i * size)
                               for i in range(length)))
    if name == "push":
        header = heap.vec_push(header, element, args[0])
        data = _keyed(interp, heap.contents(header)[:length + 1], element)
        sift_up(data, 0, length)
        header = _store(interp, header, data)
        interp.write_place(recv, header)
        interp.adopt(recv, ty)
        return ()
    if name == "pop":
        if not length:
            return (0,)
        data = _keyed(interp, heap.contents(header)[:length], element)
        last = data.pop()
        if data:
            last, data[0] = data[0], last
            sift_down_to_bottom(data, 0)
        interp.write_place(recv, _store(interp, header, data))
        return (1, last[1])
    if name == "clear":
        for item in heap.contents(header)[:length]:
            interp.drop_value(item, element, "`clear`")
        interp.write_place(recv, heap.set_contents(header, ()))
        return ()
    if name == "into_vec":
        return header
    if name == "into_sorted_vec":
        data = _keyed(interp, heap.contents(header)[:length], element)
        end = len(data)
        while end > 1:
            end -= 1
            data[0], data[end] = data[end], data[0]
            sift_down_range(data, 0, end)
        return _store(interp, header, data) if cap else header
    raise TypeError(name)

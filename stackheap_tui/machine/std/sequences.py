"""Slices, arrays and Vec at run time: their methods and the notes a `push` leaves."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.machine import convert
from stackheap_tui.machine.std import lazy, maps
from stackheap_tui.machine.std.iterators import as_items
from stackheap_tui.machine.std.registry import (
    CallSite,
    Code,
    arg_type,
    function,
    method,
    result_type,
)
from stackheap_tui.machine.std.sorting import sorted_order
from stackheap_tui.machine.std.values import IterValue, check_capacity, clone_value, heap_dangling
from stackheap_tui.memory.ranges import index_range, slice_range_error
from stackheap_tui.memory.state import FREE, SLOT_PUSH
from stackheap_tui.memory.values import HEAP, STACK, Ref, Slice

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter


class SlotPushed:
    """The note of a `push` onto a Vec held in a slot, read back from the picture after
    the step: the header there has the new length (the element is at length - 1)."""

    __slots__ = ("frame", "slot")

    def __init__(self, frame: int, slot: int) -> None:
        self.frame = frame
        self.slot = slot

    def render(self, memory: Any) -> str:
        try:
            _, capacity, length = memory.frames[self.frame].slots[self.slot].value
        except (IndexError, TypeError, ValueError):  # the slot left in the same step
            return "`push` stores the value at the end of the heap buffer."
        return VecPushed(length - 1, capacity).render(memory)


class VecPushed:
    """The note of a `push`, rendered only if its step is shown (loops push a lot)."""

    __slots__ = ("capacity", "length")

    def __init__(self, length: int, capacity: int) -> None:
        self.length = length  # before the push: the new element's index
        self.capacity = capacity

    def render(self, memory: object) -> str:
        return (f"`push` stores the value in element {self.length} of the heap buffer: "
                f"length {self.length + 1}, capacity {self.capacity}.")


def _slice_items(interp: Interpreter, recv: Any) -> tuple[Any, ...]:
    return tuple(interp.memory.read(recv))


@method(*(f"slice::{n}" for n in (
    "len", "is_empty", "iter", "iter_mut", "contains", "first", "last", "get", "sort",
    "sort_unstable", "reverse", "swap", "to_vec", "join", "concat", "windows", "chunks",
    "fill", "sort_by_key", "sort_by", "binary_search", "rotate_left", "rotate_right",
    "split_at", "split_at_mut", "copy_from_slice")))
def _slice(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
           e: ast.MethodCall) -> Any:
    assert isinstance(recv, Slice) and isinstance(ty, T.SliceTy)
    name = e.method
    mem = interp.memory
    element = ty.element
    items = _slice_items(interp, recv)
    if name == "len":
        return recv.length
    if name == "is_empty":
        return recv.length == 0
    if name in ("iter", "iter_mut"):
        return IterValue(tuple(recv.element(i) for i in range(recv.length)))
    if name == "contains":
        target = convert.key_of(mem, mem.read(args[0]), element)
        return any(convert.key_of(mem, v, element) == target for v in items)
    if name in ("first", "last"):
        if not items:
            return (0,)
        return (1, recv.element(0 if name == "first" else recv.length - 1))
    if name == "get":
        i = args[0]
        return (1, recv.element(i)) if i < recv.length else (0,)
    if name in ("sort", "sort_unstable") and recv.base.region == HEAP and recv.start == 0 and (
            recv.length == len(mem.heap[recv.base.root].value)):
        maps.untaint(interp, recv.base.root)  # sorted whole: no longer a HashMap's order
    if name in ("sort", "sort_unstable"):
        ordered = sorted(items, key=lambda v: convert.key_of(mem, v, element))
        _write_slice(interp, recv, tuple(ordered))
        return ()
    if name == "reverse":
        _write_slice(interp, recv, tuple(reversed(items)))
        return ()
    if name == "swap":
        a, b = args
        for index in (a, b):
            if index >= recv.length:
                raise interp.panic_at(e.method_span, f"index out of bounds: the len is "
                                      f"{recv.length} but the index is {index}")
        swapped = list(items)
        swapped[a], swapped[b] = swapped[b], swapped[a]
        _write_slice(interp, recv, tuple(swapped))
        return ()
    if name == "fill":
        _write_slice(interp, recv, (args[0],) * recv.length)
        return ()
    if name in ("sort_by_key", "sort_by"):
        refs = [recv.element(i) for i in range(recv.length)]
        closure = args[0]
        if name == "sort_by_key":
            key_ty = interp.c.type_of(e.args[0])
            ret_ty = key_ty.ret if isinstance(key_ty, T.FnTy) else T.I32

            def key(i: int) -> Any:
                return convert.key_of(mem, closure.call([refs[i]]), ret_ty)

            order = sorted_order(len(refs), key, None, e.args[0], e.method_span)
        else:
            def compare(i: int, j: int) -> int:
                ordering = closure.call([refs[i], refs[j]])
                return int(ordering[0]) - 1  # Less, Equal, Greater -> -1, 0, 1

            order = sorted_order(len(refs), None, compare, e.args[0], e.method_span)
        _write_slice(interp, recv, tuple(items[i] for i in order))
        return ()
    if name == "binary_search":
        target = convert.key_of(mem, mem.read(args[0]), element)
        keys = [convert.key_of(mem, v, element) for v in items]
        low, high = 0, len(keys)
        while low < high:
            mid = (low + high) // 2
            if keys[mid] == target:
                return (0, mid)
            if keys[mid] < target:
                low = mid + 1
            else:
                high = mid
        return (1, low)
    if name in ("rotate_left", "rotate_right"):
        k = args[0]
        if k > recv.length:
            raise interp.panic_at(e.method_span, "assertion failed: mid <= self.len()"
                                  if name == "rotate_left" else "assertion failed: k <= self.len()",
                                  name)
        k = k if name == "rotate_left" else recv.length - k
        _write_slice(interp, recv, items[k:] + items[:k])
        return ()
    if name == "copy_from_slice":
        source = tuple(mem.read(args[0]))
        if len(source) != recv.length:
            raise interp.panic_at(e.method_span, "copy_from_slice: source slice length "
                                  f"({len(source)}) does not match destination slice length "
                                  f"({recv.length})")
        _write_slice(interp, recv, source)
        return ()
    if name in ("split_at", "split_at_mut"):
        at = args[0]
        if at > recv.length:
            raise interp.panic_at(e.method_span, "mid > len")
        return (recv.sub(0, at), recv.sub(at, recv.length))
    if name == "to_vec":
        return interp.heap.vec_from(element, tuple(clone_value(interp, v, element)
                                                   for v in items))
    if name == "concat" and T.is_vec(result_type(interp, e)):
        made = result_type(interp, e)
        assert isinstance(made, T.AdtTy)
        parts = [interp.memory.read(v) if isinstance(v, Slice) else
                 interp.memory.read(interp.deref_to(v, element, T.SliceTy(T.UNIT))) if
                 isinstance(element, T.RefTy) else interp.heap.contents(v) if T.is_vec(element)
                 else v for v in items]
        return interp.heap.vec_from(made.args[0], tuple(
            clone_value(interp, x, made.args[0]) for part in parts for x in part))
    if name in ("join", "concat"):
        sep = convert.bytes_of(mem, args[0], arg_type(interp, e, 0)) if name == "join" else b""
        parts = [convert.bytes_of(mem, v, element) for v in items]
        return interp.heap.string_from(sep.join(parts))
    if name in ("windows", "chunks"):
        size = args[0]
        if size == 0:
            what = "window" if name == "windows" else "chunk"
            raise interp.panic_at(e.method_span, f"{what} size must be non-zero")
        if name == "windows":
            return IterValue(tuple(recv.sub(i, i + size) for i in range(recv.length - size + 1)))
        return IterValue(tuple(recv.sub(i, min(i + size, recv.length))
                               for i in range(0, recv.length, size)))
    raise TypeError(name)


def _items_of_any(interp: Interpreter, env: Env, value: Any, ty: T.Ty,
                  element: T.Ty) -> tuple[Any, ...]:
    """What `extend` takes from: a Vec (consumed), array, range, iterator or slice."""
    mem = interp.memory
    if isinstance(value, IterValue):
        items = as_items(interp, env, value, ty)
    elif T.is_vec(ty):
        items = tuple(interp.heap.contents(value))
        if value[1]:  # the moved-in Vec's buffer is freed once its elements moved out
            interp.rec.apply((FREE, value[0], "freed: its elements moved by `extend`"))
    elif isinstance(ty, T.ArrayTy):
        items = tuple(value)
    elif isinstance(ty, T.RefTy):
        place = interp.deref_to(value, ty.inner, T.SliceTy(T.UNIT))
        items = tuple(mem.read(place))
    else:
        items = as_items(interp, env, value, ty)
    if items and isinstance(items[0], Ref) and not isinstance(element, T.RefTy):
        items = tuple(mem.read(v) for v in items)
    return items


def _write_slice(interp: Interpreter, place: Slice, items: tuple[Any, ...]) -> None:
    if place.length == 0 and not items:
        return  # nothing to write (an empty Vec's pointer is dangling, not a block)
    whole = interp.memory.read(place.base)
    new = tuple(whole[: place.start]) + items + tuple(whole[place.start + place.length:])
    interp.write_place(place.base, new)


@method(*(f"Vec::{n}" for n in (
    "push", "pop", "len", "capacity", "is_empty", "insert", "remove", "clear", "truncate",
    "reserve", "shrink_to_fit", "into_iter", "swap_remove", "extend_from_slice", "as_slice",
    "dedup", "get_mut", "first_mut", "last_mut", "retain", "drain", "extend")))
def _vec(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
         e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.AdtTy) and T.is_vec(ty)
    element = ty.args[0]
    name = e.method
    heap = interp.heap
    mem = interp.memory
    header = mem.read(recv) if isinstance(recv, Ref) else recv
    cheap = ("push", "len", "capacity", "is_empty", "reserve", "extend")
    items = () if name in cheap else tuple(heap.contents(header))
    _ptr, cap, length = header
    if name == "len":
        return length
    if name == "capacity":
        # A Vec of a zero-sized type never allocates: std reports `usize::MAX`.
        return T.USIZE.max if L.size_of(element) == 0 else cap
    if name == "is_empty":
        return length == 0
    if name == "push" and length < cap and isinstance(recv, Ref) and recv.region == STACK and (
            not recv.path):
        # Room to spare in a Vec held by a variable (a loop's usual push): one small op,
        # and only the new element gets an owner (not every element again).
        interp.rec.apply((SLOT_PUSH, recv.root, recv.slot, args[0]))
        if T.needs_drop(element):
            interp.claim(args[0], element, f"{interp.place_name(recv)}[{length}]")
        key = (recv.root, recv.slot)
        note = interp.push_notes.get(key)
        if note is None:  # one note per variable, not per push: loops push a lot
            note = interp.push_notes[key] = SlotPushed(recv.root, recv.slot)
        # The shared note reads the picture after the step, so it is right only for the
        # step's last push onto this Vec: an earlier one in the same step (a closure
        # pushing in a loop) gets its own note, with what it saw.
        notes = env.notes
        for i, earlier in enumerate(notes):
            if earlier is note:
                notes[i] = VecPushed(*interp.last_push[key])
        interp.last_push[key] = (length, cap)
        notes.append(note)
        return ()
    if name == "push":
        new_header = heap.vec_push(header, element, args[0])
        interp.write_place(recv, new_header)
        interp.adopt(recv, ty)
        env.notes.append(VecPushed(length, new_header[1]))
        return ()
    if name == "pop":
        if not items:
            return (0,)
        interp.write_place(recv, heap.set_contents(header, items[:-1]))
        return (1, items[-1])
    if name == "insert":
        at, value = args
        if at > length:
            raise interp.panic_at(e.method_span, f"insertion index (is {at}) should be <= len "
                                  f"(is {length})")
        grown = heap.reserve(header, "vec", element, 1)
        interp.write_place(recv, heap.set_contents(grown, (*items[:at], value, *items[at:])))
        interp.adopt(recv, ty)
        return ()
    if name in ("remove", "swap_remove"):
        at = args[0]
        if at >= length:
            word = "removal" if name == "remove" else "swap_remove"
            raise interp.panic_at(e.method_span, f"{word} index (is {at}) should be < len "
                                  f"(is {length})", name)
        value = items[at]
        if name == "remove":
            rest = items[:at] + items[at + 1:]
        else:
            rest = (*items[:at], items[-1], *items[at + 1:-1]) if at != length - 1 else \
                items[:-1]
        interp.write_place(recv, heap.set_contents(header, rest))
        return value
    if name in ("clear", "truncate"):
        keep = 0 if name == "clear" else args[0]
        for item in items[keep:]:
            interp.drop_value(item, element, f"`{name}`")
        interp.write_place(recv, heap.set_contents(header, items[:keep]))
        return ()
    if name == "reserve":
        interp.write_place(recv, heap.reserve(header, "vec", element, args[0]))
        interp.adopt(recv, ty)
        return ()
    if name == "shrink_to_fit":
        interp.write_place(recv, heap.shrink(header, "vec", element))
        interp.adopt(recv, ty)
        return ()
    if name == "into_iter":
        return lazy.vec_into_iter(interp, header, element)
    if name == "extend_from_slice":
        extra = tuple(clone_value(interp, v, element) for v in mem.read(args[0]))
        grown = heap.reserve(header, "vec", element, len(extra))
        interp.write_place(recv, heap.set_contents(grown, items + extra))
        interp.adopt(recv, ty)
        return ()
    if name == "as_slice":
        return interp.deref_place(recv, ty)[0]
    if name in ("get_mut", "first_mut", "last_mut"):
        slice_place = interp.deref_place(recv, ty)[0]
        index = args[0] if name == "get_mut" else 0 if name == "first_mut" else length - 1
        return (1, slice_place.element(index)) if 0 <= index < length else (0,)
    if name == "extend":
        extra = _items_of_any(interp, env, args[0], arg_type(interp, e, 0), element)
        grown = heap.reserve(header, "vec", element, len(extra))
        interp.write_place(recv, heap.append(grown, tuple(extra)))
        interp.adopt(recv, ty)
        return ()
    if name == "drain":
        bounds = args[0]
        range_ty = arg_type(interp, e, 0)
        kind = range_ty.name if isinstance(range_ty, T.AdtTy) else "RangeFull"
        selected = index_range(kind, bounds, length)
        problem = slice_range_error(selected, length)
        if problem is not None:  # `drain` checks its range inside std
            raise interp.panic_at(e.method_span, problem[1], f"drain:{problem[0]}")
        start, end = selected.start, selected.end
        interp.write_place(recv, heap.set_contents(header, items[:start] + items[end:]))
        return IterValue(items[start:end])
    if name == "retain":
        buffer = interp.deref_place(recv, ty)[0]
        kept = []
        for i, item in enumerate(items):
            if args[0].call([buffer.element(i)]):
                kept.append(item)
            else:
                interp.drop_value(item, element, "`retain`")
        interp.write_place(recv, heap.set_contents(header, tuple(kept)))
        return ()
    if name == "dedup":
        out: list[Any] = []
        for item in items:
            if not out or convert.key_of(mem, out[-1], element) != convert.key_of(
                    mem, item, element):
                out.append(item)
        interp.write_place(recv, heap.set_contents(header, tuple(out)))
        return ()
    raise TypeError(name)


@method("Array::into_iter")
def _array_into_iter(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                     e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.ArrayTy)
    return IterValue(tuple(recv), item_ty=ty.element)


def _element(site: CallSite) -> T.Ty:
    """The element type of the Vec a call makes."""
    ty = site.ty
    assert isinstance(ty, T.AdtTy) and T.is_vec(ty)
    return ty.args[0]


@function("Vec::new")
def _vec_new(site: CallSite) -> Code:
    element = _element(site)
    return lambda env: (heap_dangling(element), 0, 0)


@function("Vec::with_capacity")
def _vec_with_capacity(site: CallSite) -> Code:
    element = _element(site)
    interp = site.interp
    heap = interp.heap
    values = site.values
    span = site.e.span

    def vec_with_capacity(env: Env) -> Any:
        (capacity,) = values(env)
        check_capacity(interp, capacity, element, span)
        return heap.new_buffer("vec", element, capacity, ())

    return vec_with_capacity


@function("Vec::from")
def _vec_from(site: CallSite) -> Code:
    element = _element(site)
    heap = site.interp.heap
    values = site.values
    return lambda env: heap.vec_from(element, tuple(values(env)[0]))

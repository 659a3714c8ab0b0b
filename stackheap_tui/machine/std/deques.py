"""`VecDeque` at run time: a ring buffer, as std lays it out.

The header is `(ptr, cap, head, len)`; the heap block holds `cap` slots (None where no
element lives), element i at slot `(head + i) % cap`, so the elements may wrap around
the end of the buffer. Growth is Vec's (`max(2 * cap, cap + 1, 4)` for elements up to
1 KiB), then std's `handle_capacity_increase` puts a wrapped run back in order: the
shorter of the two runs moves (the front run to the end of the new buffer, or the
wrapped-around run right after the old capacity).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.machine import convert
from stackheap_tui.machine.allocation import check_allocation
from stackheap_tui.machine.heap_ops import min_capacity
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.machine.std.values import IterValue, clone_value
from stackheap_tui.memory.records import format_address
from stackheap_tui.memory.state import ALLOC, FREE, HEAP_SET
from stackheap_tui.memory.values import HEAP, Ref

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter


def _slot(header: Any, index: int) -> int:
    _ptr, cap, head, _len = header
    return (head + index) % cap


def _ref(header: Any, element: T.Ty, index: int) -> Ref:
    ptr = header[0]
    physical = _slot(header, index)
    return Ref(HEAP, ptr, 0, (physical,), ptr + physical * L.size_of(element))


def elements(interp: Interpreter, header: Any) -> tuple[Any, ...]:
    """The elements front to back."""
    ptr, cap, head, length = header
    if not cap:
        return ()
    slots = interp.memory.heap[ptr].value
    return tuple(slots[(head + i) % cap] for i in range(length))


def _grow(interp: Interpreter, place: Ref, header: Any, element: T.Ty) -> Any:
    """A full deque gets a bigger buffer (a new block, the old one freed)."""
    ptr, cap, head, length = header
    size = L.size_of(element)
    new_cap = max(2 * cap, cap + 1, min_capacity(size))
    check_allocation(new_cap * size, interp.current_span)
    old = list(interp.memory.heap[ptr].value) if cap else []
    slots: list[Any] = old + [None] * (new_cap - cap)
    if cap and head > cap - length:  # the elements wrap around the old end
        head_len = cap - head
        tail_len = length - head_len
        if head_len > tail_len and new_cap - cap >= tail_len:
            for i in range(tail_len):  # the wrapped run goes after the old capacity
                slots[cap + i], slots[i] = slots[i], None
        else:
            new_head = new_cap - head_len  # the front run goes to the end
            moved = slots[head:cap]
            for i in range(head, cap):
                slots[i] = None
            slots[new_head:new_cap] = moved
            head = new_head
    owner = interp.memory.heap[ptr].owner if cap else "(temporary)"
    new_ptr = interp.rec.apply((ALLOC, element, new_cap * size, tuple(slots), owner, "ring"))
    if cap:
        interp.rec.apply((FREE, ptr, "freed: the ring buffer grew"))
        _note(interp, f"The ring buffer was full ({length} of {cap}), so it grows into a "
              f"{new_cap * size}-byte block at {format_address(new_ptr)} (capacity "
              f"{new_cap}); the old block at {format_address(ptr)} is freed.")
    else:
        _note(interp, f"The first push allocates the ring buffer: {new_cap * size} bytes at "
              f"{format_address(new_ptr)} (capacity {new_cap}).")
    new_header = (new_ptr, new_cap, head, length)
    interp.write_place(place, new_header)
    interp.adopt(place, T.AdtTy("VecDeque", (element,)))
    return new_header


def _note(interp: Interpreter, text: str) -> None:
    if interp.envs:
        interp.envs[-1].notes.append("alloc:" + text)


def _store(interp: Interpreter, header: Any, physical: int, value: Any) -> None:
    ptr = header[0]
    slots = list(interp.memory.heap[ptr].value)
    slots[physical] = value
    interp.rec.apply((HEAP_SET, ptr, tuple(slots)))


@function("VecDeque::new", "VecDeque::with_capacity")
def _new(site: CallSite) -> Code:
    ty = site.ty
    assert isinstance(ty, T.AdtTy)
    element = ty.args[0]
    interp = site.interp
    values = site.values

    def make(env: Env) -> Any:
        args = values(env)
        capacity = args[0] if args else 0
        if not capacity:
            return (max(1, L.align_of(element)), 0, 0, 0)
        size = capacity * L.size_of(element)
        check_allocation(size, interp.current_span)
        ptr = interp.rec.apply((ALLOC, element, size, (None,) * capacity, "(temporary)",
                                "ring"))
        return (ptr, capacity, 0, 0)

    return make


@method(*(f"VecDeque::{n}" for n in (
    "push_back", "push_front", "pop_back", "pop_front", "front", "back", "get", "len",
    "is_empty", "capacity", "clear", "contains", "iter", "into_iter")))
def _deque(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
           e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.AdtTy)
    element = ty.args[0]
    name = e.method
    header = interp.memory.read(recv) if isinstance(recv, Ref) else recv
    ptr, cap, head, length = header
    if name == "len":
        return length
    if name == "is_empty":
        return length == 0
    if name == "capacity":
        return cap
    if name in ("push_back", "push_front"):
        if length == cap:
            header = _grow(interp, recv, header, element)
            ptr, cap, head, length = header
        if name == "push_front":
            head = (head - 1) % cap
            physical = head
        else:
            physical = (head + length) % cap
        _store(interp, header, physical, args[0])
        interp.write_place(recv, (ptr, cap, head, length + 1))
        interp.adopt(recv, ty)
        return ()
    if name in ("pop_front", "pop_back"):
        if not length:
            return (0,)
        physical = head if name == "pop_front" else _slot(header, length - 1)
        value = interp.memory.heap[ptr].value[physical]
        _store(interp, header, physical, None)
        if name == "pop_front":
            head = (head + 1) % cap
        interp.write_place(recv, (ptr, cap, head, length - 1))
        return (1, value)
    if name in ("front", "back", "get"):
        index = 0 if name == "front" else length - 1 if name == "back" else args[0]
        if not 0 <= index < length:
            return (0,)
        return (1, _ref(header, element, index))
    if name == "contains":
        mem = interp.memory
        target = convert.key_of(mem, mem.read(args[0]), element)
        return any(convert.key_of(mem, v, element) == target
                   for v in elements(interp, header))
    if name == "clear":
        for item in elements(interp, header):
            interp.drop_value(item, element, "`clear`")
        if cap:
            interp.rec.apply((HEAP_SET, ptr, (None,) * cap))
        interp.write_place(recv, (ptr, cap, 0, 0))
        return ()
    if name == "iter":
        return IterValue(tuple(_ref(header, element, i) for i in range(length)))
    if name == "into_iter":
        items = elements(interp, header)
        if cap:
            interp.rec.apply((FREE, ptr, "freed: the deque was consumed by `into_iter`"))
        return IterValue(items)
    raise TypeError(name)


# ---- what the rest of the machine asks ----
def iterate(interp: Interpreter, source: Any, ty: T.Ty) -> tuple[Any, ...] | None:
    """What a `for` loop walks over a `VecDeque` (None if `ty` is not one)."""
    if isinstance(ty, T.RefTy) and isinstance(ty.inner, T.AdtTy) and (
            ty.inner.name == "VecDeque"):
        header = interp.memory.read(source)
        return tuple(_ref(header, ty.inner.args[0], i) for i in range(header[3]))
    if isinstance(ty, T.AdtTy) and ty.name == "VecDeque":
        items = elements(interp, source)
        if source[1]:
            interp.rec.apply((FREE, source[0], "freed: the deque was consumed by the loop"))
        return items
    return None


def drop(interp: Interpreter, value: Any, ty: T.AdtTy, reason: str) -> list[tuple[int, int]]:
    """Its elements front to back, then its buffer."""
    ptr, cap, _head, _length = value
    freed: list[tuple[int, int]] = []
    if not cap:
        return freed
    element = ty.args[0]
    if T.needs_drop(element):
        for i, item in enumerate(elements(interp, value)):
            freed.extend(interp.drop_value(item, element, reason, _ref(value, element, i)))
    size = interp.memory.heap[ptr].size
    interp.rec.apply((FREE, ptr, f"freed by {reason}"))
    freed.append((ptr, size))
    return freed


def claim(interp: Interpreter, value: Any, ty: T.AdtTy, owner: str) -> None:
    ptr, cap, _head, _len = value
    if cap and interp.set_owner(ptr, owner) and T.needs_drop(ty.args[0]):
        for i, item in enumerate(elements(interp, value)):
            interp.claim(item, ty.args[0], f"{owner}[{i}]")


def clone(interp: Interpreter, value: Any, ty: T.AdtTy) -> Any:
    """`dq.clone()`: a buffer of exactly its length, front at slot 0."""
    element = ty.args[0]
    items = tuple(clone_value(interp, v, element) for v in elements(interp, value))
    if not items:
        return (max(1, L.align_of(element)), 0, 0, 0)
    ptr = interp.rec.apply((ALLOC, element, len(items) * L.size_of(element), items,
                            "(temporary)", "ring"))
    return (ptr, len(items), 0, len(items))

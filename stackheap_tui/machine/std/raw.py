"""Raw pointers at run time: making them (`&raw const x`, `&x as *const i32`, `as_ptr`),
following them (with Miri's checks: null, dangling, out of bounds, uninitialised), their
arithmetic, and std's raw-pointer functions (`ptr::read`, `Box::into_raw`, ...).

Every raw pointer is a `RawPtr` (see `memory/values.py`): its address and what it may
reach. One made from a reference reaches that value only (`lone`), as a reference's
tag does in Miri; one from `as_ptr` or a raw borrow of an element reaches its sequence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.machine import convert
from stackheap_tui.machine.allocation import NotSupportedAtRun
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.machine.ub import (
    OUT_OF_BOUNDS,
    MiriError,
    dangling,
    null_deref,
    out_of_bounds,
    uninit_read,
)
from stackheap_tui.memory.values import HEAP, STACK, RawPtr, Ref, Slice

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter

RAW_OWNER = "(raw pointer)"


def pointee_size(ptr_ty: T.Ty) -> int:
    assert isinstance(ptr_ty, T.AdtTy)
    return L.size_of(ptr_ty.args[0])


def _serial(interp: Interpreter, place: Ref) -> int:
    if place.region != STACK:
        return 0
    return interp.memory.frames[place.root].slots[place.slot].serial


def from_place(interp: Interpreter, place: Any, size: int) -> RawPtr:
    """A raw pointer made from a reference (or a place): it reaches that value only."""
    if isinstance(place, RawPtr):
        return place
    if not isinstance(place, Ref):
        raise NotSupportedAtRun("a raw pointer to this kind of place", interp.current_span)
    return RawPtr(place.address, place, 0, 0, 1, 1, size, True, _serial(interp, place))


def from_element(interp: Interpreter, place: Any, size: int) -> RawPtr:
    """`&raw const a[i]`: a raw borrow of an element reaches its whole sequence."""
    if not isinstance(place, Ref) or not place.path:
        return from_place(interp, place, size)
    index = place.path[-1]
    parent = Ref(place.region, place.root, place.slot, place.path[:-1],
                 place.address - index * size)
    count = len(interp.memory.read(parent))
    return RawPtr(place.address, parent, index, 0, count, count, size, False,
                  _serial(interp, place))


def from_slice(interp: Interpreter, view: Slice, end: int | None = None) -> RawPtr:
    """`as_ptr` of a slice: it reaches the slice's elements."""
    hi = view.start + view.length
    return RawPtr(view.address, view.base, view.start, view.start, hi,
                  hi if end is None else end, view.element_size, False,
                  _serial(interp, view.base))


def target(interp: Interpreter, ptr: RawPtr) -> Ref:
    """Where following the pointer leads, or Miri's undefined behaviour."""
    memory = interp.memory
    run = ptr.run
    if run is None:
        if ptr.address == 0:
            raise null_deref(ptr.size)
        raise MiriError("dangling pointer", f"memory access failed: attempting to access "
                        f"{ptr.size} bytes, but got {ptr.address:#x}[noalloc] which is a "
                        "dangling pointer (it has no provenance)", ptr.address,
                        explanation="Undefined behaviour: this pointer does not point into "
                        "any allocation (an empty Vec's buffer pointer, for one).")
    if run.region == STACK:
        frames = memory.frames
        alive = run.root < len(frames) and run.slot < len(frames[run.root].slots) and (
            frames[run.root].slots[run.slot].serial == ptr.serial)
        if not alive:
            owner = next((f"`{name}` in `{function}`'s frame" for function, name, low, size
                          in reversed(interp.dead_slots) if low <= ptr.address < low + size),
                         "a stack slot")
            raise dangling(ptr.address, False, owner)
    elif run.region == HEAP:
        block = memory.heap.get(run.root)
        if block is None or block.freed:
            note = f", {block.note}" if block is not None and block.note else ""
            raise dangling(ptr.address, True, f"{block.size if block else '?'} bytes{note}")
    if ptr.lo <= ptr.at < ptr.hi:
        return run if ptr.lone else run.child(ptr.at, ptr.address)
    if ptr.hi <= ptr.at < ptr.end:
        raise uninit_read(ptr.address)
    raise _outside(interp, ptr)


def _outside(interp: Interpreter, ptr: RawPtr) -> MiriError:
    """Miri's out-of-bounds error: the allocation (a stack slot or a heap block)."""
    run = ptr.run
    assert run is not None
    if run.region == STACK:
        slot = interp.memory.frames[run.root].slots[run.slot]
        base, size = slot.address, slot.size
    elif run.region == HEAP:
        block = interp.memory.heap[run.root]
        base, size = block.address, block.size
    else:
        raise NotSupportedAtRun("a raw pointer past the end of static memory",
                                interp.current_span)
    if ptr.lone and run.path:
        # A pointer made from a reference to one element or field: Miri's borrow
        # tracking lets it reach that value only, even inside a bigger allocation.
        raise NotSupportedAtRun("pointer arithmetic on a pointer made from a reference to "
                                "part of a value (use `as_ptr` or `&raw const`)",
                                interp.current_span)
    return out_of_bounds(ptr.address, ptr.size, ptr.address - base, size, base)


def offset(interp: Interpreter, ptr: RawPtr, count: int) -> RawPtr:
    """`p.add(n)`, `p.sub(n)`, `p.offset(n)`: in bounds of the allocation, or refused."""
    index = ptr.at + count
    if ptr.run is None and count:
        raise NotSupportedAtRun("pointer arithmetic on a null or dangling pointer",
                                interp.current_span)
    if not 0 <= index <= ptr.end:
        if ptr.lone:
            raise NotSupportedAtRun("pointer arithmetic past the value a pointer was made "
                                    "from", interp.current_span)
        raise MiriError("out-of-bounds pointer arithmetic",
                        f"in-bounds pointer arithmetic failed: the result is {count * ptr.size}"
                        " bytes away, outside the allocation", ptr.address,
                        explanation="Undefined behaviour: `add`/`offset` must stay inside "
                        "the allocation (or one past its end), even if the result is never "
                        "dereferenced.")
    return ptr._replace(address=ptr.address + count * ptr.size, at=index)


# ================= methods =================


@method("*const::is_null", "*mut::is_null")
def _is_null(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
             e: ast.MethodCall) -> Any:
    return recv.address == 0


@method("*const::add", "*mut::add", "*const::offset", "*mut::offset")
def _add(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
         e: ast.MethodCall) -> Any:
    return offset(interp, recv, args[0])


@method("*const::sub", "*mut::sub")
def _sub(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
         e: ast.MethodCall) -> Any:
    return offset(interp, recv, -args[0])


@method("slice::as_ptr", "slice::as_mut_ptr")
def _slice_as_ptr(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                  e: ast.MethodCall) -> Any:
    if not isinstance(recv, Slice):
        raise NotSupportedAtRun("`as_ptr` of this value", e.method_span)
    return from_slice(interp, recv)


@method("slice::get_unchecked", "slice::get_unchecked_mut")
def _get_unchecked(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                   e: ast.MethodCall) -> Any:
    """The element without a bounds check; past the end, undefined behaviour (a debug
    build's precondition check reports it, and aborts)."""
    if not isinstance(recv, Slice):
        raise NotSupportedAtRun(f"`{e.method}` of this value", e.method_span)
    index = args[0]
    if index >= recv.length:
        raise MiriError(OUT_OF_BOUNDS, f"unsafe precondition(s) violated: slice::{e.method} "
                        "requires that the index is within the slice", recv.address, e.span,
                        explanation=f"Undefined behaviour: index {index} of a slice of length "
                        f"{recv.length}. `{e.method}` does not check the bounds: that is the "
                        "caller's promise, and it is broken here.")
    return recv.element(index)


@method("Vec::as_ptr", "Vec::as_mut_ptr", "String::as_ptr")
def _buffer_as_ptr(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                   e: ast.MethodCall) -> Any:
    header = interp.memory.read(recv)
    _, cap, length = header
    size = pointee_size(interp.c.type_of(e))
    base = convert.buffer_ref(header)
    if not cap:
        return RawPtr(base.address, None, 0, 0, 0, 0, size, False)
    return RawPtr(base.address, base, 0, 0, length, cap, size, False)


# ================= functions =================


@function("ptr::eq")
def _ptr_eq(site: CallSite) -> Code:
    values = site.values

    def eq(env: Env) -> bool:
        a, b = values(env)
        return bool(a.address == b.address)  # (references and raw pointers alike)

    return eq


@function("ptr::null", "ptr::null_mut")
def _null(site: CallSite) -> Code:
    size = pointee_size(site.ty)
    return lambda env: RawPtr(0, None, 0, 0, 0, 0, size, True)


@function("ptr::read")
def _read(site: CallSite) -> Code:
    interp = site.interp
    values = site.values
    pointee = site.ty

    def read(env: Env) -> Any:
        (ptr,) = values(env)
        value = interp.memory.read(target(interp, ptr))
        if T.needs_drop(pointee):
            interp.claim(value, pointee, "(temporary)")
        return value

    return read


@function("ptr::write")
def _write(site: CallSite) -> Code:
    interp = site.interp
    values = site.values

    def write(env: Env) -> None:
        ptr, value = values(env)
        interp.write_place(target(interp, ptr), value)  # the old value is not dropped

    return write


@function("ptr::swap")
def _swap(site: CallSite) -> Code:
    interp = site.interp
    values = site.values

    def swap(env: Env) -> None:
        a, b = values(env)
        first, second = target(interp, a), target(interp, b)
        x, y = interp.memory.read(first), interp.memory.read(second)
        interp.write_place(first, y)
        interp.write_place(second, x)

    return swap


@function("Box::into_raw")
def _into_raw(site: CallSite) -> Code:
    interp = site.interp
    values = site.values
    size = pointee_size(site.ty)

    def into_raw(env: Env) -> RawPtr:
        (address,) = values(env)
        interp.set_owner(address, RAW_OWNER)
        env.notes.append("raw:`Box::into_raw` gives up the Box without freeing its block: "
                         "only the raw pointer knows about it now, and nothing frees it "
                         "unless `Box::from_raw` makes a Box of it again.")
        return RawPtr(address, Ref(HEAP, address, 0, (), address), 0, 0, 1, 1, size, True)

    return into_raw


@function("Box::from_raw")
def _from_raw(site: CallSite) -> Code:
    interp = site.interp
    values = site.values

    def from_raw(env: Env) -> int:
        (ptr,) = values(env)
        place = target(interp, ptr)
        if place.region != HEAP or place.path or not ptr.lone:
            raise NotSupportedAtRun("`Box::from_raw` of a pointer not made by "
                                    "`Box::into_raw`", site.e.span)
        env.notes.append("raw:`Box::from_raw` makes a Box own the block again: it will be "
                         "freed when that Box is dropped.")
        return place.root

    return from_raw


@function("Box::leak")
def _leak(site: CallSite) -> Code:
    interp = site.interp
    values = site.values

    def leak(env: Env) -> Ref:
        (address,) = values(env)
        interp.set_owner(address, "leaked (Box::leak): never freed")
        return Ref(HEAP, address, 0, (), address)

    return leak


@function("mem::forget")
def _forget(site: CallSite) -> Code:
    interp = site.interp
    values = site.values
    ty = site.arg_tys[0]

    def forget(env: Env) -> None:
        (value,) = values(env)
        address = None
        if isinstance(ty, T.BoxTy):
            address = value
        elif isinstance(ty, T.AdtTy) and ty.name in ("String", "Vec") and value[1]:
            address = value[0]
        elif T.needs_drop(ty) and not _owns_nothing(ty):
            raise NotSupportedAtRun(f"`mem::forget` of a `{ty}`", site.e.span)
        if address is not None:
            interp.set_owner(address, "forgotten (mem::forget): never freed")

    return forget


def _owns_nothing(ty: T.Ty) -> bool:
    """A value whose drop only runs its own `Drop` (no field owns anything)."""
    return isinstance(ty, T.AdtTy) and ty.defn is not None and not any(
        T.needs_drop(t) for v in ty.defn.variants for t in ty.variant_types(v))


@function("slice::from_raw_parts", "slice::from_raw_parts_mut")
def _from_raw_parts(site: CallSite) -> Code:
    interp = site.interp
    values = site.values

    def from_raw_parts(env: Env) -> Slice:
        ptr, length = values(env)
        if ptr.lone or ptr.run is None:
            raise NotSupportedAtRun("`slice::from_raw_parts` of a pointer not made by "
                                    "`as_ptr`", site.e.span)
        if length:
            target(interp, ptr)  # the first element is reachable (not freed, in bounds)
            last = offset(interp, ptr, length - 1)
            target(interp, last)
        return Slice(ptr.run, ptr.at, length, ptr.address, ptr.size)

    return from_raw_parts

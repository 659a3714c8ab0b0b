"""The std functions on places, layouts and the program: `drop`, `std::mem` (swap, replace,
take, size_of, align_of and their `_val` forms) and `std::process::exit`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.machine.std.registry import CallSite, Code, function
from stackheap_tui.machine.std.values import default_value
from stackheap_tui.memory.values import Slice

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env


@function("drop")
def _drop(site: CallSite) -> Code:
    interp = site.interp
    values = site.values
    e = site.e
    drop_ty = site.arg_tys[0]
    text = interp.source[e.args[0].span.start: e.args[0].span.end] if e.args else ""

    def drop_now(env: Env) -> Any:
        (value,) = values(env)
        freed = interp.drop_value(value, drop_ty, f"`drop({text})`")
        interp.mark_moved_to(env, "drop()")
        env.notes.append(f"drop:`drop({text})` takes ownership and drops it now: "
                         f"{interp.describe_frees(freed)}.")
        return ()

    return drop_now


@function("mem::swap")
def _swap(site: CallSite) -> Code:
    interp = site.interp
    mem = interp.memory
    values = site.values

    def swap(env: Env) -> Any:
        a, b = values(env)
        va, vb = mem.read(a), mem.read(b)
        interp.write_place(a, vb)
        interp.write_place(b, va)
        return ()

    return swap


@function("mem::replace")
def _replace(site: CallSite) -> Code:
    interp = site.interp
    mem = interp.memory
    values = site.values

    def replace(env: Env) -> Any:
        where, new = values(env)
        old = mem.read(where)
        interp.write_place(where, new)
        return old

    return replace


@function("mem::take")
def _take(site: CallSite) -> Code:
    interp = site.interp
    mem = interp.memory
    values = site.values
    place_ty = site.arg_tys[0]
    assert isinstance(place_ty, T.RefTy | T.BoxTy)
    inner = place_ty.inner

    def take(env: Env) -> Any:
        (where,) = values(env)
        old = mem.read(where)
        interp.write_place(where, default_value(inner))
        return old

    return take


@function("process::exit")
def _exit(site: CallSite) -> Code:
    from stackheap_tui.machine.interpreter import ProcessExit

    values = site.values

    def exit_now(env: Env) -> Any:
        raise ProcessExit(values(env)[0])

    return exit_now


@function("size_of", "align_of")
def _size_of(site: CallSite) -> Code:
    of = site.callee.type_arg
    assert of is not None
    result = L.size_of(of) if site.callee.key == "size_of" else L.align_of(of)
    return lambda env: result


@function("size_of_val", "align_of_val")
def _size_of_val(site: CallSite) -> Code:
    values = site.values
    key = site.callee.key
    pointer = site.arg_tys[0]
    assert isinstance(pointer, T.RefTy | T.BoxTy)
    pointee = pointer.inner

    def of_val(env: Env) -> int:
        (place,) = values(env)
        if isinstance(place, Slice):
            element = L.size_of(pointee.element) if isinstance(pointee, T.SliceTy) else 1
            return place.length * element if key == "size_of_val" else (
                L.align_of(pointee.element) if isinstance(pointee, T.SliceTy) else 1)
        return L.size_of(pointee) if key == "size_of_val" else L.align_of(pointee)

    return of_val

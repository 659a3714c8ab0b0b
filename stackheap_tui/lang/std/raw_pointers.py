"""Signatures of std's raw-pointer API: `ptr::null`, `ptr::read`/`write`/`swap`,
`Box::into_raw`/`from_raw`/`leak`, `mem::forget`, `slice::from_raw_parts(_mut)`, and
the methods of `*const T` / `*mut T` (`is_null`, `add`, `sub`, `offset`) and the
`as_ptr` / `as_mut_ptr` of slices, `Vec` and `String`. The machine's side is
`machine/std/raw.py`, under the same keys; which of them are `unsafe fn` is
`lang/check/unsafety.py`'s table.
"""

from __future__ import annotations

from collections.abc import Callable

from stackheap_tui.lang import types as T
from stackheap_tui.lang.std.method_signatures import MethodSig

Fresh = Callable[[], T.Ty]


def function(name: str, hint: T.Ty | None, fresh: Fresh,
             turbofish: Fresh | None) -> tuple[str, tuple[T.Ty, ...], T.Ty] | None:
    """The key, parameters and return type of a call of one of these std functions."""
    if name in ("ptr::null", "ptr::null_mut"):
        mutable = name == "ptr::null_mut"
        if T.is_raw_ptr(hint) and isinstance(hint, T.AdtTy):
            pointee = hint.args[0]
        else:
            pointee = turbofish() if turbofish is not None else fresh()
        return name, (), T.raw_ptr(pointee, mutable)
    pointee = turbofish() if turbofish is not None else fresh()
    table: dict[str, tuple[tuple[T.Ty, ...], T.Ty]] = {
        "ptr::read": ((T.raw_ptr(pointee, False),), pointee),
        "ptr::write": ((T.raw_ptr(pointee, True), pointee), T.UNIT),
        "ptr::swap": ((T.raw_ptr(pointee, True), T.raw_ptr(pointee, True)), T.UNIT),
        "Box::into_raw": ((T.BoxTy(pointee),), T.raw_ptr(pointee, True)),
        "Box::from_raw": ((T.raw_ptr(pointee, True),), T.BoxTy(pointee)),
        "Box::leak": ((T.BoxTy(pointee),), T.RefTy(pointee, True)),
        "mem::forget": ((pointee,), T.UNIT),
        "ptr::eq": ((T.raw_ptr(pointee, False), T.raw_ptr(pointee, False)), T.BOOL),
        "ManuallyDrop::new": ((pointee,), T.AdtTy("ManuallyDrop", (pointee,))),
        "MaybeUninit::uninit": ((), T.AdtTy("MaybeUninit", (pointee,))),
        "MaybeUninit::new": ((pointee,), T.AdtTy("MaybeUninit", (pointee,))),
        "ManuallyDrop::into_inner": ((T.AdtTy("ManuallyDrop", (pointee,)),), pointee),
        "ManuallyDrop::drop": ((T.RefTy(T.AdtTy("ManuallyDrop", (pointee,)), True),), T.UNIT),
        "ManuallyDrop::take": ((T.RefTy(T.AdtTy("ManuallyDrop", (pointee,)), True),), pointee),
        "slice::from_raw_parts": ((T.raw_ptr(pointee, False), T.USIZE),
                                  T.RefTy(T.SliceTy(pointee))),
        "slice::from_raw_parts_mut": ((T.raw_ptr(pointee, True), T.USIZE),
                                      T.RefTy(T.SliceTy(pointee), True)),
    }
    found = table.get(name)
    if found is None:
        return None
    return name, found[0], found[1]


def pointer_method(recv: T.AdtTy, name: str) -> MethodSig | None:
    """`p.is_null()`, `p.add(n)`, `p.sub(n)`, `p.offset(n)` on a raw pointer."""
    if name == "is_null":
        return MethodSig(f"{recv.name}::is_null", "value", (), T.BOOL)
    if name in ("add", "sub"):
        return MethodSig(f"{recv.name}::{name}", "value", (T.USIZE,), recv)
    if name == "offset":
        return MethodSig(f"{recv.name}::offset", "value", (T.IntTy("isize"),), recv)
    return None


def as_ptr_method(recv: T.Ty, name: str) -> MethodSig | None:
    """`as_ptr` / `as_mut_ptr` of a slice (and array), `Vec` and `String`; a slice's
    `get_unchecked` / `get_unchecked_mut` (by a `usize`; unsafe: no bounds check)."""
    if name in ("get_unchecked", "get_unchecked_mut"):
        if not isinstance(recv, T.SliceTy):
            return None  # (found on the slice a `Vec` or an array derefs to)
        mutable = name == "get_unchecked_mut"
        return MethodSig(f"slice::{name}", "mut" if mutable else "ref", (T.USIZE,),
                         T.RefTy(recv.element, mutable))
    if name not in ("as_ptr", "as_mut_ptr"):
        return None
    mutable = name == "as_mut_ptr"
    if isinstance(recv, T.SliceTy):
        return MethodSig(f"slice::{name}", "mut" if mutable else "ref", (),
                         T.raw_ptr(recv.element, mutable))
    if isinstance(recv, T.AdtTy) and T.is_vec(recv):
        return MethodSig(f"Vec::{name}", "mut" if mutable else "ref", (),
                         T.raw_ptr(recv.args[0], mutable))
    if isinstance(recv, T.AdtTy) and T.is_string(recv) and not mutable:
        return MethodSig("String::as_ptr", "ref", (), T.raw_ptr(T.U8, False))
    return None

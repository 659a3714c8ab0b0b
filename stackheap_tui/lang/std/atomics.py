"""Signatures of `std::sync::atomic`: `AtomicUsize` and friends and `Ordering` (the
runtime is `machine/std/atomics.py`; the design is docs/threads.md).

An atomic holds its number (or bool) as its only field, laid out as that primitive; its
operations ignore the `Ordering` given (every one runs as `SeqCst`: one thread runs at a
time), which is one behaviour rustc's binary can have."""

from __future__ import annotations

from collections.abc import Callable

from stackheap_tui.lang import types as T

Fresh = Callable[[], T.Ty]
Params = tuple[T.Ty, ...]

# The atomic types and the primitive each holds.
ATOMICS: dict[str, T.Ty] = {
    "AtomicBool": T.BOOL, "AtomicUsize": T.USIZE, "AtomicIsize": T.IntTy("isize"),
    "AtomicU8": T.IntTy("u8"), "AtomicI8": T.IntTy("i8"), "AtomicU16": T.IntTy("u16"),
    "AtomicI16": T.IntTy("i16"), "AtomicU32": T.IntTy("u32"), "AtomicI32": T.I32,
    "AtomicU64": T.IntTy("u64"), "AtomicI64": T.IntTy("i64"),
}
ORDERING_DEF = T.AdtDef("Ordering", True, [
    T.VariantDef(name, "unit", (), (), -1)
    for name in ("Relaxed", "Release", "Acquire", "AcqRel", "SeqCst")], (),
    frozenset({"Debug", "Clone", "Copy", "PartialEq", "Eq"}))
ORDERING = T.AdtTy("Ordering", (), ORDERING_DEF)
# `use std::sync::atomic::Ordering;` is recorded under this name (not cmp's `Ordering`).
ORDERING_IMPORT = "atomic::Ordering"
IMPORTS: dict[tuple[str, ...], str] = {("std", "sync", "atomic", "Ordering"): ORDERING_IMPORT}
IMPORTS.update({("std", "sync", "atomic", name): name for name in ATOMICS})


def inner(ty: T.AdtTy) -> T.Ty:
    return ATOMICS[ty.name]


def function(name: str) -> tuple[str, Params, T.Ty] | None:
    """`AtomicUsize::new(0)`: (key, params, return)."""
    for prefix in ("sync::atomic::", "atomic::"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    kind, _, fn = name.partition("::")
    if kind in ATOMICS and fn == "new":
        return "Atomic::new", (ATOMICS[kind],), T.AdtTy(kind)
    return None


def method(recv: T.AdtTy, name: str) -> tuple[str, str, Params, T.Ty] | None:
    """`a.fetch_add(1, Ordering::SeqCst)`: (key, self mode, params, return)."""
    value = ATOMICS[recv.name]
    boolean = isinstance(value, T.BoolTy)
    if name == "load":
        return "Atomic::load", "ref", (ORDERING,), value
    if name == "store":
        return "Atomic::store", "ref", (value, ORDERING), T.UNIT
    if name == "swap" or (name in ("fetch_add", "fetch_sub", "fetch_max", "fetch_min") and (
            not boolean)) or name in ("fetch_and", "fetch_or", "fetch_xor"):
        return f"Atomic::{name}", "ref", (value, ORDERING), value
    if name == "compare_exchange":
        return ("Atomic::compare_exchange", "ref", (value, value, ORDERING, ORDERING),
                T.result(value, value))
    if name == "into_inner":
        return "Atomic::into_inner", "value", (), value
    return None

"""Which std iterators are `DoubleEndedIterator` / `ExactSizeIterator` (what `.rev()`
needs), as std 1.95 implements them.

`"ab".chars().enumerate().rev()` is E0277 in rustc: `Enumerate<I>` is double-ended only
when `I` is both double-ended and of exact size, and `Chars` does not know its length.
Each answer is True, False or None (not modelled: the caller does not judge).
"""

from __future__ import annotations

from collections.abc import Callable

from stackheap_tui.lang import types as T

Resolve = Callable[[T.Ty], T.Ty]

# Iterators of std made by a method (`IterTy.kind`): (double-ended, exact size), and the
# name rustc prints for the type.
_BASE: dict[str, tuple[bool, bool]] = {
    "Iter": (True, True), "IterMut": (True, True), "IntoIter": (True, True),
    "Drain": (True, True), "Bytes": (True, True), "Windows": (True, True),
    "Chunks": (True, True), "VecDequeIter": (True, True), "VecDequeIntoIter": (True, True),
    "Chars": (True, False), "CharIndices": (True, False), "SplitWhitespace": (True, False),
    "Lines": (True, False),
    "HashMapIter": (False, True), "HashMapKeys": (False, True),
    "HashMapValues": (False, True), "HashMapIntoIter": (False, True),
    "HashSetIter": (False, True), "HashSetIntoIter": (False, True)}
_SHOWN = {"Chars": "Chars<'_>", "CharIndices": "CharIndices<'_>",
          "SplitWhitespace": "SplitWhitespace<'_>", "Lines": "Lines<'_>"}
# Adaptors whose bounds pass through from the iterator they adapt.
_SAME = frozenset({"Rev", "Map", "Cloned", "Copied", "Inspect", "Peekable", "Fuse"})
# Adaptors double-ended only over a double-ended iterator of exact size.
_NEEDS_BOTH = frozenset({"Enumerate", "Skip", "Take", "StepBy"})
_NEVER = frozenset({"TakeWhile", "SkipWhile", "MapWhile", "Scan"})
# `ExactSizeIterator for Range<T>` / `RangeInclusive<T>`: only these integer types.
_RANGE_EXACT = {"Range": frozenset({"i8", "u8", "i16", "u16", "i32", "u32", "isize", "usize"}),
                "RangeInclusive": frozenset({"i8", "u8", "i16", "u16"})}


def double_ended(ty: T.Ty, resolve: Resolve) -> bool | None:
    ty = resolve(ty)
    if isinstance(ty, T.AdtTy) and ty.name in ("Range", "RangeInclusive", "RangeFrom"):
        return ty.name != "RangeFrom"
    if not isinstance(ty, T.IterTy):
        return None
    if ty.kind in _BASE:
        return _BASE[ty.kind][0]
    if ty.kind == "Range" and ty.parts:
        return double_ended(ty.parts[0], resolve)
    if ty.kind in _NEVER:
        return False
    if not ty.parts:
        return None
    inner = ty.parts[0]
    if ty.kind in _SAME or ty.kind in ("Filter", "FilterMap"):
        return double_ended(inner, resolve)
    if ty.kind in _NEEDS_BOTH:
        return _both(double_ended(inner, resolve), exact_size(inner, resolve))
    if ty.kind == "Chain" and len(ty.parts) > 1:
        return _both(double_ended(inner, resolve), double_ended(ty.parts[1], resolve))
    return None


def exact_size(ty: T.Ty, resolve: Resolve) -> bool | None:
    ty = resolve(ty)
    if isinstance(ty, T.AdtTy) and ty.name in _RANGE_EXACT and ty.args:
        element = resolve(ty.args[0])
        if not isinstance(element, T.IntTy):
            return None  # (a literal's type may still be settled)
        return str(element) in _RANGE_EXACT[ty.name]
    if isinstance(ty, T.AdtTy) and ty.name == "RangeFrom":
        return False
    if not isinstance(ty, T.IterTy):
        return None
    if ty.kind in _BASE:
        return _BASE[ty.kind][1]
    if ty.kind == "Range" and ty.parts:
        return exact_size(ty.parts[0], resolve)
    if ty.kind in _NEVER or ty.kind in ("Filter", "FilterMap", "Chain"):
        return False
    if ty.parts and (ty.kind in _SAME or ty.kind in _NEEDS_BOTH):
        return exact_size(ty.parts[0], resolve)
    return None


def unmet_rev_bound(ty: T.Ty, resolve: Resolve) -> str | None:
    """For an iterator `.rev()` cannot take because an adaptor needs `ExactSizeIterator`
    of a std iterator that lacks it: that bound as rustc prints it (`Chars<'_>:
    ExactSizeIterator`). None when `.rev()` is fine, or its failure is not put that way."""
    ty = resolve(ty)
    if not isinstance(ty, T.IterTy) or not ty.parts:
        return None
    inner = resolve(ty.parts[0])
    if ty.kind in _SAME or ty.kind in ("Filter", "FilterMap"):
        return unmet_rev_bound(inner, resolve)
    if ty.kind in _NEEDS_BOTH and isinstance(inner, T.IterTy) and inner.kind in _SHOWN:
        return f"{_SHOWN[inner.kind]}: ExactSizeIterator"
    if ty.kind in _NEEDS_BOTH:
        return unmet_rev_bound(inner, resolve)
    return None


def _both(a: bool | None, b: bool | None) -> bool | None:
    if a is False or b is False:
        return False
    if a is None or b is None:
        return None
    return True

"""The layouts of std's iterator structs (`Map<I, F>`, `Zip<A, B>`, ...), measured with
rustc 1.95 by `size_of_val`: what each adaptor adds to the iterator it adapts."""

from __future__ import annotations

from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T

# The fields each adaptor adds to the iterator it adapts (`F` its closure, `St` scan's
# state).
_POINTER_PAIR = L.Layout(16, 8, L.POINTER_NICHE, 0, 8)  # slice::Iter, Chars, Bytes
_ADAPTOR_FIELDS: dict[str, tuple[str, ...]] = {
    "Map": ("I", "F"), "Filter": ("I", "F"), "FilterMap": ("I", "F"), "Inspect": ("I", "F"),
    "MapWhile": ("I", "F"), "Enumerate": ("I", "usize"), "Take": ("I", "usize"),
    "Skip": ("I", "usize"), "StepBy": ("I", "usize", "bool"), "Rev": ("I",),
    "Cloned": ("I",), "Copied": ("I",), "TakeWhile": ("I", "bool", "F"),
    "SkipWhile": ("I", "bool", "F"), "Scan": ("I", "F", "St"), "Zip": ("I", "J", "usize",
                                                                     "usize"),
}


def iter_layout(ty: T.IterTy) -> L.Layout | None:
    """An iterator's layout as std's struct for it, or None when not known here (a
    closure with captures inside, an adaptor not measured)."""
    kind, parts = ty.kind, ty.parts
    if kind in ("Iter", "IterMut", "Chars", "Bytes") and not parts:
        return _POINTER_PAIR
    if kind in ("Windows", "Chunks"):
        return L.Layout(24, 8, L.POINTER_NICHE, 0, 8)
    if kind == "IntoIter" and not parts:  # a Vec's: buf, ptr, cap, end
        return L.Layout(32, 8, L.POINTER_NICHE, 0, 8)
    if kind == "IntoIter" and isinstance(parts[0], T.ArrayTy):  # the array, alive range
        return L.struct_layout((parts[0], T.USIZE, T.USIZE))
    if kind == "User" and parts:  # the program's `impl Iterator`: its own struct
        return L.full_layout(parts[0])
    if kind == "Range" and parts:
        return _into_iter_layout(parts[0])
    inner = _into_iter_layout(parts[0]) if parts else None
    if inner is None:
        return None
    if kind == "Chain":
        other = _into_iter_layout(parts[1]) if len(parts) > 1 else None
        if other is None:
            return None
        return L.struct_layout((T.UNIT, T.UNIT), layouts=[_optional(inner), _optional(other)])
    if kind == "Fuse":
        return _optional(inner)
    if kind == "Peekable":  # the iterator and `Option<Option<Item>>`, the peeked item
        return L.struct_layout((T.UNIT, T.UNIT), layouts=[inner, L.full_layout(
            T.option(T.option(ty.item)))])
    fields = _ADAPTOR_FIELDS.get(kind)
    if fields is None:
        return None
    layouts: list[L.Layout] = []
    for name in fields:
        if name == "I":
            layouts.append(inner)
        elif name == "J":
            other = _into_iter_layout(parts[1]) if len(parts) > 1 else None
            if other is None:
                return None
            layouts.append(other)
        elif name in ("F", "St"):
            index = 1 if name == "F" and kind != "Scan" else (2 if name == "F" else 1)
            if len(parts) <= index or not L.layout_known(parts[index]):
                return None
            layouts.append(L.full_layout(parts[index]))
        else:
            layouts.append(L.full_layout(T.USIZE if name == "usize" else T.BOOL))
    return L.struct_layout(tuple(T.UNIT for _ in layouts), layouts=layouts)


def _optional(inner: L.Layout) -> L.Layout:
    """`Option<X>` of a struct laid out as `inner` (a niche, else a tag before it)."""
    if inner.niche:
        return L.Layout(inner.size, inner.align, inner.niche - 1, inner.niche_offset,
                      inner.niche_size)
    size = (inner.size + inner.align + inner.align - 1) // inner.align * inner.align
    return L.Layout(size, inner.align, 0)


def _into_iter_layout(ty: T.Ty) -> L.Layout | None:
    """The layout of the iterator `IntoIterator::into_iter` makes of a value of `ty`."""
    if isinstance(ty, T.IterTy):
        return iter_layout(ty)
    if isinstance(ty, T.AdtTy) and ty.name in ("Range", "RangeInclusive", "RangeFrom"):
        return L.full_layout(ty)
    if isinstance(ty, T.RefTy) and isinstance(ty.inner, T.SliceTy | T.ArrayTy | T.AdtTy) and (
            not isinstance(ty.inner, T.AdtTy) or T.is_vec(ty.inner)):
        return _POINTER_PAIR
    if isinstance(ty, T.AdtTy) and T.is_vec(ty):
        return L.Layout(32, 8, L.POINTER_NICHE, 0, 8)
    return None

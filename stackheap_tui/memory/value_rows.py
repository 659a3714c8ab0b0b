"""A value a field a row, and its bytes as rustc lays them out: plain data for the view.

`field_rows` breaks a struct, tuple or enum value into its fields (a struct in a struct
one level deeper, folded to one line below that), so the picture shows `.x = 1` on a
row of its own rather than one long `Debug` line. `byte_layout` lists the value's bytes
in memory order: each field at its offset, the padding between, an enum's tag or
niche, a `String`'s or `Vec`'s header words (cap, ptr, len, as rustc 1.95 orders them).
Offsets and niches come from `lang/layouts.py`, the same rules `size_of` follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.memory.records import ByteLayout, ByteRange, FieldRow, format_address
from stackheap_tui.memory.variants import variant_fields

if TYPE_CHECKING:
    from stackheap_tui.memory.state import Memory

_DEEP = 2  # field rows this many levels down; deeper fields stay one-line literals
_MAX_FIELDS = 24  # a value with more fields than this is shown as one line
_STD_ENUMS = ("Option", "Result", "Ordering")


def _parts(value: Any, ty: T.Ty) -> tuple[str, list[tuple[str, Any, T.Ty]]] | None:
    """(head, [(label, field value, field type)]) for a value drawn a field a row."""
    if isinstance(ty, T.TupleTy) and ty.items and isinstance(value, tuple | list):
        return str(ty), [(str(i), v, t) for i, (v, t) in
                         enumerate(zip(value, ty.items, strict=True))]
    if not isinstance(ty, T.AdtTy) or ty.defn is None or ty.name in _STD_ENUMS:
        return None
    if not isinstance(value, tuple | list):
        return None
    try:
        variant, fields, types = variant_fields(value, ty)
    except (IndexError, TypeError, ValueError):
        return None
    if not types:
        return None
    head = f"{ty.name}::{variant.name}" if ty.defn.is_enum else ty.name
    labels = (variant.field_names if variant.kind == "named" else
              tuple(str(i) for i in range(len(types))))
    return head, list(zip(labels, fields, types, strict=True))


def field_rows(value: Any, ty: T.Ty, memory: Memory | None) -> tuple[FieldRow, ...]:
    """The value's fields a row each (empty for a value that is not a struct, tuple or
    enum variant with fields: it stays one line)."""
    from stackheap_tui.memory.render import render_value

    rows: list[FieldRow] = []

    def walk(value: Any, ty: T.Ty, depth: int) -> None:
        parts = _parts(value, ty)
        if parts is None:
            return
        for label, v, t in parts[1]:
            inner = _parts(v, t) if depth + 1 < _DEEP else None
            if inner is not None:
                rows.append(FieldRow(depth, label, inner[0]))
                walk(v, t, depth + 1)
            else:
                rows.append(FieldRow(depth, label, render_value(v, t, memory)))

    parts = _parts(value, ty)
    if parts is None or len(parts[1]) > _MAX_FIELDS:
        return ()
    walk(value, ty, 0)
    return tuple(rows) if len(rows) <= _MAX_FIELDS else ()


def field_head(value: Any, ty: T.Ty) -> str:
    """What the first row of a value drawn a field a row says: its type or variant."""
    parts = _parts(value, ty)
    return parts[0] if parts is not None else ""


def _fill(ranges: list[ByteRange], size: int, gap: str = "padding") -> tuple[ByteRange, ...]:
    """`ranges` in memory order with the bytes between and after them as padding."""
    out: list[ByteRange] = []
    at = 0
    for item in sorted(ranges, key=lambda r: r.offset):
        if item.offset > at:
            out.append(ByteRange(at, item.offset - at, gap, gap, "unused bytes"
                                 if gap == "unused" else "never read"))
        out.append(item)
        at = max(at, item.offset + item.size)
    if at < size:
        out.append(ByteRange(at, size - at, gap, gap, "unused bytes" if gap == "unused"
                             else "never read: the size is a multiple of the alignment"))
    return tuple(out)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


_SCALARS = (T.IntTy, T.FloatTy, T.BoolTy, T.CharTy)
_scalar_layouts: dict[tuple[T.Ty, str], ByteLayout] = {}
"""A scalar's layout by (type, value as drawn): a frame of thousands of `i32`s is drawn
again at every step, and its layouts are the same objects each time."""


def byte_layout(value: Any, ty: T.Ty, memory: Memory | None,
                text: str | None = None) -> ByteLayout | None:
    """The value's bytes in memory order, or None for a type whose layout is not known
    here (a closure, an iterator, a generic left to infer). `text`: the value as the
    picture already drew it."""
    if text is not None and isinstance(ty, _SCALARS):
        key = (ty, text)
        found = _scalar_layouts.get(key)
        if found is None:
            if len(_scalar_layouts) > 50_000:
                _scalar_layouts.clear()
            size, align = L.layout(ty)
            found = _scalar_layouts[key] = _scalar(str(ty), size, align, text)
        return found
    from stackheap_tui.memory.render import render_value

    try:
        if not L.layout_known(ty):
            return None
        whole = L.full_layout(ty)
    except (ValueError, AttributeError, AssertionError):
        return None
    size, align = whole.size, whole.align
    name = str(ty)

    def shown(v: Any, t: T.Ty) -> str:
        return render_value(v, t, memory)

    if isinstance(ty, T.AdtTy) and ty.name in ("String", "Vec") and isinstance(value, tuple):
        ptr, cap, length = value
        return ByteLayout(name, size, align, (
            ByteRange(0, 8, "field", "cap", f"{cap}: room for {cap} "
                      f"{'bytes' if ty.name == 'String' else 'elements'}"),
            ByteRange(8, 8, "field", "ptr", format_address(ptr) if cap
                      else "dangling (no heap block yet)"),
            ByteRange(16, 8, "field", "len", f"{length}: in use"),
        ), ("rustc 1.95 puts the capacity first: cap, ptr, len",
            "the capacity is never above isize::MAX: its top bit is a niche "
            "(Option<String> is 24 bytes too)"))
    if isinstance(ty, T.RefTy | T.BoxTy) and size == 16:
        target = getattr(value, "address", None)
        length = getattr(value, "length", None)
        ranges = [ByteRange(0, 8, "field", "ptr", format_address(target)
                            if isinstance(target, int) else "?")]
        if length is not None:
            ranges.append(ByteRange(8, 8, "field", "len", str(length)))
        else:
            vtable = getattr(value, "vtable", None)
            ranges.append(ByteRange(8, 8, "field", "vtable" if vtable is not None else "meta",
                                    format_address(vtable) if isinstance(vtable, int)
                                    else "?"))
        return ByteLayout(name, size, align, tuple(ranges),
                          ("a fat pointer: the address, then the length or vtable",))
    if isinstance(ty, T.TupleTy | T.AdtTy) and not (
            isinstance(ty, T.AdtTy) and (ty.defn is None or ty.defn.is_enum)) and (
            isinstance(value, tuple | list)) and (
            isinstance(ty, T.TupleTy) or (ty.defn is not None)):
        parts = _parts(value, ty)
        if parts is None or not whole.offsets:
            return _scalar(name, size, align, shown(value, ty))
        fields = parts[1]
        ranges = [ByteRange(off, L.size_of(t), "field", label, shown(v, t))
                  for (label, v, t), off in zip(fields, whole.offsets, strict=True)]
        notes: list[str] = []
        declared = [label for label, _, _ in fields]
        in_memory = [r.label for r in sorted(ranges, key=lambda r: r.offset) if r.size]
        if [d for d in declared if d in in_memory] != in_memory:
            notes.append("rustc reordered the fields (largest alignment first): declared "
                         f"{', '.join(declared)}; in memory {', '.join(in_memory)}")
        pad = size - sum(r.size for r in ranges)
        if pad:
            notes.append(f"{pad} byte{'s' if pad != 1 else ''} of padding keep each field "
                         f"aligned and the size a multiple of {align}")
        return ByteLayout(name, size, align, _fill(ranges, size), tuple(notes))
    if isinstance(ty, T.AdtTy) and ty.defn is not None and ty.defn.is_enum and (
            isinstance(value, tuple | list)):
        return _enum_bytes(value, ty, name, size, align, shown)
    return _scalar(name, size, align, shown(value, ty))


def _scalar(name: str, size: int, align: int, text: str) -> ByteLayout:
    ranges = (ByteRange(0, size, "field", "value", text),) if size else ()
    return ByteLayout(name, size, align, ranges,
                      () if size else ("a zero-sized type: it takes no bytes at all",))


def _enum_bytes(value: Any, ty: T.AdtTy, name: str, size: int, align: int,
                shown: Any) -> ByteLayout:
    defn = ty.defn
    assert defn is not None
    index = value[0]
    variant, fields, types = variant_fields(value, ty)
    encoding = L.enum_encoding(ty)
    offsets = L.variant_offsets(ty, index)
    labels = (variant.field_names if variant.kind == "named"
              else tuple(str(i) for i in range(len(types))))
    ranges = [ByteRange(off, L.size_of(t), "field", label, shown(v, t))
              for label, v, t, off in zip(labels, fields, types, offsets, strict=True)
              if L.size_of(t)]
    notes = [f"holds the variant {variant.name} ({_ordinal(index + 1)} of "
             f"{len(defn.variants)}); every variant takes the same {size} bytes"]
    if encoding.kind == "tag":
        ranges.append(ByteRange(encoding.offset, encoding.size, "tag", "tag",
                                f"{variant.discriminant} = {variant.name}"))
        notes.append(f"the tag ({encoding.size} byte{'s' if encoding.size != 1 else ''}) "
                     "says which variant the bytes after it hold")
    elif encoding.kind == "niche":
        dataful = defn.variants[encoding.dataful].name
        if index == encoding.dataful:
            notes.append(f"no tag: the other variants are stored as values the bytes at "
                         f"{encoding.offset}..{encoding.offset + encoding.size} can never "
                         f"hold while it is {dataful} (a niche)")
        else:
            ranges = [r for r in ranges
                      if r.offset + r.size <= encoding.offset
                      or r.offset >= encoding.offset + encoding.size]
            pointer = _niche_is_pointer(ty, encoding)
            text = ("0: a null pointer, which a reference or Box never is" if pointer
                    else f"a value {dataful}'s field there can never hold")
            ranges.append(ByteRange(encoding.offset, encoding.size, "niche", "niche",
                                    f"{variant.name} = {text}"))
            notes.append("no tag: this variant is told apart by an invalid value in "
                         f"{dataful}'s field (a niche)")
    return ByteLayout(name, size, align, _fill(ranges, size, "unused"), tuple(notes))


def _niche_is_pointer(ty: T.AdtTy, encoding: L.EnumEncoding) -> bool:
    """Whether the niche is a pointer's (its one invalid value is null): `Option<&T>`,
    `Option<Box<T>>`, `Option<Rc<T>>`."""
    defn = ty.defn
    assert defn is not None
    if len(defn.variants) != 2:
        return False
    types = ty.variant_types(defn.variants[encoding.dataful])
    offsets = L.variant_offsets(ty, encoding.dataful)
    for t, off in zip(types, offsets, strict=True):
        if off == encoding.offset and encoding.size == 8 and (
                isinstance(t, T.RefTy | T.BoxTy)
                or (isinstance(t, T.AdtTy) and t.name in ("Rc", "Weak"))):
            return True
    return False

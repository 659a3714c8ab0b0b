"""Layouts: size, alignment, niches and field offsets as rustc 1.95 lays types out on
x86-64 (`std::mem::size_of` in an interpreted program and the picture's byte counts)."""

from __future__ import annotations

from dataclasses import dataclass

from stackheap_tui.lang.std.atomics import ATOMICS
from stackheap_tui.lang.types import (
    BOOL,
    FMT_ERROR_DEF,
    INT_NAMES,
    OPTION_DEF,
    ORDERING_DEF,
    RESULT_DEF,
    AdtDef,
    AdtTy,
    ArrayTy,
    BoolTy,
    BoxTy,
    CharTy,
    FloatTy,
    FnTy,
    InferTy,
    IntTy,
    IterTy,
    NeverTy,
    ParamTy,
    RefTy,
    SliceTy,
    StrTy,
    TupleTy,
    Ty,
    is_unsized,
)


@dataclass(frozen=True, slots=True)
class Layout:
    size: int
    align: int
    niche: int  # how many invalid bit-patterns the largest niche offers (0: none)
    niche_offset: int = 0
    niche_size: int = 0
    offsets: tuple[int, ...] = ()  # field offsets in declaration order (structs, tuples)


POINTER_NICHE = 1  # references, Box and Rc are never null: one spare value


def layout(ty: Ty) -> tuple[int, int]:
    """(size, align) in bytes, as rustc lays the type out."""
    full = full_layout(ty)
    return full.size, full.align


# By name: integers and floats are as big as they are aligned, and have no niche.
_NUMBERS: list[IntTy | FloatTy] = [*(IntTy(name) for name in INT_NAMES), FloatTy("f32"),
                                   FloatTy("f64")]
_NUMBER_LAYOUTS = {n.name: Layout(n.bits // 8, n.bits // 8, 0) for n in _NUMBERS}
_BOOL_LAYOUT = Layout(1, 1, 254, 0, 1)
_CHAR_LAYOUT = Layout(4, 4, (1 << 32) - 0x110000, 0, 4)
_EMPTY_LAYOUT = Layout(0, 1, 0)
_THIN_POINTER = Layout(8, 8, POINTER_NICHE, 0, 8)
_FAT_POINTER = Layout(16, 8, POINTER_NICHE, 0, 8)  # a pointer to an unsized value: + length
_VEC_LAYOUT = Layout(24, 8, 1 << 63, 0, 8, (8, 0, 16))

# std's definitions, shared by every program: what they cache must not name a program's
# own definitions (the cache would keep them, and a later program's, alive).
_SHARED_DEFS = (OPTION_DEF, RESULT_DEF, ORDERING_DEF, FMT_ERROR_DEF)


def full_layout(ty: Ty) -> Layout:
    if isinstance(ty, IntTy | FloatTy):
        known = _NUMBER_LAYOUTS.get(ty.name)
        return known if known is not None else Layout(ty.bits // 8, ty.bits // 8, 0)
    if isinstance(ty, BoolTy):
        return _BOOL_LAYOUT
    if isinstance(ty, CharTy):
        return _CHAR_LAYOUT
    if isinstance(ty, NeverTy):
        return _EMPTY_LAYOUT
    if isinstance(ty, AdtTy) and ty.name in ("*const", "*mut"):
        # A raw pointer may be null: no niche (`Option<*const i32>` is 16 bytes).
        return Layout(16 if is_unsized(ty.args[0]) else 8, 8, 0)
    if isinstance(ty, BoxTy | RefTy):
        return _FAT_POINTER if is_unsized(ty.inner) else _THIN_POINTER
    if isinstance(ty, TupleTy):
        return struct_layout(ty.items)
    if isinstance(ty, ArrayTy):
        inner = full_layout(ty.element)
        return Layout(inner.size * ty.length, inner.align,
                      inner.niche if ty.length else 0, inner.niche_offset, inner.niche_size)
    if isinstance(ty, FnTy):
        if ty.pointer:  # a function pointer: an address, never null
            return Layout(8, 8, POINTER_NICHE, 0, 8)
        if ty.layout is not None and ty.layout.fields is not None:
            return struct_layout(ty.layout.fields)
        return Layout(0, 1, 0)
    if isinstance(ty, IterTy):
        from stackheap_tui.lang.iter_layouts import iter_layout  # (it builds on this module)
        return iter_layout(ty) or Layout(16, 8, POINTER_NICHE, 0, 8)
    if isinstance(ty, AdtTy):
        defn = ty.defn
        if defn is None:
            return _adt_layout(ty)
        # A definition's layout is worked out once per arguments (a struct's fields
        # are read at every field access of a run): cached on the definition.
        key = _terms(ty.args, defn) if ty.args else ()
        if key is None:
            return _adt_layout(ty)
        cached = defn.layouts.get(key)
        if cached is None:
            cached = defn.layouts[key] = _adt_layout(ty)
        assert isinstance(cached, Layout)
        return cached
    raise ValueError(f"no layout for {ty}")


# JoinHandle<T>: native handle, Arc<Thread>, Arc<Packet>; Duration: u64 secs, u32 nanos;
# the panic payload `Box<dyn Any + Send>`: a fat pointer.
def RWLOCK_FIELDS(inner: Ty) -> tuple[Ty, ...]:
    """An `RwLock`'s fields as its value holds them: writer, readers, poisoned, data."""
    return (IntTy("u32"), IntTy("u32"), BOOL, inner)


THREAD_LAYOUTS = {"JoinHandle": (24, 8), "Duration": (16, 8), "Box<dyn Any + Send>": (16, 8),
                  # (Scope and Thread: an Arc each)
                  "ScopedJoinHandle": (24, 8), "Scope": (8, 8), "Thread": (8, 8),
                  "io::Error": (8, 8), "Builder": (48, 8)}


def _terms(types: tuple[Ty, ...], owner: AdtDef) -> tuple[object, ...] | None:
    """A key for these generic arguments' layouts in `owner`'s cache, None if they may
    not be cached: a type left to infer or a parameter (the checker's), a closure (its
    captures are laid out by the borrow checker, after the checker asked), an iterator;
    or a program's own definition in the arguments of one of std's (shared by every
    program). Definitions are in the key themselves (two nested `struct P` are two)."""
    shared = any(owner is d for d in _SHARED_DEFS)
    found: list[object] = []
    stack: list[Ty] = list(types)
    while stack:
        ty = stack.pop()
        if isinstance(ty, IntTy | FloatTy | BoolTy | CharTy | NeverTy | StrTy):
            found.append(ty)
        elif isinstance(ty, BoxTy | RefTy):
            found.append(BoxTy if isinstance(ty, BoxTy) else RefTy)
            stack.append(ty.inner)
        elif isinstance(ty, TupleTy):
            found.append(len(ty.items))
            stack.extend(ty.items)
        elif isinstance(ty, ArrayTy):
            found.append(("array", ty.length))
            stack.append(ty.element)
        elif isinstance(ty, SliceTy):
            found.append(SliceTy)
            stack.append(ty.element)
        elif isinstance(ty, AdtTy):
            if ty.defn is not None and shared and not any(ty.defn is d for d in _SHARED_DEFS):
                return None
            found.append((ty.name, ty.defn, len(ty.args)))
            stack.extend(ty.args)
        else:
            return None
    return tuple(found)


def _adt_layout(ty: AdtTy) -> Layout:
    if ty.name in ("String", "Vec", "BinaryHeap"):  # (a BinaryHeap is its Vec)
        # cap, ptr, len; the capacity never exceeds isize::MAX: a niche of 2^63 values.
        return _VEC_LAYOUT
    if ty.name in ("Rc", "Arc", "Weak"):
        return _THIN_POINTER
    if ty.name == "RefCell":
        return struct_layout((IntTy("isize"), ty.args[0]))  # the borrow flag, then the value
    if ty.name in ("Ref", "RefMut"):
        return Layout(16, 8, POINTER_NICHE, 0, 8)  # the value's pointer and the flag's
    if ty.name in ("Cell", "ManuallyDrop"):  # (ManuallyDrop<T> is T, niche and all)
        return full_layout(ty.args[0])
    if ty.name == "MaybeUninit":  # T's bytes, any of them allowed: no niche
        inner = full_layout(ty.args[0])
        return Layout(inner.size, inner.align, 0)
    if ty.name in ("BTreeMap", "BTreeSet"):
        # root (Option<NonNull<node>>), height, length: 24 bytes and no niche
        # (size_of::<Option<BTreeMap<i32, i32>>>() is 32, rustc 1.95 measured)
        return Layout(24, 8, 0, 0, 0)
    if ty.name == "VecDeque":  # cap, ptr, head, len; the capacity has a niche, as Vec's
        return Layout(32, 8, 1 << 63, 0, 8)
    if ty.name in ("HashMap", "HashSet"):
        # RawTable (ctrl pointer, bucket mask, items, growth left), then RandomState's
        # two u64 keys; the ctrl pointer is never null.
        return Layout(48, 8, POINTER_NICHE, 0, 8)
    if ty.name == "Mutex":  # the futex word, the poison flag, the value (fields reordered)
        return struct_layout((IntTy("u32"), BOOL, ty.args[0]))
    if ty.name == "Condvar":  # a futex word
        return full_layout(IntTy("u32"))
    if ty.name == "RwLock":  # the state and writer-notify words, the poison flag, the value
        return struct_layout(RWLOCK_FIELDS(ty.args[0]))
    if ty.name in ("Sender", "Receiver", "SyncSender"):  # the channel's flavour, its pointer
        return Layout(16, 8, 3, 0, 8)
    if ty.name == "SendError":  # the value that could not be sent
        return full_layout(ty.args[0])
    if ty.name == "RecvError":
        return Layout(0, 1, 0)
    if ty.name in ("MutexGuard", "PoisonError", "RwLockReadGuard", "RwLockWriteGuard"):
        # the lock's address (a read guard: the data's too), the poison flag
        return Layout(16, 8, POINTER_NICHE, 0, 8)
    if ty.name in ATOMICS:  # an atomic is laid out as the primitive it holds
        return full_layout(ATOMICS[ty.name])
    if ty.name in THREAD_LAYOUTS:  # measured with rustc 1.95 (docs/threads.md)
        if ty.name == "Duration":  # its nanoseconds (a u32 at +8) stay below 10^9
            return Layout(16, 8, (1 << 32) - 10**9, 8, 4)
        size, align = THREAD_LAYOUTS[ty.name]
        return Layout(size, align, POINTER_NICHE, 0, 8)
    if ty.name == "ParseIntError":
        return Layout(1, 1, 256 - 5, 0, 1)  # an enum of five error kinds
    if ty.name in ("ParseFloatError", "ParseCharError"):
        return Layout(1, 1, 256 - 2, 0, 1)  # two kinds each
    if ty.name == "ParseBoolError":
        return Layout(0, 1, 0)
    if ty.name in ("Range", "RangeInclusive"):
        # `start`, `end`, and for `..=` the `exhausted` flag iteration sets at the end.
        extra = (BOOL,) if ty.name == "RangeInclusive" else ()
        return struct_layout((ty.args[0], ty.args[0], *extra))
    if ty.name in ("RangeFrom", "RangeTo", "RangeToInclusive"):
        return struct_layout((ty.args[0],))
    if ty.name == "RangeFull":
        return struct_layout(())
    if ty.defn is None:
        raise ValueError(f"no layout for {ty}")
    defn = ty.defn
    if not defn.is_enum:
        return struct_layout(ty.variant_types(defn.variants[0]))
    return _enum_layout(ty)


def layout_known(ty: Ty) -> bool:
    """Whether this type's size is known here: not a closure that captures (its size is
    its captures'), no iterator struct not measured, no type left to infer."""
    if isinstance(ty, FnTy):
        return not ty.captures or (ty.layout is not None and ty.layout.fields is not None)
    if isinstance(ty, IterTy):
        from stackheap_tui.lang.iter_layouts import iter_layout
        return iter_layout(ty) is not None
    if isinstance(ty, InferTy | ParamTy):
        return False
    if isinstance(ty, TupleTy):
        return all(layout_known(t) for t in ty.items)
    if isinstance(ty, ArrayTy):
        return layout_known(ty.element)
    if isinstance(ty, AdtTy) and ty.name in ("Option", "Result"):
        return all(layout_known(t) for t in ty.args)
    return True


def struct_layout(fields: tuple[Ty, ...], prefix: int = 0, ascending: bool = False,
                  layouts: list[Layout] | None = None) -> Layout:
    """rustc reorders fields (largest alignment first, and within an alignment the
    largest niche first), then pads to the alignment.

    With a `prefix` (an enum's tag) fields are placed after it, smallest alignment
    first, which is how rustc fills the gap after the tag. `layouts`: the fields'
    layouts when the caller has them already. As rustc's `univariant`: laid out with the
    niche biased to the start, and again biased to the end when that leaves more room
    before the niche than the first try left on either side of it.
    """
    if layouts is None:
        layouts = [full_layout(f) for f in fields]
    first = _placed(layouts, prefix, ascending, end_bias=False)
    if len(layouts) > 1 and first.niche:
        head = first.niche_offset
        tail = first.size - head - first.niche_size
        if head != 0 and tail > 0:
            alt = _placed(layouts, prefix, ascending, end_bias=True)
            if alt.niche and alt.niche_offset > head and alt.niche_offset > tail:
                return alt
    return first


def _trailing_zeros(n: int) -> int:
    return (n & -n).bit_length() - 1 if n else 64


def _placed(layouts: list[Layout], prefix: int, ascending: bool, end_bias: bool) -> Layout:
    """The fields in rustc's order (`univariant_biased`: by alignment group, then niche)."""
    count = len(layouts)
    max_align = max((part.align for part in layouts), default=1)
    largest_niche = max((part.niche for part in layouts), default=0)

    def group(part: Layout) -> int:
        # [u8; 4] groups with align-4 fields, [u8; 6] with align-2 ones
        size_as_align = _trailing_zeros(max(part.align, part.size))
        if largest_niche > 0:
            if not end_bias:
                return min(_trailing_zeros(max_align), size_as_align)
            if part.niche == largest_niche:
                return _trailing_zeros(part.align)
        return size_as_align

    if count <= 1:
        order = list(range(count))
    elif ascending:
        order = sorted(range(count), key=lambda i: (group(layouts[i]), layouts[i].niche))
    elif not end_bias:
        order = sorted(range(count), key=lambda i: (
            -group(layouts[i]), -layouts[i].niche,
            layouts[i].niche_offset if layouts[i].niche else 0))
    else:
        order = sorted(range(count), key=lambda i: (
            -group(layouts[i]), layouts[i].niche,
            -(layouts[i].size - layouts[i].niche_offset) if layouts[i].niche else 0))
    offsets = [0] * count
    offset = prefix
    align = 1
    niche, niche_offset, niche_size = 0, 0, 0
    for i in order:
        part = layouts[i]
        offset = (offset + part.align - 1) // part.align * part.align
        offsets[i] = offset
        offset += part.size
        align = max(align, part.align)
    # The struct's niche: its fields' largest, the first of equals in memory order (the
    # last when biased to the end).
    for i in order:
        part = layouts[i]
        if part.niche and (part.niche > niche or (end_bias and part.niche == niche)):
            niche, niche_offset, niche_size = part.niche, offsets[i] + part.niche_offset, \
                part.niche_size
    size = (offset + align - 1) // align * align
    return Layout(size, align, niche, niche_offset, niche_size, tuple(offsets))


def _enum_layout(ty: AdtTy) -> Layout:
    defn = ty.defn
    assert defn is not None
    variants = [ty.variant_types(v) for v in defn.variants]
    count = len(variants)
    if count == 0:
        return Layout(0, 1, 0)
    discriminants = [v.discriminant for v in defn.variants]
    low, high = min(discriminants), max(discriminants)
    # The smallest integer holding every discriminant: signed once one is negative
    # (`X = -1, Y = 128` needs an i16).
    tag_size = next(b for b in (1, 2, 4, 8) if -(1 << (8 * b - 1)) <= low
                    and high < (1 << (8 * b - (1 if low < 0 else 0))))
    if all(not v for v in variants):
        return Layout(tag_size, tag_size, (1 << (8 * tag_size)) - count, 0, tag_size)
    # The fields' layouts once: computing them per candidate layout below doubled
    # the work per level of `Option<Option<..>>` (2^n for n levels).
    fields = [[full_layout(f) for f in v] for v in variants]
    # Tagged layout: the tag first, each variant's fields after it.
    tagged_parts = [struct_layout(v, tag_size, True, f)
                    for v, f in zip(variants, fields, strict=True)]
    align = max([tag_size] + [p.align for p in tagged_parts])
    size = max(p.size for p in tagged_parts)
    size = (size + align - 1) // align * align
    tagged = Layout(size, align, (1 << (8 * tag_size)) - count, 0, tag_size)
    niche = _niche_layout(variants, fields)
    if niche is not None and (niche.size < tagged.size or (
            niche.size == tagged.size and niche.niche > tagged.niche)):
        return niche
    return tagged


def _niche_layout(variants: list[tuple[Ty, ...]], fields: list[list[Layout]]) -> Layout | None:
    """rustc's niche filling: other variants are encoded in invalid values of a field."""
    parts = [struct_layout(v, layouts=f) for v, f in zip(variants, fields, strict=True)]
    largest = max(range(len(parts)), key=lambda i: parts[i].size)
    big = parts[largest]
    others = len(parts) - 1
    if big.niche < others:
        return None
    size, align = big.size, max(p.align for p in parts)
    for i, part in enumerate(parts):
        if i == largest or part.size == 0:
            continue
        if part.size <= big.niche_offset:
            continue  # fits before the niche
        start = big.niche_offset + big.niche_size
        start = (start + part.align - 1) // part.align * part.align
        if start + part.size > size:
            return None
    size = (size + align - 1) // align * align
    return Layout(size, align, big.niche - others, big.niche_offset, big.niche_size)


def variant_offsets(ty: AdtTy, index: int) -> tuple[int, ...]:
    """Byte offsets of one enum variant's fields inside the enum, as rustc places them."""
    defn = ty.defn
    assert defn is not None
    fields = ty.variant_types(defn.variants[index])
    if not defn.is_enum:
        return struct_layout(fields).offsets
    whole = full_layout(ty)
    variants = [ty.variant_types(v) for v in defn.variants]
    layouts = [[full_layout(f) for f in v] for v in variants]
    tagged = [struct_layout(v, layouts=f) for v, f in zip(variants, layouts, strict=True)]
    niche = _niche_layout(variants, layouts)
    if niche is not None and niche.size == whole.size and niche.niche == whole.niche:
        largest = max(range(len(tagged)), key=lambda i: tagged[i].size)
        own = tagged[index]
        if index == largest or own.size <= tagged[largest].niche_offset:
            return own.offsets
        start = tagged[largest].niche_offset + tagged[largest].niche_size
        start = (start + own.align - 1) // own.align * own.align
        return tuple(start + o for o in own.offsets)
    discriminants = [v.discriminant for v in defn.variants]
    low, high = min(discriminants), max(discriminants)
    # The smallest integer holding every discriminant: signed once one is negative
    # (`X = -1, Y = 128` needs an i16).
    tag_size = next(b for b in (1, 2, 4, 8) if -(1 << (8 * b - 1)) <= low
                    and high < (1 << (8 * b - (1 if low < 0 else 0))))
    return struct_layout(fields, tag_size, ascending=True).offsets


def size_of(ty: Ty) -> int:
    return layout(ty)[0]


def align_of(ty: Ty) -> int:
    return layout(ty)[1]


def field_offsets(ty: Ty) -> tuple[int, ...]:
    return full_layout(ty).offsets


@dataclass(frozen=True, slots=True)
class EnumEncoding:
    """How an enum value says which variant it holds: a `tag` integer at `offset`, or a
    `niche`: the variant `dataful` stores its fields, and every other variant is a value
    its field at `offset` can never hold (`None` in an `Option<Box<T>>`: a null pointer)."""

    kind: str  # "tag", "niche" or "none" (one variant, or none)
    offset: int
    size: int
    dataful: int = -1


def enum_encoding(ty: AdtTy) -> EnumEncoding:
    """Where an enum keeps its variant (for the picture's byte layout). A tag is widened
    to the alignment of the first field after it, as rustc does (`Option<i32>`'s is 4
    bytes, `Option<u8>`'s 1)."""
    defn = ty.defn
    assert defn is not None and defn.is_enum
    variants = [ty.variant_types(v) for v in defn.variants]
    whole = full_layout(ty)
    if len(variants) <= 1 or whole.size == 0:
        return EnumEncoding("none", 0, 0)
    layouts = [[full_layout(f) for f in v] for v in variants]
    if any(v for v in variants):
        niche = _niche_layout(variants, layouts)
        if niche is not None and niche.size == whole.size and niche.niche == whole.niche:
            parts = [struct_layout(v, layouts=f) for v, f in zip(variants, layouts, strict=True)]
            largest = max(range(len(parts)), key=lambda i: parts[i].size)
            big = parts[largest]
            return EnumEncoding("niche", big.niche_offset, big.niche_size, largest)
    discriminants = [v.discriminant for v in defn.variants]
    low, high = min(discriminants), max(discriminants)
    tag = next(b for b in (1, 2, 4, 8) if -(1 << (8 * b - 1)) <= low
               and high < (1 << (8 * b - (1 if low < 0 else 0))))
    start = min((min(f.align for f in fields if f.size) for fields in layouts
                 if any(f.size for f in fields)), default=0)
    if start in (2, 4, 8) and start > tag:
        tag = start
    return EnumEncoding("tag", 0, tag)

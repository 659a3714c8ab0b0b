"""Rust types, with size and alignment as rustc 1.95 lays them out on x86-64.

`size_of` here is the number the picture draws and the number
`std::mem::size_of::<T>()` returns in an interpreted program: one source of truth.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The std range types (`a..b`, `a..=b`, `a..`, `..b`, `..=b`, `..`), by their names.
RANGE_KINDS = ("Range", "RangeInclusive", "RangeFrom", "RangeTo", "RangeToInclusive",
               "RangeFull")

class Ty:
    """Base of every type. Subclasses are frozen dataclasses, so types compare by value."""

    __slots__ = ()

    def __str__(self) -> str:  # pragma: no cover - every subclass overrides
        return type(self).__name__


@dataclass(frozen=True, slots=True)
class IntTy(Ty):
    name: str  # "i32", "usize", ...

    @property
    def signed(self) -> bool:
        return self.name[0] == "i"

    @property
    def bits(self) -> int:
        return 64 if self.name.endswith("size") else int(self.name[1:])

    @property
    def min(self) -> int:
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def max(self) -> int:
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class FloatTy(Ty):
    name: str  # "f32" or "f64"

    @property
    def bits(self) -> int:
        return int(self.name[1:])

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class BoolTy(Ty):
    def __str__(self) -> str:
        return "bool"


@dataclass(frozen=True, slots=True)
class CharTy(Ty):
    def __str__(self) -> str:
        return "char"


@dataclass(frozen=True, slots=True)
class StrTy(Ty):
    """`str`: unsized; only ever seen behind a pointer (`&str`)."""

    def __str__(self) -> str:
        return "str"


@dataclass(frozen=True, slots=True)
class TupleTy(Ty):
    items: tuple[Ty, ...]

    def __str__(self) -> str:
        if len(self.items) == 1:
            return f"({self.items[0]},)"
        return "(" + ", ".join(map(str, self.items)) + ")"


UNIT = TupleTy(())


@dataclass(frozen=True, slots=True)
class NeverTy(Ty):
    def __str__(self) -> str:
        return "!"


@dataclass(frozen=True, slots=True)
class BoxTy(Ty):
    inner: Ty

    def __str__(self) -> str:
        return f"Box<{self.inner}>"


@dataclass(frozen=True, slots=True)
class RefTy(Ty):
    inner: Ty
    mutable: bool = False

    def __str__(self) -> str:
        return f"&{'mut ' if self.mutable else ''}{self.inner}"


@dataclass(frozen=True, slots=True)
class InferTy(Ty):
    """An inference variable; `kind` is "int" or "float" for unsuffixed literals."""

    id: int
    kind: str = "any"

    def __str__(self) -> str:
        return {"int": "{integer}", "float": "{float}"}.get(self.kind, "_")


@dataclass(frozen=True, slots=True)
class ArrayTy(Ty):
    element: Ty
    length: int

    def __str__(self) -> str:
        return f"[{self.element}; {self.length}]"


@dataclass(frozen=True, slots=True)
class SliceTy(Ty):
    """`[T]`: unsized; seen behind `&` as a fat pointer."""

    element: Ty

    def __str__(self) -> str:
        return f"[{self.element}]"


@dataclass(eq=False)
class VariantDef:
    name: str
    kind: str  # "unit", "tuple" or "named"
    field_names: tuple[str, ...]
    field_types: tuple[Ty, ...]
    discriminant: int


@dataclass(eq=False)
class AdtDef:
    """A struct or enum: user-defined, or one of std's that we model (Option, Result)."""

    name: str
    is_enum: bool
    variants: list[VariantDef]  # a struct has exactly one, named like the struct
    type_params: tuple[str, ...] = ()
    derives: frozenset[str] = frozenset()
    has_drop: bool = False  # `impl Drop for ...`
    struct_kind: str = "named"  # for structs: "named", "tuple" or "unit"
    span: object = None  # where it is declared (a Span), for diagnostics


@dataclass(frozen=True, slots=True)
class AdtTy(Ty):
    """A named type with generic arguments: `String`, `Vec<i32>`, `Option<T>`, `Point`."""

    name: str
    args: tuple[Ty, ...] = ()
    defn: AdtDef | None = field(default=None, compare=False, hash=False)

    def __str__(self) -> str:
        # `..` is `RangeFull`: it carries an element type here only so every range kind
        # has one, which Rust's has not.
        if self.args and self.name != "RangeFull":
            return f"{self.name}<{', '.join(map(str, self.args))}>"
        return self.name

    def variant_types(self, variant: VariantDef) -> tuple[Ty, ...]:
        """A variant's field types with this type's generic arguments filled in."""
        if not self.args or self.defn is None:
            return variant.field_types
        table = dict(zip(self.defn.type_params, self.args, strict=True))
        return tuple(substitute(t, table) for t in variant.field_types)


@dataclass(frozen=True, slots=True)
class ParamTy(Ty):
    """A generic parameter inside a definition (`T` in `Option<T>`), or a generic
    function's type parameter, with its bounds (the program's traits, `Display`, ...)."""

    name: str
    bounds: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.name


class ClosureLayout:
    """A closure's captures as the struct rustc makes of them: a field per captured place,
    a reference to it or (captured by value) the value itself. The borrow checker, which
    decides how each place is captured, fills `fields` in (None until then)."""

    __slots__ = ("fields",)

    def __init__(self) -> None:
        self.fields: tuple[Ty, ...] | None = None


@dataclass(frozen=True, slots=True)
class DynTy(Ty):
    """`dyn Shape`: unsized; behind `&` a fat pointer (data pointer, vtable pointer)."""

    trait: str

    def __str__(self) -> str:
        return f"dyn {self.trait}"


@dataclass(frozen=True, slots=True)
class FnTy(Ty):
    """A closure's type (zero-sized when it captures nothing, as in rustc)."""

    params: tuple[Ty, ...]
    ret: Ty
    ident: int = 0  # each closure expression has its own type
    # Whether its body names a variable from outside: its size is its captures' then.
    captures: bool = field(default=False, compare=False)
    layout: ClosureLayout | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return f"{{closure}}({', '.join(map(str, self.params))}) -> {self.ret}"


@dataclass(frozen=True, slots=True)
class IterTy(Ty):
    """An iterator yielding `item`s (what `.iter()`, `.chars()`, ranges give `for`)."""

    item: Ty
    kind: str = "Iter"
    # What an adaptor is made of, for its layout: the iterator it adapts, then its
    # arguments' types (a closure, another iterator, a count). Not part of its identity.
    parts: tuple[Ty, ...] = field(default=(), compare=False)

    def __str__(self) -> str:
        return f"{self.kind}<{self.item}>"


def substitute(ty: Ty, table: dict[str, Ty]) -> Ty:
    if isinstance(ty, ParamTy):
        return table.get(ty.name, ty)
    if isinstance(ty, AdtTy) and ty.args:
        return AdtTy(ty.name, tuple(substitute(a, table) for a in ty.args), ty.defn)
    if isinstance(ty, BoxTy):
        return BoxTy(substitute(ty.inner, table))
    if isinstance(ty, RefTy):
        return RefTy(substitute(ty.inner, table), ty.mutable)
    if isinstance(ty, TupleTy):
        return TupleTy(tuple(substitute(t, table) for t in ty.items))
    if isinstance(ty, ArrayTy):
        return ArrayTy(substitute(ty.element, table), ty.length)
    if isinstance(ty, SliceTy):
        return SliceTy(substitute(ty.element, table))
    if isinstance(ty, IterTy):
        return IterTy(substitute(ty.item, table), ty.kind,
                      tuple(substitute(p, table) for p in ty.parts))
    return ty


INT_NAMES = (
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
)
I32 = IntTy("i32")
U8 = IntTy("u8")
U32 = IntTy("u32")
USIZE = IntTy("usize")
BOOL = BoolTy()
CHAR = CharTy()
F64 = FloatTy("f64")
STR = StrTy()

PRIMITIVES: dict[str, Ty] = {
    **{name: IntTy(name) for name in INT_NAMES},
    "f32": FloatTy("f32"), "f64": F64, "bool": BOOL, "char": CHAR, "str": STR,
}

# ---- the std types we model as data ----
_T, _E = ParamTy("T"), ParamTy("E")
OPTION_DEF = AdtDef("Option", True, [VariantDef("None", "unit", (), (), 0),
                                     VariantDef("Some", "tuple", ("0",), (_T,), 1)],
                    ("T",), frozenset({"Debug", "Clone", "Copy", "PartialEq", "Eq",
                                       "PartialOrd", "Ord"}))
RESULT_DEF = AdtDef("Result", True, [VariantDef("Ok", "tuple", ("0",), (_T,), 0),
                                     VariantDef("Err", "tuple", ("0",), (_E,), 1)],
                    ("T", "E"), frozenset({"Debug", "Clone", "Copy", "PartialEq", "Eq"}))
ORDERING_DEF = AdtDef("Ordering", True, [VariantDef("Less", "unit", (), (), -1),
                                         VariantDef("Equal", "unit", (), (), 0),
                                         VariantDef("Greater", "unit", (), (), 1)],
                      (), frozenset({"Debug", "Clone", "Copy", "PartialEq", "Eq"}))
STRING = AdtTy("String")
# `std::fmt::Error` (a unit struct) and `fmt::Result`; a `Formatter` is std's own (`f` in
# `fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result`), never held by the program.
FMT_ERROR_DEF = AdtDef("fmt::Error", False, [VariantDef("Error", "unit", (), (), 0)], (),
                       frozenset({"Debug", "Clone", "Copy", "PartialEq", "Eq"}), False, "unit")
FMT_RESULT = AdtTy("Result", (UNIT, AdtTy("fmt::Error", (), FMT_ERROR_DEF)), RESULT_DEF)
FORMATTER = AdtTy("Formatter")
# Names of std types whose values live partly on the heap, handled by the machine.
HEAP_TYPES = ("String", "Vec", "Rc", "RefCell", "Box")


def option(inner: Ty) -> AdtTy:
    return AdtTy("Option", (inner,), OPTION_DEF)


def result(ok: Ty, err: Ty) -> AdtTy:
    return AdtTy("Result", (ok, err), RESULT_DEF)


def vec(element: Ty) -> AdtTy:
    return AdtTy("Vec", (element,))


def rc(inner: Ty) -> AdtTy:
    return AdtTy("Rc", (inner,))


def refcell(inner: Ty) -> AdtTy:
    return AdtTy("RefCell", (inner,))


def is_unsized(ty: Ty) -> bool:
    return isinstance(ty, StrTy | SliceTy | DynTy)


def is_string(ty: Ty) -> bool:
    return isinstance(ty, AdtTy) and ty.name == "String"


def is_vec(ty: Ty) -> bool:
    return isinstance(ty, AdtTy) and ty.name == "Vec"


def is_adt(ty: Ty, name: str) -> bool:
    return isinstance(ty, AdtTy) and ty.name == name


# ---- layout ----


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


def full_layout(ty: Ty) -> Layout:
    if isinstance(ty, IntTy):
        size = ty.bits // 8
        return Layout(size, size, 0)
    if isinstance(ty, FloatTy):
        return Layout(ty.bits // 8, ty.bits // 8, 0)
    if isinstance(ty, BoolTy):
        return Layout(1, 1, 254, 0, 1)
    if isinstance(ty, CharTy):
        return Layout(4, 4, (1 << 32) - 0x110000, 0, 4)
    if isinstance(ty, NeverTy):
        return Layout(0, 1, 0)
    if isinstance(ty, BoxTy | RefTy):
        # A pointer to an unsized value is "fat": address plus length.
        size = 16 if is_unsized(ty.inner) else 8
        return Layout(size, 8, POINTER_NICHE, 0, 8)
    if isinstance(ty, TupleTy):
        return struct_layout(ty.items)
    if isinstance(ty, ArrayTy):
        inner = full_layout(ty.element)
        return Layout(inner.size * ty.length, inner.align,
                      inner.niche if ty.length else 0, inner.niche_offset, inner.niche_size)
    if isinstance(ty, FnTy):
        if ty.layout is not None and ty.layout.fields is not None:
            return struct_layout(ty.layout.fields)
        return Layout(0, 1, 0)
    if isinstance(ty, IterTy):
        from stackheap_tui.lang.iter_layouts import iter_layout  # (it builds on this module)
        return iter_layout(ty) or Layout(16, 8, POINTER_NICHE, 0, 8)
    if isinstance(ty, AdtTy):
        return _adt_layout(ty)
    raise ValueError(f"no layout for {ty}")


def _adt_layout(ty: AdtTy) -> Layout:
    if ty.name in ("String", "Vec"):
        # cap, ptr, len; the capacity never exceeds isize::MAX: a niche of 2^63 values.
        return Layout(24, 8, 1 << 63, 0, 8, (8, 0, 16))
    if ty.name in ("Rc", "Weak"):
        return Layout(8, 8, POINTER_NICHE, 0, 8)
    if ty.name == "RefCell":
        return struct_layout((IntTy("isize"), ty.args[0]))  # the borrow flag, then the value
    if ty.name in ("Ref", "RefMut"):
        return Layout(16, 8, POINTER_NICHE, 0, 8)  # the value's pointer and the flag's
    if ty.name == "Cell":
        return full_layout(ty.args[0])
    if ty.name == "VecDeque":  # cap, ptr, head, len; the capacity has a niche, as Vec's
        return Layout(32, 8, 1 << 63, 0, 8)
    if ty.name in ("HashMap", "HashSet"):
        # RawTable (ctrl pointer, bucket mask, items, growth left), then RandomState's
        # two u64 keys; the ctrl pointer is never null.
        return Layout(48, 8, POINTER_NICHE, 0, 8)
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
    """rustc reorders fields (largest alignment first), then pads to the alignment.

    With a `prefix` (an enum's tag) fields are placed after it, smallest alignment
    first, which is how rustc fills the gap after the tag. `layouts`: the fields'
    layouts when the caller has them already.
    """
    if layouts is None:
        layouts = [full_layout(f) for f in fields]
    if ascending:
        order = sorted(range(len(fields)), key=lambda i: layouts[i].align)
    else:
        order = sorted(range(len(fields)), key=lambda i: -layouts[i].align)
    offsets = [0] * len(fields)
    offset = prefix
    align = 1
    niche, niche_offset, niche_size = 0, 0, 0
    for i in order:
        part = layouts[i]
        offset = (offset + part.align - 1) // part.align * part.align
        offsets[i] = offset
        if part.niche > niche:
            niche, niche_offset, niche_size = part.niche, offset + part.niche_offset, \
                part.niche_size
        offset += part.size
        align = max(align, part.align)
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


def is_copy(ty: Ty) -> bool:
    """Copy types are duplicated on assignment; everything else moves."""
    if isinstance(ty, IntTy | FloatTy | BoolTy | CharTy | NeverTy | FnTy):
        return True
    if isinstance(ty, ParamTy):
        return "Copy" in ty.bounds  # a generic function's `T: Copy`
    if isinstance(ty, RefTy):
        return not ty.mutable
    if isinstance(ty, TupleTy):
        return all(is_copy(item) for item in ty.items)
    if isinstance(ty, ArrayTy):
        return is_copy(ty.element)
    if isinstance(ty, AdtTy) and ty.defn is not None:
        if ty.name in ("Option", "Result"):
            return all(is_copy(a) for a in ty.args)
        return "Copy" in ty.defn.derives and all(is_copy(a) for a in ty.args)
    return False


def needs_drop(ty: Ty) -> bool:
    """Whether dropping a value of this type does anything (frees memory, runs Drop)."""
    if isinstance(ty, BoxTy):
        return True
    if isinstance(ty, FnTy):  # a closure drops what was moved into it
        fields = ty.layout.fields if ty.layout is not None else None
        return fields is not None and any(needs_drop(f) for f in fields)
    if isinstance(ty, IterTy):  # a Vec's IntoIter owns its buffer; adaptors what they hold
        return (ty.kind == "IntoIter" and not ty.parts) or any(needs_drop(p)
                                                                for p in ty.parts)
    if isinstance(ty, TupleTy):
        return any(needs_drop(item) for item in ty.items)
    if isinstance(ty, ArrayTy):
        return ty.length > 0 and needs_drop(ty.element)
    if isinstance(ty, AdtTy):
        if ty.name in ("String", "Vec", "Rc", "Weak", "Ref", "RefMut", "HashMap", "HashSet",
                       "VecDeque"):
            return True
        if ty.name in ("RefCell", "Cell"):
            return needs_drop(ty.args[0])
        if ty.defn is None:
            return False
        if ty.defn.has_drop:
            return True
        return any(needs_drop(t) for v in ty.defn.variants for t in ty.variant_types(v))
    return False

"""Rust types: the type terms the checker infers and the interpreter carries, the std
types they name, and which are Copy and which need dropping (their layouts: layouts.py).
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
    # the program's `impl Deref` for it (a `deref_impls.DerefImpl`), if it wrote one
    deref: object = field(default=None, compare=False, repr=False)
    # rustc's layouts of this definition by its arguments, as lang/layouts.py works
    # them out (it fills this in; it lives and dies with the program's definitions).
    layouts: dict[object, object] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class AdtTy(Ty):
    """A named type with generic arguments: `String`, `Vec<i32>`, `Option<T>`, `Point`."""

    name: str
    args: tuple[Ty, ...] = ()
    defn: AdtDef | None = field(default=None, compare=False, hash=False)

    def __str__(self) -> str:
        # `..` is `RangeFull`: it carries an element type here only so every range kind
        # has one, which Rust's has not.
        if self.name in RAW_POINTERS:
            return f"{self.name} {self.args[0]}"
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
    # `F: Fn(i32) -> i32`: the signature its closure bound gives calls of it (the bound's
    # name, `Fn`, `FnMut` or `FnOnce`, is among `bounds`).
    call: FnTy | None = field(default=None, compare=False)
    item: Ty | None = None  # `I: Iterator<Item = u32>`: the items' type

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
    # `dyn Fn(i32) -> i32`: a closure trait's object, with the signature of its calls
    call: FnTy | None = None

    def __str__(self) -> str:
        if self.call is not None:
            ret = "" if self.call.ret == UNIT else f" -> {self.call.ret}"
            return f"dyn {self.trait}({', '.join(map(str, self.call.params))}){ret}"
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
    # `fn(i32) -> i32`: a function pointer (8 bytes), not a fn item's or closure's type
    pointer: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        if self.pointer:
            ret = "" if self.ret == UNIT else f" -> {self.ret}"
            return f"fn({', '.join(map(str, self.params))}){ret}"
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
# std's smart pointers that deref to their first type argument (`*rc`, autoderef).
DEREF_TO_ARG = ("Rc", "Arc", "Ref", "RefMut", "MutexGuard", "RwLockReadGuard",
                "RwLockWriteGuard")
HEAP_TYPES = ("String", "Vec", "Rc", "Arc", "RefCell", "Box")


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


# Raw pointers are `AdtTy("*const", (T,))` and `AdtTy("*mut", (T,))`: std types with
# one argument, so inference and substitution treat them as any other.
RAW_POINTERS = ("*const", "*mut")


def raw_ptr(inner: Ty, mutable: bool) -> AdtTy:
    return AdtTy("*mut" if mutable else "*const", (inner,))


def is_raw_ptr(ty: Ty | None) -> bool:
    return isinstance(ty, AdtTy) and ty.name in RAW_POINTERS


def is_adt(ty: Ty, name: str) -> bool:
    return isinstance(ty, AdtTy) and ty.name == name


def is_copy(ty: Ty) -> bool:
    """Copy types are duplicated on assignment; everything else moves."""
    if isinstance(ty, FnTy):
        # A closure is Copy when all it holds is (its captures are shared references or
        # Copy values); a fn item is; captures not laid out yet: as the checker assumes.
        fields = ty.layout.fields if ty.layout is not None else None
        return fields is None or all(is_copy(f) for f in fields)
    if isinstance(ty, IntTy | FloatTy | BoolTy | CharTy | NeverTy):
        return True
    if isinstance(ty, ParamTy):
        return "Copy" in ty.bounds  # a generic function's `T: Copy`
    if isinstance(ty, RefTy):
        return not ty.mutable
    if isinstance(ty, TupleTy):
        return all(is_copy(item) for item in ty.items)
    if isinstance(ty, ArrayTy):
        return is_copy(ty.element)
    if isinstance(ty, AdtTy) and ty.name in RAW_POINTERS:
        return True
    if isinstance(ty, AdtTy) and ty.name in ("ManuallyDrop", "MaybeUninit"):
        return is_copy(ty.args[0])
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
        if ty.name in ("BTreeMap", "BTreeSet", "BinaryHeap"):
            return True
        if ty.name in ("String", "Vec", "Rc", "Arc", "Weak", "Ref", "RefMut", "HashMap", "HashSet",
                       "VecDeque"):
            return True
        if ty.name in ("RefCell", "Cell", "Mutex", "RwLock"):
            return needs_drop(ty.args[0])
        if ty.name in ("MutexGuard", "PoisonError", "Sender", "Receiver", "RwLockReadGuard",
                       "SyncSender",
                       "RwLockWriteGuard"):  # (unlocks, hangs up)
            return True
        if ty.name == "SendError":
            return needs_drop(ty.args[0])
        if ty.defn is None:
            return False
        if ty.defn.has_drop:
            return True
        return any(needs_drop(t) for v in ty.defn.variants for t in ty.variant_types(v))
    return False

"""Rust types, with size and alignment as rustc 1.95 lays them out on x86-64.

`size_of` here is the number the picture draws and the number
`std::mem::size_of::<T>()` returns in an interpreted program: one source of truth.
"""

from __future__ import annotations

from dataclasses import dataclass


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


INT_NAMES = (
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
)
I32 = IntTy("i32")
USIZE = IntTy("usize")
BOOL = BoolTy()
CHAR = CharTy()
F64 = FloatTy("f64")

PRIMITIVES: dict[str, Ty] = {
    **{name: IntTy(name) for name in INT_NAMES},
    "f32": FloatTy("f32"), "f64": F64, "bool": BOOL, "char": CHAR, "str": StrTy(),
}


def is_unsized(ty: Ty) -> bool:
    return isinstance(ty, StrTy)


def layout(ty: Ty) -> tuple[int, int]:
    """(size, align) in bytes, as rustc lays the type out."""
    if isinstance(ty, IntTy):
        size = ty.bits // 8
        return size, size
    if isinstance(ty, FloatTy):
        return ty.bits // 8, ty.bits // 8
    if isinstance(ty, BoolTy):
        return 1, 1
    if isinstance(ty, CharTy):
        return 4, 4
    if isinstance(ty, NeverTy):
        return 0, 1
    if isinstance(ty, BoxTy | RefTy):
        # A pointer to an unsized value is "fat": address plus length.
        return (16, 8) if is_unsized(ty.inner) else (8, 8)
    if isinstance(ty, TupleTy):
        return _aggregate_layout(ty.items)[:2]
    raise ValueError(f"no layout for {ty}")


def _aggregate_layout(fields: tuple[Ty, ...]) -> tuple[int, int, tuple[int, ...]]:
    """rustc reorders fields by descending alignment (stable), then pads to alignment.

    Returns (size, align, offset of each field in declaration order).
    """
    layouts = [layout(f) for f in fields]
    order = sorted(range(len(fields)), key=lambda i: -layouts[i][1])
    offsets = [0] * len(fields)
    offset = 0
    align = 1
    for i in order:
        size, field_align = layouts[i]
        offset = (offset + field_align - 1) // field_align * field_align
        offsets[i] = offset
        offset += size
        align = max(align, field_align)
    size = (offset + align - 1) // align * align
    return size, align, tuple(offsets)


def size_of(ty: Ty) -> int:
    return layout(ty)[0]


def align_of(ty: Ty) -> int:
    return layout(ty)[1]


def is_copy(ty: Ty) -> bool:
    """Copy types are duplicated on assignment; everything else moves."""
    if isinstance(ty, IntTy | FloatTy | BoolTy | CharTy | NeverTy):
        return True
    if isinstance(ty, RefTy):
        return not ty.mutable
    if isinstance(ty, TupleTy):
        return all(is_copy(item) for item in ty.items)
    return False


def needs_drop(ty: Ty) -> bool:
    """Whether dropping a value of this type does anything (frees memory, runs Drop)."""
    if isinstance(ty, BoxTy):
        return True
    if isinstance(ty, TupleTy):
        return any(needs_drop(item) for item in ty.items)
    return False

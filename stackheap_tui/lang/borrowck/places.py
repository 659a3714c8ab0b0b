"""Places, as MIR names them: a local and a path of projections (field, deref, index).

Borrow checking compares places: a loan of `v` conflicts with a write to `v[0]`,
a loan of `p.x` with a move of `p`, but not with a write to `p.y`. This module
knows how places overlap and how rustc spells them in its messages.
"""

from __future__ import annotations

from dataclasses import dataclass

from stackheap_tui.lang import types as T
from stackheap_tui.lang.deref_impls import deref_target

# Kinds of dereference: how the pointer owns (or does not own) what it points to.
REF, REF_MUT, BOX = "&", "&mut", "box"
RC, GUARD, GUARD_MUT = "rc", "ref_guard", "refmut_guard"  # Rc<T>, Ref<T>, RefMut<T>
OVERLOADED = "overloaded"  # String -> str, Vec<T> -> [T]: Deref / DerefMut on the owner
USER_DEREF = "user_deref"  # the program's `impl Deref` (no `DerefMut`): read-only


@dataclass(frozen=True, slots=True)
class Proj:
    kind: str  # "field", "deref", "index"
    index: int = 0  # field: declaration index
    name: str = ""  # field: its name as written ("0" for tuples); deref: the pointer kind
    variant: int = -1  # enum fields bound by a pattern: which variant (-1: struct/tuple)
    overloaded_index: bool = False  # `v[i]` on a Vec: `*Index::index(&v, i)`
    # index: the indexed type, for "cannot move out of index of `T`"; an enum variant's
    # field: the variant's name ("cannot move out of `r` as enum variant `Some`")
    container: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    local: int
    proj: tuple[Proj, ...] = ()

    def extend(self, *more: Proj) -> Place:
        return Place(self.local, self.proj + more)

    @property
    def path(self) -> tuple[int, tuple[Proj, ...]]:
        return (self.local, self.proj)

    def has_deref(self) -> bool:
        return any(p.kind == "deref" for p in self.proj)

    def through_reference(self) -> bool:
        """Whether the data is reached through a reference (so the local doesn't own it)."""
        return any(p.kind == "deref" and p.name in (REF, REF_MUT) for p in self.proj)

    def owned_prefix_len(self) -> int:
        """How many projections stay inside memory the local owns."""
        for i, p in enumerate(self.proj):
            if p.kind == "deref" and p.name in (REF, REF_MUT, RC, GUARD, GUARD_MUT, USER_DEREF):
                return i
        return len(self.proj)


def _same(a: Proj, b: Proj) -> bool | None:
    """True: same location; False: disjoint; None: may overlap (indexes)."""
    if a.kind != b.kind:
        return None
    if a.kind == "field":
        if a.variant != b.variant and a.variant >= 0 and b.variant >= 0:
            return None  # different variants share memory
        return a.index == b.index
    if a.kind == "index":
        # a slice pattern's fixed positions ("[0]", "[-1]" from the end) are disjoint when
        # counted from the same end; anything else may overlap
        if a.name and b.name:
            return _same_position(a.name, b.name)
        return None
    return True


def _same_position(a: str, b: str) -> bool | None:
    """Two fixed positions of slice patterns, `[offset/least]` from the start or
    `[-offset/least]` from the end of a slice at least `least` long: rustc's
    `ConstantIndex` conflict rule (`[first, .., last]` names two distinct elements)."""
    if ".." in a or ".." in b:
        if ".." in a and ".." in b:
            return None  # two subslices (of two patterns): may overlap
        sub, other = (a, b) if ".." in a else (b, a)
        bounds, _ = sub[1:-1].split("/")
        head, tail = (int(n) for n in bounds.split(".."))
        offset = int(other[1:-1].split("/")[0])
        # outside the subslice: before its start, or among the items after it
        return False if (0 <= offset < head or (offset < 0 and -offset <= tail)) else None
    (oa, la), (ob, lb) = (tuple(int(n) for n in x[1:-1].split("/")) for x in (a, b))
    if (oa < 0) == (ob < 0):
        return oa == ob
    start, end = (oa, -ob) if oa >= 0 else (ob, -oa)
    return None if start >= min(la, lb) - end else False


def overlaps(a: Place, b: Place) -> bool:
    """Whether two places may name overlapping memory (one is a prefix of the other).
    Two places reached through the same overloaded operation (`v[0].a` and `v[0].b` on a
    Vec, `g.a` and `g.b` through a `RefMut`) overlap whatever follows: each goes through
    a call (`IndexMut::index_mut(&mut v, 0)`, `DerefMut::deref_mut(&mut g)`) that borrows
    the whole prefix, as rustc's borrow checker sees it."""
    if a.local != b.local:
        return False
    for pa, pb in zip(a.proj, b.proj, strict=False):
        if _same(pa, pb) is False:
            return False
        if _through_call(pa) and _through_call(pb):
            return True
    return True


def call_prefix(a: Place, b: Place) -> Place | None:
    """The place two overlapping places both reach through one overloaded call (`v` for
    `v[0].a` and `v[0].b`): what rustc names in the conflict; None if there is none."""
    if a.local != b.local:
        return None
    for i, (pa, pb) in enumerate(zip(a.proj, b.proj, strict=False)):
        if _same(pa, pb) is False:
            return None
        if _through_call(pa) and _through_call(pb):
            return Place(a.local, a.proj[:i])
    return None


def _through_call(p: Proj) -> bool:
    return (p.kind == "index" and p.overloaded_index) or (
        p.kind == "deref" and p.name in (GUARD, GUARD_MUT, OVERLOADED, USER_DEREF))


def surely_overlaps(a: Place, b: Place) -> bool:
    """One place is a prefix of the other with no index or variant in doubt."""
    if a.local != b.local:
        return False
    return all(_same(pa, pb) is True for pa, pb in zip(a.proj, b.proj, strict=False))


def is_prefix(a: Place, b: Place) -> bool:
    """`a` is `b` or a prefix of it (moving `a` moves `b` too)."""
    if a.local != b.local or len(a.proj) > len(b.proj):
        return False
    return all(_same(pa, pb) is not False for pa, pb in zip(a.proj, b.proj, strict=False))


def describe(place: Place, root_name: str) -> str:
    """The place as rustc writes it: `v`, `p.name`, `*r`, `self.items`, `a[_]`."""
    text = root_name
    proj = place.proj
    for i, p in enumerate(proj):
        following = proj[i + 1] if i + 1 < len(proj) else None
        if p.kind == "field":
            text = f"{text}.{p.name}"
        elif p.kind == "deref":
            if p.name == OVERLOADED:
                continue  # `s.len()` borrows `s` itself
            if following is not None and (following.kind == "field" or (
                    following.kind == "index" and not following.overloaded_index)):
                continue  # auto-deref before a field or index: `self.x`, `s[_]`, not `(*s)[_]`
            text = f"*{text}"
        elif p.kind == "index":
            if p.overloaded_index:
                continue  # `v[i]` on a Vec borrows `v` through `Index`
            text = f"{text}[_]"
    return text


def deref_kind(ty: T.Ty) -> tuple[str, T.Ty] | None:
    """What dereferencing a value of type `ty` goes through, and what it reaches."""
    if isinstance(ty, T.RefTy):
        return (REF_MUT if ty.mutable else REF), ty.inner
    if isinstance(ty, T.BoxTy):
        return BOX, ty.inner
    if isinstance(ty, T.AdtTy):
        if ty.name in ("Rc", "Arc") and ty.args:
            return RC, ty.args[0]
        if ty.name in ("Ref", "RwLockReadGuard") and ty.args:
            return GUARD, ty.args[0]
        if ty.name in ("RefMut", "MutexGuard", "RwLockWriteGuard") and ty.args:
            return GUARD_MUT, ty.args[0]
        if ty.name == "String":
            return OVERLOADED, T.STR
        if ty.name == "Vec" and ty.args:
            return OVERLOADED, T.SliceTy(ty.args[0])
        if ty.name == "ManuallyDrop" and ty.args:  # (its `Deref` / `DerefMut`)
            return OVERLOADED, ty.args[0]
    if isinstance(ty, T.ArrayTy):
        return None  # arrays unsize, they do not deref
    target = deref_target(ty)
    if target is not None:
        return USER_DEREF, target
    return None


def may_carry_loans(ty: T.Ty, seen: frozenset[str] = frozenset()) -> bool:
    """Whether a value of this type can hold a reference (and so keep a loan alive)."""
    if isinstance(ty, T.RefTy | T.IterTy | T.FnTy | T.InferTy | T.ParamTy):
        return True
    if isinstance(ty, T.BoxTy):
        return may_carry_loans(ty.inner, seen)
    if isinstance(ty, T.TupleTy):
        return any(may_carry_loans(t, seen) for t in ty.items)
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return may_carry_loans(ty.element, seen)
    if isinstance(ty, T.AdtTy):
        if ty.name in ("Ref", "RefMut", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard",
                       "Entry"):  # (`Entry`: `&mut` its map)
            return True
        if any(may_carry_loans(a, seen) for a in ty.args):
            return True
        if ty.defn is not None and ty.name not in seen:  # recursive types: look once
            inner = seen | {ty.name}
            return any(may_carry_loans(f, inner) for v in ty.defn.variants
                       for f in v.field_types if not isinstance(f, T.ParamTy))
    return False


def drop_may_use_loans(ty: T.Ty, seen: frozenset[str] = frozenset()) -> bool:
    """Whether dropping a value of this type runs code that may read the references it
    holds: a user `Drop` impl (or `Ref`/`RefMut`'s) somewhere inside it. std's own
    containers (`Vec`, `Box`, `Rc`, ...) only drop what they hold (`#[may_dangle]`)."""
    if isinstance(ty, T.BoxTy):
        return drop_may_use_loans(ty.inner, seen)
    if isinstance(ty, T.TupleTy):
        return any(drop_may_use_loans(t, seen) for t in ty.items)
    if isinstance(ty, T.ArrayTy):
        return ty.length > 0 and drop_may_use_loans(ty.element, seen)
    if isinstance(ty, T.AdtTy):
        if ty.name in ("Ref", "RefMut", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard"):
            return True
        if any(drop_may_use_loans(a, seen) for a in ty.args):
            return True
        if ty.defn is not None and ty.name not in seen:
            if ty.defn.has_drop:
                return True
            inner = seen | {ty.name}
            return any(drop_may_use_loans(f, inner) for v in ty.defn.variants
                       for f in ty.variant_types(v))
    return False

"""Type inference variables and unification, as rustc infers literals and generics.

`{integer}` and `{float}` variables only accept integer or float types and
default to `i32` / `f64`; plain variables (`Vec::new()`'s element) accept anything.
"""

from __future__ import annotations

from collections.abc import Callable

from stackheap_tui.lang import types as T


def map_type(ty: T.Ty, f: Callable[[T.Ty], T.Ty]) -> T.Ty:
    """Apply `f` to every direct child type, rebuilding the type."""
    if type(ty) in _LEAVES:
        return ty  # the common case, without the checks below
    if isinstance(ty, T.BoxTy):
        return T.BoxTy(f(ty.inner))
    if isinstance(ty, T.RefTy):
        return T.RefTy(f(ty.inner), ty.mutable)
    if isinstance(ty, T.TupleTy):
        return T.TupleTy(tuple(f(i) for i in ty.items))
    if isinstance(ty, T.ArrayTy):
        return T.ArrayTy(f(ty.element), ty.length)
    if isinstance(ty, T.SliceTy):
        return T.SliceTy(f(ty.element))
    if isinstance(ty, T.AdtTy) and ty.args:
        return T.AdtTy(ty.name, tuple(f(a) for a in ty.args), ty.defn)
    if isinstance(ty, T.IterTy):
        return T.IterTy(f(ty.item), ty.kind, tuple(f(p) for p in ty.parts))
    if isinstance(ty, T.FnTy):
        return T.FnTy(tuple(f(p) for p in ty.params), f(ty.ret), ty.ident, ty.captures,
                      ty.layout, ty.pointer)
    return ty


_LEAVES = frozenset({T.IntTy, T.FloatTy, T.BoolTy, T.CharTy, T.StrTy, T.NeverTy,
                     T.ParamTy, T.InferTy})


class Types:
    def __init__(self) -> None:
        self.subst: dict[int, T.Ty] = {}
        self.next_id = 0

    def fresh(self, kind: str = "any") -> T.InferTy:
        self.next_id += 1
        return T.InferTy(self.next_id, kind)

    def shallow(self, ty: T.Ty) -> T.Ty:
        while isinstance(ty, T.InferTy) and ty.id in self.subst:
            ty = self.subst[ty.id]
        return ty

    def resolve(self, ty: T.Ty) -> T.Ty:
        ty = self.shallow(ty)
        return map_type(ty, self.resolve)

    def unify(self, a: T.Ty, b: T.Ty) -> bool:
        a, b = self.shallow(a), self.shallow(b)
        if a is b or (not isinstance(a, T.InferTy) and a == b and _ground(a)):
            return True
        if isinstance(a, T.InferTy) and isinstance(b, T.InferTy) and a.id == b.id:
            return True
        if isinstance(a, T.NeverTy) or isinstance(b, T.NeverTy):
            return True
        if isinstance(a, T.InferTy):
            return self._bind(a, b)
        if isinstance(b, T.InferTy):
            return self._bind(b, a)
        if type(a) is not type(b):
            return False
        if isinstance(a, T.BoxTy):
            assert isinstance(b, T.BoxTy)
            return self.unify(a.inner, b.inner)
        if isinstance(a, T.RefTy):
            assert isinstance(b, T.RefTy)
            return a.mutable == b.mutable and self.unify(a.inner, b.inner)
        if isinstance(a, T.TupleTy):
            assert isinstance(b, T.TupleTy)
            return len(a.items) == len(b.items) and all(
                self.unify(x, y) for x, y in zip(a.items, b.items, strict=True))
        if isinstance(a, T.ArrayTy):
            assert isinstance(b, T.ArrayTy)
            return a.length == b.length and self.unify(a.element, b.element)
        if isinstance(a, T.SliceTy):
            assert isinstance(b, T.SliceTy)
            return self.unify(a.element, b.element)
        if isinstance(a, T.IterTy):
            assert isinstance(b, T.IterTy)
            return self.unify(a.item, b.item)
        if isinstance(a, T.AdtTy):
            assert isinstance(b, T.AdtTy)
            return a.name == b.name and len(a.args) == len(b.args) and all(
                self.unify(x, y) for x, y in zip(a.args, b.args, strict=True))
        if isinstance(a, T.FnTy):
            assert isinstance(b, T.FnTy)
            if a.ident and b.ident and a.ident != b.ident and (a.captures or b.captures):
                return False  # two closures are two types (without captures: fn pointers)
            if (a.pointer and b.captures) or (b.pointer and a.captures):
                return False  # only a closure that captures nothing is a fn pointer
            return len(a.params) == len(b.params) and all(
                self.unify(x, y) for x, y in zip(a.params, b.params, strict=True)
            ) and self.unify(a.ret, b.ret)
        return a == b

    def _bind(self, var: T.InferTy, ty: T.Ty) -> bool:
        if isinstance(ty, T.InferTy):
            if var.kind != "any" and ty.kind != "any" and var.kind != ty.kind:
                return False
            if ty.kind == "any":
                self.subst[ty.id] = var
            else:
                self.subst[var.id] = ty
            return True
        if var.kind == "int" and not isinstance(ty, T.IntTy):
            return False
        if var.kind == "float" and not isinstance(ty, T.FloatTy):
            return False
        if self._occurs(var, ty):
            return False
        self.subst[var.id] = ty
        return True

    def _occurs(self, var: T.InferTy, ty: T.Ty) -> bool:
        found = False

        def visit(t: T.Ty) -> T.Ty:
            nonlocal found
            t = self.shallow(t)
            if isinstance(t, T.InferTy) and t.id == var.id:
                found = True
            map_type(t, visit)
            return t

        visit(ty)
        return found

    def default(self, ty: T.Ty) -> T.Ty:
        """Resolve, then give leftover literals Rust's defaults: i32 and f64."""
        ty = self.shallow(ty)
        if isinstance(ty, T.InferTy):
            chosen: T.Ty = {"int": T.I32, "float": T.F64}.get(ty.kind, T.UNIT)
            self.subst[ty.id] = chosen
            return chosen
        return map_type(ty, self.default)

    def is_int(self, ty: T.Ty) -> bool:
        ty = self.shallow(ty)
        return isinstance(ty, T.IntTy) or (isinstance(ty, T.InferTy) and ty.kind == "int")

    def is_float(self, ty: T.Ty) -> bool:
        ty = self.shallow(ty)
        return isinstance(ty, T.FloatTy) or (isinstance(ty, T.InferTy) and ty.kind == "float")


def _ground(ty: T.Ty) -> bool:
    """No inference variables inside (so `==` on the dataclasses is the answer)."""
    if isinstance(ty, T.InferTy):
        return False
    if isinstance(ty, T.BoxTy | T.RefTy):
        return _ground(ty.inner)
    if isinstance(ty, T.TupleTy):
        return all(_ground(t) for t in ty.items)
    if isinstance(ty, T.AdtTy):
        return all(_ground(t) for t in ty.args)
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return _ground(ty.element)
    if isinstance(ty, T.IterTy):
        return _ground(ty.item)
    if isinstance(ty, T.FnTy):
        return all(_ground(t) for t in ty.params) and _ground(ty.ret)
    return True


def describe(ty: T.Ty) -> str:
    """How rustc names a type in "expected X, found Y"."""
    if isinstance(ty, T.InferTy):
        return {"int": "integer", "float": "floating-point number"}.get(ty.kind, "`_`")
    if isinstance(ty, T.ParamTy) and ty.name != "Self" and not ty.name.startswith("impl "):
        return f"type parameter `{ty}`"
    return f"`{ty}`"

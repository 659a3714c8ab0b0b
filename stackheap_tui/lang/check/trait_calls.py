"""Calls through a trait's name: `Summary::summarize(&tweet)` (the impl chosen by the
first argument's type), `<Tweet as Summary>::new()` (by the type written), and
`Self::f()` inside a trait's provided method. Each resolves statically to the function
that runs, as rustc resolves them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase
from stackheap_tui.lang.program import Callee
from stackheap_tui.lang.traits import SELF_PARAM, opaque_origin


class TraitCallChecker(CheckerBase):
    """Calls of trait methods and associated functions by path."""

    if TYPE_CHECKING:
        def call_fn(self, e: ast.Call, item: ast.FnItem, self_ty: T.Ty | None) -> T.Ty: ...

    def implementation(self, ty: T.Ty, trait: str, name: str) -> ast.FnItem | None:
        """The function `name` of `trait` that runs for `ty`, if `ty` implements it (an
        `impl Trait` value's is not known yet: None, refused by the callers)."""
        if opaque_origin(ty) is not None:
            return None
        if ty == SELF_PARAM and self.fn.self_trait == trait:
            return self.items.traits[trait].methods.get(name)
        if isinstance(ty, T.ParamTy) and ty != SELF_PARAM and trait in ty.bounds:
            return self.items.traits[trait].methods.get(name)
        if isinstance(ty, T.AdtTy) and trait in self.items.trait_impls.get(ty.name, {}):
            for found in self.items.trait_methods[ty.name].get(name, []):
                if found.trait == trait:
                    return found.item
        return None

    def qualified_call(self, e: ast.Call, callee: ast.Path, trait_path: ast.TypePath) -> T.Ty:
        """`<Tweet as Summary>::summarize(&t)`."""
        trait = trait_path.segments[-1]
        type_name, name = callee.segments
        if trait not in self.items.traits or len(trait_path.segments) != 1:
            raise self.fail(f"qualified paths through the trait `{trait}`", callee.span)
        self_ty: T.Ty
        if type_name == "Self" and self.fn.self_ty is not None:
            self_ty = self.fn.self_ty
        elif type_name in self.items.adts and not self.items.adts[type_name].type_params:
            self_ty = self.items.adt(type_name)
        else:
            raise self.fail(f"qualified paths of the type `{type_name}`", callee.span)
        if name not in self.items.traits[trait].methods:
            raise self.fail(f"`{name}`, not a method of `{trait}`", callee.span)
        item = self.implementation(self_ty, trait, name)
        if item is None:
            raise self.fail(f"`{type_name}` without an impl of `{trait}`", callee.span)
        return self.call_fn(e, item, self_ty)

    def trait_path_call(self, e: ast.Call, trait: str, name: str, self_ty: T.Ty | None = None,
                        expected: T.Ty | None = None) -> T.Ty:
        """`Summary::summarize(&t)`: `Self` is read off the first argument (its `self`);
        `Self::f()` in a provided method passes `self_ty` (the opaque `Self`)."""
        callee = e.callee
        declared = self.items.traits[trait].methods.get(name)
        if declared is None:
            raise self.fail(f"`{name}`, not a method of `{trait}`", callee.span)
        if self_ty is not None:
            item = self.implementation(self_ty, trait, name)
            assert item is not None
            return self.call_fn(e, item, self_ty)
        sp = declared.self_param
        hint = self.resolve(expected) if expected is not None else None
        if sp is None and isinstance(hint, T.AdtTy):
            # `let c: Cow = Animal::new("Bess");`: `Self` from the expected type.
            item = self.implementation(hint, trait, name)
            if item is not None:
                return self.call_fn(e, item, hint)
        if sp is None or len(e.args) != len(declared.params) + 1:
            raise self.fail("this call through a trait's name (use `Type::f` or "
                            "`<Type as Trait>::f`)", callee.span)
        first = self.resolve(self.expr(e.args[0]))
        target = first
        if sp.by_ref:
            if not isinstance(first, T.RefTy) or (sp.mutable_ref and not first.mutable):
                raise self.fail("this argument for `self` in a call through a trait's name",
                                e.args[0].span)
            target = self.resolve(first.inner)
        item = self.implementation(target, trait, name)
        if item is None:
            raise self.fail(f"`{target}` without an impl of `{trait}`", e.args[0].span)
        receiver = T.RefTy(target, sp.mutable_ref) if sp.by_ref else target
        self.expect(receiver, first, e.args[0])
        for arg, param in zip(e.args[1:], item.params, strict=True):
            ty = self.items.lower(param.type, target)
            self.expect(ty, self.expr(arg, ty), arg)
        self.out.callees[id(e)] = Callee("fn", item.name, item)
        return self.items.lower(item.return_type, target) if item.return_type else T.UNIT

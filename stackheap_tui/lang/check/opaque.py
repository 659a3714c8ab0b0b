"""`impl Trait` in return position: `fn returns_summarizable() -> impl Summary { Tweet {..} }`.

As rustc checks it, the function's body decides one concrete type (here `Tweet`), and its
callers see an opaque type that has the trait's methods only. The callers are checked
with a `ParamTy` standing for it (bounded by the trait, and marked with the function so two
functions' opaque types differ); once every body is checked the concrete type is known,
and the tables the machine reads get it instead: the values are `Tweet`s, their sizes
`Tweet`'s, and a call of `summarize` runs `Tweet`'s.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase
from stackheap_tui.lang.fn_traits import CALL_MODE
from stackheap_tui.lang.infer import map_type
from stackheap_tui.lang.program import PathValue, PatternInfo
from stackheap_tui.lang.traits import opaque_origin


class OpaqueChecker(CheckerBase):
    """The concrete types behind `-> impl Trait`, filled into the tables at the end."""

    if TYPE_CHECKING:
        def implements(self, ty: T.Ty, trait: str) -> bool: ...

    def opaque_concretes(self) -> dict[str, T.Ty]:
        """Each opaque return type's concrete type: its function body's, which must have the
        trait (rustc's E0277 otherwise, refused here)."""
        found: dict[str, T.Ty] = {}
        for mark, (item, trait, var) in self.opaque_returns.items():
            concrete = self.tys.default(self.resolve(var))
            if trait in CALL_MODE:
                found[mark] = self.returned_closure(item, trait, concrete)
                continue
            ok = (isinstance(concrete, T.AdtTy) and trait in self.items.trait_impls.get(
                concrete.name, {})) if trait in self.items.traits else self.implements(
                concrete, trait)
            if not ok or _has_opaque(concrete):
                assert item.return_type is not None
                raise self.fail(f"`impl {trait}` returned as `{concrete}`",
                                item.return_type.span)
            found[mark] = concrete
        self.opaque_known = found
        return found

    def returned_closure(self, item: ast.FnItem, trait: str, concrete: T.Ty) -> T.Ty:
        """`-> impl Fn(i32) -> i32`: the body's closure, with the bound's signature; the
        borrow checker then checks how it captures (E0373) and what it does (its kind)."""
        node = item.return_type
        assert isinstance(node, ast.TypeImpl)
        opaque = self.items.opaque_nodes.get(id(node))
        call = opaque.call if isinstance(opaque, T.ParamTy) else None
        if not isinstance(concrete, T.FnTy) or not concrete.ident or call is None or len(
                concrete.params) != len(call.params) or not all(
                self.tys.unify(a, b) for a, b in zip(concrete.params, call.params,
                                                     strict=True)) or not self.tys.unify(
                concrete.ret, call.ret):
            raise self.fail(f"`impl {trait}` returned as `{concrete}`", node.span)
        self.out.closure_returns[concrete.ident] = (item.name, trait)
        return concrete

    def without_opaque(self, ty: T.Ty) -> T.Ty:
        """`ty` with the opaque types whose concrete type is known replaced by it."""
        mark = opaque_origin(ty)
        if mark is not None and mark in self.opaque_known:
            return self.opaque_known[mark]
        return map_type(ty, self.without_opaque)

    def fill_opaque(self, concretes: dict[str, T.Ty]) -> None:
        """The tables with every opaque type replaced by its concrete type, and the calls of
        its trait's methods resolved to that type's impl."""
        if not concretes:
            return

        def fill(ty: T.Ty) -> T.Ty:
            mark = opaque_origin(ty)
            if mark is not None:
                return concretes[mark]
            return map_type(ty, fill)

        out = self.out
        for key, ty in list(out.types.items()):
            out.types[key] = fill(self.tys.default(ty))
        for binding in set(out.bindings.values()):
            binding.ty = fill(self.tys.default(binding.ty))
        for info in out.functions.values():
            info.ret = fill(self.tys.default(info.ret))
            for param in info.params:
                param.ty = fill(self.tys.default(param.ty))
        for key, pat in list(out.patterns.items()):
            adt = fill(pat.adt) if pat.adt is not None else None
            out.patterns[key] = PatternInfo(fill(self.tys.default(pat.ty)), pat.derefs,
                                            pat.variant, adt if isinstance(adt, T.AdtTy)
                                            else None, pat.field_indexes, pat.is_binding)
        for key, ty in list(out.coercions.items()):
            out.coercions[key] = fill(ty)
        for key, value in list(out.paths.items()):
            if value.adt is not None:
                adt = fill(value.adt)
                assert isinstance(adt, T.AdtTy)
                out.paths[key] = PathValue(value.kind, adt, value.variant, value.const,
                                           value.value)
        for key, callee in list(out.callees.items()):
            if callee.adt is not None or callee.type_arg is not None:
                adt = fill(callee.adt) if callee.adt is not None else None
                out.callees[key] = replace(
                    callee, adt=adt if isinstance(adt, T.AdtTy) else None,
                    type_arg=fill(callee.type_arg) if callee.type_arg is not None else None)
        self.size_checks[:] = [(fill(self.tys.default(ty)), name, span)
                               for ty, name, span in self.size_checks]
        for e, mark, trait in self.opaque_calls:
            concrete = concretes[mark]
            assert isinstance(concrete, T.AdtTy)
            callee = out.callees[id(e)]
            run = next(m.item for m in self.items.trait_methods[concrete.name][e.method]
                       if m.trait == trait)
            out.callees[id(e)] = replace(callee, item=run)


def _has_opaque(ty: T.Ty) -> bool:
    found = False

    def visit(t: T.Ty) -> T.Ty:
        nonlocal found
        found = found or opaque_origin(t) is not None
        map_type(t, visit)
        return t

    visit(ty)
    return found


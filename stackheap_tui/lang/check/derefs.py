"""The checker's side of the program's `impl Deref` (`lang/deref_impls.py`): `*y` on a
`MyBox<i32>` is an `i32` place reached through `deref`, and the autoderef chain (method
receivers, fields, coercions) takes the same step. Each concrete type dereferenced gets
its copy of a generic `deref` (`<MyBox<i32> as Deref>::deref`), checked like any copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase
from stackheap_tui.lang.deref_impls import deref_fn, deref_target
from stackheap_tui.lang.span import Span


class DerefChecker(CheckerBase):
    """`*y` and autoderef through the program's `Deref`."""

    if TYPE_CHECKING:
        def monomorphise(self, item: ast.FnItem, concrete: dict[str, T.Ty], at: Span,
                         ) -> ast.FnItem: ...

    def user_deref(self, ty: T.Ty, span: Span) -> T.Ty | None:
        """What `ty` derefs to through the program's `impl Deref` (the use remembered for
        its copy of `deref`), or None."""
        target = deref_target(ty)
        if target is not None:
            self.deref_uses.append((ty, span))
        return target

    def finish_derefs(self) -> None:
        """One checked copy of a generic `deref` per concrete type dereferenced."""
        pending, self.deref_uses = self.deref_uses, []
        for ty, span in pending:
            resolved = self.tys.default(self.resolve(ty))
            item = deref_fn(resolved)
            if item is None or str(resolved) in self.out.deref_fns:
                continue
            assert isinstance(resolved, T.AdtTy) and resolved.defn is not None
            if not resolved.defn.type_params:
                self.out.deref_fns[str(resolved)] = item
                continue
            if any(_open(a) for a in resolved.args):
                continue  # inside a generic body's own check: its copies have their own
            concrete = dict(zip(resolved.defn.type_params, resolved.args, strict=True))
            self.out.deref_fns[str(resolved)] = self.monomorphise(item, concrete, span)


def _open(ty: T.Ty) -> bool:
    if isinstance(ty, T.ParamTy | T.InferTy):
        return True
    if isinstance(ty, T.RefTy | T.BoxTy):
        return _open(ty.inner)
    if isinstance(ty, T.AdtTy):
        return any(_open(a) for a in ty.args)
    if isinstance(ty, T.TupleTy):
        return any(_open(a) for a in ty.items)
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return _open(ty.element)
    return False

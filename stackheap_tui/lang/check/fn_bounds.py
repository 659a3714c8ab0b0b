"""Closure-trait bounds (`F: Fn(i32) -> i32`, `where F: FnMut()`, `impl FnOnce() -> String`
in argument position), for the type checker.

Inside the generic function `f` has the bound's signature: `f(x)` takes its arguments and
gives its return type. At a call, the bound's signature is the expected type of the
closure written there (so `apply(|x| x * k, 5)` knows `x: i32`, as rustc deduces it), and a
function item or another closure-bounded parameter fits when its signature is the bound's.
Whether the closure's captures let it be `Fn` or `FnMut` is the borrow checker's (E0525):
how each capture is taken is only known there.
"""

from __future__ import annotations

from dataclasses import replace

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase
from stackheap_tui.lang.fn_traits import CALL_MODE, closure_params, is_closure_bound, meets


class FnBoundChecker(CheckerBase):
    """Closure-trait bounds: the parameter's signature, the argument's fit."""

    def closure_signature(self, bound: ast.TypePath, params: dict[str, T.Ty]) -> T.FnTy:
        assert bound.sugar is not None and bound.sugar_ret is not None
        args = tuple(self.items.lower(a, None, None, params) for a in bound.sugar)
        return T.FnTy(args, self.items.lower(bound.sugar_ret, None, None, params))

    def with_closure_bounds(self, generics: tuple[ast.GenericParam, ...],
                            params: dict[str, T.Ty]) -> dict[str, T.Ty]:
        """`F: Fn(T) -> U` as an opaque `F` whose calls have that signature (lowered once
        every parameter is known: it may name the others)."""
        for g in generics:
            closures = [b for b in g.bounds if is_closure_bound(b)]
            if not closures:
                continue
            if len(g.bounds) > 1:
                raise self.fail("a closure bound beside other bounds", g.span)
            param = params[g.name]
            assert isinstance(param, T.ParamTy)
            params[g.name] = replace(param, call=self.closure_signature(closures[0], params))
        return params

    def closure_arguments(self, e: ast.Call, item: ast.FnItem, params: tuple[T.Ty, ...],
                          variables: dict[str, T.Ty]) -> None:
        """A generic call's arguments, a closure-bounded one checked against the bound."""
        kinds = closure_params(item)
        if not kinds or len(e.args) != len(params):
            self.arguments(e.args, params, e.span)
            return
        for i, (arg, param) in enumerate(zip(e.args, params, strict=True)):
            if i not in kinds:
                self.expect(param, self.expr(arg, param), arg)
                continue
            written = item.params[i].type
            assert isinstance(written, ast.TypePath)
            bound = next(b for g in item.generics if g.name == written.segments[0]
                         for b in g.bounds if is_closure_bound(b))
            hint = self.closure_signature(bound, variables)
            got = self.resolve(self.expr(arg, hint))
            call = got if isinstance(got, T.FnTy) else (
                got.call if isinstance(got, T.ParamTy) else None)
            if call is None:  # rustc: E0277 "expected a `Fn(i32)` closure, found `i32`"
                raise self.fail(f"this argument for `{written.segments[0]}` (a closure or a "
                                "function is expected)", arg.span)
            if len(call.params) != len(hint.params) or not all(
                    self.tys.unify(a, b) for a, b in zip(call.params, hint.params,
                                                         strict=True)) or not (
                    self.tys.unify(call.ret, hint.ret)):
                # rustc: E0593 / E0631 / E0271, each with its own notes
                raise self.fail("a closure whose signature differs from its bound's",
                                arg.span)
            self.tys.unify(param, got)

    def closure_satisfies(self, ty: T.Ty, trait: str) -> bool | None:
        """Whether `ty` meets a closure bound (a closure's kind: the borrow checker's);
        None: `trait` is not a closure trait."""
        if trait not in CALL_MODE:
            return None
        if isinstance(ty, T.FnTy):
            return True
        if isinstance(ty, T.ParamTy) and ty.call is not None:
            own = next(b for b in ty.bounds if b in CALL_MODE)
            return meets(own, trait)
        return False

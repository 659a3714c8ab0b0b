"""Control flow: `if`, loops, `break` / `continue`, `return`, `?` and `match`."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.assoc import as_iter_type
from stackheap_tui.lang.check.base import CheckerBase, Loop
from stackheap_tui.lang.diagnostics import Diagnostic, Label
from stackheap_tui.lang.infer import describe
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std import collections


class ControlChecker(CheckerBase):
    """Control-flow expressions and the loops they break out of."""

    def _coerce_branches(self, e: ast.If, expected: T.Ty, then: T.Ty, other: T.Ty,
                         first_fixed: bool = False, backwards: bool = False) -> bool:
        """Both branches coerce to the type expected from outside (`-> &str`:
        `if c { &self.title } else { other }`, a `&String` and a `&str`)."""
        exp = self.tys.shallow(expected)
        a, b = self.tys.shallow(then), self.tys.shallow(other)
        if not (isinstance(exp, T.RefTy) and isinstance(a, T.RefTy) and isinstance(b, T.RefTy)):
            return False
        if not isinstance(e.otherwise, ast.Block) or e.otherwise.tail is None or (
                e.then.tail is None) or self.resolve(a) == self.resolve(b):
            return False
        if backwards:
            return self.coerce(expected, then, e.then.tail)
        if first_fixed:
            return self.coerce(expected, other, e.otherwise.tail)
        return self.coerce(expected, then, e.then.tail) and self.coerce(
            expected, other, e.otherwise.tail)

    def e_If(self, e: ast.If, expected: T.Ty | None) -> T.Ty:
        # rustc labels the `then` value "expected because of this" when the branches
        # decide the type between them (no expectation from outside, or an `else if`).
        outside = None if expected is None else self.tys.shallow(expected)
        own_choice = (outside is None or id(e) in self.else_ifs or outside == T.UNIT or (
            isinstance(outside, T.InferTy) and outside.kind == "any"))
        self.scopes.append({})
        try:
            self.condition(e.cond)
            then = self.block(e.then, expected)
        finally:
            self.scopes.pop()
        if e.otherwise is None:
            if not self.tys.unify(then, T.UNIT) and e.then.tail is not None:
                self.error(Diagnostic("`if` may be missing an `else` clause", e.span, "E0317",
                                      f"expected `{self.resolve(then)}`, found `()`"))
            return T.UNIT
        if own_choice and isinstance(e.otherwise, ast.If):
            self.else_ifs.add(id(e.otherwise))
        try:
            other = self.expr(e.otherwise, expected if expected is not None else then)
        finally:
            self.else_ifs.discard(id(e.otherwise))
        if isinstance(self.tys.shallow(then), T.NeverTy):
            return other
        if self.branches_unsize(e, expected, then, other):
            assert expected is not None
            return expected
        if not own_choice and expected is not None and self._coerce_branches(
                e, expected, then, other):
            return expected
        if own_choice and self._coerce_branches(e, then, then, other, first_fixed=True):
            return then  # rustc coerces a later branch to the type so far,
        if own_choice and self._coerce_branches(e, other, then, other, first_fixed=True,
                                                backwards=True):
            return other  # or else the earlier ones to the later one's type
        if not self.tys.unify(then, other):
            span = e.otherwise.tail.span if isinstance(e.otherwise, ast.Block) and (
                e.otherwise.tail is not None) else e.otherwise.span
            because = (Label(e.then.tail.span, "expected because of this"),) if (
                own_choice and e.then.tail is not None) else ()
            self.error(Diagnostic("`if` and `else` have incompatible types", span, "E0308",
                                  f"expected {describe(self.resolve(then))}, found "
                                  f"{describe(self.resolve(other))}", because))
            return self.error_ty()  # rustc reports nothing more about the `if`'s type
        return then

    def branches_unsize(self, e: ast.If, expected: T.Ty | None, then: T.Ty,
                        other: T.Ty) -> bool:
        """`if c { &dog } else { &bird }` where a `&dyn Animal` is expected: each branch's
        value is coerced to the trait object (rustc's coercion site at each tail)."""
        outside = self.resolve(expected) if expected is not None else None
        if not (isinstance(outside, T.RefTy | T.BoxTy) and isinstance(outside.inner, T.DynTy)):
            return False
        tails: list[tuple[ast.Expr, T.Ty]] = []
        for branch, ty in ((e.then, then), (e.otherwise, other)):
            if isinstance(branch, ast.Block) and branch.tail is not None:
                tails.append((branch.tail, ty))
            elif not isinstance(branch, ast.If):  # an `else if` coerced its own branches
                return False
        if not all(isinstance(self.resolve(ty), type(outside)) for _, ty in tails):
            return False
        return all(self.coerce(outside, ty, tail) for tail, ty in tails)

    def condition(self, cond: ast.Expr) -> None:
        if isinstance(cond, ast.LetCond):
            ty = self.expr(cond.value)
            self.record(cond, T.BOOL)
            self.pattern(cond.pattern, ty)
            return
        self.expect(T.BOOL, self.expr(cond, T.BOOL), cond)

    def e_Loop(self, e: ast.Loop, expected: T.Ty | None) -> T.Ty:
        loop = Loop(e.label, expected if expected is not None else self.tys.fresh())
        self.fn.loops.append(loop)
        try:
            self.expect(T.UNIT, self.block(e.body, T.UNIT), e.body)
        finally:
            self.fn.loops.pop()
        if not loop.broke:
            return T.NeverTy()
        assert loop.break_ty is not None
        return loop.break_ty

    def e_While(self, e: ast.While, expected: T.Ty | None) -> T.Ty:
        self.fn.loops.append(Loop(e.label, None))
        self.scopes.append({})
        try:
            self.condition(e.cond)
            self.expect(T.UNIT, self.block(e.body, T.UNIT), e.body)
        finally:
            self.scopes.pop()
            self.fn.loops.pop()
        return T.UNIT

    def e_For(self, e: ast.For, expected: T.Ty | None) -> T.Ty:
        iterable = self.resolve(self.expr(e.iterable))
        item = self.iter_item(iterable, e.iterable)
        self.fn.loops.append(Loop(e.label, None))
        self.scopes.append({})
        try:
            self.pattern(e.pattern, item, irrefutable=True)
            self.deferred_irrefutable.append((e.pattern, item, "for"))
            self.expect(T.UNIT, self.block(e.body, T.UNIT), e.body)
        finally:
            self.scopes.pop()
            self.fn.loops.pop()
        return T.UNIT

    def iter_item(self, ty: T.Ty, expr: ast.Expr) -> T.Ty:
        """What `for x in <ty>` binds `x` to (IntoIterator::Item)."""
        if isinstance(ty, T.AdtTy) and ty.name in ("Range", "RangeInclusive", "RangeFrom"):
            self.tys.unify(ty.args[0], self.tys.fresh("int"))
            return ty.args[0]
        if isinstance(ty, T.IterTy):
            return ty.item
        mine = as_iter_type(self.items, ty)  # `impl Iterator for Counter`
        if mine is not None:
            return mine.item
        collection_item = collections.for_item(
            T.RefTy(self.resolve(ty.inner), ty.mutable) if isinstance(ty, T.RefTy) else ty)
        if collection_item is None:
            collection_item = collections.deque_for_item(
                T.RefTy(self.resolve(ty.inner), ty.mutable) if isinstance(ty, T.RefTy) else ty)
        if collection_item is not None:
            return collection_item
        if isinstance(ty, T.AdtTy) and (T.is_vec(ty) or ty.name == "Receiver"):
            return ty.args[0]  # (a Receiver: each `recv` until every Sender is gone)
        if isinstance(ty, T.ArrayTy):
            return ty.element
        if isinstance(ty, T.RefTy):
            inner = self.resolve(ty.inner)
            if isinstance(inner, T.IterTy) and ty.mutable:  # `for x in &mut it`
                return inner.item
            if as_iter_type(self.items, inner) is not None and ty.mutable:
                raise self.fail("`for` over `&mut` of the program's own iterator", expr.span)
            if isinstance(inner, T.AdtTy) and T.is_vec(inner):
                return T.RefTy(inner.args[0], ty.mutable)
            if isinstance(inner, T.ArrayTy | T.SliceTy):
                return T.RefTy(inner.element, ty.mutable)
        self.error(Diagnostic(f"`{ty}` is not an iterator", expr.span, "E0277",
                              f"`{ty}` is not an iterator"))
        return self.tys.fresh()

    def e_Break(self, e: ast.Break, expected: T.Ty | None) -> T.Ty:
        loop = self.find_loop(e.label, e.span, "break")
        if loop is None:
            return T.NeverTy()
        loop.broke = True
        if e.value is not None:
            if loop.break_ty is None:
                self.error(Diagnostic("`break` with value from a `while` loop", e.span,
                                      "E0571", "can only break with a value inside `loop` "
                                      "or breakable block"))
                return T.NeverTy()
            self.expect(loop.break_ty, self.expr(e.value, loop.break_ty), e.value)
        elif loop.break_ty is not None:
            self.expect(loop.break_ty, T.UNIT, e)
        return T.NeverTy()

    def e_Continue(self, e: ast.Continue, expected: T.Ty | None) -> T.Ty:
        self.find_loop(e.label, e.span, "continue")
        return T.NeverTy()

    def find_loop(self, label: str | None, span: Span, what: str) -> Loop | None:
        if not self.fn.loops:
            self.error(Diagnostic(f"`{what}` outside of a loop", span, "E0268",
                                  f"cannot `{what}` outside of a loop"))
            return None
        if label is None:
            return self.fn.loops[-1]
        for loop in reversed(self.fn.loops):
            if loop.label == label:
                return loop
        self.error(Diagnostic(f"use of undeclared label `{label}`", span, "E0426",
                              f"undeclared label `{label}`"))
        return None

    def e_Return(self, e: ast.Return, expected: T.Ty | None) -> T.Ty:
        if e.value is not None:
            self.expect(self.fn.ret, self.expr(e.value, self.fn.ret), e.value)
        elif not self.tys.unify(self.fn.ret, T.UNIT):
            self.error(Diagnostic("mismatched types", e.span, "E0069",
                                  "`return;` in a function whose return type is not `()`"))
        return T.NeverTy()

    def e_Try(self, e: ast.Try, expected: T.Ty | None) -> T.Ty:
        inner = self.resolve(self.expr(e.expr))
        ret = self.resolve(self.fn.ret)
        if isinstance(inner, T.AdtTy) and inner.name == "Option":
            if not (isinstance(ret, T.AdtTy) and ret.name == "Option"):
                self.error(Diagnostic("the `?` operator can only be used on `Option`s in a "
                                      "function that returns `Option`", e.span, "E0277"))
            return inner.args[0]
        if isinstance(inner, T.AdtTy) and inner.name == "Result":
            if not (isinstance(ret, T.AdtTy) and ret.name == "Result"):
                self.error(Diagnostic("the `?` operator can only be used in a function that "
                                      "returns `Result` or `Option` (or another type that "
                                      "implements `FromResidual`)", e.span, "E0277"))
            elif T.is_string(self.resolve(ret.args[1])) and self.resolve(
                    inner.args[1]) == T.RefTy(T.STR):
                self.out.conversions[id(e)] = "String::from"  # `?` calls From::from
            elif isinstance(self.tys.shallow(inner.args[1]), T.InferTy) and (
                    self.tys.shallow(inner.args[1]) in self.context_typed_errors()):
                self.deferred_tries.append((e, inner.args[1], ret.args[1],
                                            self.fn.ret_span))  # (`parse()?`)
            elif self.try_from_error(e, inner.args[1], ret.args[1], self.fn.ret_span):
                pass  # the program's `impl From<E> for MyError`
            elif not self.tys.unify(ret.args[1], inner.args[1]):
                self.cannot_convert(e, inner.args[1], ret.args[1], self.fn.ret_span)
            return inner.args[0]
        self.error(Diagnostic("the `?` operator can only be applied to values that "
                              "implement `Try`", e.span, "E0277"))
        return self.tys.fresh()

    def e_Match(self, e: ast.Match, expected: T.Ty | None) -> T.Ty:
        scrutinee = self.expr(e.scrutinee)
        result: T.Ty | None = expected
        first: T.Ty | None = None
        for arm in e.arms:
            self.scopes.append({})
            try:
                self.pattern(arm.pattern, scrutinee)
                if arm.guard is not None:
                    self.condition(arm.guard)
                ty = self.expr(arm.body, result)
            finally:
                self.scopes.pop()
            if isinstance(self.tys.shallow(ty), T.NeverTy):
                continue
            if first is None:
                first = ty
                result = ty if result is None else result
                if expected is not None and not self.coerce(expected, ty, arm.body):
                    self.mismatch(expected, ty, arm.body.span)
            elif not self.coerce(result if result is not None else first, ty, arm.body):
                self.error(Diagnostic("`match` arms have incompatible types", arm.body.span,
                                      "E0308", f"expected {describe(self.resolve(first))}, "
                                      f"found {describe(self.resolve(ty))}"))
        self.deferred_matches.append(e)
        return first if first is not None else T.NeverTy()

    def e_LetCond(self, e: ast.LetCond, expected: T.Ty | None) -> T.Ty:
        raise self.fail("`let` in this position", e.span)

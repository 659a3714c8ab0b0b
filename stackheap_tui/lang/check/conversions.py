"""Calls of the program's `impl From<X> for Y` (`lang/conversions.py`): `Y::from(x)`,
`x.into()` where the target is known (a `let` annotation, a parameter, a return), and the
`From::from` that `?` applies to an error. The impl is chosen by the argument's type,
exactly: anything less certain (two impls an integer literal could fit, a coercion) is
refused, never guessed."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase
from stackheap_tui.lang.conversions import FromImpl, not_from
from stackheap_tui.lang.default_impls import defaults_structurally
from stackheap_tui.lang.diagnostics import Diagnostic, Label, SubNote
from stackheap_tui.lang.items import item_head
from stackheap_tui.lang.program import Callee
from stackheap_tui.lang.span import Span


class ConversionChecker(CheckerBase):
    """`Y::from(x)`, `x.into()` and `?` through the program's `From` impls."""

    def default_call(self, e: ast.Call, expected: T.Ty | None) -> T.Ty:
        """`Default::default()` where the type is known: the program's `impl Default`, or
        a `#[derive(Default)]` struct's."""
        target = self.resolve(expected) if expected is not None else None
        if e.args or not isinstance(target, T.AdtTy) or target.name not in self.items.adts:
            raise self.fail("`Default::default()` of this type (write `Type::default()`)",
                            e.span)
        written = self.items.default_impls.get(target.name)
        if written is not None:
            return self.call_fn(e, written, target)
        defn = self.items.adts[target.name]
        if "Default" not in defn.derives or defn.is_enum or target.args:
            raise self.fail("`Default::default()` of this type", e.span)
        self.out.callees[id(e)] = Callee("builtin", "default", type_arg=target)
        return target

    def has_from(self, type_name: str) -> bool:
        return bool(self.items.from_impls.get(type_name)) and (
            "from" not in self.items.methods.get(type_name, {}))

    def from_call(self, e: ast.Call, type_name: str) -> T.Ty:
        """`Number::from(30)`."""
        impls = self.items.from_impls[type_name]
        if len(e.args) != 1:
            raise self.fail(f"`{type_name}::from` with {len(e.args)} arguments", e.span)
        hint = impls[0].source if len(impls) == 1 else None
        callee = e.callee
        assert isinstance(callee, ast.Path)
        start = callee.span  # rustc points at the type's name: `Number`
        at = Span(start.line, start.col, start.line, start.col + len(type_name), start.start,
                  start.start + len(type_name))
        found = self.pick(impls, self.expr(e.args[0], hint), e.args[0], type_name, at, False)
        if found is None:
            return self.items.adt(type_name)
        self.out.callees[id(e)] = Callee("fn", "from", found.method)
        return self.items.adt(type_name)

    def into_call(self, e: ast.MethodCall, receiver: T.Ty) -> T.Ty | None:
        """`x.into()` whose target type is the program's type with `From` impls."""
        target = self.resolve(self.expected_now) if self.expected_now is not None else None
        if e.args:
            return None
        if target is None or isinstance(target, T.InferTy):
            shown = self.resolve(receiver)
            numeric = isinstance(shown, T.IntTy | T.FloatTy) or (
                isinstance(shown, T.InferTy) and shown.kind in ("int", "float"))
            if numeric or any(i.source == shown for known in self.items.from_impls.values()
                              for i in known):  # (`let n = 5.into(); let m: Number = n;`)
                raise self.fail("`into()` whose target type comes from later code (annotate "
                                "it)", e.method_span)
            return None
        if isinstance(target, T.AdtTy) and target.name in self.items.adts and (
                not self.has_from(target.name)):  # (rustc: E0277, or `From<T> for T`)
            raise self.fail(f"`into()` a `{target}`, which has no `impl From`", e.method_span)
        if not isinstance(target, T.AdtTy) or not self.has_from(target.name):
            return None
        found = self.pick(self.items.from_impls[target.name], receiver, e.receiver,
                          target.name, e.method_span, True)
        if found is None:
            return self.items.adt(target.name)
        self.out.callees[id(e)] = Callee("fn", "from", found.method, self_mode="value")
        return self.items.adt(target.name)

    def pick(self, impls: list[FromImpl], arg: T.Ty, node: ast.Expr, target: str,
             at: Span, into: bool) -> FromImpl | None:
        """The one impl whose source is the argument's type (None: E0277 reported)."""
        shown = self.resolve(arg)
        exact = [i for i in impls if i.source == shown]
        if len(exact) == 1:
            return exact[0]
        if isinstance(shown, T.InferTy) and shown.kind in ("int", "float"):
            fits = [i for i in impls if (self.tys.is_int(i.source) if shown.kind == "int"
                                         else self.tys.is_float(i.source))]
            if len(fits) == 1 and self.tys.unify(arg, fits[0].source):
                return fits[0]
        if len(impls) == 1 and _known(shown) and shown != self.items.adt(target):
            self.error(not_from(target, shown, impls[0], at, into))
            return None
        # rustc: E0277 with other help among several impls, or a choice not modelled
        raise self.fail(f"a `From` conversion from `{shown}` here", node.span)

    def has_from_error(self, wanted: T.Ty) -> bool:
        """Whether `wanted` (a function's error type) is the program's type with `From`
        impls."""
        target = self.resolve(wanted)
        return isinstance(target, T.AdtTy) and self.has_from(target.name)

    def context_typed_errors(self) -> list[T.Ty]:
        """The error types of the `parse()` calls whose type comes from later code."""
        found: list[T.Ty] = []
        for _, ret in self.deferred_methods:
            result = self.tys.shallow(ret)
            if isinstance(result, T.AdtTy) and result.name == "Result":
                found.append(self.tys.shallow(result.args[1]))
        return found

    def finish_defaults(self) -> None:
        """`mem::take(&mut x)` / `o.unwrap_or_default()`: the machine builds std's or a
        derived default; a type with the program's own `impl Default`, or none at all
        (rustc: E0277), is refused."""
        pending, self.default_uses = self.default_uses, []
        for ty, span in pending:
            resolved = self.resolve(ty)
            if isinstance(resolved, T.InferTy) or _open_type(resolved):
                self.default_uses.append((ty, span))  # a generic body's: its copies decide
                continue
            if not defaults_structurally(self.items, self.tys.default(resolved)):
                raise self.fail(f"the default of `{resolved}` here", span)

    def finish_tries(self) -> None:
        """The `?`s on a `parse()` whose error type was not known when they were checked:
        the same error passes, the program's `From` converts; anything else (rustc: E0277
        `?` couldn't convert the error, or E0271) is refused."""
        self.finish_defaults()
        pending, self.deferred_tries = self.deferred_tries, []
        for e, error, wanted, ret_span in pending:
            if isinstance(self.tys.shallow(error), T.InferTy):
                self.tys.unify(wanted, error)  # never inferred: E0284 is reported for it
                continue
            if self.resolve(error) == self.resolve(wanted):
                continue
            if not self.try_from_error(e, error, wanted, ret_span):
                self.cannot_convert(e, error, wanted, ret_span)

    def cannot_convert(self, e: ast.Try, error: T.Ty, wanted: T.Ty,
                       ret_span: Span | None) -> None:
        """E0277 as rustc words it for a `?` whose error has no `From` conversion into
        the function's: for `String`, and for the program's type with one `impl From`
        (other cases are refused)."""
        source, target = self.resolve(error), self.resolve(wanted)
        found = self.diagnose_conversion(e, source, target, ret_span)
        if found is None:
            raise self.fail(f"`?` converting `{source}` into `{target}`", e.span)
        self.error(found)

    def diagnose_conversion(self, e: ast.Try, source: T.Ty, target: T.Ty,
                            ret_span: Span | None) -> Diagnostic | None:
        if ret_span is None or not isinstance(e.expr, ast.MethodCall) or not (
                _known(source) and _known(target)) or ret_span.line != ret_span.end_line:
            return None
        call = e.expr
        mark = Span(e.span.end_line, e.span.end_col - 1, e.span.end_line, e.span.end_col,
                    e.span.end - 1, e.span.end)
        start = call.method_span
        called = Span(start.line, start.col, call.span.end_line, call.span.end_col,
                      start.start, call.span.end)
        if called.line != called.end_line or called.end != mark.start:
            return None
        labels = (Label(ret_span, f"expected `{target}` because of this"),
                  Label(called, f"this can't be annotated with `?` because it has type "
                        f"`Result<_, {source}>`"))
        why = SubNote("note", "the question mark operation (`?`) implicitly performs a "
                      "conversion on the error value using the `From` trait")
        message = f"`?` couldn't convert the error to `{target}`"
        label = f"the trait `From<{source}>` is not implemented for `{target}`"
        if T.is_string(target):
            listed = "".join(f"\n  `String` implements `From<{t}>`" for t in (
                "&String", "&mut str", "&str", "Box<str>", "Cow<'_, str>", "char"))
            return Diagnostic(message, mark, "E0277", label, labels, children=(
                why, SubNote("help", f"the following other types implement trait "
                             f"`From<T>`:{listed}")))
        impls = self.items.from_impls.get(target.name, []) if isinstance(
            target, T.AdtTy) else []
        head = item_head(self.out.program, target.name) if isinstance(
            target, T.AdtTy) else None
        if len(impls) != 1 or head is None:
            return None
        given = impls[0]
        return Diagnostic(message, mark, "E0277", label, labels, children=(
            SubNote("note", f"`{target}` needs to implement `From<{source}>`", head),
            why,
            SubNote("help", f"the trait `From<{source}>` is not implemented for `{target}`\n"
                    f"      but trait `From<{given.source}>` is implemented for it",
                    given.header),
            SubNote("help", f"for that trait implementation, expected `{given.source}`, "
                    f"found `{source}`")))

    def try_from_error(self, e: ast.Try, error: T.Ty, wanted: T.Ty,
                       ret_span: Span | None) -> bool:
        """`?` in a function returning `Result<_, MyError>` on a `Result<_, E>` whose `E`
        converts by the program's `impl From<E> for MyError`: True when it does."""
        target = self.resolve(wanted)
        if not isinstance(target, T.AdtTy) or not self.has_from(target.name):
            return False
        source = self.resolve(error)
        if source == target:
            return False
        found = next((i for i in self.items.from_impls[target.name] if i.source == source),
                     None)
        if found is None:  # rustc: E0277, `?` couldn't convert the error
            self.cannot_convert(e, source, target, ret_span)
            return True
        self.out.try_conversions[id(e)] = found.method
        return True


def _known(ty: T.Ty) -> bool:
    """Whether a type is written out entirely (no inference variable, nothing generic)."""
    if isinstance(ty, T.InferTy | T.ParamTy):
        return False
    if isinstance(ty, T.RefTy | T.BoxTy):
        return _known(ty.inner)
    if isinstance(ty, T.AdtTy):
        return all(_known(a) for a in ty.args)
    if isinstance(ty, T.TupleTy):
        return all(_known(a) for a in ty.items)
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return _known(ty.element)
    return isinstance(ty, T.IntTy | T.FloatTy | T.BoolTy | T.CharTy | T.StrTy) or T.is_string(
        ty)


def _open_type(ty: T.Ty) -> bool:
    """Whether a type still has a type parameter in it (a generic body's own check)."""
    if isinstance(ty, T.ParamTy):
        return True
    if isinstance(ty, T.RefTy | T.BoxTy):
        return _open_type(ty.inner)
    if isinstance(ty, T.AdtTy):
        return any(_open_type(a) for a in ty.args)
    if isinstance(ty, T.TupleTy):
        return any(_open_type(a) for a in ty.items)
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return _open_type(ty.element)
    return False

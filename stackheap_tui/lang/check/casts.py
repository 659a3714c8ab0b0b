"""`as` casts: which primitive conversions rustc allows."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase
from stackheap_tui.lang.diagnostics import Diagnostic


class CastChecker(CheckerBase):
    """`expr as Type`."""

    def e_Cast(self, e: ast.Cast, expected: T.Ty | None) -> T.Ty:
        target = self.lower(e.type)
        source = self.resolve(self.expr(e.expr, _literal_hint(e.expr, target)))
        if isinstance(source, T.InferTy) and self.is_error_var(source):
            return target  # its error is reported already
        if T.is_raw_ptr(target):
            return self.pointer_cast(e, source, target)
        if T.is_raw_ptr(source):
            raise self.fail(f"casting a raw pointer to `{target}`", e.span)
        numeric = (T.IntTy, T.FloatTy)
        ok = isinstance(target, numeric) and (isinstance(source, (*numeric, T.InferTy)) or (
            isinstance(source, T.BoolTy) and isinstance(target, T.IntTy)))
        if isinstance(source, T.CharTy) and isinstance(target, T.IntTy):
            ok = True
        if isinstance(source, T.IntTy) and source.name == "u8" and isinstance(target,
                                                                              T.CharTy):
            ok = True
        if isinstance(source, T.AdtTy) and source.defn is not None and source.defn.is_enum \
                and isinstance(target, T.IntTy) and all(
                    not v.field_types for v in source.defn.variants):
            ok = True
        if isinstance(source, T.InferTy) and source.kind == "int" and isinstance(target,
                                                                                 T.CharTy):
            self.tys.unify(source, T.U8)
            ok = True
        if source == target:
            ok = True
        if isinstance(source, T.InferTy) and source.kind == "any":
            ok = False
        if not ok:
            shown = self.defaulted_text(source)
            primitive = isinstance(source, (*numeric, T.BoolTy, T.CharTy)) or (
                isinstance(source, T.InferTy) and source.kind in ("int", "float"))
            if isinstance(target, T.CharTy) and primitive:
                self.error(Diagnostic(f"only `u8` can be cast as `char`, not `{shown}`", e.span,
                                      "E0604", "invalid cast"))
            elif isinstance(target, T.BoolTy) and primitive:
                self.error(Diagnostic(f"cannot cast `{shown}` as `bool`", e.span, "E0054",
                                      "unsupported cast"))
            elif isinstance(target, numeric) and primitive:  # `true as f64`, `'a' as f32`
                self.error(Diagnostic(f"casting `{shown}` as `{target}` is invalid", e.span,
                                      "E0606", help="cast through an integer first" if
                                      isinstance(target, T.FloatTy) else None))
            else:
                self.error(Diagnostic(f"non-primitive cast: `{source}` as `{target}`", e.span,
                                      "E0605", "an `as` expression can only be used to "
                                      "convert between primitive types or to coerce to a "
                                      "specific trait object"))
        return target

    def defaulted_text(self, ty: T.Ty) -> str:
        """A type as rustc names it once literals took their defaults (`i32`, `f64`)."""
        if isinstance(ty, T.InferTy) and ty.kind in ("int", "float"):
            return "i32" if ty.kind == "int" else "f64"
        return str(ty)


def _literal_hint(operand: ast.Expr, target: T.Ty) -> T.Ty | None:
    """rustc types an unsuffixed literal cast to a type of its kind as that type (also
    under `-` and `!`): `300 as u8` is a `u8` literal out of range, `-1 as u8` is E0600,
    `1e39 as f32` an `f32` literal that overflows."""
    while isinstance(operand, ast.Unary) and operand.op in ("-", "!"):
        operand = operand.operand
    if isinstance(operand, ast.IntLit) and operand.suffix is None and isinstance(
            target, T.IntTy):
        return target
    if isinstance(operand, ast.FloatLit) and operand.suffix is None and isinstance(
            target, T.FloatTy):
        return target
    return None


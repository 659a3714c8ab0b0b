"""Macro calls (`vec!`, `assert!`, `assert_eq!`, `dbg!`, `println!` and the other
format macros) and the formatting traits (`Display`, `Debug`, `LowerHex`, ...) their
arguments must implement."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import format_string as fmt
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase, ty_text
from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.program import FormatInfo
from stackheap_tui.lang.std.method_signatures import PARSE_ERRORS
from stackheap_tui.lang.types import RANGE_KINDS

FORMAT_MACROS = {
    "println": ("stdout", True), "print": ("stdout", False),
    "eprintln": ("stderr", True), "eprint": ("stderr", False),
    "format": ("string", False), "panic": ("panic", False),
}
NEVER_MACROS = {"unreachable", "todo", "unimplemented"}
# Called without `!`, these are E0423 (a macro, not a function), as rustc says.
MACRO_NAMES = {*FORMAT_MACROS, *NEVER_MACROS, "vec", "assert", "assert_eq", "assert_ne", "dbg",
           "matches", "write", "writeln"}


class MacroChecker(CheckerBase):
    """Macro calls and the formatting traits their arguments need."""

    def e_MacroCall(self, e: ast.MacroCall, expected: T.Ty | None) -> T.Ty:
        name = e.name
        if name == "vec":
            return self.vec_macro(e, expected)
        if name in ("assert", "debug_assert"):
            if not e.args:
                self.error(Diagnostic("macro requires a boolean expression as an argument",
                                      e.span))
                return T.UNIT
            self.expect(T.BOOL, self.expr(e.args[0], T.BOOL), e.args[0])
            if len(e.args) > 1:
                self.format_args(e, e.args[1:], "panic")
            return T.UNIT
        if name in ("assert_eq", "assert_ne"):
            if len(e.args) < 2:
                self.error(Diagnostic("macro requires two arguments", e.span))
                return T.UNIT
            left = self.resolve(self.expr(e.args[0]))
            right = self.expr(e.args[1], left)
            fake = ast.Binary(e.span, "==", e.args[0], e.args[1])
            self.comparison(fake, left, self.resolve(right))
            self.require_trait(e.args[0], left, "Debug")
            if len(e.args) > 2:
                self.format_args(e, e.args[2:], "panic")
            return T.UNIT
        if name == "dbg":
            types = [self.expr(arg) for arg in e.args]
            for arg, ty in zip(e.args, types, strict=True):
                self.require_trait(arg, ty, "Debug")
            if len(types) == 1:
                return types[0]
            return T.TupleTy(tuple(types))
        if name in NEVER_MACROS:
            if e.args:
                self.format_args(e, e.args, "panic")
            return T.NeverTy()
        if name in FORMAT_MACROS:
            stream = FORMAT_MACROS[name][0]
            self.format_args(e, e.args, stream)
            if name == "format":
                return T.STRING
            return T.NeverTy() if name == "panic" else T.UNIT
        raise self.fail(f"the macro `{name}!`", e.span)

    def vec_macro(self, e: ast.MacroCall, expected: T.Ty | None) -> T.Ty:
        hint = self.tys.shallow(expected) if expected is not None else None
        element: T.Ty = hint.args[0] if isinstance(hint, T.AdtTy) and T.is_vec(
            hint) else self.tys.fresh()
        if e.repeat:
            value, count = e.args
            self.expect(element, self.expr(value, element), value)
            self.expect(T.USIZE, self.expr(count, T.USIZE), count)
            return T.vec(element)
        for item in e.args:
            self.expect(element, self.expr(item, element), item)
        return T.vec(element)

    def format_args(self, e: ast.MacroCall, args_in: tuple[ast.Expr, ...], stream: str) -> None:
        newline = FORMAT_MACROS.get(e.name, ("", False))[1]
        args = list(args_in)
        if not args:
            if e.name in ("println", "eprintln", "panic") or stream == "panic":
                empty = fmt.bind_arguments(fmt.parse_format_string(""), 0, ())
                self.out.formats[id(e)] = FormatInfo(empty, (), (), newline, stream)
                return
            self.error(Diagnostic("requires at least a format string argument", e.span))
            return
        template = args.pop(0)
        if not isinstance(template, ast.StrLit):
            self.error(Diagnostic("format argument must be a string literal", template.span))
            return
        positional: list[ast.Expr] = []
        named: list[tuple[str, ast.Expr]] = []
        for arg in args:
            if isinstance(arg, ast.Assign) and arg.op == "=" and isinstance(
                arg.target, ast.Path
            ) and arg.target.is_name:
                named.append((arg.target.segments[0], arg.value))
            else:
                positional.append(arg)
        try:
            pieces = fmt.parse_format_string(template.value)
            bound = fmt.bind_arguments(pieces, len(positional), tuple(n for n, _ in named))
        except fmt.FormatStringError as problem:
            self.error(Diagnostic(problem.message, template.span))
            return
        for name in bound.captured:
            # `{x}` captures the variable `x`: rustc resolves it like a path.
            path = ast.Path(template.span, (name,))
            named.append((name, path))
        arg_types: dict[int | str, T.Ty] = {
            i: self.resolve(self.expr(arg)) for i, arg in enumerate(positional)}
        by_name = dict(named)
        for name, arg in named:
            arg_types[name] = self.resolve(self.expr(arg))
        for key, trait in bound.uses():
            expr = positional[key] if isinstance(key, int) else by_name[key]
            self.format_trait(expr, arg_types[key], trait)
        self.out.formats[id(e)] = FormatInfo(bound, tuple(positional), tuple(named), newline,
                                             stream)

    def format_trait(self, arg: ast.Expr, ty: T.Ty, trait: str) -> None:
        """`{}` needs Display, `{:x}` LowerHex, a `{:1$}` width a usize: as rustc checks."""
        if trait == "usize":
            self.expect(T.USIZE, ty, arg)
            return
        self.require_trait(arg, ty, trait)

    def require_trait(self, arg: ast.Expr, ty: T.Ty, trait: str) -> None:
        resolved = self.resolve(ty)
        if isinstance(resolved, T.InferTy) and resolved.id in self.error_vars:
            return
        if isinstance(resolved, T.InferTy) and resolved.kind == "any" and not self.finishing:
            # Not known yet (`let x = s.parse().unwrap(); println!("{x}");`): rustc checks
            # the bound once the type is inferred, or reports that it never is.
            self.deferred_traits.append((arg, ty, trait))
            return
        pointer = isinstance(resolved, T.RefTy | T.BoxTy) or (
            isinstance(resolved, T.AdtTy) and resolved.name == "Rc")
        if trait == "Pointer" and (isinstance(resolved, T.RefTy) or (
                isinstance(resolved, T.BoxTy) and not _zero_sized(self.resolve(
                    resolved.inner)))):
            return  # the address the picture shows (a `Box` of a zero-sized value has none)
        if trait != "Pointer" and self.implements(ty, trait):
            return
        if trait == "Pointer" and pointer:
            raise self.fail(f"`{{:p}}` on `{ty_text(ty)}` (printing this address)", arg.span)
        base = ty
        while isinstance(base, T.BoxTy | T.RefTy):
            base = base.inner
        shown = "()" if base == T.UNIT else ty_text(ty)
        if trait == "Display":
            label = f"`{shown}` cannot be formatted with the default formatter"
        elif trait == "Debug":
            label = f"`{shown}` cannot be formatted using `{{:?}}`"
        else:
            label = f"the trait `{trait}` is not implemented for `{shown}`"
        path = trait if trait == "Debug" else f"std::fmt::{trait}"
        if trait == "Pointer":  # rustc words an unmet `Pointer` as a trait bound
            self.error(Diagnostic(f"the trait bound `{shown}: {path}` is not satisfied",
                                  arg.span, "E0277",
                                  f"the trait `{path}` is not implemented for `{shown}`"))
            return
        self.error(Diagnostic(f"`{shown}` doesn't implement `{path}`", arg.span, "E0277", label))

    def implements(self, ty: T.Ty, trait: str) -> bool:
        base = self.resolve(ty)
        while isinstance(base, T.BoxTy | T.RefTy) or (isinstance(base, T.AdtTy) and base.name in (
                "Rc", "Ref", "RefMut")):
            base = base.inner if isinstance(base, T.BoxTy | T.RefTy) else base.args[0]
            base = self.resolve(base)
        integer = self.tys.is_int(base)
        floating = self.tys.is_float(base)
        if trait == "Debug":
            if isinstance(base, T.TupleTy):
                return all(self.implements(t, trait) for t in base.items)
            if isinstance(base, T.ArrayTy | T.SliceTy):
                return self.implements(base.element, trait)
            if isinstance(base, T.AdtTy):
                if base.name in ("Vec", "Option", "Result", "RefCell", "Cell", *RANGE_KINDS):
                    return all(self.implements(a, trait) for a in base.args)
                if base.name in ("String", "Ordering", *PARSE_ERRORS):
                    return True
                return base.defn is not None and "Debug" in base.defn.derives
            return not isinstance(base, T.FnTy | T.IterTy)
        if trait == "Display":
            if isinstance(base, T.AdtTy) and base.name in PARSE_ERRORS:
                return True
            if isinstance(base, T.IterTy) and base.kind == "ToCase":
                return True  # ToUppercase / ToLowercase display their chars
            return integer or floating or isinstance(base, T.BoolTy | T.CharTy | T.StrTy) or (
                T.is_string(base))
        if trait in ("LowerExp", "UpperExp"):
            return integer or floating
        return integer  # LowerHex, UpperHex, Octal, Binary


def _zero_sized(ty: T.Ty) -> bool:
    """Whether a type surely has no bytes (an inference variable left is a number's)."""
    try:
        return T.size_of(ty) == 0
    except ValueError:
        return False

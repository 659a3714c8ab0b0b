"""Conversions the program implements: `impl From<i32> for Number { fn from(item: i32) ->
Self }`. `Number::from(30)`, `let n: Number = 5.into();` (std's blanket `impl<T, U:
From<T>> Into<U> for T`) and `?` on a `Result<_, ParseIntError>` in a function returning
`Result<_, MyError>` (which calls `From::from` on the error) all run the program's `from`,
in a frame `<Number as From<i32>>::from` as rustc names it. `impl std::error::Error for
MyError {}` (no methods) is taken once the type has both `Debug` and `Display`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.assoc import header
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label, SubNote
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported

if TYPE_CHECKING:
    from stackheap_tui.lang.items import ItemTable

FROM_PATHS = (("From",), ("std", "convert", "From"), ("convert", "From"))
ERROR_PATHS = (("std", "error", "Error"), ("error", "Error"), ("Error",))


@dataclass(frozen=True)
class FromImpl:
    source: T.Ty
    method: ast.FnItem
    header: Span  # `impl From<i32> for Number`, where rustc's help points


def is_from(table: ItemTable, path: ast.TypePath) -> bool:
    segments = path.segments
    return segments in FROM_PATHS and (segments != ("convert", "From") or (
        "convert" in table.imports))


def is_error(table: ItemTable, path: ast.TypePath) -> bool:
    segments = path.segments
    if path.args or path.bindings or segments not in ERROR_PATHS:
        return False
    return segments[0] == "std" or segments[0] in table.imports


def implement_from(table: ItemTable, item: ast.ImplItem, type_name: str,
                   errors: list[Diagnostic]) -> None:
    """`impl From<X> for Y`: its one `fn from(x: X) -> Self`, checked, entered in
    `ItemTable.from_impls` for `Y::from`, `.into()` and `?`."""
    assert item.trait is not None
    if len(item.trait.args) != 1 or item.trait.bindings:
        raise CompileError([unsupported("`From` with these arguments", item.trait.span)])
    self_ty = table.adt(type_name)
    source = table.lower(item.trait.args[0], self_ty)
    if source == self_ty:  # core's `impl<T> From<T> for T` already covers it
        errors.append(Diagnostic(
            f"conflicting implementations of trait `From<{source}>` for type `{type_name}`",
            header(item), "E0119", notes=("conflicting implementation in crate `core`:\n"
                                          "- impl<T> From<T> for T;",)))
        return
    if _has_param(source):
        raise CompileError([unsupported("a generic `From` impl", item.trait.span)])
    known = table.from_impls.setdefault(type_name, [])
    first = next((other for other in known if other.source == source), None)
    if first is not None:
        errors.append(conflicting(f"From<{source}>", type_name, first.header, header(item)))
        return
    for given in item.methods:
        if given.name != "from":
            errors.append(Diagnostic(
                f"method `{given.name}` is not a member of trait `From`", given.span,
                "E0407", "not a member of trait `From`"))
    method = next((m for m in item.methods if m.name == "from"), None)
    if method is None:  # rustc: E0046 (its help is not modelled)
        raise CompileError([unsupported("an `impl From` without `from`", header(item))])
    params = [table.lower(p.type, self_ty) for p in method.params]
    ret = table.lower(method.return_type, self_ty) if method.return_type else T.UNIT
    if method.self_param is not None or params != [source] or ret != self_ty or (
            method.generics):
        raise CompileError([unsupported("a `from` whose signature is not `From`'s",
                                        method.name_span)])
    table.method_traits[id(method)] = f"From<{source}>"
    known.append(FromImpl(source, method, header(item)))


def implement_error(table: ItemTable, item: ast.ImplItem, type_name: str) -> None:
    """`impl std::error::Error for MyError {}`: a marker here (`source`, `description`
    and `Box<dyn Error>` are not modelled); its `Debug + Display` supertraits checked
    once every impl is known (`check_error_impls`)."""
    if item.methods or item.assoc_types or item.consts:
        raise CompileError([unsupported("methods in `impl Error`", header(item))])
    table.error_impls[type_name] = item


def check_error_impls(table: ItemTable) -> None:
    for name, item in table.error_impls.items():
        defn = table.adts[name]
        has_debug = "Debug" in defn.derives or (name, "Debug") in table.fmt_impls
        if not has_debug or (name, "Display") not in table.fmt_impls:
            assert item.trait is not None  # rustc: E0277, `MyError` doesn't implement ..
            raise CompileError([unsupported("`impl Error` for a type without both `Debug` "
                                            "and `Display`", item.trait.span)])


def conflicting(trait: str, type_name: str, first: Span, second: Span) -> Diagnostic:
    """E0119: a second impl of the same trait for the same type."""
    return Diagnostic(f"conflicting implementations of trait `{trait}` for type `{type_name}`",
                      second, "E0119", f"conflicting implementation for `{type_name}`",
                      (Label(first, "first implementation here"),))


def not_from(target: str, found: T.Ty, impl: FromImpl, span: Span,
             into: bool) -> Diagnostic:
    """E0277 as rustc words it for `Number::from(5u8)` / `let n: Number = "x".into();`
    when the program implements `From` once, for another type."""
    notes = [SubNote("help", f"the trait `From<{found}>` is not implemented for `{target}`\n"
                     f"      but trait `From<{impl.source}>` is implemented for it",
                     impl.header),
             SubNote("help", f"for that trait implementation, expected `{impl.source}`, "
                     f"found `{found}`")]
    if into:
        notes.append(SubNote("note", f"required for `{found}` to implement `Into<{target}>`"))
    return Diagnostic(f"the trait bound `{target}: From<{found}>` is not satisfied", span,
                      "E0277", "unsatisfied trait bound", children=tuple(notes))


def from_impl(table: ItemTable, target: T.Ty, source: T.Ty) -> FromImpl | None:
    """The program's `impl From<source> for target`, if the types are known exactly."""
    if not isinstance(target, T.AdtTy) or target.args:
        return None
    return next((i for i in table.from_impls.get(target.name, []) if i.source == source),
                None)


def _has_param(ty: T.Ty) -> bool:
    if isinstance(ty, T.ParamTy):
        return True
    if isinstance(ty, T.RefTy | T.BoxTy):
        return _has_param(ty.inner)
    if isinstance(ty, T.AdtTy):
        return any(_has_param(a) for a in ty.args)
    if isinstance(ty, T.TupleTy):
        return any(_has_param(a) for a in ty.items)
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return _has_param(ty.element)
    return False

"""`impl fmt::Display for Type` and `impl fmt::Debug for Type`, written by the program.

Each must be the one method `fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result`;
its body writes with `write!(f, ...)` / `writeln!(f, ...)`. `{}` (or `{:?}`) of the type,
and `to_string()`, then run that method: its writes go straight to where the text is
going (stdout, or the `String` being built), as std's `Formatter` sends them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.syntax import unsupported

if TYPE_CHECKING:
    from stackheap_tui.lang.items import ItemTable

FMT_TRAITS = ("Display", "Debug")


def fmt_trait(table: ItemTable, path: ast.TypePath) -> str | None:
    """`fmt::Display`, `std::fmt::Display`, or `Display` once imported: "Display"."""
    segments = path.segments
    name = segments[-1]
    if name not in FMT_TRAITS or path.args or path.bindings:
        return None
    if segments in (("fmt", name), ("std", "fmt", name)) or (
            segments == (name,) and name in table.imports):
        return name
    return None


def implement_fmt(table: ItemTable, item: ast.ImplItem, type_name: str,
                  errors: list[Diagnostic]) -> None:
    assert item.trait is not None
    trait = fmt_trait(table, item.trait)
    assert trait is not None
    method = item.methods[0] if len(item.methods) == 1 else None
    if method is None or method.name != "fmt" or not _fmt_signature(table, method, type_name):
        raise CompileError([unsupported(
            f"this impl of `{trait}` (it takes `fn fmt(&self, f: &mut fmt::Formatter) -> "
            "fmt::Result`)", item.trait.span)])
    defn = table.adts[type_name]
    if trait in defn.derives or (type_name, trait) in table.fmt_impls:
        raise CompileError([unsupported(f"a second `{trait}` for `{type_name}`",
                                        item.trait.span)])
    if defn.type_params:
        raise CompileError([unsupported("generic structs and enums", item.self_type.span)])
    table.fmt_impls[(type_name, trait)] = method
    table.method_traits[id(method)] = f"fmt::{trait}"
    del errors


def _fmt_signature(table: ItemTable, method: ast.FnItem, type_name: str) -> bool:
    sp = method.self_param
    if sp is None or not sp.by_ref or sp.mutable_ref or len(method.params) != 1:
        return False
    if method.return_type is None or method.generics:
        return False
    self_ty = table.adt(type_name)
    param = table.lower(method.params[0].type, self_ty)
    ret = table.lower(method.return_type, self_ty)
    return param == T.RefTy(T.FORMATTER, True) and ret == T.FMT_RESULT


def user_fmt(table: ItemTable, ty: T.Ty, trait: str) -> ast.FnItem | None:
    """The program's `fmt` for `ty` (a struct or enum of its own), if it wrote one."""
    if isinstance(ty, T.AdtTy) and ty.defn is not None:
        return table.fmt_impls.get((ty.name, trait))
    return None


def contains_user_fmt(table: ItemTable, ty: T.Ty, traits: tuple[str, ...] = FMT_TRAITS,
                      seen: set[str] | None = None) -> bool:
    """Whether `ty`, or a type inside it, has a hand-written `fmt` of one of `traits`."""
    seen = set() if seen is None else seen
    inner: tuple[T.Ty, ...] = ()
    if isinstance(ty, T.RefTy | T.BoxTy):
        inner = (ty.inner,)
    elif isinstance(ty, T.TupleTy):
        inner = ty.items
    elif isinstance(ty, T.ArrayTy | T.SliceTy):
        inner = (ty.element,)
    elif isinstance(ty, T.AdtTy):
        if any((ty.name, trait) in table.fmt_impls for trait in traits):
            return True
        inner = ty.args
        if ty.defn is not None and ty.name in table.adts and ty.name not in seen:
            seen.add(ty.name)
            inner = (*inner, *(t for v in ty.defn.variants for t in ty.variant_types(v)))
    return any(contains_user_fmt(table, t, traits, seen) for t in inner)

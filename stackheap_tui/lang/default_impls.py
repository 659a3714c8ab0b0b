"""`impl Default for Config { fn default() -> Self { .. } }`, written by the program:
`Config::default()`, `Default::default()` where the type is known (a `let` annotation,
the struct update syntax `Config { level: 9, ..Default::default() }`) call it, in a frame
`<Config as Default>::default`. What builds a default without a call (`#[derive(Default)]`
around such a field, `mem::take`, `unwrap_or_default`) is only taken for the types whose
default is built structurally (`defaults_structurally`); the others are refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.assoc import header
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.syntax import unsupported

if TYPE_CHECKING:
    from stackheap_tui.lang.items import ItemTable

DEFAULT_PATHS = (("Default",), ("std", "default", "Default"))


def is_default(path: ast.TypePath) -> bool:
    return path.segments in DEFAULT_PATHS and not path.args and not path.bindings


def implement_default(table: ItemTable, item: ast.ImplItem, type_name: str,
                      errors: list[Diagnostic]) -> None:
    defn = table.adts[type_name]
    if "Default" in defn.derives or type_name in table.default_impls:  # rustc: E0119
        raise CompileError([unsupported(f"a second `Default` for `{type_name}`",
                                        header(item))])
    if item.consts or item.assoc_types:
        raise CompileError([unsupported("associated items in `impl Default` (rustc: E0437 "
                                        "or E0438)", item.span)])
    for given in item.methods:
        if given.name != "default":
            errors.append(Diagnostic(
                f"method `{given.name}` is not a member of trait `Default`", given.span,
                "E0407", "not a member of trait `Default`"))
    method = next((m for m in item.methods if m.name == "default"), None)
    if method is None:  # rustc: E0046 (its help not modelled)
        raise CompileError([unsupported("an `impl Default` without `default`", header(item))])
    self_ty = table.adt(type_name)
    ret = table.lower(method.return_type, self_ty) if method.return_type else T.UNIT
    if method.self_param is not None or method.params or method.generics or ret != self_ty:
        raise CompileError([unsupported("a `default` whose signature is not `fn default() -> "
                                        "Self`", method.name_span)])
    table.method_traits[id(method)] = "Default"
    table.default_impls[type_name] = method
    from stackheap_tui.lang.traits import TraitMethod
    table.trait_methods.setdefault(type_name, {}).setdefault("default", []).append(
        TraitMethod("Default", method))


def defaults_structurally(table: ItemTable, ty: T.Ty, seen: frozenset[str] = frozenset(),
                          ) -> bool:
    """Whether std's (or a derived) `Default` of `ty` is what `machine/std/values.py`'s
    `default_value` builds: zeros, false, empty `String`/`Vec`, `None`, derived structs of
    those; not a type with the program's own `impl Default`, nor one without `Default`."""
    if isinstance(ty, T.IntTy | T.FloatTy | T.BoolTy | T.CharTy) or T.is_string(ty):
        return True
    if isinstance(ty, T.AdtTy) and (T.is_vec(ty) or ty.name == "Option"):
        return True
    if isinstance(ty, T.TupleTy):
        return all(defaults_structurally(table, t, seen) for t in ty.items)
    if isinstance(ty, T.ArrayTy):
        return ty.length <= 32 and defaults_structurally(table, ty.element, seen)
    if isinstance(ty, T.AdtTy) and ty.defn is not None and ty.name in table.adts:
        defn = ty.defn
        if defn.is_enum or "Default" not in defn.derives or ty.name in seen:
            return False
        inner = seen | {ty.name}
        return all(defaults_structurally(table, t, inner)
                   for t in ty.variant_types(defn.variants[0]))
    return False

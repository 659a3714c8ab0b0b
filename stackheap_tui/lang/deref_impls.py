"""`impl<T> Deref for MyBox<T> { type Target = T; fn deref(&self) -> &T { &self.0 } }`
(the Book's listing 15-10) and `impl Deref for Wrapper`: `*y` is `*Deref::deref(&y)`,
and every autoderef (a method's receiver, a field, the deref coercion `&MyBox<String>` →
`&String` → `&str` of `hello(&m)`) goes through the program's `deref`, a call with its
own frame `<MyBox<i32> as Deref>::deref`, as rustc's debug build runs it.

Without `DerefMut` nothing may be changed through it (the borrow checker's `USER_DEREF`
projection: E0594 / E0596 / E0507 as rustc reports them); `DerefMut` itself is refused."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.assoc import header
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.syntax import unsupported

if TYPE_CHECKING:
    from stackheap_tui.lang.items import ItemTable

DEREF_PATHS = (("Deref",), ("std", "ops", "Deref"), ("ops", "Deref"))


@dataclass(frozen=True)
class DerefImpl:
    target: T.Ty  # in terms of the type's own parameters (`T` for `MyBox<T>`)
    method: ast.FnItem


def is_deref(table: ItemTable, path: ast.TypePath) -> bool:
    segments = path.segments
    if segments not in DEREF_PATHS or path.args or path.bindings:
        return False
    return segments[0] == "std" or segments[0] in table.imports


def implement_deref(table: ItemTable, item: ast.ImplItem, type_name: str,
                    errors: list[Diagnostic]) -> None:
    """`impl<T> Deref for MyBox<T>`: its `Target` and its `deref`, checked; entered on the
    type's definition (`AdtDef.deref`) for the checker, the borrow checker and the
    interpreter."""
    defn = table.adts[type_name]
    params = {g.name: T.ParamTy(g.name) for g in item.generics if not g.name.startswith("'")}
    written = table.lower(item.self_type, None, None, params)
    own = tuple(T.ParamTy(p) for p in defn.type_params)
    if not isinstance(written, T.AdtTy) or written.args != own or set(params) != set(
            defn.type_params) or any(g.bounds for g in item.generics):
        raise CompileError([unsupported("this `impl Deref` (it takes `impl<T> Deref for "
                                        "Type<T>` with the type's own parameters)",
                                        item.self_type.span)])
    if defn.deref is not None:
        raise CompileError([unsupported(f"a second `impl Deref` for `{type_name}`",
                                        header(item))])
    for const in item.consts:
        errors.append(Diagnostic(
            f"const `{const.name}` is not a member of trait `Deref`", const.span, "E0438",
            "not a member of trait `Deref`"))
    for assoc in item.assoc_types:
        if assoc.name != "Target":
            errors.append(Diagnostic(
                f"type `{assoc.name}` is not a member of trait `Deref`", assoc.span,
                "E0437", "not a member of trait `Deref`"))
    for given in item.methods:
        if given.name != "deref":
            errors.append(Diagnostic(
                f"method `{given.name}` is not a member of trait `Deref`", given.span,
                "E0407", "not a member of trait `Deref`"))
    target_node = next((a.type for a in item.assoc_types if a.name == "Target"), None)
    method = next((m for m in item.methods if m.name == "deref"), None)
    if target_node is None or method is None:  # rustc: E0046 (its help not modelled)
        raise CompileError([unsupported("an `impl Deref` without `Target` and `deref`",
                                        header(item))])
    table.assoc_types[(type_name, "Target")] = target_node
    target = table.lower(target_node, written, None, params)
    ret = table.lower(method.return_type, written, None, params) if (
        method.return_type) else T.UNIT
    sp = method.self_param
    if sp is None or not sp.by_ref or sp.mutable_ref or method.params or method.generics or (
            ret != T.RefTy(target)) or _has_ref(target):
        raise CompileError([unsupported("a `deref` whose signature is not `fn deref(&self) "
                                        "-> &Self::Target`", method.name_span)])
    for m in item.methods:
        table.impl_of[id(m)] = type_name
    table.method_traits[id(method)] = "Deref"
    if params:
        table.generic_impls[id(method)] = item
    defn.deref = DerefImpl(target, method)


def deref_target(ty: T.Ty) -> T.Ty | None:
    """What the program's `impl Deref` for `ty` reaches (`i32` for `MyBox<i32>`)."""
    if not isinstance(ty, T.AdtTy) or ty.defn is None:
        return None
    found = ty.defn.deref
    if not isinstance(found, DerefImpl):
        return None
    return T.substitute(found.target, dict(zip(ty.defn.type_params, ty.args, strict=True)))


def deref_fn(ty: T.Ty) -> ast.FnItem | None:
    if not isinstance(ty, T.AdtTy) or ty.defn is None:
        return None
    found = ty.defn.deref
    return found.method if isinstance(found, DerefImpl) else None


def _has_ref(ty: T.Ty) -> bool:
    if isinstance(ty, T.RefTy):
        return True
    if isinstance(ty, T.AdtTy):
        return any(_has_ref(a) for a in ty.args)
    if isinstance(ty, T.TupleTy):
        return any(_has_ref(a) for a in ty.items)
    if isinstance(ty, T.ArrayTy | T.SliceTy | T.BoxTy):
        return _has_ref(ty.element if isinstance(ty, T.ArrayTy | T.SliceTy) else ty.inner)
    return False

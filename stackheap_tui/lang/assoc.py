"""Associated items: `type Item = u32;` and `const ID: u32 = 7;` in traits and impls, and
`impl Iterator for Counter` (the Book's ch. 13.2), which makes the program's type one more
iterator source: its `next` is the program's method, every std adaptor and consumer
(`zip`, `map`, `sum`, a `for` loop) asks it for items (machine/std/lazy.py).

An impl's associated type is what `Self::Item` means in its methods' signatures; in the
trait's own provided methods (checked once, `Self` opaque) `Self::Item` is an opaque type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported

if TYPE_CHECKING:
    from stackheap_tui.lang.items import ItemTable


@dataclass(frozen=True)
class UserIterator:
    """`impl Iterator for Counter`: what it yields and the method that yields it."""

    item: T.Ty
    next: ast.FnItem


def header(item: ast.ImplItem) -> Span:
    """`impl Summary for Tweet`: where rustc points at an impl."""
    end = item.self_type.span
    return Span(item.span.line, item.span.col, end.end_line, end.end_col, item.span.start,
                end.end)


def assoc_type_of(table: ItemTable, self_ty: T.Ty | None, name: str) -> T.Ty | None:
    """`Self::Item` in an impl of `self_ty` (None: no such associated type known)."""
    if isinstance(self_ty, T.ParamTy) and self_ty.name == "Self" and any(
            any(a.name == name for a in t.item.assoc_types) for t in table.traits.values()):
        return T.ParamTy(f"Self::{name}")  # in a trait's provided method: opaque
    if not isinstance(self_ty, T.AdtTy):
        return None
    written = table.assoc_types.get((self_ty.name, name))
    if written is None:
        return None
    if self_ty.defn is not None and self_ty.defn.type_params and len(self_ty.args) == len(
            self_ty.defn.type_params):  # `type Target = T;` of `impl<T> Deref for MyBox<T>`
        return table.lower(written, self_ty, None,
                           dict(zip(self_ty.defn.type_params, self_ty.args, strict=True)))
    return table.lower(written, self_ty)


def declare_assoc(table: ItemTable, item: ast.TraitItem, errors: list[Diagnostic]) -> None:
    """A trait's `type Item;` and `const ID: u32;` names (each once)."""
    seen: set[str] = set()
    nodes: list[ast.AssocType | ast.AssocConst] = [*item.assoc_types, *item.consts]
    for node in nodes:
        if node.name in seen:
            errors.append(Diagnostic(f"duplicate definitions with name `{node.name}`",
                                     node.name_span, "E0428"))
        seen.add(node.name)
    for const in item.consts:
        if const.value is not None:
            _const_value(const)


def _const_value(const: ast.AssocConst) -> None:
    """An associated const's value: a literal (of a number, bool, char or `&str`), or a
    negated number; anything else is refused."""
    value = const.value
    if isinstance(value, ast.Unary) and value.op == "-":
        value = value.operand
    if not isinstance(value, ast.IntLit | ast.FloatLit | ast.BoolLit | ast.CharLit
                      | ast.StrLit):
        assert const.value is not None
        raise CompileError([unsupported("this associated const's value (use a literal)",
                                        const.value.span)])


def implement_assoc(table: ItemTable, item: ast.ImplItem, trait: ast.TraitItem | None,
                    type_name: str, errors: list[Diagnostic]) -> bool:
    """An impl's associated types and consts, checked against its trait's (None: an
    inherent impl). False when an error means its methods are not to be looked at."""
    declared_types = {a.name: a for a in trait.assoc_types} if trait is not None else {}
    declared_consts = {c.name: c for c in trait.consts} if trait is not None else {}
    trait_name = trait.name if trait is not None else ""
    ok = True
    if trait is None and item.assoc_types:
        raise CompileError([unsupported("associated types in an inherent impl (rustc: "
                                        "E0658)", item.assoc_types[0].span)])
    for assoc in item.assoc_types:
        if assoc.name not in declared_types:
            errors.append(Diagnostic(
                f"type `{assoc.name}` is not a member of trait `{trait_name}`", assoc.span,
                "E0437", f"not a member of trait `{trait_name}`"))
            ok = False
            continue
        table.assoc_types[(type_name, assoc.name)] = assoc.type  # type: ignore[assignment]
    for const in item.consts:
        if trait is not None and const.name not in declared_consts:
            errors.append(Diagnostic(
                f"const `{const.name}` is not a member of trait `{trait_name}`", const.span,
                "E0438", f"not a member of trait `{trait_name}`"))
            ok = False
            continue
        if trait is not None and not _same_type(table, declared_consts[const.name].type,
                                                const.type, type_name):
            raise CompileError([unsupported("an associated const whose type differs from "
                                            "the trait's", const.type.span)])
        _const_value(const)
        _enter_const(table, type_name, const)
    for const in declared_consts.values():  # the trait's defaults the impl keeps
        if all(c.name != const.name for c in item.consts) and const.value is not None:
            _enter_const(table, type_name, const)
    return ok


def _enter_const(table: ItemTable, type_name: str, const: ast.AssocConst) -> None:
    """One const of that name per type (an inherent one beside a trait's, or two traits',
    is resolved by rules not modelled: refused)."""
    if (type_name, const.name) in table.assoc_consts:
        raise CompileError([unsupported(f"two associated consts `{const.name}` of "
                                        f"`{type_name}`", const.name_span)])
    table.assoc_consts[(type_name, const.name)] = const


def missing_assoc(table: ItemTable, item: ast.ImplItem, trait: ast.TraitItem,
                  type_name: str) -> list[str]:
    """The trait's associated types and consts (without default) the impl does not give."""
    given = {a.name for a in item.assoc_types} | {c.name for c in item.consts}
    declared: list[ast.AssocType | ast.AssocConst] = [*trait.assoc_types, *trait.consts]
    return [a.name for a in declared if a.name not in given and not (
        isinstance(a, ast.AssocConst) and a.value is not None)]


def _same_type(table: ItemTable, a: ast.TypeExpr, b: ast.TypeExpr, type_name: str) -> bool:
    self_ty = table.adt(type_name)
    return table.lower(a, self_ty) == table.lower(b, self_ty)


# ---- `impl Iterator for X` ----
def implement_iterator(table: ItemTable, item: ast.ImplItem, type_name: str,
                       errors: list[Diagnostic]) -> None:
    """`impl Iterator for Counter { type Item = u32; fn next(&mut self) -> Option<u32> }`:
    `next` only (overriding a provided method of `Iterator` is refused)."""
    assert item.trait is not None
    if item.trait.args or item.trait.bindings:
        raise CompileError([unsupported("`Iterator` with generic arguments",
                                        item.trait.span)])
    done = table.trait_impls.setdefault(type_name, {})
    if "Iterator" in done:
        errors.append(Diagnostic(
            f"conflicting implementations of trait `Iterator` for type `{type_name}`",
            header(item), "E0119", f"conflicting implementation for `{type_name}`",
            (Label(header(done["Iterator"]), "first implementation here"),)))
        return
    done["Iterator"] = item
    for const in item.consts:
        errors.append(Diagnostic(
            f"const `{const.name}` is not a member of trait `Iterator`", const.span,
            "E0438", "not a member of trait `Iterator`"))
    for assoc in item.assoc_types:
        if assoc.name != "Item":
            errors.append(Diagnostic(
                f"type `{assoc.name}` is not a member of trait `Iterator`", assoc.span,
                "E0437", "not a member of trait `Iterator`"))
    for method in item.methods:
        if method.name != "next":
            raise CompileError([unsupported(f"`{method.name}` in an `impl Iterator` (only "
                                            "`next` is supported)", method.name_span)])
    written = next((a for a in item.assoc_types if a.name == "Item"), None)
    nxt = next((m for m in item.methods if m.name == "next"), None)
    missing = [n for n, given in (("Item", written), ("next", nxt)) if given is None]
    if missing:
        names = ", ".join(f"`{n}`" for n in missing)
        errors.append(Diagnostic(
            f"not all trait items implemented, missing: {names}", header(item), "E0046",
            f"missing {names} in implementation",
            help=_missing_help(missing)))
        return
    assert written is not None and written.type is not None and nxt is not None
    table.assoc_types[(type_name, "Item")] = written.type
    self_ty = table.adt(type_name)
    item_ty = table.lower(written.type, self_ty)
    sp = nxt.self_param
    ret = table.lower(nxt.return_type, self_ty) if nxt.return_type is not None else T.UNIT
    if sp is None or not sp.by_ref or not sp.mutable_ref or nxt.params or nxt.generics or (
            ret != T.option(item_ty)):
        raise CompileError([unsupported("a `next` whose signature is not `fn next(&mut "
                                        "self) -> Option<Self::Item>`", nxt.name_span)])
    table.impl_of[id(nxt)] = type_name
    table.method_traits[id(nxt)] = "Iterator"
    from stackheap_tui.lang.traits import TraitMethod
    table.trait_methods.setdefault(type_name, {}).setdefault("next", []).append(
        TraitMethod("Iterator", nxt))
    table.iterators[type_name] = UserIterator(item_ty, nxt)


def _missing_help(missing: list[str]) -> str:
    parts = {"Item": "`type Item = /* Type */;`",
             "next": "`fn next(&mut self) -> Option<<Self as Iterator>::Item> { todo!() }`"}
    return "implement the missing item: " + ", ".join(parts[n] for n in missing)


def is_iterator_bound(bound: ast.TypePath) -> bool:
    """`Iterator<Item = u32>` (or `std::iter::Iterator<..>`, or `Iterator` whose items are
    named `I::Item`) as a type parameter's bound."""
    return bound.segments in (("Iterator",), ("std", "iter", "Iterator")) and not (
        bound.args) and all(b.name == "Item" for b in bound.bindings) and len(
        bound.bindings) <= 1


def bound_item(bound: ast.TypePath) -> ast.TypeExpr | None:
    """The `Item = X` of an iterator bound, if written."""
    return bound.bindings[0].type if bound.bindings else None


def iterator_item(table: ItemTable, ty: T.Ty) -> T.Ty | None:
    """What an iterator type yields (`Iterator::Item`), or None if it is no iterator known
    here (a range, std's iterators, the program's, a bounded type parameter)."""
    if isinstance(ty, T.IterTy):
        return ty.item
    if isinstance(ty, T.AdtTy) and ty.name in ("Range", "RangeInclusive", "RangeFrom"):
        return ty.args[0]
    found = as_iter_type(table, ty)
    return None if found is None else found.item


def user_iterator(table: ItemTable, ty: T.Ty) -> UserIterator | None:
    """The program's `impl Iterator` of this type, if any."""
    if isinstance(ty, T.AdtTy) and not ty.args:
        return table.iterators.get(ty.name)
    return None


def as_iter_type(table: ItemTable, ty: T.Ty) -> T.IterTy | None:
    """The program's iterator type as std's iterator methods see it."""
    if isinstance(ty, T.ParamTy) and ty.item is not None:  # `I: Iterator<Item = u32>`
        return T.IterTy(ty.item, "Param", (ty,))
    found = user_iterator(table, ty)
    return None if found is None else T.IterTy(found.item, "User", (ty,))


def over_user_iterator(resolve: Callable[[T.Ty], T.Ty], ty: T.Ty) -> bool:
    """Whether an adaptor chain has the program's own iterator somewhere inside."""
    stack = [ty]
    while stack:
        current = resolve(stack.pop())
        if isinstance(current, T.IterTy):
            if current.kind == "User":
                return True
            stack.extend(current.parts)
    return False

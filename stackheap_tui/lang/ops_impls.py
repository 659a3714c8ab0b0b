"""Operator traits the program implements: `impl Add for Point { type Output = Point; fn
add(self, other: Point) -> Point }` (and `Sub`, `Mul`, `Div`, `Rem`, `Neg`, `Add<Meters>`
with another right-hand side). `a + b` on such a type is a call of that `add`, each
operand moved in (or copied), as rustc lowers it; its frame is `<Point as Add>::add`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.assoc import header
from stackheap_tui.lang.conversions import conflicting
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported

if TYPE_CHECKING:
    from stackheap_tui.lang.items import ItemTable

# trait -> its method and the operator (`Neg` is unary `-`)
OPERATOR_TRAITS = {"Add": ("add", "+"), "Sub": ("sub", "-"), "Mul": ("mul", "*"),
                   "Div": ("div", "/"), "Rem": ("rem", "%"), "Neg": ("neg", "-")}
BINARY_TRAITS = {op: trait for trait, (_, op) in OPERATOR_TRAITS.items() if trait != "Neg"}
# `impl AddAssign for Point { fn add_assign(&mut self, other: Point) }`: `p += q`
ASSIGN_TRAITS = {f"{trait}Assign": (f"{method}_assign", f"{op}=")
                 for trait, (method, op) in OPERATOR_TRAITS.items() if trait != "Neg"}


@dataclass(frozen=True)
class OperatorImpl:
    trait: str
    method: ast.FnItem
    rhs: T.Ty | None  # None for `Neg`
    output: T.Ty
    header: Span | None = None  # `impl AddAssign for P`, where rustc points (E0119)


def operator_trait(table: ItemTable, path: ast.TypePath) -> str | None:
    """`Add` (imported by `use std::ops::Add;`), `ops::Add` (`use std::ops;`) or
    `std::ops::Add`: "Add"."""
    segments = path.segments
    name = segments[-1]
    if (name not in OPERATOR_TRAITS and name not in ASSIGN_TRAITS) or path.bindings:
        return None
    if segments == ("std", "ops", name) or (segments == ("ops", name) and "ops" in (
            table.imports)) or (segments == (name,) and name in table.imports):
        return name
    return None


def implement_operator(table: ItemTable, item: ast.ImplItem, type_name: str,
                       errors: list[Diagnostic]) -> None:
    """`impl Add for Point`: its `Output` and its one method, checked; the impl entered in
    `ItemTable.operators` for the checker's `a + b`."""
    assert item.trait is not None
    trait = operator_trait(table, item.trait)
    assert trait is not None
    if trait in ASSIGN_TRAITS:
        implement_assign(table, item, type_name, trait, errors)
        return
    method_name = OPERATOR_TRAITS[trait][0]
    self_ty = table.adt(type_name)
    if trait == "Neg" and item.trait.args:
        raise CompileError([unsupported("`Neg` with generic arguments", item.trait.span)])
    if len(item.trait.args) > 1:
        raise CompileError([unsupported(f"`{trait}` with these arguments", item.trait.span)])
    rhs = table.lower(item.trait.args[0], self_ty) if item.trait.args else self_ty
    if (type_name, trait) in table.operators:
        raise CompileError([unsupported(f"a second `impl {trait}` for `{type_name}`",
                                        header(item))])
    for const in item.consts:
        errors.append(Diagnostic(
            f"const `{const.name}` is not a member of trait `{trait}`", const.span, "E0438",
            f"not a member of trait `{trait}`"))
    for assoc in item.assoc_types:
        if assoc.name != "Output":
            errors.append(Diagnostic(
                f"type `{assoc.name}` is not a member of trait `{trait}`", assoc.span,
                "E0437", f"not a member of trait `{trait}`"))
    for given in item.methods:
        if given.name != method_name:
            errors.append(Diagnostic(
                f"method `{given.name}` is not a member of trait `{trait}`", given.span,
                "E0407", f"not a member of trait `{trait}`"))
    output = next((a for a in item.assoc_types if a.name == "Output"), None)
    method = next((m for m in item.methods if m.name == method_name), None)
    if output is None and method is not None:
        errors.append(Diagnostic(
            "not all trait items implemented, missing: `Output`", header(item), "E0046",
            "missing `Output` in implementation",
            help="implement the missing item: `type Output = /* Type */;`"))
        return
    if output is None or method is None:  # (rustc's help for a missing method: not known)
        raise CompileError([unsupported(f"an `impl {trait}` without `{method_name}`",
                                        header(item))])
    assert output.type is not None
    table.assoc_types[(type_name, "Output")] = output.type
    out_ty = table.lower(output.type, self_ty)
    sp = method.self_param
    params = [table.lower(p.type, self_ty) for p in method.params]
    ret = table.lower(method.return_type, self_ty) if method.return_type else T.UNIT
    wanted = [] if trait == "Neg" else [rhs]
    if sp is None or sp.by_ref or params != wanted or ret != out_ty or method.generics:
        raise CompileError([unsupported(f"a `{method_name}` whose signature is not "
                                        f"`{trait}`'s", method.name_span)])
    table.method_traits[id(method)] = trait
    table.operators[(type_name, trait)] = OperatorImpl(
        trait, method, None if trait == "Neg" else rhs, out_ty)
    if trait in table.imports:  # `p.add(q)` too, with the trait in scope
        from stackheap_tui.lang.traits import TraitMethod
        table.trait_methods.setdefault(type_name, {}).setdefault(method_name, []).append(
            TraitMethod(trait, method))


def implement_assign(table: ItemTable, item: ast.ImplItem, type_name: str, trait: str,
                     errors: list[Diagnostic]) -> None:
    """`impl AddAssign for Point` (or `AddAssign<i32>`): its one `fn add_assign(&mut self,
    rhs: Rhs)`; `p += q` calls it with `&mut p` (the left operand's place first)."""
    assert item.trait is not None
    method_name = ASSIGN_TRAITS[trait][0]
    self_ty = table.adt(type_name)
    if len(item.trait.args) > 1:
        raise CompileError([unsupported(f"`{trait}` with these arguments", item.trait.span)])
    rhs = table.lower(item.trait.args[0], self_ty) if item.trait.args else self_ty
    if (type_name, trait) in table.operators:
        before = table.operators[(type_name, trait)]
        if before.rhs != rhs:  # `AddAssign<i32>` beside `AddAssign<Point>`: not modelled
            raise CompileError([unsupported(f"a second `impl {trait}` for `{type_name}`",
                                            header(item))])
        shown = trait if rhs == self_ty else f"{trait}<{rhs}>"
        assert before.header is not None
        errors.append(conflicting(shown, type_name, before.header, header(item)))
        return
    if item.consts or item.assoc_types:
        raise CompileError([unsupported(f"associated items in `impl {trait}` (rustc: E0437 "
                                        "or E0438)", item.span)])
    for given in item.methods:
        if given.name != method_name:
            errors.append(Diagnostic(
                f"method `{given.name}` is not a member of trait `{trait}`", given.span,
                "E0407", f"not a member of trait `{trait}`"))
    method = next((m for m in item.methods if m.name == method_name), None)
    if method is None:  # rustc: E0046 (its help not modelled)
        raise CompileError([unsupported(f"an `impl {trait}` without `{method_name}`",
                                        header(item))])
    sp = method.self_param
    params = [table.lower(p.type, self_ty) for p in method.params]
    if sp is None or not sp.mutable_ref or params != [rhs] or method.generics or (
            method.return_type is not None and table.lower(method.return_type) != T.UNIT):
        raise CompileError([unsupported(f"a `{method_name}` whose signature is not "
                                        f"`{trait}`'s", method.name_span)])
    table.method_traits[id(method)] = trait
    table.operators[(type_name, trait)] = OperatorImpl(trait, method, rhs, T.UNIT,
                                                       header(item))
    if trait in table.imports:  # `p.add_assign(q)` too, with the trait in scope
        from stackheap_tui.lang.traits import TraitMethod
        table.trait_methods.setdefault(type_name, {}).setdefault(method_name, []).append(
            TraitMethod(trait, method))


def operator_impl(table: ItemTable, ty: T.Ty, trait: str) -> OperatorImpl | None:
    """The program's `impl Add for Point` for a `Point` operand."""
    if isinstance(ty, T.AdtTy) and not ty.args:
        return table.operators.get((ty.name, trait))
    return None

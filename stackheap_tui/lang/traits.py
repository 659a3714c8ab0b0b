"""The program's own traits and their impls, collected with the other items.

`trait Summary { fn summarize_author(&self) -> String; fn summarize(&self) -> String
{ .. } }` and `impl Summary for Tweet { .. }`: each impl is checked against its trait
(E0046 for a missing method, E0407 for one the trait does not have, E0119 for a second
impl), and every method the type gets from the trait is entered in
`ItemTable.trait_methods`, so a call resolves statically to the code that runs. A
provided (default) method the impl does not override runs as its own copy per type
(the body deep-copied, so the checker's tables keyed by node identity hold that type's
types), as rustc monomorphises it; the trait's own body is type-checked once with `Self`
opaque, as rustc checks it, and only that check reports its errors.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.assoc import declare_assoc, implement_assoc, missing_assoc
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported

if TYPE_CHECKING:
    from stackheap_tui.lang.items import ItemTable

# `Self` inside a trait's provided method, checked once for every type.
SELF_PARAM = T.ParamTy("Self")


OPAQUE_MARK = "@"  # the bound that names the function an opaque type comes from


def opaque_type(item: ast.FnItem, trait: str) -> T.ParamTy:
    """The type callers of `item` see for its `-> impl Trait`: the trait's methods only,
    distinct from another function's `impl Trait`."""
    return T.ParamTy(f"impl {trait}", (trait, OPAQUE_MARK + str(id(item))))


def opaque_origin(ty: T.Ty) -> str | None:
    """The mark of the function whose `-> impl Trait` this type is, or None."""
    if isinstance(ty, T.ParamTy):
        return next((b for b in ty.bounds if b.startswith(OPAQUE_MARK)), None)
    return None


@dataclass
class TraitDef:
    item: ast.TraitItem
    methods: dict[str, ast.FnItem] = field(default_factory=dict)  # required and provided

    @property
    def name(self) -> str:
        return self.item.name

    def is_provided(self, method: str) -> bool:
        return any(m.name == method for m in self.item.provided)


@dataclass(frozen=True)
class TraitMethod:
    """A method a type has from a trait: the trait, and the function that runs."""

    trait: str
    item: ast.FnItem
    is_default_copy: bool = False  # a provided method's copy for this type


# std's traits in the prelude or named by this subset: a trait of the program with one of
# these names would shadow std's in ways not modelled.
STD_TRAIT_NAMES = frozenset({
    "Display", "Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Drop",
    "Default", "Iterator", "IntoIterator", "From", "Into", "Hash", "ToString", "Sized",
    "Send", "Sync", "Fn", "FnMut", "FnOnce", "AsRef", "Deref", "TryFrom", "TryInto"})


def declare_trait(table: ItemTable, item: ast.TraitItem, errors: list[Diagnostic]) -> None:
    if item.name in STD_TRAIT_NAMES:
        raise CompileError([unsupported(f"a trait named `{item.name}` (std's name)",
                                        item.name_span)])
    if any(not g.name.startswith("'") for g in item.generics):
        raise CompileError([unsupported("generic traits", item.name_span)])
    if item.supertraits:
        raise CompileError([unsupported("supertraits", item.supertraits[0].span)])
    if item.name in table.traits or item.name in table.adts:
        errors.append(Diagnostic(f"the name `{item.name}` is defined multiple times",
                                 item.name_span, "E0428"))
        return
    defn = TraitDef(item)
    declare_assoc(table, item, errors)
    for method in item.methods:
        if method.name in defn.methods:
            errors.append(Diagnostic(f"duplicate definitions with name `{method.name}`",
                                     method.name_span, "E0428"))
        if any(not g.name.startswith("'") for g in method.generics):
            raise CompileError([unsupported("generic trait methods", method.name_span)])
        defn.methods[method.name] = method
    table.traits[item.name] = defn


def dyn_incompatibility(defn: TraitDef) -> Callable[[Span], Diagnostic] | None:
    """Why `dyn Trait` cannot be built (rustc's E0038, at the `dyn` type), or None: a method
    returning `Self` (the one reason modelled; others are refused)."""
    if defn.item.assoc_types or defn.item.consts:  # rustc: E0191 or E0038, not modelled
        def assoc_items(at: Span) -> Diagnostic:
            return unsupported(f"`dyn {defn.name}` of a trait with associated types or "
                               "consts", at)
        return assoc_items
    for method in defn.item.methods:
        ret = method.return_type
        if method.self_param is None:
            def assoc(at: Span, m: ast.FnItem = method) -> Diagnostic:
                return unsupported(f"`dyn {defn.name}` with the associated function "
                                   f"`{m.name}` (rustc: E0038)", at)
            return assoc
        if isinstance(ret, ast.TypePath) and ret.segments == ("Self",):
            def returns_self(at: Span, m: ast.FnItem = method, r: ast.TypePath = ret
                             ) -> Diagnostic:
                return Diagnostic(
                    f"the trait `{defn.name}` is not dyn compatible", at, "E0038",
                    f"`{defn.name}` is not dyn compatible", (
                        Label(defn.item.name_span, "this trait is not dyn compatible..."),
                        Label(r.span, f"...because method `{m.name}` references the `Self` "
                              "type in its return type")))
            return returns_self
        if _mentions_self(method):
            def other(at: Span, m: ast.FnItem = method) -> Diagnostic:
                return unsupported(f"`dyn {defn.name}` with the method `{m.name}` naming "
                                   "`Self`", at)
            return other
    return None


def _mentions_self(method: ast.FnItem) -> bool:
    stack: list[object] = [p.type for p in method.params]
    if method.return_type is not None:
        stack.append(method.return_type)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.TypePath) and "Self" in node.segments:
            return True
        stack.extend(ast.children(node))
    return False


def _header(item: ast.ImplItem) -> Span:
    """`impl Summary for Tweet`: where rustc points at an impl."""
    end = item.self_type.span
    return Span(item.span.line, item.span.col, end.end_line, end.end_col, item.span.start,
                end.end)


def implement(table: ItemTable, item: ast.ImplItem, type_name: str,
              errors: list[Diagnostic]) -> None:
    """`impl Trait for Type`, for a trait of the program's own."""
    assert item.trait is not None
    trait_name = item.trait.segments[-1]
    defn = table.traits[trait_name]
    if item.trait.args or item.trait.bindings:
        raise CompileError([unsupported("generic traits", item.trait.span)])
    done = table.trait_impls.setdefault(type_name, {})
    if trait_name in done:
        errors.append(Diagnostic(
            f"conflicting implementations of trait `{trait_name}` for type `{type_name}`",
            _header(item), "E0119", f"conflicting implementation for `{type_name}`",
            (Label(_header(done[trait_name]), "first implementation here"),)))
        return
    done[trait_name] = item
    if not implement_assoc(table, item, defn.item, type_name, errors):
        return
    mine = table.trait_methods.setdefault(type_name, {})
    given: dict[str, ast.FnItem] = {}
    for method in item.methods:
        declared = defn.methods.get(method.name)
        if declared is None:
            errors.append(Diagnostic(
                f"method `{method.name}` is not a member of trait `{trait_name}`", method.span,
                "E0407", f"not a member of trait `{trait_name}`"))
            continue
        if not _same_signature(table, declared, method, type_name):
            raise CompileError([unsupported(
                "an impl method whose signature differs from the trait's", method.name_span)])
        given[method.name] = method
    missing: list[ast.FnItem | ast.AssocType | ast.AssocConst] = [
        m for m in defn.item.required if m.name not in given]
    lacking = missing_assoc(table, item, defn.item, type_name)
    missing += [a for a in defn.item.assoc_types if a.name in lacking]
    missing += [c for c in defn.item.consts if c.name in lacking]
    if missing:
        missing.sort(key=lambda m: m.span.start)
        names = ", ".join(f"`{m.name}`" for m in missing)
        errors.append(Diagnostic(
            f"not all trait items implemented, missing: {names}", _header(item), "E0046",
            f"missing {names} in implementation",
            tuple(Label(m.span if isinstance(m, ast.FnItem) else _before_semicolon(m.span),
                        f"`{m.name}` from trait") for m in missing)))
        return
    for method in defn.item.methods:
        run = given.get(method.name)
        is_default = run is None
        if run is None:
            run = copy.deepcopy(method)
            table.impl_of[id(run)] = type_name
            table.default_copies.append(run)
        table.method_traits[id(run)] = trait_name
        mine.setdefault(method.name, []).append(TraitMethod(trait_name, run, is_default))


def _before_semicolon(span: Span) -> Span:
    """`type Out;` / `const N: u32;` as rustc underlines them: without the `;`."""
    return Span(span.line, span.col, span.end_line, span.end_col - 1, span.start, span.end - 1)


def _same_signature(table: ItemTable, declared: ast.FnItem, given: ast.FnItem,
                    type_name: str) -> bool:
    """Whether the impl's method has the trait's signature, `Self` being the type."""
    a, b = declared.self_param, given.self_param
    if (a is None) != (b is None) or len(declared.params) != len(given.params):
        return False
    if a is not None and b is not None and (a.by_ref, a.mutable_ref) != (b.by_ref,
                                                                         b.mutable_ref):
        return False
    self_ty = table.adt(type_name)

    def lowered(node: ast.TypeExpr | None) -> T.Ty:
        return T.UNIT if node is None else table.lower(node, self_ty)

    pairs = [(p.type, q.type) for p, q in zip(declared.params, given.params, strict=True)]
    pairs.append((declared.return_type, given.return_type))  # type: ignore[arg-type]
    return all(lowered(x) == lowered(y) for x, y in pairs)


# The methods a derived (or hand-written `fmt`) std trait gives a type.
_DERIVED_METHODS = {
    "Clone": ("clone", "clone_from"), "PartialEq": ("eq", "ne"),
    "PartialOrd": ("partial_cmp", "lt", "le", "gt", "ge"), "Ord": ("cmp", "max", "min", "clamp"),
    "Debug": ("fmt",), "Display": ("fmt", "to_string"), "Default": ("default",),
    "Hash": ("hash",)}


# Methods std's blanket impls give every type (rustc: E0034 beside a trait's of that name).
_BLANKET_METHODS = {"into": "Into", "try_into": "TryInto", "borrow": "Borrow",
                    "borrow_mut": "BorrowMut", "type_id": "Any"}


def _receiver(item: ast.FnItem) -> tuple[bool, bool, bool]:
    sp = item.self_param
    return (sp is not None, sp is not None and sp.by_ref, sp is not None and sp.mutable_ref)


def check_collisions(table: ItemTable) -> None:
    """A method both inherent and from a trait: the inherent one wins a method call or a
    `Type::f` path when both take `self` the same way (the Book's `Dog::baby_name` and
    `<Dog as Animal>::baby_name`); taken differently, autoref may pick the trait's, which
    is not modelled, so that is refused."""
    for type_name, methods in table.trait_methods.items():
        inherent = table.methods.get(type_name, {})
        derives = table.adts[type_name].derives
        for name, found in methods.items():
            std = next((t for t, names in _DERIVED_METHODS.items() if name in names and (
                t in derives or (type_name, t) in table.fmt_impls)), None)
            if name in _BLANKET_METHODS:
                std = _BLANKET_METHODS[name]
            if std is not None:  # rustc: E0034, two traits' methods apply
                raise CompileError([unsupported(
                    f"a method `{name}` of `{found[0].trait}` on a type that is also `{std}`",
                    found[0].item.name_span)])
            mine = inherent.get(name)
            if mine is not None and any(_receiver(m.item) != _receiver(mine) for m in found):
                raise CompileError([unsupported(
                    f"a method `{name}` both inherent and from the trait `{found[0].trait}` "
                    "taking `self` differently", mine.name_span)])

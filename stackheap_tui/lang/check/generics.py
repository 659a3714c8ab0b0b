"""Generic functions, monomorphised as rustc compiles them.

`fn notify<T: Summary>(item: &T)` (or `item: &impl Summary`, or `where T: Summary`) is
type-checked once with `T` opaque (a `ParamTy` carrying its bounds: only the bounds'
methods exist on it, as rustc checks the body). Each call infers `T`; once every body is
checked, the bounds are checked for the concrete types (E0277) and a copy of the function
is made per distinct instantiation (`notify::<Tweet>`), checked with `T` that type: the
call runs that copy, and its frame and `size_of` follow the concrete types.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.assoc import bound_item, is_iterator_bound, iterator_item
from stackheap_tui.lang.check.base import CheckerBase
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label, SubNote
from stackheap_tui.lang.fmt_impls import fmt_trait
from stackheap_tui.lang.fn_traits import is_closure_bound
from stackheap_tui.lang.infer import map_type
from stackheap_tui.lang.items import item_head
from stackheap_tui.lang.program import Callee
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std.method_signatures import is_clone

# std traits a type parameter may be bounded by (besides `Display` and `Debug`).
STD_BOUNDS = ("PartialEq", "PartialOrd", "Copy", "Clone")

# More distinct copies than this is polymorphic recursion or a runaway: refused.
MAX_INSTANTIATIONS = 64


class GenericChecker(CheckerBase):
    """Generic functions: their own check, their calls, their monomorphised copies."""

    if TYPE_CHECKING:
        def function(self, item: ast.FnItem, owner: str | None, trait: str | None = None,
                     subst: dict[str, T.Ty] | None = None) -> None: ...

        def implements(self, ty: T.Ty, trait: str) -> bool: ...

        def never_inferred(self) -> list[Diagnostic]: ...

        def unknown_inside(self, ty: T.Ty) -> bool: ...

        def with_closure_bounds(self, generics: tuple[ast.GenericParam, ...],
                                params: dict[str, T.Ty]) -> dict[str, T.Ty]: ...

        def closure_arguments(self, e: ast.Call, item: ast.FnItem, params: tuple[T.Ty, ...],
                              variables: dict[str, T.Ty]) -> None: ...

        def closure_satisfies(self, ty: T.Ty, trait: str) -> bool | None: ...

    def type_parameters(self, generics: tuple[ast.GenericParam, ...]) -> dict[str, T.Ty]:
        """`T: Summary + Display` as an opaque `T` with those bounds (the program's traits,
        `Display` and `Debug`; any other bound is refused)."""
        params: dict[str, T.Ty] = {}
        for g in generics:
            if g.name.startswith("'"):
                continue
            bounds: list[str] = []
            item: T.Ty | None = None
            for bound in g.bounds:
                name = bound.segments[-1]
                if is_closure_bound(bound):  # `F: Fn(i32) -> i32`: see fn_bounds.py
                    bounds.append(name)
                    continue
                own = len(bound.segments) == 1 and (name in self.items.traits or (
                    name in STD_BOUNDS and name not in self.items.adts))
                if is_iterator_bound(bound):  # `I: Iterator<Item = u32>`, `I: Iterator`
                    written = bound_item(bound)
                    item = T.ParamTy(f"{g.name}::Item") if written is None else (
                        self.items.lower(written, None, None, params))
                    bounds.append("Iterator")
                elif (own and not bound.args and not bound.bindings) or fmt_trait(
                        self.items, bound) is not None:
                    bounds.append(name)
                else:
                    raise self.fail(f"the bound `{'::'.join(bound.segments)}` (bounds by the "
                                    "program's traits, `Display`, `Debug`, `PartialEq`, "
                                    "`PartialOrd`, `Copy` and `Clone` are supported)",
                                    bound.span)
            params[g.name] = T.ParamTy(g.name, tuple(bounds), item=item)
        return self.with_closure_bounds(generics, params)

    def generic_call(self, e: ast.Call, item: ast.FnItem) -> T.Ty:
        """A call of a generic function: its type parameters inferred from the arguments
        (or a turbofish); the copy it runs is chosen in `finish_generics`."""
        names = [g.name for g in item.generics if not g.name.startswith("'")]
        variables: dict[str, T.Ty] = {name: self.tys.fresh() for name in names}
        assert isinstance(e.callee, ast.Path)
        written = e.callee.generic_args
        if written:
            if len(written) != len(names) or any(n.startswith("impl ") for n in names):
                raise self.fail("this turbofish", e.callee.span)
            for name, arg in zip(names, written, strict=True):
                self.tys.unify(variables[name], self.lower(arg))
        params = tuple(self.items.lower(p.type, None, None, variables) for p in item.params)
        ret: T.Ty = T.UNIT
        self.closure_arguments(e, item, params, variables)
        for g in item.generics:  # `Item = u32` types the items (`total(0..5)`: u32s)
            for bound in g.bounds:
                bound_written = bound_item(bound) if is_iterator_bound(bound) else None
                if bound_written is not None:
                    have = iterator_item(self.items, self.resolve(variables[g.name]))
                    if have is not None:
                        self.tys.unify(have, self.items.lower(bound_written, None, None,
                                                              variables))
        if item.return_type is not None:  # (`-> Option<I::Item>`: known once `I` is)
            ret = self.items.lower(item.return_type, None, None, {
                n: self.resolve(v) for n, v in variables.items()})
        self.out.callees[id(e)] = Callee("fn", item.name, item)
        self.instantiations.append((e, item, variables))
        return ret

    def generics_of(self, item: ast.FnItem) -> tuple[ast.GenericParam, ...]:
        """A function's type parameters: a generic impl's (`impl<T> Point<T>`), then its
        own (`fn mixup<X2, Y2>`)."""
        impl = self.items.generic_impls.get(id(item))
        written = (impl.generics if impl is not None else ()) + item.generics
        return tuple(g for g in written if not g.name.startswith("'"))

    def impl_instance(self, item: ast.FnItem, self_ty: T.Ty | None,
                      written: tuple[ast.TypeExpr, ...], at: Span,
                      ) -> tuple[T.Ty | None, dict[str, T.Ty]] | None:
        """A method or associated function of an impl, at one use: fresh variables for the
        impl's and the method's type parameters (a turbofish names the method's), and the
        impl's `Self` with them, unified with the receiver's type. None: the impl is for
        another instantiation (`impl Point<f32>`'s method on a `Point<i32>`)."""
        impl = self.items.generic_impls.get(id(item))
        variables: dict[str, T.Ty] = {g.name: self.tys.fresh() for g in self.generics_of(item)}
        if impl is not None:
            own = self.items.lower(impl.self_type, None, None, variables)
            if self_ty is not None and not self.tys.unify(own, self_ty):
                return None
            self_ty = own
        mine = [g.name for g in item.generics if not g.name.startswith("'")]
        if written:
            if len(written) != len(mine) or any(n.startswith("impl ") for n in mine):
                raise self.fail("this turbofish", at)
            for name, arg in zip(mine, written, strict=True):
                self.tys.unify(variables[name], self.lower(arg))
        return self_ty, variables

    def concrete(self, e: ast.Call | ast.MethodCall,
                 variables: dict[str, T.Ty]) -> dict[str, T.Ty]:
        if any(self.unknown_inside(v) for v in variables.values()):
            # `let s = Stack::new();` with `T` never given: rustc's E0282 at the `let`
            # (defaulting would make it `()`).
            unknown = self.never_inferred()
            if unknown:
                raise CompileError(unknown)
            raise self.fail("a generic call whose type parameters are not inferred", _at(e))
        concrete = {name: self.without_opaque(self.tys.default(self.resolve(v)))
                    for name, v in variables.items()}
        if any(_open(t) for t in concrete.values()):
            raise self.fail("a generic call whose type parameters are not inferred", _at(e))
        return concrete

    def satisfies(self, ty: T.Ty, trait: str, at: ast.Call | ast.MethodCall) -> bool:
        closure = self.closure_satisfies(ty, trait)
        if closure is not None:
            if not closure and not isinstance(ty, T.ParamTy):
                raise self.fail(f"`{ty}` given for a `{trait}` bound", _at(at))
            return closure
        if isinstance(ty, T.ParamTy):
            return trait in ty.bounds or (trait == "Clone" and "Copy" in ty.bounds) or (
                trait == "PartialEq" and "PartialOrd" in ty.bounds)
        if trait in ("Display", "Debug"):
            return self.implements(ty, trait)
        if trait == "Copy":
            return T.is_copy(ty)
        if trait == "Clone":
            return is_clone(ty)
        if trait in ("PartialEq", "PartialOrd"):
            answer = _comparable(ty, trait)
            if answer is None:
                raise self.fail(f"whether `{ty}` implements `{trait}`", _at(at))
            return answer
        return isinstance(ty, T.AdtTy) and trait in self.items.trait_impls.get(ty.name, {})

    def bound_errors(self, e: ast.Call | ast.MethodCall, item: ast.FnItem,
                     concrete: dict[str, T.Ty]) -> bool:
        """E0277 for each bound a concrete type does not meet, at the argument that
        brought it (rustc's headline); False when all hold."""
        failed = False
        impl = self.items.generic_impls.get(id(item))
        for g in self.generics_of(item):
            ty = concrete.get(g.name)
            if ty is None:
                continue
            for bound in g.bounds:
                trait = bound.segments[-1]
                if is_iterator_bound(bound):
                    have = iterator_item(self.items, ty)
                    written = bound_item(bound)
                    want = None if written is None or have is None else self.items.lower(
                        written, None, None, concrete)
                    if have is None or (want is not None and self.resolve(have) != want):
                        problem = self.iterator_bound_error(e, item, g, bound, ty, have, want)
                        if problem is None:
                            raise self.fail(f"`{ty}` where `{g.name}: Iterator` (items "
                                            f"`{want}`) is required", _at(e))
                        self.error(problem)
                        failed = True
                        continue
                    if _contains(ty, T.FnTy):  # its closure would run in another frame
                        raise self.fail("passing an iterator adaptor with a closure to a "
                                        "function", _at(e))
                    continue
                if self.satisfies(ty, trait, e):
                    continue
                if impl is not None and g in impl.generics:
                    # rustc: E0599 "the method exists but its trait bounds were not
                    # satisfied", with notes not modelled.
                    raise self.fail(f"`{item.name}` on a type outside its impl's bounds",
                                    _at(e))
                blamed = [arg for arg, p in zip(e.args, item.params, strict=False)
                          if _mentions(p.type, g.name)]
                if not blamed:
                    raise self.fail("this call's type parameter bound", _at(e))
                shown = str(ty)
                label = "unsatisfied trait bound"
                if trait in ("Display", "Debug"):
                    path = trait if trait == "Debug" else f"std::fmt::{trait}"
                    message = f"`{shown}` doesn't implement `{path}`"
                elif trait in ("PartialEq", "PartialOrd"):
                    message = f"can't compare `{shown}` with `{shown}`"
                    label = f"no implementation for `{shown} == {shown}`" if (
                        trait == "PartialEq") else (
                        f"no implementation for `{shown} < {shown}` and `{shown} > {shown}`")
                else:
                    message = f"the trait bound `{shown}: {trait}` is not satisfied"
                    if trait in STD_BOUNDS:
                        label = f"the trait `{trait}` is not implemented for `{shown}`"
                if len(blamed) == 1:  # rustc blames the one argument that brought `T`
                    self.error(Diagnostic(message, blamed[0].span, "E0277", label, (
                        Label(_at(e), "required by a bound introduced by this call"),)))
                else:
                    self.error(Diagnostic(message, _at(e), "E0277", label))
                failed = True
        return failed

    def iterator_bound_error(self, e: ast.Call | ast.MethodCall, item: ast.FnItem,
                             g: ast.GenericParam, bound: ast.TypePath, ty: T.Ty,
                             have: T.Ty | None, want: T.Ty | None) -> Diagnostic | None:
        """rustc's E0277 (`Vec<u32>` is not an iterator) or E0271 (it yields other items)
        for a function's `I: Iterator<Item = X>`, where its wording is known (None: not)."""
        blamed = [arg for arg, p in zip(e.args, item.params, strict=False)
                  if _mentions(p.type, g.name)]
        if not isinstance(e, ast.Call) or len(blamed) != 1 or not isinstance(ty, T.AdtTy) or (
                bound.span.line != bound.span.end_line):
            return None
        called = Label(_at(e), "required by a bound introduced by this call")
        where = bound.span
        if bound.bindings:  # (the parser's span of `Iterator<Item = u32>>` takes a `>` more)
            last = bound.bindings[-1].span
            where = Span(where.line, where.col, last.end_line, last.end_col + 1, where.start,
                         last.end + 1)
        # a `where` clause's bound: rustc also points at the function
        in_where = (Label(item.name_span, "required by a bound in this function"),) if (
            bound.span.start >= g.span.end) else ()
        required = SubNote("note", f"required by a bound in `{item.name}`", where,
                           f"required by this bound in `{item.name}`", in_where)
        if have is None:
            if T.is_vec(ty):
                return Diagnostic(
                    f"`{ty}` is not an iterator", blamed[0].span, "E0277",
                    f"`{ty}` is not an iterator", (called,),
                    help=f"the trait `Iterator` is not implemented for `{ty}`",
                    children=(required,))
            head = item_head(self.out.program, ty.name)
            if ty.name not in self.items.adts or ty.args or head is None:
                return None
            return Diagnostic(
                f"`{ty}` is not an iterator", blamed[0].span, "E0277",
                f"`{ty}` is not an iterator", (called,), children=(SubNote(
                    "help", f"the trait `Iterator` is not implemented for `{ty}`", head),
                    required))
        written = self.items.assoc_types.get((ty.name, "Item"))
        if ty.name not in self.items.iterators or ty.args or not bound.bindings or (
                written is None):
            return None
        found = self.resolve(have)
        return Diagnostic(
            f"expected `{ty}` to be an iterator that yields `{want}`, but it yields "
            f"`{found}`", blamed[0].span, "E0271",
            f"type mismatch resolving `<{ty} as Iterator>::Item == {want}`", (called,),
            children=(SubNote("note", f"expected this to be `{want}`", written.span),
                      SubNote("note", f"required by a bound in `{item.name}`",
                              bound.bindings[0].span,
                              f"required by this bound in `{item.name}`", in_where)))

    def finish_generics(self) -> None:
        """Each generic call's copy: bounds checked, one copy per distinct instantiation
        (itself checked, which may call more generic functions)."""
        copies: dict[tuple[int, tuple[str, ...]], ast.FnItem] = {}
        written = len(self.instantiations)  # the calls written in the program's bodies
        for e, item, variables in self.instantiations:
            self.bound_errors(e, item, self.concrete(e, variables))
        if self.errors:
            return  # rustc reports the bounds of the code as written, not of its copies
        while self.instantiations:
            e, item, variables = self.instantiations.pop(0)
            concrete = self.concrete(e, variables)
            if written <= 0 and self.bound_errors(e, item, concrete):
                raise self.fail(f"`{item.name}` for these types", _at(e))
            written -= 1
            if any(_has_param(t) for t in concrete.values()):
                continue  # a call inside a generic body's own check: never runs
            key = (id(item), tuple(str(t) for t in concrete.values()))
            made = copies.get(key)
            if made is None:
                if len(copies) >= MAX_INSTANTIATIONS:
                    raise self.fail("this many instantiations of generic functions", _at(e))
                made = self.monomorphise(item, concrete, _at(e))
                copies[key] = made
            before = self.out.callees.get(id(e))
            self.out.callees[id(e)] = replace(before, key=made.name, item=made) if (
                before is not None) else Callee("fn", made.name, made)

    def monomorphise(self, item: ast.FnItem, concrete: dict[str, T.Ty], at: Span,
                     ) -> ast.FnItem:
        """The copy of `item` for these types, checked (a method's frame is titled by the
        impl's type as instantiated: `Point<i32>::x`)."""
        own = [g.name for g in item.generics if not g.name.startswith("'")]
        shown = ", ".join(str(concrete[n]) for n in own
                          if not isinstance(concrete[n], T.ParamTy))
        title = f"{item.name}::<{shown}>" if shown else item.name
        made = replace(copy.deepcopy(item), name=title)
        self.out.copies.add(id(made))
        owner = self.items.impl_of.get(id(item))
        impl = self.items.generic_impls.get(id(item))
        if owner is not None:
            self.items.impl_of[id(made)] = owner
        if impl is not None:
            self.items.generic_impls[id(made)] = impl
        if self.items.method_traits.get(id(item)) == "Deref":  # `<MyBox<i32> as Deref>`
            self.items.method_traits[id(made)] = "Deref"
        before = len(self.errors)
        self.function(made, owner, subst=concrete)
        if len(self.errors) > before:  # only the copy fails: not what rustc says
            raise self.fail(f"`{item.name}` for these types", at)
        return made


def _at(e: ast.Call | ast.MethodCall) -> Span:
    """Where rustc points for a call's type parameters: the callee, or a method's name."""
    return e.method_span if isinstance(e, ast.MethodCall) else e.callee.span


def _mentions(ty: ast.TypeExpr, name: str) -> bool:
    stack: list[object] = [ty]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.TypePath) and node.segments == (name,):
            return True
        stack.extend(ast.children(node))
    return False


def _open(ty: T.Ty) -> bool:
    return _contains(ty, T.InferTy)


def _has_param(ty: T.Ty) -> bool:
    return _contains(ty, T.ParamTy)


def _contains(ty: T.Ty, kind: type) -> bool:
    """Whether `ty` has a part of this kind (an inference variable, a type parameter)."""
    found = False

    def visit(t: T.Ty) -> T.Ty:
        nonlocal found
        if isinstance(t, kind):
            found = True
        map_type(t, visit)
        return t

    visit(ty)
    return found


def _comparable(ty: T.Ty, trait: str) -> bool | None:
    """Whether std (or a derive) gives `ty` `PartialEq` / `PartialOrd`; None: not known."""
    if isinstance(ty, T.IntTy | T.FloatTy | T.BoolTy | T.CharTy | T.StrTy):
        return True
    if isinstance(ty, T.RefTy | T.BoxTy):
        return _comparable(ty.inner, trait)
    if isinstance(ty, T.TupleTy):
        return _all_comparable(ty.items, trait)
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return _comparable(ty.element, trait)
    if isinstance(ty, T.AdtTy):
        if T.is_string(ty):
            return True
        if ty.name in ("Vec", "Option", "Result"):
            return _all_comparable(ty.args, trait)
        if ty.defn is not None and ty.name not in ("Rc", "Arc", "RefCell", "Cell"):
            if trait not in ty.defn.derives:
                return False
            return _all_comparable(ty.args, trait)
    return None


def _all_comparable(items: tuple[T.Ty, ...], trait: str) -> bool | None:
    answers = [_comparable(t, trait) for t in items]
    if None in answers:
        return None
    return all(answers)

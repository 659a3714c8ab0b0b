"""Method calls: rustc's lookup along the receiver's autoderef chain (the program's own
methods, then std's from `std/method_signatures.py`), E0599 / E0658 for the ones
that do not exist, and the types `collect()`, `sum()` and `parse()` take from their
context once the body is checked."""

from __future__ import annotations

import dataclasses

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.assoc import as_iter_type, iterator_item, over_user_iterator
from stackheap_tui.lang.check import iter_bounds
from stackheap_tui.lang.check.base import CheckerBase, ty_text
from stackheap_tui.lang.check.threads import check_builder_spawn
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Suggestion
from stackheap_tui.lang.fmt_impls import user_fmt
from stackheap_tui.lang.method_notes import not_found_here, trait_candidates
from stackheap_tui.lang.program import Callee
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std import collections
from stackheap_tui.lang.std.measured_names import REAL, UNSTABLE
from stackheap_tui.lang.std.method_signatures import MethodSig, comparison_method, method_signature
from stackheap_tui.lang.traits import SELF_PARAM, opaque_origin
from stackheap_tui.lang.types import RANGE_KINDS


def _peel(ty: T.Ty) -> T.Ty:
    while isinstance(ty, T.RefTy):
        ty = ty.inner
    return ty


# The methods each derivable trait gives a type (beyond those this subset runs).
_DERIVED_METHODS: dict[str, frozenset[str]] = {
    "Ord": frozenset({"max", "min", "clamp", "cmp"}),
    "PartialOrd": frozenset({"partial_cmp", "lt", "le", "gt", "ge"}),
    "PartialEq": frozenset({"eq", "ne"}),
    "Clone": frozenset({"clone", "clone_from"}),
    "Hash": frozenset({"hash"}),
}


class MethodChecker(CheckerBase):
    """Method calls and the types `collect()` / `parse()` take from their context."""

    def e_MethodCall(self, e: ast.MethodCall, expected: T.Ty | None) -> T.Ty:
        receiver = self.expr(e.receiver)
        self.expected_now = expected
        if self.self_receiver(e, receiver):
            return self.user_method_on_self(e, receiver)
        if e.method == "drop" and not e.args:
            base = self.resolve(receiver)
            while isinstance(base, T.RefTy):
                base = self.resolve(base.inner)
            if isinstance(base, T.AdtTy) and base.defn is not None and base.defn.has_drop:
                written = _place_written(e.receiver)
                fix = (Suggestion("consider using `drop` function", (Edit(
                    e.span, f"drop({written})", e.span.end - e.span.start),)),) if (
                    written is not None and e.span.line == e.span.end_line) else ()
                self.error(Diagnostic("explicit use of destructor method", e.method_span,
                                      "E0040", "explicit destructor calls not allowed",
                                      help=None if fix else "consider using `drop` function: "
                                      "`drop(x)`", suggestions=fix))
                return T.UNIT
        if isinstance(self.tys.shallow(receiver), T.InferTy) and not (
                self.tys.is_int(receiver) or self.tys.is_float(receiver)):
            self.error(Diagnostic("type annotations needed", e.receiver.span, "E0282",
                                  "type must be known at this point"))
            for arg in e.args:
                self.expr(arg)
            return self.tys.fresh()
        if e.method == "into":
            converted = self.into_call(e, receiver)  # the program's `impl From`
            if converted is not None:
                return converted
        for derefs, candidate in enumerate(self.deref_chain(receiver)):
            current = self.resolve(candidate)
            if current == T.FORMATTER:
                raise self.fail(f"the method `{e.method}` of `fmt::Formatter`", e.method_span)
            if isinstance(current, T.AdtTy) and e.method in ("to_string", "fmt") and (
                    user_fmt(self.items, current, "Display") is not None
                    or user_fmt(self.items, current, "Debug") is not None):
                return self.user_to_string(e, current, derefs)
            if isinstance(current, T.RefTy):
                # By-value probing first: `&String` is exactly the `self` type of
                # `String::clone(&self)`, so that wins over cloning the reference.
                found = self.method_on(e, self.resolve(current.inner), derefs + 1,
                                       ("ref", "mut") if current.mutable else ("ref",))
                if found is not None:
                    return found
            if isinstance(current, T.InferTy) and current.kind in ("int", "float"):
                traits = _TRAIT_METHODS_ON_NUMBERS | (
                    _ORD_METHODS if current.kind == "int" else frozenset())
                if e.method not in traits and any(
                        e.method in REAL.get(category, ())
                        for category in self.std_categories(receiver)):
                    # `Box::new(5).as_ref()`: the box's own (trait) method, not modelled
                    raise self.fail(f"the method `{e.method}` on `{self.resolve(receiver)}`",
                                    e.method_span)
                if e.method not in traits:
                    # An inherent method needs the exact type: rustc will not guess it.
                    number = "{integer}" if current.kind == "int" else "{float}"
                    first = self.resolve(receiver)
                    if derefs and isinstance(first, T.AdtTy) and first.defn is not None and (
                            first.defn.deref is not None):  # `MyBox(-5).abs()`
                        self.error(self.not_found(e, first, Diagnostic(
                            f"no method named `{e.method}` found for struct `{first}` in the "
                            "current scope", e.method_span, "E0599",
                            f"method not found in `{first}`")))
                    elif derefs:
                        self.error(Diagnostic(
                            f"no method named `{e.method}` found for reference `&{number}` in "
                            "the current scope", e.method_span, "E0599",
                            f"method not found in `&{number}`"))
                    else:
                        self.error(Diagnostic(
                            f"can't call method `{e.method}` on ambiguous numeric type "
                            f"`{number}`", e.method_span, "E0689"))
                    for arg in e.args:
                        self.expr(arg)
                    return self.tys.fresh()
                current = T.I32 if current.kind == "int" else T.F64
            item = self.own_method(current, e.method, e.method_span)
            if item is not None:
                if item.self_param is not None:
                    return self.user_method(e, item, current, derefs)
                if not isinstance(current, T.AdtTy):
                    raise self.fail("calling an associated function as a method", e.method_span)
                self.error(Diagnostic(
                    f"no method named `{e.method}` found for struct `{current}` in the "
                    "current scope", e.method_span, "E0599",
                    "this is an associated function, not a method"))
                return self.tys.fresh()
            sig = method_signature(current, e.method, self.tys.fresh)
            as_iter = as_iter_type(self.items, current)
            if sig is None and as_iter is not None:  # std's methods on `impl Iterator for`
                sig = method_signature(as_iter, e.method, self.tys.fresh)
                if sig is None:
                    raise self.fail(f"the method `{e.method}` of `Iterator` on `{current}`",
                                    e.method_span)
            if sig is not None and sig.key == "iter::rev" and (
                    as_iter is not None or over_user_iterator(self.resolve, current)):
                # rustc: E0277, the program's iterator is no `DoubleEndedIterator`
                raise self.fail(f"`rev` of an iterator over `{current}`", e.method_span)
            if sig is not None:
                return self.builtin_method(e, sig, derefs)
        shown = self.resolve(receiver)
        for category in self.std_categories(shown):
            if category in (*collections.COLLECTIONS, collections.ENTRY, "Weak", "VecDeque",
                            "BinaryHeap"):
                raise self.fail(f"the method `{e.method}` on `{category}`", e.method_span)
            feature = UNSTABLE.get(category, {}).get(e.method)
            if feature is not None:  # a nightly-only method: rustc's E0658
                self.error(Diagnostic(f"use of unstable library feature `{feature}`",
                                      e.method_span, "E0658"))
                return self.tys.fresh()
            if e.method in REAL.get(category, ()):
                # It exists in std (rustc measured it) but this subset does not model it:
                # saying E0599 would claim the method does not exist.
                raise self.fail(f"the method `{e.method}` on `{shown}`", e.method_span)
        self.refuse_unmeasured(e, shown)
        if e.method == "to_string" and not e.args and isinstance(shown, T.AdtTy) and (
                shown.name in self.items.adts and not shown.args):
            # std's blanket `impl<T: Display> ToString for T`: the bound is what fails.
            self.error(Diagnostic(f"`{shown}` doesn't implement `std::fmt::Display`",
                                  e.method_span, "E0599", f"method cannot be called on "
                                  f"`{shown}` due to unsatisfied trait bounds"))
            return self.error_ty()
        kind = "struct"
        shown_text = str(shown)
        if isinstance(shown, T.AdtTy) and shown.defn is not None and shown.defn.type_params:
            # rustc names a generic type by its declaration here: `Stack<T>`
            shown_text = f"{shown.name}<{', '.join(shown.defn.type_params)}>"
        if isinstance(shown, T.AdtTy) and shown.defn is not None and shown.defn.is_enum:
            kind = "enum"
        elif isinstance(shown, T.RefTy):
            kind = "mutable reference" if shown.mutable else "reference"
        elif isinstance(shown, T.ArrayTy):
            kind = "array"
        elif isinstance(shown, T.TupleTy):
            kind = "tuple" if shown.items else "unit type"
        elif not isinstance(shown, T.AdtTy | T.BoxTy):
            kind = "type"  # (a Box is rustc's struct `Box<T>`)
        self.error(self.not_found(e, shown, Diagnostic(
            f"no method named `{e.method}` found for {kind} `{shown_text}` in the current "
            "scope", e.method_span, "E0599", f"method not found in `{shown_text}`")))
        for arg in e.args:
            self.expr(arg)
        return self.error_ty()

    def method_on(self, e: ast.MethodCall, current: T.Ty, derefs: int,
                  modes: tuple[str, ...]) -> T.Ty | None:
        """A method of `current` whose `self` is a reference of one of `modes`, if any."""
        item = self.own_method(current, e.method, e.method_span)
        if item is not None:
            sp = item.self_param
            if sp is not None and sp.by_ref and (
                    ("mut" if sp.mutable_ref else "ref") in modes):
                return self.user_method(e, item, current, derefs)
        if isinstance(current, T.InferTy):
            comparable = ("eq", "ne", "partial_cmp") + (("cmp",) if current.kind == "int" else ())
            if current.kind in ("int", "float") and e.method in comparable and "ref" in modes:
                # `b.cmp(a)` with `a, b: &{integer}` (`sort_by`): `Ord::cmp(&self, &Self)`
                # on the literal's own type, which stays open for inference.
                sig = comparison_method(current, e.method)
                assert sig is not None
                return self.builtin_method(e, sig, derefs)
            return None
        sig = method_signature(current, e.method, self.tys.fresh)
        if sig is not None and sig.self_mode in modes:
            return self.builtin_method(e, sig, derefs)
        return None

    def parse_error_type(self, result: T.Ty) -> None:
        """`str::parse`'s error type follows what it parses: `ParseFloatError` for
        floats, `ParseBoolError`, `ParseCharError`, else `ParseIntError`."""
        resolved = self.resolve(result)
        assert isinstance(resolved, T.AdtTy)
        target = self.tys.shallow(resolved.args[0])
        if isinstance(target, T.InferTy) and target.kind == "any":
            return  # not known yet (finish_deferred tries again)
        if self.tys.is_float(target):
            error = "ParseFloatError"
        else:
            error = {T.BoolTy: "ParseBoolError", T.CharTy: "ParseCharError"}.get(
                type(target), "ParseIntError")
        self.tys.unify(resolved.args[1], T.AdtTy(error))

    def link_collect(self, target: T.Ty, item: T.Ty | None) -> None:
        """`collect()` into `Vec<_>`: FromIterator makes the element the item type."""
        resolved = self.resolve(target)
        wrapped = self.resolve(item) if item is not None else None
        if (isinstance(resolved, T.AdtTy) and resolved.name in ("Option", "Result")
                and isinstance(wrapped, T.AdtTy) and wrapped.name == resolved.name):
            # `Option<Vec<_>>` from `Option<T>`s (`Result` likewise, errors alike).
            for mine, theirs in zip(resolved.args[1:], wrapped.args[1:], strict=True):
                self.tys.unify(mine, theirs)
            self.link_collect(resolved.args[0], wrapped.args[0])
            return
        if isinstance(resolved, T.AdtTy) and resolved.name in (*collections.COLLECTIONS,
                                                               "BinaryHeap"):
            self.link_table(resolved, item, self.collect_spans.get(id(target)))
            return
        if item is None or not isinstance(resolved, T.AdtTy) or not T.is_vec(resolved):
            return
        element = self.tys.shallow(resolved.args[0])
        if isinstance(element, T.InferTy) and element.kind == "any":
            self.tys.unify(element, item)
        elif isinstance(self.tys.shallow(item), T.InferTy):
            # The items' type comes from the Vec's (`filter_map(|s| s.parse().ok())`
            # collected into a `Vec<i32>` parses i32s).
            self.tys.unify(item, element)
        elif not self.tys.unify(element, item) and id(target) not in self.collect_refused:
            # `[1, 2].iter().collect::<Vec<i32>>()`: no `FromIterator<&{integer}>`
            self.collect_refused.add(id(target))
            vec, items = ty_text(self.resolve(resolved)), ty_text(self.resolve(item))
            self.error(Diagnostic(
                f"a value of type `{vec}` cannot be built from an iterator over elements of "
                f"type `{items}`", self.collect_spans.get(id(target), _NOWHERE), "E0277",
                f"value of type `{vec}` cannot be built from "
                f"`std::iter::Iterator<Item={items}>`"))

    def link_table(self, table: T.AdtTy, item: T.Ty | None, span: Span | None) -> None:
        """`collect()` into a `HashSet<K>` (items `K`) or a `HashMap<K, V>` (items
        `(K, V)`); items of another type (rustc's E0277) are not supported yet."""
        if item is None:
            raise self.fail(f"collecting this into a `{table.name}`", span or _NOWHERE)
        wanted: T.Ty = T.TupleTy(table.args) if table.name in collections.MAPS else (
            table.args[0])
        if not self.tys.unify(wanted, item):
            raise self.fail(f"collecting items of type `{self.resolve(item)}` into a "
                            f"`{self.resolve(table)}`", span or _NOWHERE)
        key = self.resolve(table.args[0])
        if not isinstance(self.tys.shallow(key), T.InferTy) and not collections.key_supported(
                key):
            raise self.fail(f"`{table.name}` keys of type `{key}`", span or _NOWHERE)

    def element_of(self, ty: T.Ty) -> T.Ty | None:
        """The element type of a Vec, array, slice or iterator (through references)."""
        while isinstance(ty, T.RefTy):
            ty = self.resolve(ty.inner)
        if isinstance(ty, T.AdtTy) and T.is_vec(ty):
            return ty.args[0]
        if isinstance(ty, T.ArrayTy | T.SliceTy):
            return ty.element
        mine = as_iter_type(self.items, ty)  # the program's `impl Iterator`
        if isinstance(ty, T.IterTy) or mine is not None:
            item = self.resolve(ty.item if isinstance(ty, T.IterTy) else mine.item)  # type: ignore[union-attr]
            return item.inner if isinstance(item, T.RefTy) else item
        return None

    def reversible(self, e: ast.MethodCall) -> None:
        """`.rev()` needs a `DoubleEndedIterator`: E0277 where rustc's unmet bound is a
        std iterator's `ExactSizeIterator` (`chars().enumerate().rev()`), refused for the
        other iterators that are not double-ended."""
        receiver = self.out.types[id(e.receiver)]
        if iter_bounds.double_ended(receiver, self.resolve) is not False:
            return
        blame = iter_bounds.unmet_rev_bound(receiver, self.resolve)
        if blame is None:
            raise self.fail(f"`.rev()` of `{self.resolve(receiver)}` (not double-ended)",
                            e.method_span)
        ty, trait = blame.split(": ")
        self.error(Diagnostic(f"the trait bound `{blame}` is not satisfied", e.method_span,
                              "E0277", f"the trait `{trait}` is not implemented for `{ty}`"))

    def step_by_inclusive(self, e: ast.Expr) -> bool:
        """`(a..=b).step_by(n)`: std's StepBy<RangeInclusive> cannot be reversed."""
        if not (isinstance(e, ast.MethodCall) and e.method == "step_by"):
            return False
        inner = self.resolve(self.out.types[id(e.receiver)])
        return isinstance(inner, T.AdtTy) and inner.name == "RangeInclusive"

    def self_receiver(self, e: ast.MethodCall, receiver: T.Ty) -> bool:
        """Whether the receiver is `Self` (through references) in a provided method."""
        base = self.resolve(receiver)
        while isinstance(base, T.RefTy):
            base = self.resolve(base.inner)
        return isinstance(base, T.ParamTy) and base.item is None

    def user_method_on_self(self, e: ast.MethodCall, receiver: T.Ty) -> T.Ty:
        """A method call on `Self` in a provided method: the trait's methods only. A std
        method name is refused (rustc's answer depends on std's blanket impls: `to_string`
        "exists but its trait bounds were not satisfied", `eq` "is not an iterator")."""
        for derefs, candidate in enumerate(self.deref_chain(receiver)):
            current = self.resolve(candidate)
            if isinstance(current, T.RefTy):
                found = self.method_on(e, self.resolve(current.inner), derefs + 1,
                                       ("ref", "mut") if current.mutable else ("ref",))
                if found is not None:
                    return found
            item = self.own_method(current, e.method, e.method_span)
            if item is not None and item.self_param is not None:
                return self.user_method(e, item, current, derefs)
            if item is not None:
                raise self.fail("calling an associated function as a method", e.method_span)
        base = self.resolve(receiver)
        refs = 0
        while isinstance(base, T.RefTy):
            base, refs = self.resolve(base.inner), refs + 1
        if e.method == "clone" and not e.args and isinstance(base, T.ParamTy) and (
                "Clone" in base.bounds or "Copy" in base.bounds):  # `T: Clone`: a new `T`
            return self.builtin_method(e, MethodSig("clone", "ref", (), base), refs)
        if e.method == "clone" and not e.args and isinstance(self.resolve(receiver), T.RefTy):
            sig = method_signature(self.resolve(receiver), "clone", self.tys.fresh)
            if sig is not None:  # `Clone for &T`: a copy of the reference
                return self.builtin_method(e, sig, 0)
        if any(e.method in names for names in REAL.values()):
            raise self.fail(f"the std method `{e.method}` on `{self.resolve(receiver)}` (a "
                            "type parameter)", e.method_span)
        shown = self.resolve(receiver)
        kind = "reference" if isinstance(shown, T.RefTy) else "type parameter"
        self.error(Diagnostic(f"no method named `{e.method}` found for {kind} `{shown}` in the "
                              "current scope", e.method_span, "E0599",
                              f"method not found in `{shown}`"))
        for arg in e.args:
            self.expr(arg)
        return self.error_ty()

    def not_found(self, e: ast.MethodCall, shown: T.Ty, d: Diagnostic) -> Diagnostic:
        """E0599 on one of the program's structs or enums, with what rustc adds to it
        (lang/method_notes.py); the label names the receiver's type as inferred."""
        if not isinstance(shown, T.AdtTy) or shown.defn is None or shown.defn.span is None:
            return d
        here = not_found_here(self.out.program, shown.name, e.method)
        traits = trait_candidates(self.out.program, e.method)
        if here is None or traits is None:
            return d
        return dataclasses.replace(d, label=f"method not found in `{shown}`",
                                   labels=(*d.labels, here), children=traits)

    def user_to_string(self, e: ast.MethodCall, current: T.AdtTy, derefs: int) -> T.Ty:
        """`p.to_string()` through the program's `impl Display`: std's blanket `ToString`."""
        item = user_fmt(self.items, current, "Display")
        if e.method != "to_string" or e.args or item is None or (
                self.items.method_of(current.name, e.method, e.method_span) is not None):
            raise self.fail(f"the method `{e.method}` of a type with a hand-written `fmt`",
                            e.method_span)
        self.out.callees[id(e)] = Callee("builtin", "display::to_string", item,
                                         self_mode="ref", derefs=derefs)
        return T.STRING

    def own_method(self, ty: T.Ty, name: str, span: Span) -> ast.FnItem | None:
        """The program's method `name` on `ty`: a struct or enum of the program (inherent or
        from a trait it implements), or `Self` in a trait's provided method (the trait's)."""
        if isinstance(ty, T.AdtTy) and ty.name in self.items.adts:
            return self.items.method_of(ty.name, name, span)
        if ty == SELF_PARAM and self.fn.self_trait is not None:
            return self.items.traits[self.fn.self_trait].methods.get(name)
        if isinstance(ty, T.DynTy):  # dispatched through the vtable when it runs
            return self.items.traits[ty.trait].methods.get(name)
        if isinstance(ty, T.ParamTy) and ty != SELF_PARAM:  # a generic function's `T`
            found = [self.items.traits[b].methods[name] for b in ty.bounds
                     if b in self.items.traits and name in self.items.traits[b].methods]
            if len(found) > 1:
                raise self.fail(f"a call of `{name}` that two bounds of `{ty}` provide", span)
            return found[0] if found else None
        return None

    def user_method(self, e: ast.MethodCall, item: ast.FnItem, self_ty: T.Ty,
                    derefs: int) -> T.Ty:
        sp = item.self_param
        assert sp is not None
        instance = self.impl_instance(item, self_ty, e.generic_args, e.method_span)
        if instance is None:  # `impl Point<f32>`'s method on a `Point<i32>`
            shown = self.resolve(self_ty)
            self.error(Diagnostic(f"no method named `{e.method}` found for "
                                  f"{'enum' if _is_enum(shown) else 'struct'} `{shown}` in "
                                  "the current scope", e.method_span, "E0599",
                                  f"method not found in `{shown}`"))
            for arg in e.args:
                self.expr(arg)
            return self.error_ty()
        found_self, variables = instance
        assert found_self is not None
        params = tuple(self.items.lower(p.type, found_self, None, variables)
                       for p in item.params)
        ret = self.items.lower(item.return_type, found_self, None, variables) if (
            item.return_type) else T.UNIT
        self.arguments(e.args, params, e.span, "method")
        mode = ("mut" if sp.mutable_ref else "ref") if sp.by_ref else "value"
        dyn = self_ty if isinstance(self_ty, T.DynTy) else None
        if dyn is not None and (not sp.by_ref or derefs == 0):
            raise self.fail(f"calling `{e.method}`, which takes `self`, on a trait object",
                            e.method_span)
        # A trait object's call: `item` is the trait's declaration (its signature for the
        # borrow checker); `type_arg` the `dyn Trait` whose vtable picks the code that runs.
        self.out_of_manually_drop(e, derefs, mode)
        self.out.callees[id(e)] = Callee("fn", item.name, item, self_mode=mode, derefs=derefs,
                                         type_arg=dyn)
        mark = opaque_origin(self_ty)
        if mark is not None:  # on an `impl Summary`: its concrete type's, known at the end
            assert isinstance(self_ty, T.ParamTy)
            trait = next(b for b in self_ty.bounds if b in self.items.traits
                         and e.method in self.items.traits[b].methods)
            self.opaque_calls.append((e, mark, trait))
        if variables:
            self.instantiations.append((e, item, variables))
        return ret

    def out_of_manually_drop(self, e: ast.MethodCall, derefs: int, mode: str) -> None:
        """A `self` method reached through a `ManuallyDrop`'s `Deref` moves out of it
        (rustc: E0507), unless the value is `Copy`: refused, not modelled."""
        if not derefs:
            return
        chain = [self.resolve(t) for t in self.deref_chain(self.out.types[id(e.receiver)])]
        if any(T.is_adt(t, "ManuallyDrop") for t in chain[:derefs]) and (
                mode == "value" and not T.is_copy(chain[derefs])):
            raise self.fail("moving out of a `ManuallyDrop` through `Deref`", e.receiver.span)

    def builtin_method(self, e: ast.MethodCall, sig: MethodSig, derefs: int) -> T.Ty:
        params = sig.params
        if e.method == "unwrap_or_default":  # builds the type's default
            self.default_uses.append((sig.ret, e.method_span))
        if sig.key == "Scope::spawn" and len(e.args) == 1:
            self.out.scoped_spawns.append((e, e.args[0]))  # (check/scoped.py)
        if sig.key in ("slice::sort", "slice::sort_unstable", "iter::max", "iter::min"):
            # These need a total order (`Ord`), which floats do not have.
            receiver = self.resolve(self.out.types[id(e.receiver)])
            element = self.element_of(receiver)
            if element is not None and self.tys.is_float(element):
                shown = "{float}" if isinstance(self.tys.shallow(element), T.InferTy) else str(
                    self.resolve(element))
                self.error(Diagnostic(f"the trait bound `{shown}: Ord` is not satisfied",
                                      e.method_span, "E0277",
                                      f"the trait `Ord` is not implemented for `{shown}`"))
        if sig.key == "iter::rev" and self.step_by_inclusive(e.receiver):
            self.error(Diagnostic("the trait bound `std::ops::RangeInclusive<i32>: "
                                  "ExactSizeIterator` is not satisfied", e.method_span, "E0277"))
        elif sig.key == "iter::rev":
            self.reversible(e)
        if sig.key in ("eq", "ne") and len(params) == 1 and len(e.args) == 1 and (
                _peel(self.resolve(params[0])) in (T.STRING, T.STR)):
            # `String: PartialEq<&str>` (and `str: PartialEq<String>`...): comparisons this
            # subset does not run; only `&Self` is modelled.
            probe = self.tys.fresh()
            self.arguments(e.args, (probe,), e.span, "method")
            if self.resolve(probe) != self.resolve(params[0]):
                raise self.fail(f"`{e.method}` with a `{self.resolve(probe)}` argument where "
                                f"`{self.resolve(params[0])}` is modelled", e.method_span)
        else:
            self.arguments(e.args, params, e.span, "method")
        self.out_of_manually_drop(e, derefs, sig.self_mode)
        self.out.callees[id(e)] = Callee("builtin", sig.key, self_mode=sig.self_mode,
                                         derefs=derefs)
        if sig.key.startswith(("HashMap::", "HashSet::", "BTreeMap::", "BTreeSet::",
                               "BinaryHeap::")):
            self.collection_call(e, sig)
        if isinstance(sig.ret, T.IterTy) and len(sig.ret.parts) == 1 + len(e.args):
            # An adaptor's parts after the iterator: its arguments' own types (a closure's
            # captures, the other iterator of a `zip`) for its layout.
            for part, arg in zip(sig.ret.parts[1:], e.args, strict=True):
                self.tys.unify(part, self.out.types.get(id(arg), part))
        if sig.key == "iter::flat_map" and e.args:
            # Its items are those of what the closure returns (IntoIterator::Item).
            made = self.resolve(sig.ret)
            fn_ty = self.resolve(self.out.types[id(e.args[0])])
            if isinstance(made, T.IterTy) and isinstance(fn_ty, T.FnTy):
                out = self.resolve(fn_ty.ret)
                inner = self.resolve(out.inner) if isinstance(out, T.RefTy) else None
                if isinstance(out, T.AdtTy) and out.name == "Option":
                    self.tys.unify(made.item, out.args[0])
                elif isinstance(out, T.IterTy | T.ArrayTy) or (isinstance(out, T.AdtTy) and (
                        T.is_vec(out) or out.name in ("Range", "RangeInclusive"))) or (
                        isinstance(inner, T.ArrayTy | T.SliceTy) or (
                            isinstance(inner, T.AdtTy) and T.is_vec(inner))):
                    self.tys.unify(made.item, self.iter_item(out, e.args[0]))
                else:
                    raise self.fail(f"`flat_map` over what its closure returns (`{out}`)",
                                    e.args[0].span)
        if sig.key == "iter::zip" and e.args:
            # The pair's second half is what the argument yields (IntoIterator::Item).
            pair = self.resolve(sig.ret)
            assert isinstance(pair, T.IterTy) and isinstance(pair.item, T.TupleTy)
            other = self.iter_item(self.resolve(self.out.types[id(e.args[0])]), e.args[0])
            self.tys.unify(pair.item.items[1], other)
        if e.generic_args:
            chosen = self.lower(e.generic_args[0])
            target = sig.ret
            if sig.key == "str::parse":
                parse_result = self.resolve(sig.ret)
                assert isinstance(parse_result, T.AdtTy)
                target = parse_result.args[0]
            if not self.tys.unify(target, chosen):
                self.mismatch(target, chosen, e.span)
        if sig.key == "str::parse":
            expected = self.tys.shallow(self.expected_now) if self.expected_now else None
            if isinstance(expected, T.AdtTy) and expected.name == "Result":
                self.tys.unify(sig.ret, expected)  # `let r: Result<f64, _> = s.parse();`
            self.parse_error_type(sig.ret)
        if sig.key == "iter::collect":
            if self.expected_now is not None:
                self.tys.unify(sig.ret, self.expected_now)
            receiver = self.resolve(self.out.types[id(e.receiver)])
            item = iterator_item(self.items, receiver)  # (the program's `impl Iterator` too)
            self.collect_spans[id(sig.ret)] = (e.generic_args[0].span if e.generic_args
                                               else e.method_span)
            self.link_collect(sig.ret, item)
            self.collect_items.append((sig.ret, item))
        if sig.key == "Builder::spawn":
            check_builder_spawn(self, e, sig.params[0])  # (check/threads.py)
        if sig.key in ("iter::collect", "iter::sum", "iter::product", "str::parse"):
            self.deferred_methods.append((e, sig.ret))
            produced = self.resolve(sig.ret)
            if isinstance(produced, T.AdtTy) and sig.key == "str::parse":
                produced = self.tys.shallow(produced.args[0])
            if isinstance(produced, T.InferTy):
                self.context_typed.append(produced)
        return sig.ret

    def collection_call(self, e: ast.MethodCall, sig: MethodSig) -> None:
        """A `HashMap`/`HashSet` method: its keys must be a type the subset hashes, and a
        key given by reference must be one `K: Borrow<Q>` allows (else not supported)."""
        table: T.AdtTy | None = None
        for candidate in self.deref_chain(self.out.types[id(e.receiver)]):
            current = self.resolve(candidate)
            if isinstance(current, T.AdtTy) and (collections.is_collection(current) or
                                                 current.name == "BinaryHeap"):
                table = current
                break
        if table is None:
            return
        key = self.resolve(table.args[0])
        if sig.key.endswith("::range"):  # `R: RangeBounds<K>`: a range of keys
            bounds = self.resolve(sig.params[0])
            if not (isinstance(bounds, T.AdtTy) and bounds.name in RANGE_KINDS and
                    bounds.name != "RangeFull" and self.tys.unify(bounds.args[0], key)):
                raise self.fail(f"`range` of a `{table.name}` by `{bounds}`", e.args[0].span)
            return
        if isinstance(self.tys.shallow(key), T.InferTy):
            if sig.key in collections.BORROWED_KEY:
                self.tys.unify(sig.params[0], T.RefTy(key))
            return
        if not collections.key_supported(key):
            raise self.fail(f"`{table.name}` keys of type `{key}`", e.span)
        if sig.key in collections.BORROWED_KEY:
            given = self.resolve(sig.params[0])
            if isinstance(given, T.RefTy) and isinstance(self.tys.shallow(given.inner),
                                                         T.InferTy):
                self.tys.unify(given.inner, key)  # `m.get(&4)`: the literal takes the key type
                given = self.resolve(given)
            if not collections.borrowed_key_ok(key, given):
                raise self.fail(f"looking up `{table.name}<{key}, ..>` keys by `{given}`",
                                e.args[0].span)

    def refuse_unmeasured(self, e: ast.MethodCall, shown: T.Ty) -> None:
        """A method this subset does not know on a std type whose methods were never
        measured (`ParseIntError::kind`), or one a derived trait gives the program's own
        type (`Ord::max` on a `#[derive(Ord)]` struct): not E0599, which would claim it
        does not exist, but a refusal."""
        for step in self.deref_chain(shown):
            current = self.resolve(step)
            if not isinstance(current, T.AdtTy):
                continue
            if current.name not in self.items.adts and current.name not in REAL:
                raise self.fail(f"the method `{e.method}` on `{shown}`", e.method_span)
            defn = current.defn
            if defn is not None and current.name in self.items.adts and any(
                    e.method in _DERIVED_METHODS.get(d, ()) for d in defn.derives):
                raise self.fail(f"the method `{e.method}` of a derived trait on `{shown}`",
                                e.method_span)

    def std_categories(self, ty: T.Ty) -> list[str]:
        """The std receiver kinds method lookup reaches from `ty` by autoderef (as named
        in `std.measured_names.REAL`); none for the program's own types."""
        found: list[str] = []
        for step in self.deref_chain(ty):
            current = self.resolve(step)
            if isinstance(current, T.IntTy):
                found.append("signed" if current.signed else "unsigned")
            elif isinstance(current, T.FloatTy):
                found.append("float")
            elif isinstance(current, T.CharTy | T.BoolTy | T.StrTy | T.ArrayTy | T.SliceTy
                            | T.TupleTy | T.IterTy | T.BoxTy):
                found.append(_CATEGORY_OF[type(current)])
            elif isinstance(current, T.AdtTy) and current.name not in self.items.adts:
                found.append(current.name)
                if current.name in ("Ref", "RefMut"):
                    break  # (a guard's own methods only)
        return found

    def finish_deferred(self) -> None:
        """`collect()` / `sum()` / `parse()` take their type from the context, resolved last."""
        for target_ty, item in self.collect_items:
            self.link_collect(target_ty, item)
        for e, ret in self.deferred_methods:
            target = self.resolve(ret)
            callee = self.out.callees[id(e)]
            if callee.key == "str::parse":
                self.parse_error_type(ret)
                parse_result = self.resolve(ret)
                assert isinstance(parse_result, T.AdtTy)
                parsed = self.tys.shallow(parse_result.args[0])
                if isinstance(parsed, T.InferTy) and parsed.kind == "any":
                    self.error(Diagnostic("type annotations needed", e.method_span, "E0284",
                                          "cannot infer type of the type parameter `F` "
                                          "declared on the method `parse`"))
                continue
            if isinstance(target, T.InferTy):
                if callee.key in ("iter::sum", "iter::product"):
                    continue
                self.error(Diagnostic("type annotations needed", e.method_span, "E0283"
                                      if callee.key == "iter::collect" else "E0284",
                                      "cannot infer type of the type parameter"))
        self.finish_tries()
        self.finishing = True
        for arg, ty, trait in self.deferred_traits:
            resolved = self.resolve(ty)
            while isinstance(resolved, T.RefTy | T.BoxTy):
                resolved = self.resolve(resolved.inner)
            if not (isinstance(resolved, T.InferTy) and resolved.kind == "any"):
                self.require_trait(arg, ty, trait)


_NOWHERE = Span(1, 1, 1, 1, 0, 0)

# `std.measured_names` categories of the std types that are not ADTs.
_CATEGORY_OF: dict[type, str] = {
    T.CharTy: "char", T.BoolTy: "bool", T.StrTy: "str", T.ArrayTy: "array",
    T.SliceTy: "slice", T.TupleTy: "tuple", T.IterTy: "iterator", T.BoxTy: "Box"}

# Trait methods a `{integer}` / `{float}` literal has before its type is settled (rustc
# resolves them through the trait); inherent ones (`abs`, `pow`, `sqrt`) are E0689.
_TRAIT_METHODS_ON_NUMBERS = frozenset({
    "partial_cmp", "eq", "ne", "lt", "le", "gt", "ge", "clone", "to_string", "to_owned",
    "into", "try_into"})
_ORD_METHODS = frozenset({"cmp", "max", "min", "clamp"})


def _is_enum(ty: T.Ty) -> bool:
    return isinstance(ty, T.AdtTy) and ty.defn is not None and ty.defn.is_enum


def _place_written(expr: ast.Expr) -> str | None:
    """`g`, `h.g`, `a.b.c` as written (None for anything else)."""
    if isinstance(expr, ast.Path) and expr.is_name:
        return expr.segments[0]
    if isinstance(expr, ast.Field):
        base = _place_written(expr.base)
        return None if base is None else f"{base}.{expr.name}"
    return None

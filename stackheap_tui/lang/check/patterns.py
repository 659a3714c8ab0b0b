"""Patterns: typed against the scrutinee with rustc's match ergonomics, binding names."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.exhaustive import range_bound
from stackheap_tui.lang.infer import describe
from stackheap_tui.lang.program import Binding, PathValue, PatternInfo
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std import threads


class PatternChecker(CheckerBase):
    """Patterns, their bindings, and the paths that name variants in them."""

    def pattern(self, pat: ast.Pattern, ty: T.Ty, mode: str = "", irrefutable: bool = False,
                is_param: bool = False, initialised: bool = True) -> None:
        """Type a pattern against `ty`, binding its names (rustc's match ergonomics)."""
        derefs = 0
        path_like = isinstance(pat, ast.IdentPattern) and not (pat.mutable or pat.by_ref) and (
            self.pattern_path_target(pat.name) is not None)
        if path_like or not isinstance(pat, ast.IdentPattern | ast.WildcardPattern
                                       | ast.RefPattern | ast.BindingPattern | ast.OrPattern
                                       | ast.RestPattern):
            # Matching a reference with a non-reference pattern looks through it and
            # switches the default binding mode to `ref` / `ref mut`.
            current = self.tys.shallow(ty)
            while isinstance(current, T.RefTy):
                mode = "ref" if not current.mutable or mode == "ref" else "ref mut"
                ty = current.inner
                current = self.tys.shallow(ty)
                derefs += 1
        if isinstance(pat, ast.IdentPattern):
            target = self.pattern_path_target(pat.name) if path_like else None
            if target is not None:
                self.out.patterns[id(pat)] = PatternInfo(ty, derefs)
                self.variant_pattern(pat, ast.Path(pat.span, (pat.name,)), (), ty, mode,
                                     target)
                return
            if mode and (pat.by_ref or pat.mutable):
                self.implicit_borrow_error(pat.span, "`ref`" if pat.by_ref else "`mut`")
            by_ref = "ref mut" if pat.by_ref and pat.mutable else "ref" if pat.by_ref else mode
            mutable = pat.mutable and not pat.by_ref
            bound_ty = ty if not by_ref else T.RefTy(ty, by_ref == "ref mut")
            binding = Binding(pat.name, mutable, bound_ty, pat.span, initialised, by_ref,
                              is_param)
            self.bind(binding, pat)
            self.out.patterns[id(pat)] = PatternInfo(ty, derefs, is_binding=True)
            return
        self.out.patterns[id(pat)] = PatternInfo(ty, derefs)
        if isinstance(pat, ast.WildcardPattern | ast.RestPattern):
            return
        if isinstance(pat, ast.BindingPattern):
            self.pattern(pat.binding, ty, mode, is_param=is_param)
            self.pattern(pat.pattern, ty, mode)
            return
        if isinstance(pat, ast.OrPattern):
            # Every alternative binds the same names: they share one binding (one slot).
            outer = self.scopes[-1]
            shared: dict[str, Binding] = {}
            self.or_bindings.append(shared)
            bound: list[set[str]] = []
            try:
                for alternative in pat.alternatives:
                    self.scopes[-1] = dict(outer)
                    self.pattern(alternative, ty, mode)
                    names = self.scopes[-1]
                    bound.append({n for n in names if names[n] is not outer.get(n)})
            finally:
                self.or_bindings.pop()
            self.scopes[-1] = names
            every = set().union(*bound)
            for name in sorted(every):
                if any(name not in names_here for names_here in bound):
                    self.error(Diagnostic(f"variable `{name}` is not bound in all patterns",
                                          pat.span, "E0408",
                                          f"pattern doesn't bind `{name}`"))
                    break
            return
        if isinstance(pat, ast.RefPattern):
            if mode:
                self.implicit_borrow_error(pat.span, "&")
            inner = self.tys.fresh()
            self.unify_pattern(T.RefTy(inner, pat.mutable), ty, pat.span)
            self.pattern(pat.pattern, inner, "")
            return
        if isinstance(pat, ast.LiteralPattern):
            found = self.expr(pat.value, ty)
            if T.is_string(self.resolve(ty)) or (isinstance(self.resolve(found), T.RefTy)
                                                  and isinstance(self.resolve(ty), T.StrTy)):
                return
            self.unify_pattern(ty, found, pat.span)
            return
        if isinstance(pat, ast.RangePattern):
            for end in (pat.start, pat.end):
                if isinstance(end, ast.Path) and not _is_builtin_int_const(end):
                    self.range_bound_path(end, ty)
                elif end is not None:
                    self.unify_pattern(ty, self.expr(end, ty), pat.span)
            self.range_order(pat)
            return
        if isinstance(pat, ast.TuplePattern):
            self.tuple_pattern(pat, ty, mode)
            return
        if isinstance(pat, ast.SlicePattern):
            self.array_pattern(pat, ty, mode)
            return
        if isinstance(pat, ast.PathPattern):
            target = self.resolve_variant_path(pat.path)
            self.variant_pattern(pat, pat.path, (), ty, mode, target)
            return
        if isinstance(pat, ast.TupleStructPattern):
            target = self.resolve_variant_path(pat.path)
            self.variant_pattern(pat, pat.path, pat.items, ty, mode, target)
            return
        if isinstance(pat, ast.StructPattern):
            target = self.resolve_variant_path(pat.path)
            self.struct_pattern(pat, ty, mode, target)
            return
        raise self.fail("this pattern", pat.span)

    def implicit_borrow_error(self, span: Span, written: str) -> None:
        """Rust 2024: under a default binding mode that borrows (a non-reference pattern
        matched against a reference), `ref`, `mut` and `&` patterns are errors."""
        width = 1 if written == "&" else 3
        at = Span(span.line, span.col, span.line, span.col + width, span.start,
                  span.start + width)
        if written == "&":
            self.error(Diagnostic("cannot explicitly dereference within an implicitly-"
                                  "borrowing pattern", at, label="reference pattern not "
                                  "allowed when implicitly borrowing"))
        elif written == "`ref`":
            self.error(Diagnostic("cannot explicitly borrow within an implicitly-borrowing "
                                  "pattern", at, label="explicit `ref` binding modifier not "
                                  "allowed when implicitly borrowing"))
        else:
            self.error(Diagnostic("cannot mutably bind by value within an implicitly-"
                                  "borrowing pattern", at, label="`mut` binding modifier not "
                                  "allowed when implicitly borrowing"))

    def range_bound_path(self, end: ast.Path, ty: T.Ty) -> None:
        """`LOW..=HIGH` with `const`s: typed as the consts, matched and checked for
        exhaustiveness by their values. A variable is rustc's E0080."""
        if end.is_name and self.lookup(end.segments[0]) is not None:
            self.error(Diagnostic("runtime values cannot be referenced in patterns", end.span,
                                  "E0080", "references a runtime value"))
            return
        const = self.items.consts.get(end.segments[0]) if end.is_name else None
        value = self.const_literal(const) if const is not None else None
        if const is None or value is None:
            raise self.fail("this path as a range pattern's bound (a `const` whose value is "
                            "a number or a `char` works)", end.span)
        self.unify_pattern(ty, self.expr(end, ty), end.span)
        # The value itself, as for `i32::MAX`: the exhaustiveness check counts with it.
        self.out.paths[id(end)] = PathValue("value", value=value)

    def range_order(self, pat: ast.RangePattern) -> None:
        """rustc's E0030 (`5..=1`) and E0579 (`5..5`): a range pattern matching nothing."""
        if pat.start is None or pat.end is None:
            return
        low, high = range_bound(pat.start, self.out.paths), range_bound(pat.end, self.out.paths)
        if low is None or high is None:
            return
        if pat.inclusive and low > high:
            self.error(Diagnostic("lower bound for range pattern must be less than or equal to "
                                  "upper bound", pat.span, "E0030",
                                  "lower bound larger than upper bound"))
        elif not pat.inclusive and low >= high:
            self.error(Diagnostic("lower bound for range pattern must be less than upper bound",
                                  pat.span, "E0579"))

    def const_literal(self, const: ast.ConstItem, seen: frozenset[str] = frozenset()
                      ) -> int | str | None:
        """A const's value when it is a literal number or char (or another such const)."""
        value = const.value
        if isinstance(value, ast.IntLit | ast.CharLit):
            return value.value
        if isinstance(value, ast.Unary) and value.op == "-" and isinstance(value.operand,
                                                                           ast.IntLit):
            return -value.operand.value
        if isinstance(value, ast.Path) and value.is_name and value.segments[0] not in seen:
            other = self.items.consts.get(value.segments[0])
            if other is not None:
                return self.const_literal(other, seen | {const.name})
        return None

    def slice_pattern(self, pat: ast.SlicePattern, current: T.SliceTy, mode: str) -> None:
        """`[first, .., last]`, `[head, tail @ ..]` on a slice: the length decides which
        arm matches; `tail @ ..` binds the elements in between as a slice."""
        rests = [p for p in pat.items if _is_rest(p)]
        if len(rests) > 1:
            raise self.fail("more than one `..` in a slice pattern", pat.span)
        for item in pat.items:
            if isinstance(item, ast.RestPattern):
                self.out.patterns[id(item)] = PatternInfo(current, 0)
            elif isinstance(item, ast.BindingPattern) and isinstance(item.pattern,
                                                                     ast.RestPattern):
                binding = item.binding
                if not mode or not isinstance(binding, ast.IdentPattern) or binding.by_ref or (
                        binding.mutable):
                    raise self.fail("this `rest @ ..` binding (bind it through a reference to "
                                    "the slice)", item.span)
                self.out.patterns[id(item)] = PatternInfo(current, 0)
                self.out.patterns[id(item.pattern)] = PatternInfo(current, 0)
                self.pattern(binding, current, mode)
            else:
                self.pattern(item, current.element, mode)

    def array_pattern(self, pat: ast.SlicePattern, ty: T.Ty, mode: str) -> None:
        """`[first, .., last]` on an array: `..` stands for the elements in between."""
        current = self.resolve(ty)
        if isinstance(current, T.SliceTy):
            self.slice_pattern(pat, current, mode)
            return
        if not isinstance(current, T.ArrayTy):
            raise self.fail("slice patterns on this type (slices and arrays work)", pat.span)
        rest_binding = None
        for item in pat.items:
            if isinstance(item, ast.BindingPattern) and isinstance(item.pattern,
                                                                   ast.RestPattern):
                element = self.tys.shallow(current.element)
                copy = T.is_copy(self.resolve(element)) or (
                    isinstance(element, T.InferTy) and element.kind in ("int", "float"))
                if mode or not copy or not isinstance(
                        item.binding, ast.IdentPattern) or item.binding.by_ref:
                    raise self.fail("this `rest @ ..` in an array pattern (by value, of Copy "
                                    "elements, works)", item.span)
                rest_binding = item
        rest = [i for i, p in enumerate(pat.items) if _is_rest(p)]
        items = list(pat.items)
        if rest:
            at = rest[0]
            fill = current.length - (len(items) - 1)
            items = items[:at] + [ast.WildcardPattern(items[at].span)] * max(0, fill) + \
                items[at + 1:]
        if len(items) != current.length:
            self.error(Diagnostic(f"pattern requires {len(items)} element"
                                  f"{'s' * (len(items) != 1)} but array has {current.length}",
                                  pat.span, "E0527", f"expected {current.length} elements"))
            return
        self.out.expanded[id(pat)] = tuple(items)
        for item in items:
            self.pattern(item, current.element, mode)
        if rest_binding is not None:  # `middle @ ..`: the elements in between, an array
            fill = current.length - (len(pat.items) - 1)
            self.out.patterns[id(rest_binding)] = PatternInfo(current, 0)
            self.out.patterns[id(rest_binding.pattern)] = PatternInfo(current, 0)
            self.pattern(rest_binding.binding, T.ArrayTy(current.element, fill), mode)

    def unify_pattern(self, expected: T.Ty, found: T.Ty, span: Span) -> None:
        if not self.tys.unify(expected, found):
            self.error(Diagnostic("mismatched types", span, "E0308",
                                  f"expected {describe(self.resolve(expected))}, found "
                                  f"{describe(self.resolve(found))}"))

    def tuple_pattern(self, pat: ast.TuplePattern, ty: T.Ty, mode: str) -> None:
        current = self.tys.shallow(ty)
        rest = [i for i, p in enumerate(pat.items) if isinstance(p, ast.RestPattern)]
        if isinstance(current, T.TupleTy):
            items = current.items
        elif rest:
            raise self.fail("`..` in a tuple of unknown type", pat.span)
        else:
            items = tuple(self.tys.fresh() for _ in pat.items)
            self.unify_pattern(ty, T.TupleTy(items), pat.span)
        subpatterns = list(pat.items)
        if rest:
            at = rest[0]
            missing = len(items) - (len(subpatterns) - 1)
            subpatterns = subpatterns[:at] + [ast.WildcardPattern(pat.items[at].span)] * (
                missing) + subpatterns[at + 1:]
            self.out.patterns[id(pat)] = PatternInfo(ty, self.out.patterns[id(pat)].derefs,
                                                     field_indexes=tuple(
                                                         range(len(items))))
            self.out.expanded[id(pat)] = tuple(subpatterns)
        if len(subpatterns) != len(items):
            self.error(Diagnostic("mismatched types", pat.span, "E0308",
                                  f"expected a tuple with {len(items)} elements, found one "
                                  f"with {len(subpatterns)} elements"))
            return
        for sub, item_ty in zip(subpatterns, items, strict=True):
            self.pattern(sub, item_ty, mode)

    def pattern_path_target(self, name: str) -> tuple[T.AdtTy, int] | PathValue | None:
        """A lone name in a pattern: a unit variant / unit struct / const, or None (binds)."""
        if name == "None":
            return (T.option(self.tys.fresh()), 0)
        alias = self.items.variant_aliases.get(name)
        if alias is not None:
            return self.resolve_variant_path(ast.Path(Span(0, 0, 0, 0, 0, 0), alias))
        if name in self.items.consts:
            return PathValue("const", const=self.items.consts[name])
        adt = self.items.adts.get(name)
        if adt is not None and not adt.is_enum and adt.struct_kind == "unit":
            return (self.fresh_adt(name), 0)
        return None

    def resolve_variant_path(self, path: ast.Path) -> tuple[T.AdtTy, int] | PathValue:
        self.no_alias(path)
        segments = path.segments
        if segments[0] == "crate" and len(segments) > 1:
            segments = segments[1:]
        if len(segments) == 1 and segments[0] in self.items.variant_aliases:
            segments = self.items.variant_aliases[segments[0]]
        via_self = segments[0] == "Self"
        if segments[0] == "Self" and self.fn.self_ty is not None:
            if not isinstance(self.fn.self_ty, T.AdtTy):
                raise self.fail("`Self` paths in a trait's provided method", path.span)
            segments = (self.fn.self_ty.name, *segments[1:])
        if segments[:2] in (("std", "option"), ("std", "result")) or (segments[0] in (
                "Option", "Result") and len(segments) == 2):
            segments = segments[-1:]
        if len(segments) == 1:
            name = segments[0]
            if name in ("Some", "None"):
                return (T.option(self.tys.fresh()), 1 if name == "Some" else 0)
            if name in ("Ok", "Err"):
                return (T.result(self.tys.fresh(), self.tys.fresh()), 0 if name == "Ok" else 1)
            if name in self.items.consts:
                return PathValue("const", const=self.items.consts[name])
            if name in self.items.adts and not self.items.adts[name].is_enum:
                return (self.fresh_adt(name, via_self), 0)
        if len(segments) >= 2:
            type_name, variant = segments[-2], segments[-1]
            named = threads.NAMED_ENUMS.get(type_name)
            if named is not None and named.defn is not None and (
                    type_name in self.items.imports):
                names = [v.name for v in named.defn.variants]
                if variant in names:
                    return (named, names.index(variant))
            if type_name == "Ordering" and "atomic::Ordering" in self.items.imports:
                raise self.fail("a pattern of `std::sync::atomic::Ordering`", path.span)
            if type_name == "Ordering":
                names = [v.name for v in T.ORDERING_DEF.variants]
                if variant in names:
                    return (T.AdtTy("Ordering", (), T.ORDERING_DEF), names.index(variant))
            adt = self.items.adts.get(type_name)
            if adt is not None and adt.is_enum:
                names = [v.name for v in adt.variants]
                if variant in names:
                    return (self.fresh_adt(type_name, via_self), names.index(variant))
                self.error(Diagnostic(
                    f"no variant or associated item named `{variant}` found for enum "
                    f"`{type_name}` in the current scope", path.span, "E0599",
                    f"variant or associated item not found in `{type_name}`"))
                return (self.fresh_adt(type_name), 0)
        raise CompileError([Diagnostic(
            f"cannot find tuple struct or tuple variant `{'::'.join(path.segments)}` in this "
            "scope", path.span, "E0531", "not found in this scope")])

    def variant_pattern(self, pat: ast.Pattern, path: ast.Path, items: tuple[ast.Pattern, ...],
                        ty: T.Ty, mode: str, target: tuple[T.AdtTy, int] | PathValue) -> None:
        if isinstance(target, PathValue):
            assert target.const is not None
            self.unify_pattern(ty, self.lower(target.const.type), pat.span)
            self.out.patterns[id(pat)] = PatternInfo(ty, self.out.patterns.get(
                id(pat), PatternInfo(ty, 0)).derefs, adt=None, variant=-2)
            self.out.pattern_consts[id(pat)] = target.const
            return
        adt, index = target
        self.unify_pattern(ty, adt, pat.span)
        adt_now = self.resolve(ty)
        if not isinstance(adt_now, T.AdtTy) or adt_now.name != adt.name:
            adt_now = adt  # a mismatch was reported above; keep checking the subpatterns
        variant = adt_now.defn.variants[index] if adt_now.defn else None
        assert variant is not None
        derefs = self.out.patterns[id(pat)].derefs if id(pat) in self.out.patterns else 0
        self.out.patterns[id(pat)] = PatternInfo(ty, derefs, index, adt_now)
        field_types = adt_now.variant_types(variant)
        subpatterns = list(items)
        rest = [i for i, p in enumerate(subpatterns) if isinstance(p, ast.RestPattern)]
        if rest:
            at = rest[0]
            missing = len(field_types) - (len(subpatterns) - 1)
            subpatterns = subpatterns[:at] + [ast.WildcardPattern(items[at].span)] * missing + \
                subpatterns[at + 1:]
            self.out.expanded[id(pat)] = tuple(subpatterns)
        if len(subpatterns) != len(field_types):
            self.error(Diagnostic(
                f"this pattern has {len(subpatterns)} field{'s' * (len(subpatterns) != 1)}, "
                f"but the corresponding tuple variant has {len(field_types)} field"
                f"{'s' * (len(field_types) != 1)}", pat.span, "E0023"))
            return
        for sub, field_ty in zip(subpatterns, field_types, strict=True):
            self.pattern(sub, field_ty, mode)

    def struct_pattern(self, pat: ast.StructPattern, ty: T.Ty, mode: str,
                       target: tuple[T.AdtTy, int] | PathValue) -> None:
        if isinstance(target, PathValue):
            raise self.fail("this struct pattern", pat.span)
        adt, index = target
        self.unify_pattern(ty, adt, pat.span)
        variant = adt.defn.variants[index] if adt.defn else None
        assert variant is not None
        derefs = self.out.patterns[id(pat)].derefs
        indexes = []
        field_types = adt.variant_types(variant)
        for field_pat in pat.fields:
            if field_pat.name not in variant.field_names:
                self.error(Diagnostic(f"{'variant' if adt.defn and adt.defn.is_enum else 'struct'}"
                                      f" `{adt.name}` does not have a field named "
                                      f"`{field_pat.name}`", field_pat.span, "E0026"))
                continue
            i = variant.field_names.index(field_pat.name)
            indexes.append(i)
            self.pattern(field_pat.pattern, field_types[i], mode)
        if not pat.has_rest and len(set(indexes)) < len(variant.field_names):
            missing = [n for i, n in enumerate(variant.field_names) if i not in indexes]
            self.error(Diagnostic(
                f"pattern does not mention field{'s' * (len(missing) > 1)} "
                + ", ".join(f"`{m}`" for m in missing), pat.span, "E0027"))
        self.out.patterns[id(pat)] = PatternInfo(ty, derefs, index, adt, tuple(indexes))


def _is_builtin_int_const(path: ast.Path) -> bool:
    """`i32::MIN`, `u8::MAX`: a bound the exhaustiveness check can use as a number."""
    return len(path.segments) == 2 and path.segments[0] in T.INT_NAMES and (
        path.segments[1] in ("MIN", "MAX"))


def _is_rest(pat: ast.Pattern) -> bool:
    """`..` or `name @ ..` in a slice pattern."""
    return isinstance(pat, ast.RestPattern) or (
        isinstance(pat, ast.BindingPattern) and isinstance(pat.pattern, ast.RestPattern))

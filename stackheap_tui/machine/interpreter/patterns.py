"""Patterns: compiled matchers that take a value apart into bindings (or do not match)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.machine import convert
from stackheap_tui.machine.interpreter.env import Env
from stackheap_tui.machine.interpreter.places import Places, is_place
from stackheap_tui.memory.values import HEAP, STACK, Ref, Slice

Matcher = Callable[[Env, Any, Any], Any]  # (env, value, place) -> bindings or None


class Patterns(Places):
    """Compiling patterns, and the values (and places) they match."""

    def compile_scrutinee(self, e: ast.Expr) -> Callable[[Env], tuple[Any, Any]]:
        """A matched value and, when it has one, its place (for `ref` bindings)."""
        if is_place(e):
            place = self.compile_place(e)

            def scrutinee_place(env: Env) -> tuple[Any, Any]:
                # Reading is not moving: the bindings that take parts by value move them.
                where = place(env)
                return self.memory.read(where), where

            return scrutinee_place
        code = self.compile_expr(e)
        ty = self.c.type_of(e)

        def scrutinee_value(env: Env) -> tuple[Any, Any]:
            value = code(env)
            if T.needs_drop(ty):
                ref = self.temp_slot(env, value, ty)
                return value, ref
            return value, None

        return scrutinee_value

    def compile_pattern(self, pat: ast.Pattern) -> Matcher:
        """Code that matches a value: a list of (binding, value) or None if no match."""
        c = self.c
        info = c.patterns.get(id(pat))
        derefs = info.derefs if info is not None else 0
        inner = self._compile_pattern(pat)
        if not derefs:
            return inner
        memory = self.memory

        def peel(env: Env, value: Any, place: Any) -> Any:
            for _ in range(derefs):
                place = value
                value = memory.read(value)
            return inner(env, value, place)

        return peel

    def _compile_pattern(self, pat: ast.Pattern) -> Matcher:
        c = self.c
        info = c.patterns.get(id(pat))
        if isinstance(pat, ast.WildcardPattern | ast.RestPattern):
            return lambda env, value, place: []
        if isinstance(pat, ast.IdentPattern) and info is not None and info.is_binding:
            binding = c.bindings[id(pat)]
            by_ref = binding.by_ref

            moves = not by_ref and not T.is_copy(binding.ty)

            def bind(env: Env, value: Any, place: Any) -> Any:
                if by_ref:
                    if place is None:
                        place = self.temp_slot(env, value, info.ty)
                    return [(binding, place)]
                if moves and isinstance(place, Ref) and place.region in (STACK, HEAP):
                    self.mark_place_moved(place)  # (HEAP: out of a Box a local holds)
                return [(binding, value)]

            return bind
        if isinstance(pat, ast.BindingPattern):
            first = self.compile_pattern(pat.binding)
            second = self.compile_pattern(pat.pattern)

            def bind_at(env: Env, value: Any, place: Any) -> Any:
                rest = second(env, value, place)
                if rest is None:
                    return None
                return first(env, value, place) + rest

            return bind_at
        if isinstance(pat, ast.OrPattern):
            alternatives = [self.compile_pattern(a) for a in pat.alternatives]

            def either(env: Env, value: Any, place: Any) -> Any:
                for alternative in alternatives:
                    bound = alternative(env, value, place)
                    if bound is not None:
                        return bound
                return None

            return either
        if isinstance(pat, ast.RefPattern):
            sub = self.compile_pattern(pat.pattern)
            memory = self.memory
            return lambda env, value, place: sub(env, memory.read(value), value)
        if isinstance(pat, ast.LiteralPattern):
            literal = self.compile_expr(pat.value)
            ty = info.ty if info is not None else self.c.type_of(pat.value)
            lit_ty = self.c.type_of(pat.value)
            memory = self.memory

            def equal(env: Env, value: Any, place: Any) -> Any:
                a = convert.key_of(memory, value, ty)
                b = convert.key_of(memory, literal(env), lit_ty)
                return [] if a == b else None

            return equal
        if isinstance(pat, ast.RangePattern):
            low = self.compile_expr(pat.start) if pat.start is not None else None
            high = self.compile_expr(pat.end) if pat.end is not None else None
            inclusive = pat.inclusive

            def in_range(env: Env, value: Any, place: Any) -> Any:
                if low is not None and value < low(env):
                    return None
                if high is not None:
                    top = high(env)
                    if value > top or (not inclusive and value == top):
                        return None
                return []

            return in_range
        if isinstance(pat, ast.TuplePattern):
            subs = self._compile_items(pat, pat.items)
            tuple_ty = info.ty if info is not None else None
            return self._sequence_matcher(subs, tuple_ty, 0)
        if isinstance(pat, ast.SlicePattern) and info is not None and isinstance(info.ty,
                                                                                 T.SliceTy):
            return self._slice_matcher(pat)
        if isinstance(pat, ast.SlicePattern):
            subs = self._compile_items(pat, pat.items)
            array = info.ty if info is not None else None
            size = L.size_of(array.element) if isinstance(array, T.ArrayTy) else 0
            elements = self._sequence_matcher(subs, None, 0, tuple(i * size for i in range(
                len(subs))))
            at = next((i for i, p in enumerate(pat.items) if isinstance(p, ast.BindingPattern)
                       and isinstance(p.pattern, ast.RestPattern)), None)
            if at is None or not isinstance(array, T.ArrayTy):
                return elements
            rest = pat.items[at]
            assert isinstance(rest, ast.BindingPattern)
            bind_rest = self.compile_pattern(rest.binding)
            end = at + array.length - (len(pat.items) - 1)

            def match_array(env: Env, value: Any, place: Any) -> Any:
                bound = elements(env, value, place)
                if bound is None:
                    return None
                middle = bind_rest(env, tuple(value[at:end]), None)  # (Copy elements)
                return None if middle is None else bound + middle

            return match_array
        if isinstance(pat, ast.IdentPattern | ast.PathPattern | ast.TupleStructPattern):
            assert info is not None
            const = c.pattern_consts.get(id(pat))
            if const is not None:
                const_code = self.compile_expr(const.value)
                return lambda env, value, place: [] if value == const_code(env) else None
            subs = self._compile_items(pat, pat.items) if isinstance(
                pat, ast.TupleStructPattern) else []
            return self._variant_matcher(info, subs)
        if isinstance(pat, ast.StructPattern):
            assert info is not None and info.adt is not None
            subs_by_index = {i: self.compile_pattern(f.pattern)
                             for f, i in zip(pat.fields, info.field_indexes, strict=False)}
            defn = info.adt.defn
            assert defn is not None
            count = len(defn.variants[info.variant].field_names)
            subs = [subs_by_index.get(i, lambda env, value, place: []) for i in range(count)]
            fields = self._variant_matcher(info, subs)

            def match_struct(env: Env, value: Any, place: Any) -> Any:
                # The bindings are declared in the order they are written (`Pair { right,
                # left }` declares `right` first, so `left` drops first), not the fields'.
                bound = fields(env, value, place)
                return bound if bound is None else sorted(
                    bound, key=lambda pair: pair[0].span.start)

            return match_struct
        raise TypeError(f"pattern {type(pat).__name__}")

    def _slice_matcher(self, pat: ast.SlicePattern) -> Matcher:
        """A slice pattern: a length test, then the elements before and after the `..`
        (counted from the end), and `rest @ ..` bound to the elements in between."""
        at = next((i for i, p in enumerate(pat.items) if isinstance(p, ast.RestPattern) or (
            isinstance(p, ast.BindingPattern) and isinstance(p.pattern, ast.RestPattern))),
                  None)
        items = [p for i, p in enumerate(pat.items) if i != at]
        subs = [self.compile_pattern(p) for p in items]
        count = len(subs)
        before = count if at is None else at
        rest = pat.items[at] if at is not None else None
        bind_rest = self.compile_pattern(rest.binding) if isinstance(
            rest, ast.BindingPattern) else None

        def match_slice(env: Env, value: Any, place: Any) -> Any:
            length = len(value)
            if length < count or (at is None and length != count):
                return None
            bound: list[Any] = []
            for i, sub in enumerate(subs):
                index = i if i < before else length - count + i
                child = place.element(index) if isinstance(place, Slice) else None
                result = sub(env, value[index], child)
                if result is None:
                    return None
                bound.extend(result)
            if bind_rest is not None:
                middle = place.sub(before, length - (count - before)) if isinstance(
                    place, Slice) else None
                found = bind_rest(env, value[before: length - (count - before)], middle)
                if found is None:
                    return None
                bound.extend(found)
            return bound

        return match_slice

    def _compile_items(self, pat: ast.Pattern, written: tuple[ast.Pattern, ...]) -> list[Matcher]:
        """Matchers for a pattern's items, with a `..` expanded into wildcards."""
        items = cast("tuple[ast.Pattern, ...]", self.c.expanded.get(id(pat), written))
        return [self.compile_pattern(p) for p in items]

    def _sequence_matcher(self, subs: list[Any], ty: T.Ty | None, offset: int,
                          known: tuple[int, ...] = ()) -> Matcher:
        offsets = known or (L.field_offsets(ty) if ty is not None and isinstance(
            ty, T.TupleTy | T.AdtTy) else ())

        def match_items(env: Env, value: Any, place: Any) -> Any:
            bound: list[Any] = []
            for i, sub in enumerate(subs):
                child = None
                if place is not None and isinstance(place, Ref):
                    extra = offsets[i] if i < len(offsets) else 0
                    child = place.child(i + offset, place.address + extra)
                result = sub(env, value[i + offset], child)
                if result is None:
                    return None
                bound.extend(result)
            return bound

        return match_items

    def _variant_matcher(self, info: Any, subs: list[Any]) -> Matcher:
        adt = info.adt
        if adt is None or adt.defn is None or not adt.defn.is_enum:
            return self._sequence_matcher(subs, adt, 0)
        variant = info.variant
        fields = self._sequence_matcher(subs, None, 1, L.variant_offsets(adt, variant))

        def match_variant(env: Env, value: Any, place: Any) -> Any:
            if value[0] != variant:
                return None
            return fields(env, value, place)

        return match_variant

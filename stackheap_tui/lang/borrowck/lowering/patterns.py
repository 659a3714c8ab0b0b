"""Patterns: binding a pattern's names to parts of a matched place.

Each binding moves, copies or borrows (`ref`, `ref mut`) its part of the place;
while a match guard runs, by-value bindings only borrow and move once it passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.lowering.base import LowererBase, Operand
from stackheap_tui.lang.borrowck.places import REF, Place, Proj, deref_kind
from stackheap_tui.lang.program import Binding


class PatternLowering(LowererBase):
    """Binds patterns (`let`, `match` arms, `if let`, `for`, closure parameters)."""

    def pattern_bindings(self, pat: object) -> list[Binding]:
        out: list[Binding] = []
        stack = [pat]
        while stack:
            node = stack.pop()
            if isinstance(node, ast.IdentPattern):
                info = self.c.patterns.get(id(node))
                if info is not None and info.is_binding and id(node) in self.c.bindings:
                    out.append(self.c.bindings[id(node)])
                continue
            stack.extend(child for child in ast.children(node) if isinstance(
                child, ast.FieldPattern | ast.IdentPattern | ast.TuplePattern | ast.OrPattern
                | ast.TupleStructPattern | ast.StructPattern | ast.RefPattern
                | ast.BindingPattern | ast.SlicePattern))
        return out

    def bind_pattern(self, pat: ast.Pattern, place: Place, ty: T.Ty, source: ast.Expr) -> None:
        """Bind a pattern's names to parts of `place`: moves, copies or borrows them."""
        info = self.c.patterns.get(id(pat))
        if info is not None and info.derefs:
            place, ty = self.derefs(place, ty, info.derefs)
        if isinstance(pat, ast.IdentPattern):
            if info is None or not info.is_binding or id(pat) not in self.c.bindings:
                return  # a unit variant or a constant: only compares
            self.bind_name(pat, self.c.bindings[id(pat)], place, source)
        elif isinstance(pat, ast.BindingPattern):
            self.bind_pattern(pat.pattern, place, ty, source)
            self.bind_pattern(pat.binding, place, ty, source)
        elif isinstance(pat, ast.TuplePattern):
            items = self.subpatterns(pat)
            inner = ty.items if isinstance(ty, T.TupleTy) else ()
            for i, sub in enumerate(items):
                sub_ty = inner[i] if i < len(inner) else T.UNIT
                self.bind_pattern(sub, place.extend(Proj("field", i, str(i))), sub_ty, source)
        elif isinstance(pat, ast.TupleStructPattern | ast.StructPattern):
            self.bind_variant(pat, place, source)
        elif isinstance(pat, ast.RefPattern):
            step = deref_kind(ty)
            kind, inner_ty = step if step else (REF, ty)
            self.bind_pattern(pat.pattern, place.extend(Proj("deref", name=kind)), inner_ty,
                              source)
        elif isinstance(pat, ast.OrPattern):
            for alternative in pat.alternatives:
                self.bind_pattern(alternative, place, ty, source)
        elif isinstance(pat, ast.SlicePattern) and isinstance(ty, T.ArrayTy):
            # An array pattern names each element by its position, like fields: it may
            # move them out (`let [a, b] = [x, y];`), unlike `arr[i]` (E0508).
            items = self.subpatterns(pat)
            for i, sub in enumerate(items):
                self.bind_pattern(sub, place.extend(Proj("field", i, f"[{i}]")), ty.element,
                                  source)
            for sub in pat.items:  # `middle @ ..` (Copy elements): copies out of the array
                if isinstance(sub, ast.BindingPattern) and isinstance(sub.pattern,
                                                                      ast.RestPattern):
                    self.bind_pattern(sub.binding, place, ty, source)
        elif isinstance(pat, ast.SlicePattern):
            # Each item names a fixed position, from the start before a `..` and from the
            # end after it (rustc's `ConstantIndex`): `[first, second]` and `[a, .., z]`
            # borrow disjoint elements; `rest @ ..` is the subslice between them.
            element = ty.element if isinstance(ty, T.SliceTy) else T.UNIT
            rest_at = next((i for i, sub in enumerate(pat.items) if _is_rest(sub)), None)
            count = len(pat.items)
            least = count - (rest_at is not None)  # the slice's length is at least this
            for i, sub in enumerate(pat.items):
                if _is_rest(sub):  # the subslice between the items before and after it
                    position = f"[{i}..{count - i - 1}/{least}]"
                elif rest_at is None or i < rest_at:
                    position = f"[{i}/{least}]"
                else:
                    position = f"[-{count - i}/{least}]"
                self.bind_pattern(sub, place.extend(Proj("index", name=position,
                                                         container=str(ty))), element, source)

    def tested_places(self, pat: ast.Pattern, place: Place, ty: T.Ty
                      ) -> list[tuple[Place, bool]]:
        """The parts of `place` a pattern inspects to decide whether it matches: an enum's
        discriminant (when it has more than one variant), the value under a literal or a
        range, a slice's length. Matching reads these and nothing else; a pattern that
        tests nothing (`(a, _)`, `Y(ref mut a, _)`) reads no part of the place, so a live
        `&mut y.0` does not conflict with `match y { Y(_, ref mut b) => … }` (rustc's
        borrowck tests: anon-fields-struct). Each place comes with whether it is a value
        compared (a literal, a range, a constant) rather than a discriminant or a length:
        rustc spans the two kinds of read differently."""
        out: list[tuple[Place, bool]] = []
        self._tested(pat, place, ty, out)
        return out

    def _tested(self, pat: ast.Pattern, place: Place, ty: T.Ty,
                out: list[tuple[Place, bool]]) -> None:
        info = self.c.patterns.get(id(pat))
        if info is not None and info.derefs:
            place, ty = self.derefs(place, ty, info.derefs)
        if isinstance(pat, ast.IdentPattern):
            # A unit variant or a constant (not a binding):
            if (info is None or not info.is_binding) and not _single_variant(
                    info.adt if info is not None else None):
                out.append((place, info is None or info.adt is None))
        elif isinstance(pat, ast.PathPattern | ast.LiteralPattern | ast.RangePattern):
            if not (isinstance(pat, ast.PathPattern) and info is not None and _single_variant(
                    info.adt)):
                out.append((place, not (isinstance(pat, ast.PathPattern) and info is not None
                                        and info.adt is not None)))
        elif isinstance(pat, ast.BindingPattern):
            self._tested(pat.pattern, place, ty, out)
        elif isinstance(pat, ast.TuplePattern):
            inner = ty.items if isinstance(ty, T.TupleTy) else ()
            for i, sub in enumerate(self.subpatterns(pat)):
                sub_ty = inner[i] if i < len(inner) else T.UNIT
                self._tested(sub, place.extend(Proj("field", i, str(i))), sub_ty, out)
        elif isinstance(pat, ast.TupleStructPattern | ast.StructPattern):
            if info is None or info.adt is None or info.adt.defn is None or info.variant < 0:
                out.append((place, False))  # (not resolved: read it all, as before)
                return
            adt = info.adt
            assert adt.defn is not None
            if adt.defn.is_enum and len(adt.defn.variants) > 1:
                out.append((place, False))
            variant = adt.defn.variants[info.variant]
            field_types = adt.variant_types(variant)
            variant_index = info.variant if adt.defn.is_enum else -1
            if isinstance(pat, ast.StructPattern):
                pairs = [(i, f.pattern) for i, f in zip(info.field_indexes, pat.fields,
                                                        strict=False)]
            else:
                pairs = list(enumerate(self.subpatterns(pat)))
            for i, sub in pairs:
                if i < len(field_types):
                    proj = Proj("field", i, variant.field_names[i], variant_index,
                                container=variant.name if variant_index >= 0 else "")
                    self._tested(sub, place.extend(proj), field_types[i], out)
        elif isinstance(pat, ast.RefPattern):
            step = deref_kind(ty)
            kind, inner_ty = step if step else (REF, ty)
            self._tested(pat.pattern, place.extend(Proj("deref", name=kind)), inner_ty, out)
        elif isinstance(pat, ast.OrPattern):
            for alternative in pat.alternatives:
                self._tested(alternative, place, ty, out)
        elif isinstance(pat, ast.SlicePattern) and isinstance(ty, T.ArrayTy):
            for i, sub in enumerate(self.subpatterns(pat)):
                self._tested(sub, place.extend(Proj("field", i, f"[{i}]")), ty.element, out)
        elif isinstance(pat, ast.SlicePattern):
            out.append((place, False))  # its length, and (not modelled apart) its elements
        elif not isinstance(pat, ast.WildcardPattern | ast.RestPattern):
            out.append((place, False))  # anything else: read it all, as before

    def subpatterns(self, pat: ast.TuplePattern | ast.TupleStructPattern | ast.SlicePattern
                    ) -> Sequence[ast.Pattern]:
        """A pattern's items, with a `..` among them expanded into wildcards."""
        expanded = self.c.expanded.get(id(pat))
        return pat.items if expanded is None else cast(Sequence[ast.Pattern], expanded)

    def bind_variant(self, pat: ast.TupleStructPattern | ast.StructPattern, place: Place,
                     source: ast.Expr) -> None:
        info = self.c.patterns.get(id(pat))
        if info is None or info.adt is None or info.adt.defn is None or info.variant < 0:
            return
        adt = info.adt
        assert adt.defn is not None
        variant = adt.defn.variants[info.variant]
        field_types = adt.variant_types(variant)
        variant_index = info.variant if adt.defn.is_enum else -1
        if isinstance(pat, ast.StructPattern):
            pairs = [(i, f.pattern) for i, f in zip(info.field_indexes, pat.fields,
                                                    strict=False)]
        else:
            pairs = list(enumerate(self.subpatterns(pat)))
        for i, sub in pairs:
            if i >= len(field_types):
                continue
            proj = Proj("field", i, variant.field_names[i], variant_index,
                        container=variant.name if variant_index >= 0 else "")
            self.bind_pattern(sub, place.extend(proj), field_types[i], source)

    def bind_name(self, pat: ast.IdentPattern, binding: Binding, place: Place,
                  source: ast.Expr) -> None:
        key = self.local(binding)
        self.emit(pat.span, uninit=[key])
        if binding.by_ref:
            mutable = binding.by_ref == "ref mut"
            flows = self.borrow_place(place, mutable, pat.span)
        elif self.guard_moves is not None and not T.is_copy(binding.ty):
            flows = self.borrow_place(place, False, pat.span)
            self.guard_moves.append((pat, binding, place, source))
        else:
            self.last_move = False
            flows = self.consume(Operand(source, binding.ty, place))
            if self.last_move and self.is_recordable(place):
                self.c.moves.add(id(pat))  # this binding moves its part out of `source`
        self.emit(pat.span, define=key, flow=list(flows), init=[Place(key)])


def _single_variant(adt: T.AdtTy | None) -> bool:
    """A struct, or an enum of one variant: matching it tests nothing."""
    return adt is not None and adt.defn is not None and (
        not adt.defn.is_enum or len(adt.defn.variants) == 1)


def _is_rest(pat: ast.Pattern) -> bool:
    """`..` or `name @ ..` inside a slice pattern."""
    return isinstance(pat, ast.RestPattern) or (
        isinstance(pat, ast.BindingPattern) and isinstance(pat.pattern, ast.RestPattern))

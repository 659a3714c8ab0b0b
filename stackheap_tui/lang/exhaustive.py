"""Is a `match` exhaustive? rustc's usefulness algorithm, on the subset's patterns (E0004).

Patterns are deconstructed into constructors (an enum variant, a tuple, a bool
value, an integer range, a reference) and the classic "is a wildcard row still
useful after these rows?" question is answered by specialisation. Integer and
char ranges are split at every boundary the arms mention, as rustc splits them,
so `0 | 1..=9 | 10..=200` on a `u8` reports `201_u8..=u8::MAX` as missing.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import (
    CompileError,
    Diagnostic,
    Edit,
    Label,
    SubNote,
    Suggestion,
)
from stackheap_tui.lang.program import CheckedProgram, PathValue, PatternInfo
from stackheap_tui.lang.refutable_help import const_help, let_help
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported


@dataclass(frozen=True, slots=True)
class _Ctor:
    kind: str  # "variant", "single" (tuple/struct/ref), "bool", "range", "opaque"
    value: object = None  # variant index, bool, (lo, hi) range, or the literal
    arity: int = 0

    @property
    def bounds(self) -> tuple[int, int]:
        """A range constructor's lowest and highest value."""
        assert isinstance(self.value, tuple)
        lo, hi = self.value
        return lo, hi


@dataclass(frozen=True, slots=True)
class _Pat:
    ctor: _Ctor | None  # None: a wildcard
    fields: tuple[_Pat, ...] = ()
    alternatives: tuple[_Pat, ...] = ()  # an or-pattern


WILD = _Pat(None)


class _Analysis:
    def __init__(self, checked: CheckedProgram) -> None:
        self.c = checked

    # ---- patterns -> constructors ----
    def lower(self, pat: ast.Pattern, ty: T.Ty) -> _Pat:
        info = self.c.patterns.get(id(pat))
        derefs = info.derefs if info is not None else 0
        inner = self._lower(pat, info.ty if info is not None else ty)
        for _ in range(derefs):
            inner = _Pat(_Ctor("single", "&", 1), (inner,))
        return inner

    def _lower(self, pat: ast.Pattern, ty: T.Ty) -> _Pat:
        info = self.c.patterns.get(id(pat))
        if isinstance(pat, ast.IdentPattern | ast.WildcardPattern | ast.RestPattern):
            if isinstance(pat, ast.IdentPattern) and info is not None and not info.is_binding:
                const = self.c.pattern_consts.get(id(pat))
                value = _literal(const.value) if const is not None else None
                if isinstance(value, int) and not isinstance(value, bool) and isinstance(
                        ty, T.IntTy):  # an integer `const`: its value, as rustc reads it
                    return _Pat(_Ctor("range", (value, value)))
                return self._variant(pat, (), info)
            return WILD
        if isinstance(pat, ast.BindingPattern):
            return self.lower(pat.pattern, ty)
        if isinstance(pat, ast.OrPattern):
            return _Pat(None, (), tuple(self.lower(a, ty) for a in pat.alternatives))
        if isinstance(pat, ast.RefPattern):
            inner_ty = ty.inner if isinstance(ty, T.RefTy) else ty
            return _Pat(_Ctor("single", "&", 1), (self.lower(pat.pattern, inner_ty),))
        if isinstance(pat, ast.SlicePattern) and isinstance(ty, T.ArrayTy):
            items = self.c.expanded.get(id(pat), pat.items)
            return _Pat(_Ctor("single", "tuple", ty.length), tuple(
                self.lower(p, ty.element) for p in items))  # type: ignore[arg-type]
        if isinstance(pat, ast.SlicePattern) and isinstance(ty, T.SliceTy):
            at = next((i for i, p in enumerate(pat.items) if _is_rest(p)), None)
            parts = tuple(self.lower(p, ty.element) for p in pat.items if not _is_rest(p))
            if at is None:  # exactly this many elements
                return _Pat(_Ctor("slice", (len(parts), False), len(parts)), parts)
            # at least this many: the prefix before `..`, then the suffix after it
            return _Pat(_Ctor("slice", (at, True), len(parts)), parts)
        if isinstance(pat, ast.TuplePattern):
            items = self.c.expanded.get(id(pat), pat.items)
            assert isinstance(ty, T.TupleTy)
            return _Pat(_Ctor("single", "tuple", len(ty.items)), tuple(
                self.lower(p, t) for p, t in zip(items, ty.items, strict=True)))  # type: ignore[arg-type]
        if isinstance(pat, ast.LiteralPattern):
            value = _literal(pat.value)
            if isinstance(value, bool):
                return _Pat(_Ctor("bool", value))
            if isinstance(value, int) or (isinstance(value, str) and isinstance(ty, T.CharTy)):
                number = ord(value) if isinstance(value, str) else value
                return _Pat(_Ctor("range", (number, number)))
            return _Pat(_Ctor("opaque", value))
        if isinstance(pat, ast.RangePattern):
            low, high = _bounds(ty)
            start = range_bound(pat.start, self.c.paths) if pat.start is not None else low
            end = range_bound(pat.end, self.c.paths) if pat.end is not None else high
            assert start is not None and end is not None
            return _Pat(_Ctor("range", (start, end if pat.inclusive else end - 1)))
        if isinstance(pat, ast.PathPattern):
            assert info is not None
            return self._variant(pat, (), info)
        if isinstance(pat, ast.TupleStructPattern):
            assert info is not None
            items = self.c.expanded.get(id(pat), pat.items)
            return self._variant(pat, items, info)  # type: ignore[arg-type]
        if isinstance(pat, ast.StructPattern):
            assert info is not None and info.adt is not None and info.adt.defn is not None
            variant = info.adt.defn.variants[info.variant]
            types = info.adt.variant_types(variant)
            fields = [WILD] * len(types)
            for field_pat, index in zip(pat.fields, info.field_indexes, strict=False):
                fields[index] = self.lower(field_pat.pattern, types[index])
            return self._ctor_for(info.adt, info.variant, tuple(fields))
        return _Pat(_Ctor("opaque", id(pat)))

    def _variant(self, pat: ast.Pattern, items: tuple[ast.Pattern, ...],
                 info: PatternInfo) -> _Pat:
        adt, index = info.adt, info.variant
        if adt is None:
            return _Pat(_Ctor("opaque", id(pat)))  # a const pattern: treated as opaque
        assert adt.defn is not None
        variant = adt.defn.variants[index]
        types = adt.variant_types(variant)
        fields = tuple(self.lower(p, t) for p, t in zip(items, types, strict=False))
        fields = fields + (WILD,) * (len(types) - len(fields))
        return self._ctor_for(adt, index, fields)

    def _ctor_for(self, adt: T.AdtTy, index: int, fields: tuple[_Pat, ...]) -> _Pat:
        assert adt.defn is not None
        if adt.defn.is_enum:
            return _Pat(_Ctor("variant", index, len(fields)), fields)
        return _Pat(_Ctor("single", adt.name, len(fields)), fields)

    # ---- usefulness ----
    def missing(self, rows: list[list[_Pat]], types: list[T.Ty], top: bool = True
                ) -> list[str] | None:
        """A witness (one pattern text per column) not covered by the rows, or None."""
        rows = [r for row in rows for r in _expand_or(row)]
        if not types:
            return None if rows else []
        ty = types[0]
        heads = [row[0] for row in rows if row[0].ctor is not None]
        if not heads and not top:
            # No row names a constructor of this column: rustc shows it as `_`
            # (`(i32::MIN..=0_i32, _)`), except for the scrutinee itself.
            rest = self.missing([row[1:] for row in rows], types[1:], False)
            return None if rest is None else ["_", *rest]
        for ctor in self.constructors(ty, heads):
            sub_types = self.field_types(ty, ctor)
            specialised = [self.specialise(row, ctor, len(sub_types)) for row in rows]
            witness = self.missing([r for r in specialised if r is not None],
                                   sub_types + types[1:], False)
            if witness is not None:
                fields = witness[: len(sub_types)]
                return [self.show(ty, ctor, fields), *witness[len(sub_types):]]
        return None

    def every_missing(self, rows: list[list[_Pat]], types: list[T.Ty], top: bool = True,
                      limit: int = 64) -> list[list[str]] | None:
        """Every witness rustc lists, as `missing` finds the first: where some of a
        column's constructors are named by no row, only those (`_` if no row names any);
        where every one is named, the witnesses inside each. None past `limit`."""
        rows = [r for row in rows for r in _expand_or(row)]
        if not types:
            return [] if rows else [[]]
        ty = types[0]
        heads = [row[0] for row in rows if row[0].ctor is not None]
        if not heads and not top:
            rest = self.every_missing([row[1:] for row in rows], types[1:], False, limit)
            return None if rest is None else [["_", *w] for w in rest]
        found: list[list[str]] = []
        ctors = self.constructors(ty, heads)
        absent = [c for c in ctors if not any(
            self.specialise([h], c, len(self.field_types(ty, c))) is not None for h in heads)]
        for ctor in absent or ctors:
            sub_types = self.field_types(ty, ctor)
            specialised = [self.specialise(row, ctor, len(sub_types)) for row in rows]
            inner = self.every_missing([r for r in specialised if r is not None],
                                       sub_types + types[1:], False, limit)
            if inner is None:
                return None
            found += [[self.show(ty, ctor, w[: len(sub_types)]), *w[len(sub_types):]]
                      for w in inner]
            if len(found) > limit:
                return None
        return found

    def specialise(self, row: list[_Pat], ctor: _Ctor, arity: int) -> list[_Pat] | None:
        head = row[0]
        if head.ctor is None:
            return [WILD] * arity + row[1:]
        if ctor.kind == "length":  # a slice of `arity` elements (or more, `..` shown)
            if head.ctor.kind != "slice":
                return None
            shape = head.ctor.value
            assert isinstance(shape, tuple)
            prefix: int = shape[0]
            variable: bool = shape[1]
            count = head.ctor.arity
            if not variable:
                return list(head.fields) + row[1:] if count == arity and not ctor.value \
                    else None
            if arity < count:
                return None
            fields = list(head.fields)
            return fields[:prefix] + [WILD] * (arity - count) + fields[prefix:] + row[1:]
        if head.ctor.kind == "range" and ctor.kind == "range":
            lo, hi = head.ctor.bounds
            clo, chi = ctor.bounds
            return row[1:] if lo <= clo and chi <= hi else None
        if head.ctor.kind == ctor.kind and head.ctor.value == ctor.value:
            return list(head.fields) + row[1:]
        if head.ctor.kind == "single" and ctor.kind == "single":
            return list(head.fields) + row[1:]
        return None

    def constructors(self, ty: T.Ty, heads: list[_Pat]) -> list[_Ctor]:
        if isinstance(ty, T.AdtTy) and ty.defn is not None and ty.defn.is_enum:
            return [_Ctor("variant", i, len(ty.variant_types(v)))
                    for i, v in enumerate(ty.defn.variants)]
        if isinstance(ty, T.BoolTy):
            return [_Ctor("bool", False), _Ctor("bool", True)]
        if isinstance(ty, T.TupleTy):
            return [_Ctor("single", "tuple", len(ty.items))]
        if isinstance(ty, T.ArrayTy):
            return [_Ctor("single", "tuple", ty.length)]
        if isinstance(ty, T.RefTy):
            return [_Ctor("single", "&", 1)]
        if isinstance(ty, T.AdtTy) and ty.defn is not None:
            return [_Ctor("single", ty.name, len(ty.variant_types(ty.defn.variants[0])))]
        if isinstance(ty, T.IntTy | T.CharTy):
            return self.split_ranges(ty, heads)
        if isinstance(ty, T.SliceTy):
            return self.slice_lengths(heads)
        # Strings, floats, slices: only a wildcard covers every value.
        return [_Ctor("opaque", None)]

    def slice_lengths(self, heads: list[_Pat]) -> list[_Ctor]:
        """Slices by length, as rustc splits them: every length up to the longest any
        arm names exactly (or past every `..` arm's fixed elements), then one class for
        all longer ones (a witness shows it with `..`)."""
        fixed = [h.ctor.arity for h in heads if h.ctor is not None and h.ctor.kind == "slice"
                 and not h.ctor.value[1]]  # type: ignore[index]
        variable = [h.ctor.arity for h in heads if h.ctor is not None
                    and h.ctor.kind == "slice" and h.ctor.value[1]]  # type: ignore[index]
        if not variable:
            longest = max(fixed, default=-1) + 1
        else:
            longest = max(max(fixed, default=-1) + 1, max(variable))
        return [_Ctor("length", False, n) for n in range(longest)] + [
            _Ctor("length", True, longest)]

    def split_ranges(self, ty: T.Ty, heads: list[_Pat]) -> list[_Ctor]:
        low, high = _bounds(ty)
        cuts = {low, high + 1}
        for head in heads:
            if head.ctor is not None and head.ctor.kind == "range":
                lo, hi = head.ctor.bounds
                cuts.update((max(lo, low), min(hi + 1, high + 1)))
        points = sorted(c for c in cuts if low <= c <= high + 1)
        ranges = [(a, b - 1) for a, b in itertools.pairwise(points) if a < b]
        if isinstance(ty, T.CharTy):
            ranges = [r for r in ranges if not (r[0] >= 0xD800 and r[1] <= 0xDFFF)]
        return [_Ctor("range", r) for r in ranges]

    def field_types(self, ty: T.Ty, ctor: _Ctor) -> list[T.Ty]:
        if isinstance(ty, T.SliceTy):
            return [ty.element] * ctor.arity
        if isinstance(ty, T.TupleTy):
            return list(ty.items)
        if isinstance(ty, T.ArrayTy):
            return [ty.element] * ty.length
        if isinstance(ty, T.RefTy):
            return [ty.inner]
        if isinstance(ty, T.AdtTy) and ty.defn is not None:
            index = ctor.value if ctor.kind == "variant" else 0
            assert isinstance(index, int)
            return list(ty.variant_types(ty.defn.variants[index]))
        return []

    def show(self, ty: T.Ty, ctor: _Ctor, fields: list[str]) -> str:
        if ctor.kind == "variant" and isinstance(ty, T.AdtTy) and ty.defn is not None:
            assert isinstance(ctor.value, int)
            variant = ty.defn.variants[ctor.value]
            prefix = "" if ty.name in ("Option", "Result") else f"{ty.name}::"
            if variant.kind == "tuple":
                return f"{prefix}{variant.name}({', '.join(fields)})"
            if variant.kind == "named":
                inner = ", ".join(f"{n}: {f}" for n, f in zip(variant.field_names, fields,
                                                             strict=True))
                return f"{prefix}{variant.name} {{ {inner} }}"
            return f"{prefix}{variant.name}"
        if ctor.kind == "bool":
            return "true" if ctor.value else "false"
        if ctor.kind == "length":
            return "[" + ", ".join([*fields, ".."] if ctor.value else fields) + "]"
        if ctor.kind == "single" and ctor.value == "tuple" and isinstance(ty, T.ArrayTy):
            return f"[{', '.join(fields)}]"
        if ctor.kind == "single" and ctor.value == "tuple":
            return f"({', '.join(fields)})"
        if ctor.kind == "single" and ctor.value == "&":
            return f"&{fields[0]}"
        if ctor.kind == "single" and isinstance(ty, T.AdtTy) and ty.defn is not None:
            variant = ty.defn.variants[0]
            if variant.kind == "tuple":
                return f"{ty.name}({', '.join(fields)})"
            inner = ", ".join(f"{n}: {f}" for n, f in zip(variant.field_names, fields,
                                                         strict=True))
            return f"{ty.name} {{ {inner} }}"
        if ctor.kind == "range":
            return _show_range(ty, ctor.bounds)
        return "_"


def _is_rest(pat: ast.Pattern) -> bool:
    return isinstance(pat, ast.RestPattern) or (
        isinstance(pat, ast.BindingPattern) and isinstance(pat.pattern, ast.RestPattern))


def _expand_or(row: list[_Pat]) -> list[list[_Pat]]:
    if not row or not row[0].alternatives:
        return [row]
    return [r for alt in row[0].alternatives for r in _expand_or([alt, *row[1:]])]


def range_bound(e: ast.Expr, paths: Mapping[int, PathValue]) -> int | None:
    """A range pattern's end as a number (a char as its code point): a literal, or a path
    the checker evaluated (`i32::MIN`, a `const`); None if it is neither."""
    value = _literal(e)
    if isinstance(e, ast.Path):
        known = paths.get(id(e))
        if known is not None and known.kind == "value":
            value = known.value
    if isinstance(value, str) and len(value) == 1:
        return ord(value)
    return value if type(value) is int else None


def _literal(e: ast.Expr) -> object:
    if isinstance(e, ast.IntLit | ast.BoolLit | ast.CharLit | ast.StrLit | ast.FloatLit):
        return e.value
    if isinstance(e, ast.Unary) and e.op == "-" and isinstance(e.operand, ast.IntLit):
        return -e.operand.value
    return None


def _bounds(ty: T.Ty) -> tuple[int, int]:
    if isinstance(ty, T.IntTy):
        return ty.min, ty.max
    return 0, 0x10FFFF  # char


def _show_range(ty: T.Ty, bounds: tuple[int, int]) -> str:
    lo, hi = bounds
    low, high = _bounds(ty)

    def end(value: int) -> str:
        if isinstance(ty, T.CharTy):
            return repr(chr(value)) if value <= 0x10FFFF else "'\\u{10ffff}'"
        if value == high and isinstance(ty, T.IntTy):
            return f"{ty}::MAX"
        if value == low and isinstance(ty, T.IntTy) and ty.signed:
            return f"{ty}::MIN"
        return f"{value}_{ty}"

    if lo == hi:
        return end(lo)
    return f"{end(lo)}..={end(hi)}"


def missing_patterns(match: ast.Match, checked: CheckedProgram) -> Diagnostic | None:
    """E0004 for a non-exhaustive `match`, naming the missing patterns as rustc does: one
    per missing constructor of the scrutinee's type, "`A`, `B` and `C`", "and N more"."""
    scrutinee_ty = checked.types[id(match.scrutinee)]
    analysis = _Analysis(checked)
    rows = [[analysis.lower(arm.pattern, scrutinee_ty)] for arm in match.arms
            if arm.guard is None]
    if analysis.missing(rows, [scrutinee_ty]) is None:
        return None
    every = _slice_witnesses(analysis, rows, scrutinee_ty, match)
    if every is not None and len(every) > 1:
        listed = _joined(every)
        return Diagnostic(f"non-exhaustive patterns: {listed} not covered",
                          match.scrutinee.span, "E0004", f"patterns {listed} not covered")
    found_all = _top_witnesses(analysis, rows, scrutinee_ty)
    shown_all = [w for w, _ in found_all]
    text = _joined(shown_all)
    plural = "patterns" if len(shown_all) > 1 else "pattern"
    found = Diagnostic(f"non-exhaustive patterns: {text} not covered", match.scrutinee.span,
                       "E0004", f"{plural} {text} not covered")
    if not all(whole for _, whole in found_all):
        return found
    return _with_arm_suggestion(found, match, checked, scrutinee_ty, shown_all)


def _slice_witnesses(analysis: _Analysis, rows: list[list[_Pat]], ty: T.Ty,
                     match: ast.Match) -> list[str] | None:
    """A slice scrutinee's missing patterns, one per length rustc reports (None if the
    scrutinee is not a slice). What this cannot list as rustc does is refused."""
    refs = 0
    while isinstance(ty, T.RefTy):
        ty, refs = ty.inner, refs + 1
    if not isinstance(ty, T.SliceTy):
        return None
    level: list[_Pat] = []
    for (pat,) in rows:
        for _ in range(refs):
            if pat.alternatives:
                raise CompileError([unsupported("or-patterns in a non-exhaustive slice match",
                                                match.scrutinee.span)])
            pat = pat.fields[0] if pat.ctor is not None else WILD
        if pat.alternatives:
            raise CompileError([unsupported("or-patterns in a non-exhaustive slice match",
                                            match.scrutinee.span)])
        level.append(pat)
    heads = [p for p in level if p.ctor is not None]
    found: list[str] = []
    for ctor in analysis.slice_lengths(heads):
        kept = [r for r in (analysis.specialise([p], ctor, ctor.arity) for p in level)
                if r is not None]
        witness = analysis.missing(kept, [ty.element] * ctor.arity, False)
        if witness is None:
            continue
        if any(w != "_" for w in witness):
            raise CompileError([unsupported("listing the missing patterns of this slice "
                                            "match", match.scrutinee.span)])
        found.append("&" * refs + analysis.show(ty, ctor, witness))
    return found


def _joined(shown: list[str]) -> str:
    """rustc's list of uncovered patterns: up to three, then "and N more"."""
    quoted = [f"`{w}`" for w in shown]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) <= 3:
        return ", ".join(quoted[:-1]) + f" and {quoted[-1]}"
    return ", ".join(quoted[:3]) + f" and {len(quoted) - 3} more"


def _top_witnesses(analysis: _Analysis, rows: list[list[_Pat]], ty: T.Ty
                   ) -> list[tuple[str, bool]]:
    """For each constructor of the scrutinee's type that some value misses: a witness, and
    whether the constructor is missing as a whole (nothing inside it covered)."""
    rows = [r for row in rows for r in _expand_or(row)]
    heads = [row[0] for row in rows if row[0].ctor is not None]
    out: list[tuple[str, bool]] = []
    for ctor in analysis.constructors(ty, heads):
        sub_types = analysis.field_types(ty, ctor)
        specialised = [analysis.specialise(row, ctor, len(sub_types)) for row in rows]
        kept = [r for r in specialised if r is not None]
        witness = analysis.missing(kept, sub_types, False)
        if witness is not None:
            whole = not kept and all(w == "_" for w in witness)
            out.append((analysis.show(ty, ctor, witness[: len(sub_types)]), whole))
    return out


def _with_arm_suggestion(found: Diagnostic, match: ast.Match, checked: CheckedProgram,
                         ty: T.Ty, shown_all: list[str]) -> Diagnostic:
    """rustc's notes and its new-arm suggestion (measured with rustc 1.95): for an integer
    or `bool`, or an enum of the program whose missing variants are named; the new arm
    goes after the last one, on a line of its own."""
    children: list[SubNote] = []
    if isinstance(ty, T.AdtTy):
        defined = _defined_here(ty, shown_all, checked)
        if defined is None:
            return found
        children.append(defined)
    elif not isinstance(ty, T.IntTy | T.BoolTy):
        return found
    children.append(SubNote("note", f"the matched value is of type `{ty}`"))
    if not match.arms:
        return found
    last = match.arms[-1]
    before = match.arms[-2].span.end_line if len(match.arms) > 1 else match.span.line
    if last.span.line <= before or last.span.col < 1:
        return found
    end = Span(last.span.end_line, last.span.end_col, last.span.end_line, last.span.end_col,
               last.span.end, last.span.end)
    indent = " " * (last.span.col - 1)
    if len(shown_all) == 1:
        how = "a match arm with a wildcard pattern or an explicit pattern as shown"
        arm = shown_all[0]
    elif len(shown_all) <= 3:
        how = ("a match arm with a wildcard pattern, a match arm with multiple or-patterns "
               "as shown, or multiple match arms")
        arm = " | ".join(shown_all)
    else:
        how = "a match arm with a wildcard pattern as shown, or multiple match arms"
        arm = "_"
    return dataclasses.replace(found, children=tuple(children), suggestions=(Suggestion(
        f"ensure that all possible cases are being handled by adding {how}",
        (Edit(end, f",\n{indent}{arm} => todo!()"),)),))


def _defined_here(ty: T.AdtTy, shown_all: list[str], checked: CheckedProgram
                  ) -> SubNote | None:
    """`note: `E` defined here` with `not covered` under each missing variant, for an enum
    of the program whose missing patterns all name a variant (None otherwise)."""
    enum = next((item for item in checked.program.items if isinstance(item, ast.EnumItem)
                 and ty.defn is not None and ty.defn.is_enum and item.name == ty.name
                 and ty.defn.span is not None), None)
    if enum is None:
        return None
    labels: list[Label] = []
    for shown in shown_all:
        variant = shown.split("::", 1)[1].split("(")[0].split(" ")[0] if (
            shown.startswith(f"{ty.name}::")) else None
        place = next((v for v in enum.variants if v.name == variant), None)
        if place is None:
            return None
        at = place.span
        labels.append(Label(Span(at.line, at.col, at.line, at.col + len(place.name),
                                 at.start, at.start + len(place.name)), "not covered"))
    return SubNote("note", f"`{ty.name}` defined here", enum.name_span, "", tuple(labels))


# Where an irrefutable pattern is required, and what rustc calls the place (E0005).
REFUTABLE_PLACES = {"let": "local binding", "for": "`for` loop binding",
                    "fn": "function argument", "closure": "closure argument"}


def refutable_binding(pat: ast.Pattern, ty: T.Ty, place: str,
                      checked: CheckedProgram) -> Diagnostic | None:
    """E0005 for a `let`, `for` or parameter pattern that does not match every value of
    `ty` (`let Some(x) = opt;`, or a `const`'s name in `let LIMIT = 3;`)."""
    analysis = _Analysis(checked)
    witness = analysis.missing([[analysis.lower(pat, ty)]], [ty])
    if witness is None:
        return None
    every = analysis.every_missing([[analysis.lower(pat, ty)]], [ty])
    shown_all = [w[0] for w in every] if every else [witness[0]]
    notes: tuple[str, ...] = ()
    if place == "let":
        notes = ('`let` bindings require an "irrefutable pattern", like a `struct` or an '
                 "`enum` with only one variant",
                 "for more information, visit "
                 "https://doc.rust-lang.org/book/ch19-02-refutability.html")
    children: list[SubNote] = []
    if isinstance(ty, T.AdtTy) and place in ("let", "for"):
        defined = _defined_here(ty, shown_all, checked)
        children += [defined] if defined is not None else []
    children.append(SubNote("note", f"the matched value is of type `{ty}`"))
    help_ = let_help(pat, len(shown_all), checked) if place == "let" else None
    const = const_help(pat, checked)
    labels = (const[0],) if const is not None else ()
    help_ = const[1] if const is not None else help_
    plural = "patterns" if len(shown_all) > 1 else "pattern"
    return Diagnostic(f"refutable pattern in {REFUTABLE_PLACES[place]}", pat.span, "E0005",
                      f"{plural} {_joined(shown_all)} not covered", labels, notes=notes,
                      children=tuple(children),
                      suggestions=(help_,) if help_ is not None else ())

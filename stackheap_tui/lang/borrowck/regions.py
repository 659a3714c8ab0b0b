"""A signature's universal regions: the lifetimes a function's body must respect.

Every lifetime a signature names or elides is a region the caller chooses: `'a` in
`fn f<'a>(x: &'a str)`, the elided one of `y: &str` (rustc calls it `'1`, `'2`, ... in
its messages), those hidden in a struct path (`&mut Stack` of a `Stack<'a>`), and
`'static`. What the body may assume about them is what the signature says: declared
bounds (`'b: 'a`, `where 'b: 'a`) and the bounds a reference's type implies
(`&'a S<'b>` implies `'b: 'a`). The borrow checker (`universal.py`) checks a value
that flows into the returned value, or into data behind a `&mut` parameter, against
these regions.

A generic type parameter `T` may hold references of any lifetime: its "region" is
opaque (`?T`), and a check that would depend on it is refused rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stackheap_tui.lang import ast
from stackheap_tui.lang.borrowck.places import Proj
from stackheap_tui.lang.span import Span

STATIC = "'static"


@dataclass(frozen=True, slots=True)
class Region:
    key: str  # "'a", "'static", "#3" (elided), "?T" (a type parameter: opaque)
    name: str | None  # as written ("'a"); None for an elided one
    span: Span  # named: where it is declared; elided: the `&` (or type) it belongs to
    hidden_in: str = ""  # an elided lifetime of a struct path: that type's text


@dataclass(frozen=True, slots=True)
class RType:
    """A type with its regions, to follow a place's projections: `kind` is "ref"
    (`region`, `mutable`, `items[0]`), "adt" (`name`, `regions` its lifetime arguments,
    `items` its type arguments), "tuple", "array" (`items[0]`) or "opaque" (`regions`)."""

    kind: str
    name: str = ""
    region: str = ""
    mutable: bool = False
    regions: tuple[str, ...] = ()
    items: tuple[RType, ...] = ()

    def all_regions(self) -> list[str]:
        out = [self.region] if self.region else []
        out += self.regions
        for item in self.items:
            out += item.all_regions()
        return out


@dataclass
class ParamRegions:
    name: str
    regions: tuple[str, ...]  # in the order the type names them
    top: str | None  # the outer reference's region (`&'a T`: 'a)
    inner: tuple[str, ...]  # where a store through this parameter may put a reference
    type: ast.TypeExpr | None  # None for `self`
    span: Span  # the parameter (for `self`: `&mut self`)
    is_self: bool = False
    shape: RType | None = None  # its type with regions (None: not read)


@dataclass
class Signature:
    regions: dict[str, Region] = field(default_factory=dict)
    params: list[ParamRegions] = field(default_factory=list)
    ret: tuple[str, ...] = ()
    ret_shape: RType | None = None
    outlives_pairs: set[tuple[str, str]] = field(default_factory=set)
    kind: str = "function"  # "method", "associated function"
    structs: dict[str, ast.StructItem | ast.EnumItem] = field(default_factory=dict)

    def outlives(self, longer: str, shorter: str) -> bool:
        if longer in (shorter, STATIC):
            return True
        return (longer, shorter) in self.outlives_pairs


class _Collector:
    def __init__(self, structs: dict[str, ast.StructItem | ast.EnumItem],
                 declared: dict[str, Span], type_params: set[str]) -> None:
        self.structs = structs
        self.declared = declared
        self.type_params = type_params
        self.sig = Signature()
        self.count = 0
        self.self_regions: tuple[str, ...] = ()
        self.self_shape: RType | None = None
        self.elided_to: str | None = None  # while reading the return type
        self.ok = True

    def fresh(self, span: Span, hidden_in: str = "") -> str:
        if self.elided_to is not None:
            return self.elided_to
        self.count += 1
        key = f"#{self.count}"
        self.sig.regions[key] = Region(key, None, span, hidden_in)
        return key

    def named(self, name: str | None, span: Span, hidden_in: str = "") -> str:
        if name is None or name == "'_":
            return self.fresh(span, hidden_in)
        if name == STATIC:
            self.sig.regions.setdefault(STATIC, Region(STATIC, STATIC, span))
            return STATIC
        if name not in self.sig.regions:
            at = self.declared.get(name)
            if at is None:
                self.ok = False  # undeclared: E0261 is reported elsewhere
                at = span
            self.sig.regions[name] = Region(name, name, at)
        return name

    def of_type(self, ty: ast.TypeExpr | None, out: list[str]) -> RType | None:
        if ty is None:
            return None
        before = len(out)
        shape = self._of_type(ty, out)
        if shape is None:
            return RType("opaque", regions=tuple(out[before:]))
        return shape

    def _of_type(self, ty: ast.TypeExpr, out: list[str]) -> RType | None:
        if isinstance(ty, ast.TypeRef):
            amp = Span(ty.span.line, ty.span.col, ty.span.line, ty.span.col + 1,
                       ty.span.start, ty.span.start + 1)
            region = self.named(ty.lifetime, amp)
            out.append(region)
            inside: list[str] = []
            inner = self.of_type(ty.inner, inside)
            for r in inside:
                self.sig.outlives_pairs.add((r, region))  # `&'a T` implies `T: 'a`
            out.extend(inside)
            return RType("ref", region=region, mutable=ty.mutable,
                         items=(inner,) if inner else ())
        if isinstance(ty, ast.TypePath):
            name = ty.segments[-1]
            if ty.segments == ("Self",):
                out.extend(self.self_regions)
                return self.self_shape
            if len(ty.segments) == 1 and name in self.type_params:
                key = "?" + name
                self.sig.regions.setdefault(key, Region(key, None, ty.span))
                out.append(key)
                return None
            item = self.structs.get(name) if len(ty.segments) == 1 else None
            wanted = sum(1 for g in item.generics if g.name.startswith("'")) if item else 0
            given = list(ty.lifetimes)
            if given and len(given) != wanted:
                self.ok = False
            regions = []
            for i in range(wanted):
                regions.append(self.named(given[i] if i < len(given) else None, ty.span,
                                          hidden_in=_text(ty)))
            out.extend(regions)
            args = []
            for arg in ty.args:
                shape = self.of_type(arg, out)
                if shape is not None:
                    args.append(shape)
            return RType("adt", name=name if len(ty.segments) == 1 else "",
                         regions=tuple(regions), items=tuple(args))
        if isinstance(ty, ast.TypeTuple):
            items = [self.of_type(item_ty, out) for item_ty in ty.items]
            return RType("tuple", items=tuple(i for i in items if i is not None))
        if isinstance(ty, ast.TypeArray):
            element = self.of_type(ty.element, out)
            return RType("array", items=(element,) if element else ())
        if isinstance(ty, ast.TypeImpl):
            self.ok = False
        return None


def _text(ty: ast.TypeExpr) -> str:
    if isinstance(ty, ast.TypePath):
        return "::".join(ty.segments)
    return ""


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def signature_regions(item: ast.FnItem, impl: ast.ImplItem | None,
                      structs: dict[str, ast.StructItem | ast.EnumItem],
                      owner: str | None) -> Signature | None:
    """The universal regions of `item`'s signature (None: one this cannot read)."""
    generics = (*(impl.generics if impl else ()), *item.generics)
    declared: dict[str, Span] = {}
    for g in generics:
        if g.name.startswith("'"):
            s = g.span
            declared[g.name] = Span(s.line, s.col, s.line, s.col + len(g.name), s.start,
                                    s.start + len(g.name))
    type_params = {g.name for g in generics if not g.name.startswith("'")}
    c = _Collector(structs, declared, type_params)
    sig = c.sig
    sig.structs = structs
    if item.self_param is not None:
        sig.kind = "method"
    elif owner is not None:
        sig.kind = "associated function"
    if impl is not None:
        impl_regions: list[str] = []
        c.self_shape = c.of_type(impl.self_type, impl_regions)
        c.self_regions = _unique(impl_regions)
    elif item.self_param is not None:
        c.self_regions = ("?Self",)
        sig.regions["?Self"] = Region("?Self", None, item.self_param.span)
    for g in generics:
        for shorter in g.outlives:
            c.named(g.name, g.span)
            c.named(shorter, g.span)
            sig.outlives_pairs.add((g.name, shorter))
    if item.self_param is not None:
        sp = item.self_param
        if sp.by_ref:
            amp = Span(sp.span.line, sp.span.col, sp.span.line, sp.span.col + 1,
                       sp.span.start, sp.span.start + 1)
            top = c.named(sp.lifetime, amp)
            for r in c.self_regions:
                sig.outlives_pairs.add((r, top))
            regions = (top, *c.self_regions)
            inner = c.self_regions if sp.mutable_ref else ()
            self_ref = RType("ref", region=top, mutable=sp.mutable_ref,
                             items=(c.self_shape,) if c.self_shape else ())
            sig.params.append(ParamRegions("self", _unique(list(regions)), top, inner, None,
                                           sp.span, is_self=True, shape=self_ref))
        else:
            sig.params.append(ParamRegions("self", c.self_regions, None, c.self_regions,
                                           None, sp.span, is_self=True, shape=c.self_shape))
    for param in item.params:
        found: list[str] = []
        shape = c.of_type(param.type, found)
        ty = param.type
        param_top = found[0] if isinstance(ty, ast.TypeRef) else None
        if isinstance(ty, ast.TypeRef):
            # A store through `&mut T` goes into `T`'s regions; nothing goes through `&T`.
            inner = _unique(found[1:]) if ty.mutable else ()
        else:
            inner = _unique(found)
        name = param.pattern.name if isinstance(param.pattern, ast.IdentPattern) else "_"
        sig.params.append(ParamRegions(name, _unique(found), param_top, inner, ty, param.span,
                                       shape=shape))
    # Elided lifetimes in the return type: `&self`'s, else the only one among the inputs.
    inputs = _unique([r for p in sig.params for r in p.regions])
    self_top = sig.params[0].top if sig.params and sig.params[0].is_self else None
    if self_top is not None:
        c.elided_to = self_top
    elif len(inputs) == 1:
        c.elided_to = inputs[0]
    else:
        c.elided_to = "?elided"  # E0106 unless nothing is elided
    ret: list[str] = []
    sig.ret_shape = c.of_type(item.return_type, ret)
    if "?elided" in ret:
        return None
    sig.ret = _unique(ret)
    _close(sig)
    return sig if c.ok else None


def _close(sig: Signature) -> None:
    """The transitive closure of the outlives relation."""
    pairs = sig.outlives_pairs
    changed = True
    while changed:
        changed = False
        for a, b in list(pairs):
            for c, d in list(pairs):
                if b == c and a != d and (a, d) not in pairs:
                    pairs.add((a, d))
                    changed = True


# ---- the regions of a place inside a parameter ----
@dataclass(frozen=True, slots=True)
class Source:
    """Where a value came from: parameter `param`, with the regions it may have; for a
    value read from a place inside it, that place's type and the references followed
    to reach it (`via`), so a reference to its reference-free data can be told apart."""

    param: int
    regions: tuple[str, ...]
    shape: RType | None
    via: tuple[str, ...] = ()


def place_regions(sig: Signature, param: int, shape: RType | None, proj: tuple[Proj, ...],
                  borrowed: bool) -> Source | None:
    """The regions a value read from (or, `borrowed`, a reference to) the place at `proj`
    inside a parameter of type `shape` may have; None when the path is not followed.
    A reborrow through references lives as long as the references it goes through,
    back to the last shared one (a shared `&'a &'b T` gives out `&'b T`)."""
    through: list[RType] = []
    for p in proj:
        if shape is None:
            return None
        if p.kind == "deref":
            if shape.kind == "ref":
                through.append(shape)
                shape = shape.items[0] if shape.items else None
            elif shape.kind == "adt" and shape.name in ("Box", "Rc", "Arc") and shape.items:
                shape = shape.items[0]
            elif shape.kind == "adt" and shape.name == "Vec" and shape.items:
                shape = RType("array", items=shape.items[:1])
            elif shape.kind == "adt" and shape.name == "String" and not shape.items:
                shape = RType("adt", name="str")
            else:
                return None
        elif p.kind == "index":
            if shape.items and (shape.kind == "array" or (
                    shape.kind == "adt" and shape.name == "Vec")):
                shape = shape.items[0]
            else:
                return None
        elif p.kind == "field":
            if shape.kind == "tuple" and p.index < len(shape.items):
                shape = shape.items[p.index]
            elif shape.kind == "adt":
                shape = _field(sig, shape, p)
            else:
                return None
        else:
            return None
    if shape is None:
        return None
    out = shape.all_regions()
    via: list[str] = []
    for ref in reversed(through):
        via.append(ref.region)
        if not ref.mutable:
            break
    if borrowed:
        out += via
        return Source(param, _unique(out), shape, tuple(via))
    return Source(param, _unique(out), shape)


def _field(sig: Signature, shape: RType, p: Proj) -> RType | None:
    item = sig.structs.get(shape.name)
    if item is None:
        return None
    if isinstance(item, ast.StructItem):
        fields = item.fields
    else:
        if p.variant < 0 or p.variant >= len(item.variants):
            return None
        fields = item.variants[p.variant].fields
    if p.index >= len(fields):
        return None
    lifetimes = [g.name for g in item.generics if g.name.startswith("'")]
    params = [g.name for g in item.generics if not g.name.startswith("'")]
    if len(lifetimes) != len(shape.regions) or len(params) != len(shape.items):
        return None
    subst = dict(zip(lifetimes, shape.regions, strict=True))
    types = dict(zip(params, shape.items, strict=True))
    return _substitute(fields[p.index].type, subst, types, sig)


def _substitute(ty: ast.TypeExpr, subst: dict[str, str], types: dict[str, RType],
                sig: Signature) -> RType | None:
    if isinstance(ty, ast.TypeRef):
        region = STATIC if ty.lifetime == STATIC else subst.get(ty.lifetime or "")
        if region is None:
            return None
        inner = _substitute(ty.inner, subst, types, sig)
        return RType("ref", region=region, mutable=ty.mutable,
                     items=(inner,) if inner else ())
    if isinstance(ty, ast.TypePath):
        if len(ty.segments) == 1 and ty.segments[0] in types and not ty.args:
            return types[ty.segments[0]]
        regions = []
        for name in ty.lifetimes:
            region = STATIC if name == STATIC else subst.get(name)
            if region is None:
                return None
            regions.append(region)
        item = sig.structs.get(ty.segments[-1]) if len(ty.segments) == 1 else None
        wanted = sum(1 for g in item.generics if g.name.startswith("'")) if item else 0
        if wanted != len(regions):
            return None
        args = []
        for arg in ty.args:
            shape = _substitute(arg, subst, types, sig)
            if shape is None:
                return None
            args.append(shape)
        return RType("adt", name=ty.segments[0] if len(ty.segments) == 1 else "",
                     regions=tuple(regions), items=tuple(args))
    if isinstance(ty, ast.TypeTuple):
        items = []
        for item_ty in ty.items:
            shape = _substitute(item_ty, subst, types, sig)
            if shape is None:
                return None
            items.append(shape)
        return RType("tuple", items=tuple(items))
    if isinstance(ty, ast.TypeArray):
        element = _substitute(ty.element, subst, types, sig)
        return RType("array", items=(element,)) if element else None
    return None


def leaf_only(sig: Signature, shape: RType | None, depth: int = 0) -> bool:
    """Whether every reference in the type points to data holding no reference
    (`&str`, `Option<&i32>`, `Vec<&String>`, a struct of such fields): such a value's
    lifetime is that of the last reference followed to reach that data."""
    if shape is None or shape.kind == "opaque" or depth > 8:
        return False
    if shape.kind == "ref":
        return bool(shape.items) and not shape.items[0].all_regions() and (
            shape.items[0].kind != "opaque")
    if shape.kind == "adt" and shape.regions:
        item = sig.structs.get(shape.name)
        if not isinstance(item, ast.StructItem):
            return False
        fields = [_field(sig, shape, Proj("field", i)) for i in range(len(item.fields))]
        return all(f is not None and (not f.all_regions() or leaf_only(sig, f, depth + 1))
                   for f in fields)
    return all(leaf_only(sig, item, depth + 1) or not item.all_regions()
               for item in shape.items)


def leaf_regions(sig: Signature, shape: RType | None, context: tuple[str, ...] = (),
                 depth: int = 0) -> set[str] | None:
    """The lifetimes a reference to reference-free data inside a value of type `shape`
    may have (`&'1 [&'a str]`: only `'a`; `&'1 Holder<'a>` with a `String` and a
    `&'a str` field: `'1` and `'a`); None when some part of the type is not read."""
    if shape is None or shape.kind == "opaque" or depth > 8:
        return None
    if shape.kind == "ref":
        inner = shape.items[0] if shape.items else None
        here = (*context, shape.region) if shape.mutable else (shape.region,)
        if inner is None:
            return None
        return leaf_regions(sig, inner, here, depth + 1)
    if not shape.all_regions():
        return set(context)  # reference-free data, reached through `context`
    if shape.kind == "adt" and shape.regions:
        item = sig.structs.get(shape.name)
        if item is None or not isinstance(item, ast.StructItem):
            return None
        out: set[str] = set()
        for index in range(len(item.fields)):
            found = leaf_regions(sig, _field(sig, shape, Proj("field", index)), context,
                                 depth + 1)
            if found is None:
                return None
            out |= found
        return out
    found_all: set[str] = set()
    for part in shape.items:
        found = leaf_regions(sig, part, context, depth + 1)
        if found is None:
            return None
        found_all |= found
    return found_all

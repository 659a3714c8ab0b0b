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
from stackheap_tui.lang.span import Span

STATIC = "'static"


@dataclass(frozen=True, slots=True)
class Region:
    key: str  # "'a", "'static", "#3" (elided), "?T" (a type parameter: opaque)
    name: str | None  # as written ("'a"); None for an elided one
    span: Span  # named: where it is declared; elided: the `&` (or type) it belongs to
    hidden_in: str = ""  # an elided lifetime of a struct path: that type's text


@dataclass
class ParamRegions:
    name: str
    regions: tuple[str, ...]  # in the order the type names them
    top: str | None  # the outer reference's region (`&'a T`: 'a)
    inner: tuple[str, ...]  # where a store through this parameter may put a reference
    type: ast.TypeExpr | None  # None for `self`
    span: Span  # the parameter (for `self`: `&mut self`)
    is_self: bool = False


@dataclass
class Signature:
    regions: dict[str, Region] = field(default_factory=dict)
    params: list[ParamRegions] = field(default_factory=list)
    ret: tuple[str, ...] = ()
    outlives_pairs: set[tuple[str, str]] = field(default_factory=set)
    kind: str = "function"  # "method", "associated function"

    def outlives(self, longer: str, shorter: str) -> bool:
        if longer == shorter or longer == STATIC:
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

    def of_type(self, ty: ast.TypeExpr | None, out: list[str]) -> None:
        if ty is None:
            return
        if isinstance(ty, ast.TypeRef):
            amp = Span(ty.span.line, ty.span.col, ty.span.line, ty.span.col + 1,
                       ty.span.start, ty.span.start + 1)
            region = self.named(ty.lifetime, amp)
            out.append(region)
            inside: list[str] = []
            self.of_type(ty.inner, inside)
            for r in inside:
                self.sig.outlives_pairs.add((r, region))  # `&'a T` implies `T: 'a`
            out.extend(inside)
        elif isinstance(ty, ast.TypePath):
            name = ty.segments[-1]
            if ty.segments == ("Self",):
                out.extend(self.self_regions)
                return
            if len(ty.segments) == 1 and name in self.type_params:
                key = "?" + name
                self.sig.regions.setdefault(key, Region(key, None, ty.span))
                out.append(key)
                return
            item = self.structs.get(name) if len(ty.segments) == 1 else None
            wanted = sum(1 for g in item.generics if g.name.startswith("'")) if item else 0
            given = list(ty.lifetimes)
            if given and len(given) != wanted:
                self.ok = False
            for i in range(wanted):
                out.append(self.named(given[i] if i < len(given) else None, ty.span,
                                      hidden_in=_text(ty)))
            for arg in ty.args:
                self.of_type(arg, out)
        elif isinstance(ty, ast.TypeTuple):
            for item_ty in ty.items:
                self.of_type(item_ty, out)
        elif isinstance(ty, ast.TypeArray):
            self.of_type(ty.element, out)
        elif isinstance(ty, ast.TypeImpl):
            self.ok = False


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
    if item.self_param is not None:
        sig.kind = "method"
    elif owner is not None:
        sig.kind = "associated function"
    if impl is not None:
        impl_regions: list[str] = []
        c.of_type(impl.self_type, impl_regions)
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
            sig.params.append(ParamRegions("self", _unique(list(regions)), top, inner, None,
                                           sp.span, is_self=True))
        else:
            sig.params.append(ParamRegions("self", c.self_regions, None, c.self_regions,
                                           None, sp.span, is_self=True))
    for param in item.params:
        found: list[str] = []
        c.of_type(param.type, found)
        ty = param.type
        top = found[0] if isinstance(ty, ast.TypeRef) else None
        if isinstance(ty, ast.TypeRef):
            # A store through `&mut T` goes into `T`'s regions; nothing goes through `&T`.
            inner = _unique(found[1:]) if ty.mutable else ()
        else:
            inner = _unique(found)
        name = param.pattern.name if isinstance(param.pattern, ast.IdentPattern) else "_"
        sig.params.append(ParamRegions(name, _unique(found), top, inner, ty, param.span))
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
    c.of_type(item.return_type, ret)
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

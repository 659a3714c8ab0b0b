"""E0106: a reference in a signature whose lifetime elision cannot supply.

rustc reports this while resolving names, before any body is checked. A returned
reference without a lifetime needs exactly one lifetime among the parameters
(or a `&self`); a struct field's reference always needs one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, Suggestion
from stackheap_tui.lang.span import Span


def _refs(ty: ast.TypeExpr | None) -> Iterator[ast.TypeRef]:
    if ty is None:
        return
    if isinstance(ty, ast.TypeRef):
        yield ty
        yield from _refs(ty.inner)
    elif isinstance(ty, ast.TypePath):
        for arg in ty.args:
            yield from _refs(arg)
    elif isinstance(ty, ast.TypeTuple):
        for item in ty.items:
            yield from _refs(item)
    elif isinstance(ty, ast.TypeArray):
        yield from _refs(ty.element)


def named_lifetimes(ty: ast.TypeExpr | None) -> set[str]:
    """The lifetimes a type names on its references (`&'a str`); not `'static`, not `'_`.
    (Lifetimes given to a struct, `S<'a>`, are not kept by the parser: not seen.)"""
    return {r.lifetime for r in _refs(ty)
            if r.lifetime is not None and r.lifetime not in ("'static", "'_")}


def linked_arguments(item: ast.FnItem) -> dict[int, set[int]]:
    """Parameter i (a `&mut T` whose `T` holds references) → the parameters whose
    borrows the call may store in it: those naming one of the lifetimes inside `T`
    (`fn push<'a>(v: &mut Vec<&'a str>, s: &'a str)`: 1 → {0}... as {0: {1}})."""
    links: dict[int, set[int]] = {}
    for i, param in enumerate(item.params):
        if not (isinstance(param.type, ast.TypeRef) and param.type.mutable):
            continue
        inside = named_lifetimes(param.type.inner)
        if not inside:
            continue
        found = {j for j, other in enumerate(item.params)
                 if j != i and named_lifetimes(other.type) & inside}
        if found:
            links[i] = found
    return links


def returns_only_static(item: ast.FnItem) -> bool:
    """A signature whose returned references are all `&'static`: the result borrows
    nothing from the arguments (`fn name(&self) -> &'static str`)."""
    refs = list(_refs(item.return_type))
    return bool(refs) and all(r.static for r in refs)


# Result types whose own parameters are all that can hold a lifetime.
_LIFETIME_FREE_WRAPPERS = {"Option", "Result", "Vec", "Box", "i8", "i16", "i32", "i64", "i128",
                           "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64",
                           "bool", "char", "str", "String"}


def returns_no_self_borrow(item: ast.FnItem) -> bool:
    """`fn rest(&mut self) -> &'a str` in `impl<'a> Parser<'a>`: every returned reference
    names a lifetime other than `&self`'s, so the result borrows what `self` holds, not
    `self` itself; the call's autoref ends with the call (`let a = p.rest(); let b =
    p.rest();` compiles). Only when every type in the result is known to hold no other
    lifetime (a program's `Token<'a>` keeps none in the AST)."""
    sp = item.self_param
    if sp is None or not sp.by_ref:
        return False
    refs = list(_refs(item.return_type))
    if not refs or not all(r.lifetime is not None and r.lifetime != "'_" and (
            r.lifetime != sp.lifetime) for r in refs):
        return False
    return _only_known_types(item.return_type)


def _only_known_types(ty: ast.TypeExpr | None) -> bool:
    if ty is None:
        return True
    if isinstance(ty, ast.TypeRef):
        return _only_known_types(ty.inner)
    if isinstance(ty, ast.TypePath):
        return (len(ty.segments) == 1 and ty.segments[0] in _LIFETIME_FREE_WRAPPERS
                and all(_only_known_types(a) for a in ty.args))
    if isinstance(ty, ast.TypeTuple):
        return all(_only_known_types(i) for i in ty.items)
    if isinstance(ty, ast.TypeArray):
        return _only_known_types(ty.element)
    return False


def has_lifetime(ref: ast.TypeRef) -> bool:
    """`&'a T`: the AST keeps no lifetime, but its text sits between `&` and the type."""
    written = ref.inner.span.start - ref.span.start
    return written > (5 if ref.mutable else 1)


def _missing(span_ref: ast.TypeRef, label: str) -> Diagnostic:
    s = span_ref.span
    amp = type(s)(s.line, s.col, s.line, s.col + 1, s.start, s.start + 1)
    return Diagnostic("missing lifetime specifier", amp, "E0106",
                      "expected named lifetime parameter", (), help=label or None)


def _point(span: Span, offset: int = 0) -> Span:
    return Span(span.line, span.col + offset, span.line, span.col + offset,
                span.start + offset, span.start + offset)


def _after(span: Span) -> Span:
    return Span(span.end_line, span.end_col, span.end_line, span.end_col, span.end, span.end)


def _introduce(name_span: Span, generics: tuple[ast.GenericParam, ...],
               refs: list[ast.TypeRef]) -> Suggestion | None:
    """rustc's "consider introducing a named lifetime parameter": `<'a>` after the
    name (or `'a, ` first among its parameters) and `'a ` after each `&` given."""
    if any(g.name.startswith("'") for g in generics):
        return None
    head = Edit(_after(name_span), "<'a>") if not generics else Edit(
        _point(_after(name_span), 1), "'a, ")
    return Suggestion("consider introducing a named lifetime parameter",
                      (head, *(Edit(_point(r.span, 1), "'a ") for r in refs)))


def _names(names: list[str]) -> str:
    shown = [f"`{n}`" for n in names]
    return " or ".join(shown) if len(shown) == 2 else ", ".join(shown[:-1]) + ", or " + shown[-1]


def _fn_errors(item: ast.FnItem) -> list[Diagnostic]:
    missing = [r for r in _refs(item.return_type) if not has_lifetime(r)]
    if not missing:
        return []
    if item.self_param is not None and item.self_param.by_ref:
        return []
    inputs = sum(1 for p in item.params for _ in _refs(p.type))
    if inputs == 1:
        return []
    if inputs == 0:
        why = ("this function's return type contains a borrowed value, but there is no value "
               "for it to be borrowed from")
        out = []
        for d in (_missing(r, "") for r in missing):
            fixes: tuple[Suggestion, ...] = ()
            if len(missing) == 1 and missing[0] is item.return_type and not (
                    missing[0].mutable):
                ref = missing[0]
                inner = ref.inner
                owned = "String" if isinstance(inner, ast.TypePath) and (
                    inner.segments == ("str",)) else None
                fixes = (Suggestion("consider using the `'static` lifetime, but this is "
                                    "uncommon unless you're returning a borrowed value from a "
                                    "`const` or a `static`",
                                    (Edit(_point(ref.span, 1), "'static "),)),)
                if owned is not None:
                    fixes += (Suggestion("instead, you are more likely to want to return an "
                                         "owned value", (Edit(ref.span, owned,
                                                              ref.span.end - ref.span.start),)),)
                else:  # `&String` -> `String`: the `&` goes
                    fixes += (Suggestion("instead, you are more likely to want to return an "
                                         "owned value", (Edit(ref.span, "", 1),)),)
            out.append(Diagnostic("missing lifetime specifier", d.span, "E0106", d.label, (),
                                  help=why, suggestions=fixes))
        return out
    holders = [p for p in item.params if any(True for _ in _refs(p.type))]
    names = [p.pattern.name for p in holders if isinstance(p.pattern, ast.IdentPattern)]
    if len(names) == len(holders) and len(holders) >= 2:
        why = ("this function's return type contains a borrowed value, but the signature does "
               f"not say whether it is borrowed from {_names(names)}")
        inputs_refs = [r for p in item.params for r in _refs(p.type)]
        labels = tuple(Label(r.span, "") for r in inputs_refs if r in _top_refs(item))
        everything = [r for r in [*inputs_refs, *missing] if not has_lifetime(r)]
        fix = _introduce(item.name_span, item.generics, everything)
        return [Diagnostic("missing lifetime specifier", d.span, "E0106", d.label, labels,
                           help=why, suggestions=(fix,) if fix is not None else ())
                for d in (_missing(r, "") for r in missing)]
    why = ("this function's return type contains a borrowed value, but the signature does "
           "not say which one of the parameters it is borrowed from")
    return [Diagnostic("missing lifetime specifier", d.span, "E0106", d.label, (), help=why)
            for d in (_missing(r, "") for r in missing)]


def _top_refs(item: ast.FnItem) -> list[ast.TypeRef]:
    """The parameters' outermost references (rustc's labels are on those)."""
    return [p.type for p in item.params if isinstance(p.type, ast.TypeRef)]


def _undeclared(item: ast.FnItem, outer: tuple[ast.GenericParam, ...] = (),
                in_impl: bool = False) -> list[Diagnostic]:
    """E0261: a lifetime a signature's reference names that neither the function nor its
    `impl` declares (`fn f(x: &'a str)`). (A struct's `S<'a>` is not seen: not kept.)"""
    declared = {g.name for g in (*outer, *item.generics) if g.name.startswith("'")}
    errors = []
    for ty in (*(p.type for p in item.params), item.return_type):
        for ref in _refs(ty):
            name = ref.lifetime
            if name is None or name in ("'static", "'_") or name in declared:
                continue
            s = ref.span
            at = type(s)(s.line, s.col + 1, s.line, s.col + 1 + len(name), s.start + 1,
                          s.start + 1 + len(name))
            fix: tuple[Suggestion, ...] = ()
            if not item.generics and not outer and not in_impl:
                n = item.name_span
                fix = (Suggestion(f"consider introducing lifetime `{name}` here", (Edit(
                    type(n)(n.end_line, n.end_col, n.end_line, n.end_col, n.end, n.end),
                    f"<{name}>"),)),)
            errors.append(Diagnostic(f"use of undeclared lifetime name `{name}`", at, "E0261",
                                     "undeclared lifetime", (), suggestions=fix))
    return errors


def _with_fix(d: Diagnostic, item: ast.StructItem | ast.EnumItem, ref: ast.TypeRef
              ) -> Diagnostic:
    fix = _introduce(item.name_span, item.generics, [ref])
    return replace(d, suggestions=(fix,)) if fix is not None else d


def signature_errors(program: ast.Program) -> list[Diagnostic]:
    errors: list[Diagnostic] = []
    for item in program.items:
        if isinstance(item, ast.FnItem):
            errors.extend(_undeclared(item))
            errors.extend(_fn_errors(item))
        elif isinstance(item, ast.ImplItem):
            for method in item.methods:
                errors.extend(_undeclared(method, item.generics, in_impl=True))
                errors.extend(_fn_errors(method))
        elif isinstance(item, ast.StructItem):
            for f in item.fields:
                errors.extend(_with_fix(_missing(r, ""), item, r) for r in _refs(f.type)
                              if not has_lifetime(r))
        elif isinstance(item, ast.EnumItem):
            for variant in item.variants:
                for f in variant.fields:
                    errors.extend(_with_fix(_missing(r, ""), item, r) for r in _refs(f.type)
                                  if not has_lifetime(r))
    return errors

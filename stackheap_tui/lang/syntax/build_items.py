"""Tree → AST for the program and its items: attributes, functions and their
parameters and generics, structs, enums, impls, consts and statics, `use`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax.errors import syntax_error, unsupported
from stackheap_tui.lang.syntax.pieces import (
    TYPE_NODES,
    Attr,
    Builder,
    Part,
    part_value,
    tokens_of,
)
from stackheap_tui.lang.syntax.spans import span_from_token, span_of_token


def _fn(span: Span, c: list[Any]) -> ast.FnItem:
    name = tokens_of(c, "IDENT")[0]
    self_param, params = part_value(c, "params", (None, ()))
    ret = next((x for x in c if isinstance(x, TYPE_NODES)), None)
    generics = _with_where(part_value(c, "generics", ()), part_value(c, "where", ()))
    params, generics = _impl_params(params, generics)
    return ast.FnItem(span, str(name), span_of_token(name), params, ret, c[-1], self_param,
                      generics, unsafe=bool(tokens_of(c, "UNSAFE")))


def _with_where(generics: tuple[ast.GenericParam, ...],
                preds: tuple[tuple[ast.TypeExpr, tuple[ast.TypePath, ...]], ...],
                ) -> tuple[ast.GenericParam, ...]:
    """`where T: A + B` adds its bounds to the type parameter `T`."""
    out = list(generics)
    for ty, bounds in preds:
        if isinstance(ty, str):  # `where 'b: 'a`
            at = next((i for i, g in enumerate(out) if g.name == ty), None)
            if at is not None:
                out[at] = replace(out[at], outlives=(*out[at].outlives, *map(str, bounds)))
            continue
        at = next((i for i, g in enumerate(out) if isinstance(ty, ast.TypePath)
                   and ty.segments == (g.name,) and not ty.args), None)
        if at is None:
            raise CompileError([unsupported("this `where` clause (bounds on a type parameter "
                                            "of the function are supported)", ty.span)])
        out[at] = replace(out[at], bounds=(*out[at].bounds, *bounds))
    return tuple(out)


def _where_pred(span: Span, c: list[Any]) -> tuple[Any, tuple[ast.TypePath, ...]]:
    _plus_only(c)
    if any(x is None for x in c[1:]):
        raise CompileError([unsupported("lifetime bounds on type parameters", span)])
    return c[0], tuple(x for x in c[1:] if isinstance(x, ast.TypePath))


def _where_lifetime(span: Span, c: list[Any]) -> tuple[str, tuple[str, ...]]:
    _plus_only(c)
    names = [str(t) for t in tokens_of(c, "LIFETIME")]
    return names[0], tuple(names[1:])


def _impl_params(params: tuple[ast.Param, ...], generics: tuple[ast.GenericParam, ...],
                 ) -> tuple[tuple[ast.Param, ...], tuple[ast.GenericParam, ...]]:
    """`item: &impl Summary`: an anonymous type parameter named `impl Summary` (rustc's
    name for it), so the function is generic over it like `<T: Summary>`."""
    added: list[ast.GenericParam] = []

    def plain(ty: ast.TypeExpr) -> ast.TypeExpr:
        if isinstance(ty, ast.TypeImpl):
            name = "impl " + "::".join(ty.bound.segments)
            added.append(ast.GenericParam(ty.span, name, (ty.bound,)))
            return ast.TypePath(ty.span, (name,))
        if isinstance(ty, ast.TypeRef):
            return replace(ty, inner=plain(ty.inner))
        return ty

    new = tuple(replace(p, type=plain(p.type)) for p in params)
    return new, (*generics, *added)


# The lints an `allow`, `warn` or `expect` attribute turns off as errors (each is
# deny-by-default; a warning leaves the program compiling and panicking at run time).
LINTS_ALLOWED_BY_ATTRIBUTE = ("arithmetic_overflow", "unconditional_panic",
                              "overflowing_literals")


def allowed_lints(attrs: list[Any]) -> tuple[str, ...]:
    return tuple(arg.name for attr in attrs if isinstance(attr, Attr) and attr.name in (
        "allow", "warn", "expect") for arg in attr.args
        if arg.name in LINTS_ALLOWED_BY_ATTRIBUTE)


def _item(span: Span, c: list[Any]) -> ast.Item:
    node = c[-1]
    named = [arg for attr in c if isinstance(attr, Attr) and attr.name == "derive"
             for arg in attr.args]
    if named and isinstance(node, ast.StructItem | ast.EnumItem):
        node = replace(node, derives=tuple(arg.name for arg in named),
                       derive_spans=tuple(arg.span or span for arg in named))
    allowed = allowed_lints(c)
    if allowed and isinstance(node, ast.FnItem):
        node = replace(node, allowed_lints=node.allowed_lints + allowed)
    elif allowed and isinstance(node, ast.ImplItem):
        node = replace(node, methods=tuple(replace(m, allowed_lints=m.allowed_lints + allowed)
                                           for m in node.methods))
    return node


def _impl_member(span: Span, c: list[Any]) -> ast.FnItem:
    node: ast.FnItem = c[-1]
    allowed = allowed_lints(c)
    return replace(node, allowed_lints=node.allowed_lints + allowed) if allowed else node


def _fn_params(span: Span, c: list[Any]) -> Part:
    self_param = c[0] if isinstance(c[0], ast.SelfParam) else None
    return Part("params", (self_param, tuple(x for x in c if isinstance(x, ast.Param))))


def _plus_only(c: list[Any]) -> None:
    for op in tokens_of(c, "SUM_OP"):
        if str(op) != "+":
            raise syntax_error(f"expected `+`, found `{op}`", span_of_token(op))


def _lifetime_param(span: Span, c: list[Any]) -> ast.GenericParam:
    _plus_only(c)
    return ast.GenericParam(span, str(c[0]), (),
                            tuple(str(t) for t in tokens_of(c, "LIFETIME")[1:]))


def _type_param(span: Span, c: list[Any]) -> ast.GenericParam:
    _plus_only(c)
    if any(x is None for x in c[1:]):  # `T: 'static`: outlives rules are not modelled
        raise CompileError([unsupported("lifetime bounds on type parameters", span)])
    bounds = tuple(x for x in c[1:] if isinstance(x, ast.TypePath))
    return ast.GenericParam(span, str(c[0]), bounds)


def _struct(kind: str) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.StructItem:
        name = tokens_of(c, "IDENT")[0]
        fields = next((x for x in c if isinstance(x, tuple)), ())
        return ast.StructItem(span, str(name), span_of_token(name), kind, fields, (),
                              part_value(c, "generics", ()))

    return build


def _named_field(span: Span, c: list[Any]) -> ast.FieldDef:
    name = tokens_of(c, "IDENT")[0]
    return ast.FieldDef(span_from_token(name, span), str(name), c[-1])


def _tuple_field_def(span: Span, c: list[Any]) -> ast.FieldDef:
    ty = c[-1]
    start = tokens_of(c, "PUB")
    return ast.FieldDef(span_from_token(start[0], span) if start else ty.span, "", ty)


def _variant(kind: str) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.VariantDef:
        name = tokens_of(c, "IDENT")[0]
        fields = next((x for x in c if isinstance(x, tuple)), ())
        return ast.VariantDef(span_from_token(name, span), str(name), kind, fields,
                              part_value(c, "discriminant", None))

    return build


def _enum(span: Span, c: list[Any]) -> ast.EnumItem:
    name = tokens_of(c, "IDENT")[0]
    variants = next((x for x in c if isinstance(x, tuple)), ())
    return ast.EnumItem(span, str(name), span_of_token(name), variants, (),
                        part_value(c, "generics", ()))


def _impl(span: Span, c: list[Any]) -> ast.ImplItem:
    types = [x for x in c if isinstance(x, TYPE_NODES)]
    methods = tuple(x for x in c if isinstance(x, ast.FnItem))
    assoc_types = tuple(x for x in c if isinstance(x, ast.AssocType))
    consts = tuple(x for x in c if isinstance(x, ast.AssocConst))
    trait: ast.TypePath | None = None
    self_type = types[-1]
    if len(types) == 2:
        if not isinstance(types[0], ast.TypePath):
            raise syntax_error("expected a trait, found type", types[0].span)
        trait = types[0]
    generics = _with_where(part_value(c, "generics", ()), part_value(c, "where", ()))
    return ast.ImplItem(span, self_type, trait, methods, generics, assoc_types, consts)


def _trait_fn_sig(span: Span, c: list[Any]) -> ast.FnItem:
    """A required method: its signature, with an empty body at its `;` (never checked)."""
    end = Span(span.end_line, span.end_col - 1, span.end_line, span.end_col, span.end - 1,
               span.end)
    name = tokens_of(c, "IDENT")[0]
    self_param, params = part_value(c, "params", (None, ()))
    ret = next((x for x in c if isinstance(x, TYPE_NODES)), None)
    for ty, bounds in part_value(c, "where", ()):
        if isinstance(ty, str):
            raise CompileError([unsupported("this `where` clause", span)])
        # `where Self: Sized` on a required method changes nothing this subset runs.
        if not (isinstance(ty, ast.TypePath) and ty.segments == ("Self",) and all(
                b.segments == ("Sized",) for b in bounds)):
            raise CompileError([unsupported("this `where` clause", ty.span)])
    return ast.FnItem(span, str(name), span_of_token(name), params, ret,
                      ast.Block(end, (), None), self_param, part_value(c, "generics", ()))


def _trait(span: Span, c: list[Any]) -> ast.TraitItem:
    name = tokens_of(c, "IDENT")[0]
    required = tuple(x.value for x in c if isinstance(x, Part) and x.kind == "required")
    provided = tuple(x for x in c if isinstance(x, ast.FnItem))
    return ast.TraitItem(span, str(name), span_of_token(name), required, provided,
                         part_value(c, "generics", ()), part_value(c, "supertraits", ()),
                         tuple(x for x in c if isinstance(x, ast.AssocType)),
                         tuple(x for x in c if isinstance(x, ast.AssocConst)))


def _assoc_type(span: Span, c: list[Any]) -> ast.AssocType:
    name = tokens_of(c, "IDENT")[0]
    ty = c[-1] if isinstance(c[-1], TYPE_NODES) else None
    return ast.AssocType(span, str(name), span_of_token(name), ty)


def _assoc_const(span: Span, c: list[Any]) -> ast.AssocConst:
    name = tokens_of(c, "IDENT")[0]
    ty = next(x for x in c if isinstance(x, TYPE_NODES))
    value = c[-1] if c[-1] is not ty else None
    return ast.AssocConst(span, str(name), span_of_token(name), ty, value)


def _const(is_static: bool) -> Builder:
    def build(span: Span, c: list[Any]) -> ast.ConstItem:
        name = tokens_of(c, "IDENT")[0]
        mutable = bool(tokens_of(c, "MUT"))  # `static mut`
        return ast.ConstItem(span, str(name), span_of_token(name), c[-2], c[-1], is_static,
                             mutable)

    return build


def _type_alias(span: Span, c: list[Any]) -> ast.TypeAlias:
    name = tokens_of(c, "IDENT")[0]
    return ast.TypeAlias(span, str(name), span_of_token(name), part_value(c, "generics", ()),
                         c[-1])


def _use_group(span: Span, c: list[Any]) -> ast.UseItem:
    path, *rest = [x for x in c if isinstance(x, tuple)]
    return ast.UseItem(span, path, rest[0] if rest else ())


ITEM_BUILDERS: dict[str, Builder] = {
    "start": lambda span, c: ast.Program(tuple(x for x in c if not isinstance(x, Attr)),
                                         allowed_lints(c)),
    # attributes
    "inner_attr": lambda span, c: c[0],
    "outer_attr": lambda span, c: c[0],
    "attr": lambda span, c: Attr(c[0], next((x for x in c[1:] if isinstance(x, tuple)), ()),
                                 span),
    "attr_path": lambda span, c: "::".join(str(t) for t in c),
    "attr_args": lambda span, c: tuple(x for x in c if isinstance(x, Attr)),
    # items
    "item": _item,
    "item_stmt": lambda span, c: ast.ItemStmt(span, c[0]),
    "type_alias": _type_alias,
    "vis": lambda span, c: Part("vis"),
    "fn_item": _fn,
    "fn_params": _fn_params,
    "self_value": lambda span, c: ast.SelfParam(span, False, False, bool(tokens_of(c, "MUT"))),
    "self_ref": lambda span, c: ast.SelfParam(span, True, bool(tokens_of(c, "MUT")), False,
                                              next((str(t) for t in tokens_of(c, "LIFETIME")),
                                                   None)),
    "param": lambda span, c: ast.Param(span, c[0], c[1]),
    "generic_params": lambda span, c: Part("generics", tuple(c)),
    "lifetime_param": _lifetime_param,
    "type_param": _type_param,
    "lifetime_bound": lambda span, c: None,
    "named_struct": _struct("named"),
    "tuple_struct": _struct("tuple"),
    "unit_struct": _struct("unit"),
    "named_fields": lambda span, c: tuple(c),
    "named_field": _named_field,
    "tuple_fields": lambda span, c: tuple(replace(f, name=str(i)) for i, f in enumerate(c)),
    "tuple_field_def": _tuple_field_def,
    "enum_item": _enum,
    "variants": lambda span, c: tuple(c),
    "unit_variant": _variant("unit"),
    "tuple_variant": _variant("tuple"),
    "named_variant": _variant("named"),
    "discriminant": lambda span, c: Part("discriminant", c[0]),
    "impl_item": _impl,
    "impl_member": _impl_member,
    "trait_item": _trait,
    "trait_supers": lambda span, c: Part("supertraits", tuple(
        x for x in c if isinstance(x, ast.TypePath))),
    "trait_member": lambda span, c: c[-1],
    "assoc_type_decl": _assoc_type,
    "assoc_type_def": _assoc_type,
    "assoc_const": _assoc_const,
    "trait_fn_sig": lambda span, c: Part("required", _trait_fn_sig(span, c)),
    "where_clause": lambda span, c: Part("where", tuple(c)),
    "where_pred": _where_pred,
    "where_lifetime": _where_lifetime,
    "const_item": _const(is_static=False),
    "static_item": _const(is_static=True),
    "use_item": lambda span, c: ast.UseItem(span, c[-1]),
    "use_group": _use_group,
    "use_glob": lambda span, c: ast.UseItem(span, next(x for x in c if isinstance(x, tuple)),
                                            ("*",)),
    "use_path": lambda span, c: (*c[0], str(c[1])) if len(c) == 2 else (str(c[0]),),
    "use_names": lambda span, c: tuple("::".join(path) for path in c),
}

"""Paths in value position: local names, consts, functions, unit variants and std constants."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase
from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.program import PathValue
from stackheap_tui.lang.std import atomics, threads

_INT_CONSTS = ("MAX", "MIN", "BITS")
_FLOAT_CONSTS = {"MAX": 1.7976931348623157e308, "MIN": -1.7976931348623157e308,
                 "EPSILON": 2.220446049250313e-16, "INFINITY": float("inf"),
                 "NEG_INFINITY": float("-inf"), "NAN": float("nan"),
                 "MIN_POSITIVE": 2.2250738585072014e-308}
_F32_CONSTS = {"MAX": 3.4028234663852886e38, "MIN": -3.4028234663852886e38,
               "EPSILON": 1.1920928955078125e-07, "INFINITY": float("inf"),
               "NEG_INFINITY": float("-inf"), "NAN": float("nan")}
_MATH_CONSTS = {"PI": 3.141592653589793, "E": 2.718281828459045, "TAU": 6.283185307179586,
                "SQRT_2": 1.4142135623730951, "LN_2": 0.6931471805599453}


# std methods that may be named as functions: what their `&self` must be, and what they
# return ("display": `ToString` through `Display`, for the std types that print)
_METHOD_PATHS: dict[tuple[str, str], tuple[str, T.Ty]] = {
    ("ToString", "to_string"): ("display", T.STRING), ("str", "to_string"): ("str", T.STRING),
    ("str", "to_owned"): ("str", T.STRING), ("str", "len"): ("str", T.USIZE),
    ("str", "to_uppercase"): ("str", T.STRING), ("str", "to_lowercase"): ("str", T.STRING),
    ("String", "len"): ("String", T.USIZE),
}


class PathChecker(CheckerBase):
    """What a path expression names, and its type."""

    def e_Path(self, e: ast.Path, expected: T.Ty | None) -> T.Ty:
        self.no_alias(e)
        segments = e.segments
        if e.as_trait is not None:
            found = self.qualified_const(e)
            if found is not None:
                return found
            raise self.fail("qualified paths (`<T as Trait>::…`) outside a call", e.span)
        if segments[-2:] == ("fmt", "Error"):
            raise self.fail("`fmt::Error` (a `fmt` that fails)", e.span)
        if e.is_name:
            name = segments[0]
            binding = self.lookup(name)
            if binding is not None:
                self.out.bindings[id(e)] = binding
                return binding.ty
            if name in self.items.consts:
                const = self.items.consts[name]
                self.out.paths[id(e)] = PathValue("const", const=const)
                return self.lower(const.type)
        target = self.value_path(e, expected)
        if target is not None:
            return target
        if e.is_name and segments[0] in self.items.functions:
            item = self.items.functions[segments[0]]
            if any(not g.name.startswith("'") for g in item.generics):
                raise self.fail(f"the generic function `{segments[0]}` used as a value",
                                e.span)
            params = tuple(self.items.lower(p.type) for p in item.params)
            ret = self.items.lower(item.return_type) if item.return_type else T.UNIT
            self.out.paths[id(e)] = PathValue("fn", value=item)
            return T.FnTy(params, ret)
        if e.is_name and (segments[0] in ("Some", "Ok", "Err") or (
                segments[0] in self.items.variant_aliases) or (
                segments[0] in self.items.adts and self.items.adts[segments[0]].struct_kind
                == "tuple")):
            # A tuple struct's or variant's constructor as a function value (`.map(Some)`):
            # rustc accepts it; it is a value this subset does not model yet.
            raise self.fail(f"the constructor `{segments[0]}` used as a function value",
                            e.span)
        if e.is_name:
            name = segments[0]
            self.error(Diagnostic(
                f"cannot find value `{name}` in this scope", e.span, "E0425",
                "not found in this scope",
                help=f"you may want to use a bool value instead: `{name.lower()}`"
                if name in ("True", "False") else None))
            return self.error_ty()
        raise self.fail(f"the path `{'::'.join(segments)}`", e.span)

    def method_path(self, e: ast.Path, path: tuple[str, str],
                    expected: T.Ty | None) -> T.Ty:
        """A std method named as a function (`.map(ToString::to_string)`, `.map(str::len)`):
        its one parameter is the item the adaptor gives, which must be known here and be
        what the method takes (else rustc's E0631/E0277, not modelled: refused)."""
        hint = self.resolve(expected) if expected is not None else None
        param = self.resolve(hint.params[0]) if isinstance(hint, T.FnTy) and len(
            hint.params) == 1 else None
        wanted, ret = _METHOD_PATHS[path]
        inner = param.inner if isinstance(param, T.RefTy) and not param.mutable else None
        fits = inner is not None and (
            (wanted == "display" and (isinstance(inner, T.IntTy | T.FloatTy | T.BoolTy |
                                                 T.CharTy | T.StrTy) or T.is_string(inner)
                                      or (isinstance(inner, T.InferTy) and inner.kind in (
                                          "int", "float"))))
            or (wanted == "str" and isinstance(inner, T.StrTy))
            or (wanted == "String" and T.is_string(inner)))
        if not fits or param is None:
            raise self.fail(f"`{'::'.join(path)}` as a function here", e.span)
        self.out.paths[id(e)] = PathValue("builtin_fn", value=("::".join(path), param))
        return T.FnTy((param,), ret)

    def qualified_const(self, e: ast.Path) -> T.Ty | None:
        """`<Dog as Animal>::NAME`: the const of that trait's impl for the type."""
        trait = e.as_trait
        assert trait is not None
        if len(e.segments) != 2 or e.generic_args or len(trait.segments) != 1 or trait.args:
            return None
        type_name, name = e.segments
        if trait.segments[0] not in self.items.traits or trait.segments[
                0] not in self.items.trait_impls.get(type_name, {}) or not any(
                c.name == name for c in self.items.traits[trait.segments[0]].item.consts):
            return None
        plain = ast.Path(e.span, e.segments)
        found = self.value_path(plain, None)
        if found is not None:
            self.out.paths[id(e)] = self.out.paths[id(plain)]
        return found

    def value_path(self, e: ast.Path, expected: T.Ty | None) -> T.Ty | None:
        segments = e.segments
        if e.is_name and segments[0] in self.items.variant_aliases:
            segments = self.items.variant_aliases[segments[0]]
        if segments[0] == "std" and len(segments) > 2:
            segments = segments[1:]
        if len(segments) == 2 and segments[0] in T.INT_NAMES and segments[1] in _INT_CONSTS:
            ty = T.PRIMITIVES[segments[0]]
            assert isinstance(ty, T.IntTy)
            value = {"MAX": ty.max, "MIN": ty.min, "BITS": ty.bits}[segments[1]]
            self.out.paths[id(e)] = PathValue("value", value=value)
            return T.U32 if segments[1] == "BITS" else ty
        if len(segments) == 2 and segments in (("String", "from"), ("String", "new")):
            self.out.paths[id(e)] = PathValue("builtin_fn", value="::".join(segments))
            if segments[1] == "new":
                return T.FnTy((), T.STRING)
            return T.FnTy((T.RefTy(T.STR),), T.STRING)
        if len(segments) == 2 and (segments[0], segments[1]) in _METHOD_PATHS:
            return self.method_path(e, (segments[0], segments[1]), expected)
        if len(segments) == 2 and segments[0] in T.PRIMITIVES and segments[1] in ("max", "min"):
            number = T.PRIMITIVES[segments[0]]
            if isinstance(number, T.IntTy | T.FloatTy):
                # `fold(f64::MIN, f64::max)`: the method as a two-argument function.
                self.out.paths[id(e)] = PathValue("builtin_fn", value=segments[1])
                return T.FnTy((number, number), number)
        if len(segments) == 2 and segments[0] in ("f64", "f32"):
            table = _FLOAT_CONSTS if segments[0] == "f64" else _F32_CONSTS
            if segments[1] in table:
                self.out.paths[id(e)] = PathValue("value", value=table[segments[1]])
                return T.PRIMITIVES[segments[0]]
        if len(segments) == 3 and segments[0] in ("f64", "f32") and segments[1] == "consts" \
                and segments[2] in _MATH_CONSTS:
            self.out.paths[id(e)] = PathValue("value", value=_MATH_CONSTS[segments[2]])
            return T.PRIMITIVES[segments[0]]
        if segments == ("None",) or segments[-2:] == ("Option", "None"):
            inner = self.lower(e.generic_args[0]) if e.generic_args else self.tys.fresh()
            self.out.paths[id(e)] = PathValue("variant", T.option(inner), 0)
            return T.option(inner)
        if e.is_name and segments[0] in self.items.adts:
            adt = self.items.adts[segments[0]]
            if not adt.is_enum and adt.struct_kind == "unit":
                unit = self.fresh_adt(segments[0])
                self.out.paths[id(e)] = PathValue("unit_struct", unit)
                return unit
        if len(segments) == 2:
            type_name = segments[0]
            if type_name == "Self" and isinstance(self.fn.self_ty, T.AdtTy):
                type_name = self.fn.self_ty.name
            assoc = self.items.assoc_consts.get((type_name, segments[1]))
            if assoc is not None and assoc.value is not None and not e.generic_args:
                # `Bird::LEGS`, `Self::ID`: the impl's const, else the trait's default
                self.out.paths[id(e)] = PathValue("const", const=ast.ConstItem(
                    assoc.span, assoc.name, assoc.name_span, assoc.type, assoc.value))
                return self.items.lower(assoc.type, self.items.adt(type_name))
            adt_def = self.items.adts.get(type_name)
            if type_name in threads.NAMED_ENUMS and type_name in self.items.imports:
                adt_def = threads.NAMED_ENUMS[type_name].defn
            if type_name == "Ordering":
                adt_def = atomics.ORDERING_DEF if (
                    atomics.ORDERING_IMPORT in self.items.imports) else T.ORDERING_DEF
            if adt_def is not None and adt_def.is_enum:
                names = [v.name for v in adt_def.variants]
                if segments[1] in names:
                    index = names.index(segments[1])
                    enum = self.fresh_adt(type_name, segments[0] == "Self") if (
                        type_name in self.items.adts) else T.AdtTy(adt_def.name, (), adt_def)
                    if adt_def.variants[index].kind != "unit":
                        raise self.fail("tuple variants used as functions", e.span)
                    self.type_turbofish(e, enum)
                    self.out.paths[id(e)] = PathValue("variant", enum, index)
                    return enum
                self.error(Diagnostic(
                    f"no variant or associated item named `{segments[1]}` found for enum "
                    f"`{type_name}` in the current scope", e.span, "E0599",
                    f"variant or associated item not found in `{type_name}`"))
                return self.tys.fresh()
        return None

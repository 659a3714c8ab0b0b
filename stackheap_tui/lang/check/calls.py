"""Calls: of the program's functions and closures, of tuple-struct and variant
constructors, of `Type::associated` functions, and of the std functions (whose
signatures are in `std/function_signatures.py`)."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.macros import MACRO_NAMES
from stackheap_tui.lang.check.threads import check_spawn
from stackheap_tui.lang.check.trait_calls import TraitCallChecker
from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.fn_traits import CALL_MODE
from stackheap_tui.lang.items import STD_COLLECTIONS
from stackheap_tui.lang.program import Callee
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std import collections
from stackheap_tui.lang.std.atomics import ATOMICS
from stackheap_tui.lang.std.function_signatures import function_signature, lossless
from stackheap_tui.lang.traits import SELF_PARAM


class CallChecker(TraitCallChecker):
    """Calls of functions, closures, constructors and std functions."""

    def arguments(self, args: tuple[ast.Expr, ...], params: tuple[T.Ty, ...], span: Span,
                  what: str = "function") -> None:
        if len(args) != len(params):
            plural = "s" if len(params) != 1 else ""
            self.error(Diagnostic(
                f"this {what} takes {len(params)} argument{plural} but {len(args)} argument"
                f"{'s' if len(args) != 1 else ''} {'was' if len(args) == 1 else 'were'} "
                "supplied", span, "E0061"))
            for arg in args:
                self.expr(arg)
            return
        for arg, param in zip(args, params, strict=True):
            self.expect(param, self.expr(arg, param), arg)

    def e_Call(self, e: ast.Call, expected: T.Ty | None) -> T.Ty:
        callee = e.callee
        if not isinstance(callee, ast.Path):
            raise self.fail("calling this kind of expression", e.span)
        self.no_alias(callee)
        segments = callee.segments
        if segments[0] in ("std", "crate") and len(segments) > 1:
            segments = segments[1:]
        if callee.is_name and self.lookup(segments[0]) is not None:
            binding = self.lookup(segments[0])
            assert binding is not None
            fn_ty = self.resolve(binding.ty)
            while isinstance(fn_ty, T.RefTy) and not fn_ty.mutable and isinstance(
                    self.resolve(fn_ty.inner), T.FnTy):
                fn_ty = self.resolve(fn_ty.inner)  # `op(10)` with `op: &fn(i32) -> i32`
            boxed = fn_ty
            while isinstance(boxed, T.RefTy | T.BoxTy):
                boxed = self.resolve(boxed.inner)
            if isinstance(boxed, T.DynTy) and boxed.call is not None:
                # `f(2)` with `f: Box<dyn Fn(i32) -> i32>` (or a `&` to one): its vtable's
                self.out.bindings[id(callee)] = binding
                self.record(callee, fn_ty)
                self.arguments(e.args, boxed.call.params, e.span, "closure")
                self.out.callees[id(e)] = Callee("closure", segments[0], self_mode=CALL_MODE[
                    boxed.trait], type_arg=boxed)
                return boxed.call.ret
            call = fn_ty.call if isinstance(fn_ty, T.ParamTy) else fn_ty
            if isinstance(call, T.FnTy):
                self.out.bindings[id(callee)] = binding
                self.record(callee, fn_ty)
                self.arguments(e.args, call.params, e.span, "closure")
                # a closure-bounded parameter is called as its bound says (`FnMut`: `&mut f`)
                self.out.callees[id(e)] = Callee("closure", segments[0], self_mode=(
                    self.closure_modes.get(id(binding), "")))
                return call.ret
            raise self.fail("calling a variable", e.span)
        if callee.as_trait is not None:
            return self.qualified_call(e, callee, callee.as_trait)
        if len(segments) == 2 and segments[0] in self.items.traits:
            return self.trait_path_call(e, segments[0], segments[1], expected=expected)
        if len(segments) == 1 and segments[0] in self.items.functions:
            item = self.items.functions[segments[0]]
            if any(not g.name.startswith("'") for g in item.generics):
                return self.generic_call(e, item)
            return self.call_fn(e, item, None)
        if segments in (("Default", "default"), ("default", "Default", "default")) and (
                not callee.generic_args):
            return self.default_call(e, expected)  # `..Default::default()`
        builtin = self.builtin_call(e, segments, expected)
        if builtin is not None:
            return builtin
        # `Type::function(...)` / `Self::new(...)`: an associated function or a method.
        if len(segments) == 2:
            type_name = segments[0]
            param = self.fn.type_params.get(type_name)
            if isinstance(param, T.ParamTy):  # `T::new()`: from one of `T`'s bounds
                traits = [b for b in param.bounds if b in self.items.traits
                          and segments[1] in self.items.traits[b].methods]
                if len(traits) != 1:
                    raise self.fail(f"`{type_name}::{segments[1]}` here", callee.span)
                return self.trait_path_call(e, traits[0], segments[1], param)
            if param is not None:
                if not isinstance(param, T.AdtTy):
                    raise self.fail(f"`{type_name}::{segments[1]}` here", callee.span)
                type_name = param.name
            if type_name == "Self" and self.fn.self_ty == SELF_PARAM and (
                    self.fn.self_trait is not None):
                return self.trait_path_call(e, self.fn.self_trait, segments[1], SELF_PARAM)
            via_self = type_name == "Self"
            if type_name == "Self" and isinstance(self.fn.self_ty, T.AdtTy):
                type_name = self.fn.self_ty.name
            if segments[1] == "from" and self.has_from(type_name) and not (
                    callee.generic_args):
                return self.from_call(e, type_name)  # the program's `impl From<X>`
            method = self.items.method_of(type_name, segments[1], callee.span)
            if method is not None:
                owner = self.fresh_adt(type_name, via_self)
                if callee.generic_at == 1:
                    self.type_turbofish(callee, owner)
                return self.call_fn(e, method, owner)
            variant = self.tuple_constructor(e, (type_name, segments[1]), expected)
            if variant is not None:
                return variant
            if type_name in self.items.adts and segments[1] == "default":
                defn = self.items.adts[type_name]
                if "Default" not in defn.derives or defn.is_enum:
                    raise self.fail("`Default` here (`#[derive(Default)]` on a struct is "
                                    "supported)", callee.span)
                self.arguments(e.args, (), e.span)
                adt = self.fresh_adt(type_name)
                self.out.callees[id(e)] = Callee("builtin", "default", type_arg=adt)
                return adt
            if type_name in self.items.adts:
                self.error(Diagnostic(
                    f"no function or associated item named `{segments[1]}` found for "
                    f"{'enum' if self.items.adts[type_name].is_enum else 'struct'} "
                    f"`{type_name}` in the current scope", callee.span, "E0599",
                    f"function or associated item not found in `{type_name}`"))
                return self.tys.fresh()
        if len(segments) == 1 and segments[0] in self.items.variant_aliases:
            variant = self.tuple_constructor(e, self.items.variant_aliases[segments[0]],
                                             expected)
            if variant is not None:
                return variant
        if segments == ("Self",) and isinstance(self.fn.self_ty, T.AdtTy):
            self_defn = self.fn.self_ty.defn
            if self_defn is None or self_defn.is_enum or self_defn.struct_kind != "tuple":
                raise self.fail("`Self(…)` here", callee.span)
            segments = (self.fn.self_ty.name,)  # `Self(5)`: the tuple struct's constructor
        if len(segments) == 1:
            variant = self.tuple_constructor(e, segments, expected)
            if variant is not None:
                return variant
            name = segments[0]
            if name in MACRO_NAMES:  # `println("hi")`: a learner's first Rust mistake
                self.error(Diagnostic(f"expected function, found macro `{name}`", callee.span,
                                      "E0423", "not a function",
                                      help=f"use `!` to invoke the macro: `{name}!(...)`"))
            else:
                self.error(Diagnostic(f"cannot find function `{name}` in this scope",
                                      callee.span, "E0425", "not found in this scope"))
            for arg in e.args:
                self.expr(arg)
            return self.tys.fresh()
        raise self.fail(f"calling `{'::'.join(callee.segments)}`", callee.span)

    def call_fn(self, e: ast.Call, item: ast.FnItem, self_ty: T.Ty | None) -> T.Ty:
        variables: dict[str, T.Ty] = {}
        if self_ty is not None:
            callee = e.callee
            written = callee.generic_args if isinstance(callee, ast.Path) and (
                callee.generic_at == len(callee.segments)) else ()
            instance = self.impl_instance(item, self_ty, written, e.callee.span)
            if instance is None:
                raise self.fail(f"`{item.name}` of this instantiation", e.callee.span)
            self_ty, variables = instance
        params = [self.items.lower(p.type, self_ty, None, variables) for p in item.params]
        if item.self_param is not None:
            assert self_ty is not None
            sp = item.self_param
            params.insert(0, T.RefTy(self_ty, sp.mutable_ref) if sp.by_ref else self_ty)
        ret = self.items.lower(item.return_type, self_ty, None, variables) if (
            item.return_type) else T.UNIT
        self.arguments(e.args, tuple(params), e.span)
        self.out.callees[id(e)] = Callee("fn", item.name, item)
        if variables:
            self.instantiations.append((e, item, variables))
        return ret

    def tuple_constructor(self, e: ast.Call, segments: tuple[str, ...],
                          expected: T.Ty | None) -> T.Ty | None:
        name = segments[-1]
        hint = self.tys.shallow(expected) if expected is not None else None
        adt: T.AdtTy | None = None
        index = 0
        if len(segments) == 1 and name in ("Some", "Ok", "Err"):
            if name == "Some":
                adt = hint if isinstance(hint, T.AdtTy) and hint.name == "Option" else T.option(
                    self.tys.fresh())
                index = 1
            else:
                adt = hint if isinstance(hint, T.AdtTy) and hint.name == "Result" else T.result(
                    self.tys.fresh(), self.tys.fresh())
                index = 0 if name == "Ok" else 1
        elif len(segments) == 1 and name in self.items.adts and not self.items.adts[
                name].is_enum and self.items.adts[name].struct_kind == "tuple":
            adt = self.fresh_adt(name)
        elif len(segments) == 2 and segments[0] in self.items.adts:
            defn = self.items.adts[segments[0]]
            names = [v.name for v in defn.variants]
            if defn.is_enum and name in names:
                adt = self.fresh_adt(segments[0])
                index = names.index(name)
        if adt is None:
            return None
        generic = e.callee.generic_args if isinstance(e.callee, ast.Path) else ()
        if generic and len(generic) == len(adt.args):
            # `Ok::<i32, String>(3)`: the turbofish names the enum's type arguments.
            for arg, written in zip(adt.args, generic, strict=True):
                self.tys.unify(arg, self.lower(written))
        elif generic:
            raise self.fail("this turbofish", e.callee.span)
        assert adt.defn is not None
        variant = adt.defn.variants[index]
        field_types = adt.variant_types(variant)
        if variant.kind != "tuple":
            raise self.fail("this constructor call", e.span)
        self.arguments(e.args, field_types, e.span, "enum variant" if adt.defn.is_enum
                       else "struct")
        self.out.callees[id(e)] = Callee("variant" if adt.defn.is_enum else "struct",
                                         name, adt=adt, variant=index)
        return adt

    def builtin_call(self, e: ast.Call, segments: tuple[str, ...],
                     expected: T.Ty | None) -> T.Ty | None:
        name = "::".join(segments)
        generic = e.callee.generic_args if isinstance(e.callee, ast.Path) else ()
        hint = self.tys.shallow(expected) if expected is not None else None
        if name in ("mem::size_of", "size_of", "mem::align_of", "align_of"):
            if len(generic) != 1:
                self.error(Diagnostic("type annotations needed", e.callee.span, "E0282"))
                return T.USIZE
            ty = self.lower(generic[0])
            if ty == SELF_PARAM:
                raise self.fail(f"`{name}::<Self>` in a trait's provided method", e.span)
            self.arguments(e.args, (), e.span)
            key = "size_of" if "size" in name else "align_of"
            self.out.callees[id(e)] = Callee("builtin", key, type_arg=ty)
            return T.USIZE
        if name in ("mem::size_of_val", "size_of_val", "mem::align_of_val", "align_of_val"):
            pointee = self.tys.fresh()
            self.arguments(e.args, (T.RefTy(pointee),), e.span)
            if isinstance(self.resolve(pointee), T.DynTy):  # the vtable's size, not modelled
                raise self.fail(f"`{name}` of a trait object", e.span)
            self.size_checks.append((pointee, name, e.span))
            self.out.callees[id(e)] = Callee("builtin", "size_of_val" if "size" in name
                                             else "align_of_val")
            return T.USIZE
        if name == "BinaryHeap::from" and not generic and "BinaryHeap" in self.items.imports:
            # `BinaryHeap::from(vec)` / `from([..])`: the elements, rebuilt into heap order
            arg_ty = self.resolve(self.expr(e.args[0])) if len(e.args) == 1 else None
            heap = T.AdtTy("BinaryHeap", (self.tys.fresh(),))
            if isinstance(arg_ty, T.ArrayTy):
                self.link_table(heap, arg_ty.element, e.span)
                self.out.callees[id(e)] = Callee("builtin", "BinaryHeap::from_array")
                return heap
            if isinstance(arg_ty, T.AdtTy) and T.is_vec(arg_ty):
                self.link_table(heap, arg_ty.args[0], e.span)
                self.out.callees[id(e)] = Callee("builtin", "BinaryHeap::from")
                return heap
            raise self.fail("`BinaryHeap::from` of this value", e.span)
        if name == "Vec::from":
            element = self.tys.fresh()
            arg_ty = self.resolve(self.expr(e.args[0])) if len(e.args) == 1 else None
            if isinstance(arg_ty, T.ArrayTy):
                self.tys.unify(element, arg_ty.element)
                self.out.callees[id(e)] = Callee("builtin", "Vec::from")
                return T.vec(element)
            raise self.fail("`Vec::from` of this value", e.span)
        if name in ("HashMap::from", "HashSet::from", "BTreeMap::from", "BTreeSet::from") and (
                not generic) and (
                segments[0] in self.items.imports):
            # `HashMap::from([(k, v), ...])`: the array's items become the entries
            arg_ty = self.resolve(self.expr(e.args[0])) if len(e.args) == 1 else None
            if not isinstance(arg_ty, T.ArrayTy):
                raise self.fail(f"`{name}` of this value", e.span)
            table = T.AdtTy(segments[0], (self.tys.fresh(), self.tys.fresh())) if (
                segments[0] in collections.MAPS) else T.AdtTy(segments[0], (self.tys.fresh(),))
            self.link_table(table, arg_ty.element, e.span)
            self.out.callees[id(e)] = Callee("builtin", name)
            return table

        def turbofish() -> T.Ty:
            return self.lower(generic[0])

        if segments[0] in STD_COLLECTIONS and segments[0] not in self.items.imports:
            raise self.fail(f"`{segments[0]}` without `use std::collections::{segments[0]}`",
                            e.callee.span)
        if segments[0] in STD_COLLECTIONS and generic:
            raise self.fail(f"`{segments[0]}::<..>` (write the type on the `let`)", e.callee.span)
        if segments[0] in ("thread", "Duration", "Arc", "Mutex", "RwLock", "Condvar", "mpsc",
                           *ATOMICS) and (
                segments[0] not in self.items.imports):
            raise self.fail(f"`{name}` without its `use` (`use std::thread;`, "
                            "`use std::sync::{Arc, Mutex};`, ...)", e.callee.span)
        sig = function_signature(name, hint, self.tys.fresh, turbofish if generic else None)
        if sig is not None:
            if isinstance(hint, T.BoxTy) and isinstance(hint.inner, T.DynTy) and (
                    hint.inner.call is not None) and sig.params and isinstance(
                    sig.params[0], T.InferTy):  # `Box::new(|x| ..)` as a `Box<dyn Fn(..)>`
                self.closure_hints[sig.params[0].id] = hint.inner.call
            self.arguments(e.args, sig.params, e.span)
            if sig.key == "thread::scope" and len(e.args) == 1:
                self.out.scopes.append((e, e.args[0]))  # (check/scoped.py)
            if sig.key == "thread::spawn":
                assert isinstance(sig.params[0], T.FnTy)
                check_spawn(self, e, sig.params[0].ret)
            self.out.callees[id(e)] = Callee("builtin", sig.key)
            if sig.key == "mem::take":  # builds the type's default in place
                self.default_uses.append((sig.ret, e.span))
            return sig.ret
        if len(segments) == 2 and segments[1] == "from" and segments[0] in T.PRIMITIVES:
            target = T.PRIMITIVES[segments[0]]
            source = self.resolve(self.expr(e.args[0])) if len(e.args) == 1 else None
            if source is not None and lossless(source, target):
                self.out.callees[id(e)] = Callee("builtin", "num::from", type_arg=target)
                return target
            raise self.fail(f"`{name}` of this value", e.span)
        return None

"""The checker's shared state and the helpers every part of it uses.

`CheckerBase` holds what the checker knows while it walks the bodies (the scopes, the
inference variables, the function and loops it is in, the errors so far, the tables it
writes) and the type relations every part needs: unification with rustc's coercions,
the autoderef chain, mismatch errors. The parts of the checker (statements, patterns,
expressions, calls, methods, macros, ...) are mixins over this base; `driver.Checker`
puts them together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.infer import Types, describe
from stackheap_tui.lang.items import ItemTable
from stackheap_tui.lang.program import Binding, CheckedProgram, PathValue
from stackheap_tui.lang.span import NO_SPAN, Span
from stackheap_tui.lang.syntax import unsupported


@dataclass
class Loop:
    """A loop the checked code is in: its label, and what a `break` out of it carries."""

    label: str | None
    break_ty: T.Ty | None  # None: `while`/`for`, whose breaks carry no value
    broke: bool = False


@dataclass
class FnScope:
    """The function (or closure) body being checked: its return type, loops and `Self`."""

    ret: T.Ty
    loops: list[Loop] = field(default_factory=list)
    self_ty: T.Ty | None = None
    self_trait: str | None = None  # a trait's provided method: `Self` has this trait only
    # a generic function's type parameters: `ParamTy`s (its own check) or concrete types
    type_params: dict[str, T.Ty] = field(default_factory=dict)
    ret_span: Span | None = None  # the written return type (rustc labels it for `?`)


class CheckerBase:
    """Phase 1's state and shared helpers; the mixins add the rules per construct."""

    def __init__(self, checked: CheckedProgram, items: ItemTable) -> None:
        self.out = checked
        self.items = items
        self.tys = Types()
        self.scopes: list[dict[str, Binding]] = []
        self.errors: list[Diagnostic] = []
        # The types of names that were not found: no second error about them (rustc
        # does not say "`_` doesn't implement Display" after "cannot find value").
        self.error_vars: set[int] = set()
        self.fn: FnScope = FnScope(T.UNIT)
        self.closure_count = 0
        # The scope depth where each closure being checked begins, and whether it has
        # captured a variable from outside it so far; closures (FnTy.ident) that capture.
        # Per closure being checked: [its scope depth, whether it captures, then the
        # bindings it names from outside]; the last kept per closure (`check/threads.py`).
        self.closure_scopes: list[list[Any]] = []
        self.closure_captures: dict[int, list[Binding]] = {}
        self.capturing_closures: set[int] = set()
        self.else_ifs: set[int] = set()  # `else if` whose outer `if` set no expectation
        self.deferred_matches: list[ast.Match] = []
        # Patterns that must be irrefutable (`let`, `for`, parameters): checked with the
        # matches once every type is known (E0005); the place is a key of REFUTABLE_PLACES.
        self.deferred_irrefutable: list[tuple[ast.Pattern, T.Ty, str]] = []
        self.deferred_methods: list[tuple[ast.MethodCall, T.Ty]] = []
        # `?` whose error type `parse()` decides later, into a type with `impl From`
        self.deferred_tries: list[tuple[ast.Try, T.Ty, T.Ty, Span | None]] = []
        self.deref_uses: list[tuple[T.Ty, Span]] = []  # types the program's `Deref` derefs
        # `mem::take`, `unwrap_or_default`: the types whose default the machine builds
        self.default_uses: list[tuple[T.Ty, Span]] = []
        # `thread::spawn` of a closure holding an `Rc` (E0277 once literals are typed)
        self.deferred_sends: list[tuple[ast.Call, ast.Closure, T.Ty]] = []
        # `size_of_val(&x)`: x's type, checked once every type is known (is its size?).
        self.size_checks: list[tuple[T.Ty, str, Span]] = []
        # The inference variables `parse()`, `collect()`, `sum()` and `product()` return:
        # rustc needs them known before an operator applies to them.
        self.context_typed: list[T.InferTy] = []
        # `|x| x + 1`: (the left operand, the right's number type, where), confirmed once
        # every body is checked (`OperatorChecker.finish_operators`)
        self.deferred_operators: list[tuple[T.Ty, T.Ty, Span]] = []
        self.deferred_traits: list[tuple[ast.Expr, T.Ty, str]] = []  # `{}` on a `_`
        self.finishing = False
        self.or_bindings: list[dict[str, Binding]] = []
        self.collect_items: list[tuple[T.Ty, T.Ty | None]] = []
        self.collect_spans: dict[int, Span] = {}  # id(a collect's type) -> its method name
        # id(a closure-bounded parameter's Binding) -> how its bound calls it ("ref", ...)
        self.closure_modes: dict[int, str] = {}
        # the variable for a `-> impl Fn(..)` body's type -> the bound's signature, the
        # expected type of the closure it returns
        self.closure_hints: dict[int, T.FnTy] = {}
        self.collect_refused: set[int] = set()  # id(a collect's type) reported E0277
        self.expected_now: T.Ty | None = None  # the expected type of the method call checked
        # calls of generic functions: (call, function, its type parameters' variables)
        # `-> impl Trait`: its mark -> (the function, the trait, its body's type), the
        # method calls on such a type, and (once known) each mark's concrete type
        self.opaque_returns: dict[str, tuple[ast.FnItem, str, T.Ty]] = {}
        self.opaque_calls: list[tuple[ast.MethodCall, str, str]] = []
        self.opaque_known: dict[str, T.Ty] = {}
        self.instantiations: list[tuple[ast.Call | ast.MethodCall, ast.FnItem,
                                        dict[str, T.Ty]]] = []

    if TYPE_CHECKING:  # the rules one part of the checker uses from another
        def expr(self, e: ast.Expr, expected: T.Ty | None = None) -> T.Ty: ...

        def block(self, block: ast.Block, expected: T.Ty | None) -> T.Ty: ...

        def pattern(self, pat: ast.Pattern, ty: T.Ty, mode: str = "",
                    irrefutable: bool = False, is_param: bool = False,
                    initialised: bool = True) -> None: ...

        def resolve_variant_path(self, path: ast.Path) -> tuple[T.AdtTy, int] | PathValue: ...

        def link_table(self, table: T.AdtTy, item: T.Ty | None, span: Span | None) -> None: ...

        def has_from_error(self, wanted: T.Ty) -> bool: ...

        def default_call(self, e: ast.Call, expected: T.Ty | None) -> T.Ty: ...

        def call_fn(self, e: ast.Call, item: ast.FnItem, self_ty: T.Ty | None) -> T.Ty: ...

        def user_deref(self, ty: T.Ty, span: Span) -> T.Ty | None: ...

        def try_from_error(self, e: ast.Try, error: T.Ty, wanted: T.Ty,
                           ret_span: Span | None) -> bool: ...

        def cannot_convert(self, e: ast.Try, error: T.Ty, wanted: T.Ty,
                           ret_span: Span | None) -> None: ...

        def finish_tries(self) -> None: ...

        def context_typed_errors(self) -> list[T.Ty]: ...

        def has_from(self, type_name: str) -> bool: ...

        def from_call(self, e: ast.Call, type_name: str) -> T.Ty: ...

        def into_call(self, e: ast.MethodCall, receiver: T.Ty) -> T.Ty | None: ...

        def arguments(self, args: tuple[ast.Expr, ...], params: tuple[T.Ty, ...], span: Span,
                      what: str = "function") -> None: ...

        def comparison(self, e: ast.Binary, left: T.Ty, right: T.Ty) -> T.Ty: ...

        def iter_item(self, ty: T.Ty, expr: ast.Expr) -> T.Ty: ...

        def type_parameters(self, generics: tuple[ast.GenericParam, ...]
                            ) -> dict[str, T.Ty]: ...

        def generics_of(self, item: ast.FnItem) -> tuple[ast.GenericParam, ...]: ...

        def without_opaque(self, ty: T.Ty) -> T.Ty: ...

        def impl_instance(self, item: ast.FnItem, self_ty: T.Ty | None,
                          written: tuple[ast.TypeExpr, ...], at: Span,
                          ) -> tuple[T.Ty | None, dict[str, T.Ty]] | None: ...

        def generic_call(self, e: ast.Call, item: ast.FnItem) -> T.Ty: ...

        def raw_borrow(self, e: ast.Unary) -> T.Ty: ...

        def pointer_cast(self, e: ast.Cast, source: T.Ty, target: T.Ty) -> T.Ty: ...

        def coerce_to_raw(self, exp: T.Ty, got: T.Ty, expr: ast.Expr | None) -> bool: ...

        def require_trait(self, arg: ast.Expr, ty: T.Ty, trait: str,
                          required: Span | None = None, placeholder: bool = False) -> None: ...

    # ================= helpers =================
    def error(self, diagnostic: Diagnostic) -> None:
        self.errors.append(diagnostic)

    def error_ty(self) -> T.Ty:
        ty = self.tys.fresh()
        self.error_vars.add(ty.id)
        return ty

    def is_error_var(self, var: T.InferTy) -> bool:
        """An error's type (or a variable unified with one): rustc's `{type error}`,
        about which it reports nothing more."""
        return var.id in self.error_vars or any(
            self.tys.shallow(T.InferTy(v)) == var for v in self.error_vars)

    def fail(self, what: str, span: Span) -> CompileError:
        return CompileError([unsupported(what, span)])

    def lookup(self, name: str) -> Binding | None:
        for depth in range(len(self.scopes) - 1, -1, -1):
            if name in self.scopes[depth]:
                for closure in self.closure_scopes:
                    if depth < closure[0]:
                        closure[1] = True  # a variable from outside: a capture
                        closure.append(self.scopes[depth][name])
                return self.scopes[depth][name]
        return None

    def record(self, expr: ast.Expr, ty: T.Ty) -> T.Ty:
        self.out.types[id(expr)] = ty
        return ty

    def resolve(self, ty: T.Ty) -> T.Ty:
        return self.tys.resolve(ty)

    def mismatch(self, expected: T.Ty, found: T.Ty, span: Span,
                 because: Span | None = None, because_text: str = "expected due to this") -> None:
        labels = (Label(because, because_text),) if because else ()
        exp, got = self.resolve(expected), self.resolve(found)
        if (isinstance(got, T.RefTy) and isinstance(self.resolve(got.inner), T.FnTy)) or (
                isinstance(exp, T.RefTy) and isinstance(self.resolve(exp.inner), T.FnTy)):
            # `&F` is itself callable (`map(&|x| x * 2)`): not modelled, never an error.
            raise self.fail("a reference to a closure where a closure is expected", span)
        self.error(Diagnostic("mismatched types", span, "E0308",
                              f"expected {describe(exp)}, found {describe(got)}", labels))

    def expect(self, expected: T.Ty | None, found: T.Ty, expr: ast.Expr,
               because: Span | None = None, returned: bool = False) -> None:
        """`found` must fit `expected`, allowing rustc's coercions at this site;
        `returned`: `because` is the function's return type (rustc's label says so)."""
        if expected is None or self.coerce(expected, found, expr):
            return
        if returned:
            shown = ty_text(self.resolve(expected))
            self.mismatch(expected, found, expr.span, because,
                          f"expected `{shown}` because of return type")
            return
        self.mismatch(expected, found, expr.span, because)

    def coerce(self, expected: T.Ty, found: T.Ty, expr: ast.Expr | None) -> bool:
        exp, got = self.tys.shallow(expected), self.tys.shallow(found)
        if T.is_raw_ptr(exp) and not T.is_raw_ptr(got) and not isinstance(got, T.InferTy):
            return self.coerce_to_raw(exp, got, expr)
        if T.is_raw_ptr(exp) and T.is_raw_ptr(got) and exp != got and self.coerce_to_raw(
                exp, got, expr):
            return True
        if isinstance(exp, T.RefTy) and isinstance(got, T.RefTy) and (
                not exp.mutable or got.mutable) and isinstance(self.resolve(exp.inner),
                                                               T.DynTy):
            return self.unsize(self.resolve(exp.inner), self.resolve(got.inner), expr)
        if isinstance(exp, T.BoxTy) and isinstance(got, T.BoxTy) and isinstance(
                self.resolve(exp.inner), T.DynTy):  # `Box<Circle>` -> `Box<dyn Shape>`
            return self.unsize(self.resolve(exp.inner), self.resolve(got.inner), expr)
        if isinstance(exp, T.RefTy) and isinstance(got, T.RefTy) and (
                not exp.mutable or got.mutable):
            target = self.resolve(exp.inner)
            source = self.resolve(got.inner)
            # Deref coercion: &String -> &str, &Vec<T> -> &[T], &[T; N] -> &[T],
            # &Box<T> -> &T, &&T -> &T; and &mut T -> &T.
            for steps, candidate in enumerate(self.deref_chain(source)):
                if steps == 0 and exp.mutable == got.mutable:
                    continue
                if not isinstance(target, T.InferTy) and self._same_shape(
                        target, candidate) and self.tys.unify(target, candidate):
                    if expr is not None and steps:
                        self.out.coercions[id(expr)] = candidate
                    return True
        return self.tys.unify(expected, found)

    def unsize(self, target: T.Ty, source: T.Ty, expr: ast.Expr | None) -> bool:
        """`&Circle` -> `&dyn Shape`: an unsizing coercion, the vtable the impl's."""
        assert isinstance(target, T.DynTy)
        if isinstance(source, T.DynTy):
            return source == target
        if target.call is not None:
            return self.unsize_closure(target, source, expr)
        if isinstance(source, T.AdtTy) and target.trait in self.items.trait_impls.get(
                source.name, {}):
            if expr is not None:
                self.out.coercions[id(expr)] = target
                self.vtable(source, target.trait)
            return True
        if expr is None or (isinstance(source, T.InferTy) and source.kind == "any"):
            return False
        if not isinstance(source, T.AdtTy | T.IntTy | T.FloatTy | T.BoolTy | T.CharTy
                          | T.InferTy | T.TupleTy | T.ArrayTy) or (
                isinstance(source, T.AdtTy) and source.name in T.DEREF_TO_ARG):
            # `&Box<dyn Shape>` derefs to `&dyn Shape` (a deref coercion; `&Box<Circle>`
            # does not unsize): not modelled
            raise self.fail(f"`{source}` as `{target}`", expr.span)
        self.error(Diagnostic(f"the trait bound `{source}: {target.trait}` is not satisfied",
                              expr.span, "E0277", "unsatisfied trait bound"))
        return True

    def unsize_closure(self, target: T.DynTy, source: T.Ty, expr: ast.Expr | None) -> bool:
        """A closure boxed or borrowed as `dyn Fn(i32) -> i32`: its signature the trait
        object's (whether it does no more than `Fn` allows: the borrow checker's)."""
        call = target.call
        assert call is not None
        if not isinstance(source, T.FnTy) or not source.ident or source.pointer or expr is None:
            if expr is None or isinstance(source, T.InferTy):
                return False
            raise self.fail(f"`{source}` as `{target}`", expr.span)
        if len(source.params) != len(call.params) or not all(
                self.tys.unify(a, b) for a, b in zip(source.params, call.params, strict=True)
        ) or not self.tys.unify(source.ret, call.ret):
            raise self.fail(f"a closure of another signature as `{target}`", expr.span)
        self.out.coercions[id(expr)] = target
        self.out.closure_dyn[source.ident] = target.trait
        return True

    def vtable(self, concrete: T.AdtTy, trait: str) -> None:
        """The functions `concrete`'s vtable for `trait` holds, slot by slot (a provided
        method the impl does not override: the type's copy of it)."""
        found = self.items.trait_methods[concrete.name]
        slots = []
        for method in self.items.traits[trait].item.methods:
            run = next(m for m in found[method.name] if m.trait == trait)
            slots.append((method.name, run.item))
        self.out.vtables[(str(concrete), trait)] = tuple(slots)

    def _same_shape(self, a: T.Ty, b: T.Ty) -> bool:
        a, b = self.tys.shallow(a), self.tys.shallow(b)
        if isinstance(a, T.InferTy) or isinstance(b, T.InferTy):
            return True
        if type(a) is not type(b):
            return False
        if isinstance(a, T.AdtTy) and isinstance(b, T.AdtTy):
            return a.name == b.name
        return True

    def deref_chain(self, ty: T.Ty) -> list[T.Ty]:
        """`ty` and what it auto-derefs to, step by step, as method lookup probes."""
        chain = [ty]
        seen = 0
        while seen < 8:
            seen += 1
            current = self.resolve(chain[-1])
            nxt: T.Ty | None = None
            if isinstance(current, T.RefTy | T.BoxTy):
                nxt = current.inner
            elif isinstance(current, T.AdtTy) and (current.name in T.DEREF_TO_ARG
                                                   or current.name == "ManuallyDrop"):
                nxt = current.args[0]
            elif T.is_string(current):
                nxt = T.STR
            elif isinstance(current, T.AdtTy) and T.is_vec(current):
                nxt = T.SliceTy(current.args[0])
            elif isinstance(current, T.ArrayTy):
                nxt = T.SliceTy(current.element)
            elif isinstance(current, T.AdtTy) and current.defn is not None and (
                    current.defn.deref is not None):  # the program's `impl Deref`
                nxt = self.user_deref(current, NO_SPAN)
            if nxt is None:
                break
            chain.append(nxt)
        return chain

    def fresh_adt(self, name: str, via_self: bool = False) -> T.AdtTy:
        """The program's struct or enum at a use that names no arguments (`Point { .. }`,
        `Tree::Leaf(1)`): its type parameters are inferred there."""
        defn = self.items.adts[name]
        self_ty = self.fn.self_ty
        if isinstance(self_ty, T.AdtTy) and self_ty.name == name and via_self:
            return self_ty  # `Self { .. }` in `impl<T> Point<T>` is `Point<T>`
        return T.AdtTy(name, tuple(self.tys.fresh() for _ in defn.type_params), defn)

    def no_alias(self, path: ast.Path) -> None:
        """A type alias used as a path (`Km::from(3)`, `P { x: 1 }` for `type P = Point;`):
        rustc resolves it to the aliased type, which is not modelled yet."""
        if path.segments[0] in self.items.aliases and (
                len(path.segments) > 1 or self.lookup(path.segments[0]) is None):
            raise self.fail(f"the type alias `{path.segments[0]}` in an expression or pattern",
                            path.span)

    def type_turbofish(self, path: ast.Path, adt: T.AdtTy) -> None:
        """`Point::<i64> { .. }`, `Stack::<u8>::new()`: the arguments of the program's
        generic type, written at its name."""
        if not path.generic_args or adt.name not in self.items.adts:
            return
        if len(path.generic_args) != len(adt.args) or not adt.args:
            raise self.fail("this turbofish", path.span)
        for arg, written in zip(adt.args, path.generic_args, strict=True):
            self.tys.unify(arg, self.lower(written))

    def lower(self, node: ast.TypeExpr, unknown: list[Diagnostic] | None = None) -> T.Ty:
        """A written type. One rustc cannot find (E0425) is reported (to `unknown` when
        given, to be reported later) and stands for an error type, so that each unknown
        type is reported, as rustc does."""
        try:
            return self.items.lower(node, self.fn.self_ty, self.tys.fresh,
                                    self.fn.type_params)
        except CompileError as problem:
            if not problem.diagnostics or any(d.code != "E0425" for d in problem.diagnostics):
                raise
            (self.errors if unknown is None else unknown).extend(problem.diagnostics)
            return self.error_ty()

    def bind(self, binding: Binding, key: object) -> None:
        if self.or_bindings:
            shared = self.or_bindings[-1]
            if binding.name in shared:
                self.tys.unify(shared[binding.name].ty, binding.ty)
                binding = shared[binding.name]
            else:
                shared[binding.name] = binding
        self.out.bindings[id(key)] = binding
        if binding.name != "_":
            self.scopes[-1][binding.name] = binding


def ty_text(ty: T.Ty) -> str:
    """A type as it appears inside rustc's messages."""
    return str(ty)

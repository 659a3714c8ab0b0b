"""Function bodies, blocks and statements (`let`, `let ... else`, expression statements)."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase, FnScope
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.fn_traits import CALL_MODE, closure_params
from stackheap_tui.lang.infer import map_type
from stackheap_tui.lang.program import Binding, FnInfo
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.traits import SELF_PARAM, opaque_origin


class StatementChecker(CheckerBase):
    """A function's signature and body, its blocks and statements."""

    def function(self, item: ast.FnItem, owner: str | None, trait: str | None = None,
                 subst: dict[str, T.Ty] | None = None) -> None:
        """Check one function; `trait`: a trait's provided method, checked once with `Self`
        an opaque type that has only the trait's methods, as rustc checks it. A generic
        function is checked once with its type parameters opaque (`subst` None), and each
        monomorphised copy with `subst` its concrete types."""
        self_ty: T.Ty | None = self.items.adt(owner) if owner else None
        if trait is not None:
            self_ty = SELF_PARAM
        self.fn = FnScope(T.UNIT, self_ty=self_ty, self_trait=trait,
                          ret_span=item.return_type.span if item.return_type else None)
        impl = self.items.generic_impls.get(id(item)) if owner is not None else None
        generics = self.generics_of(item)
        if generics:
            if trait is not None or (owner is not None and self.items.method_traits.get(
                    id(item), "Deref") != "Deref"):  # (`impl<T> Deref for MyBox<T>` runs)
                raise self.fail("generic trait methods (type parameters)", item.name_span)
            self.fn.type_params = subst if subst is not None else self.type_parameters(generics)
            self.out.copies.add(id(item))  # its copies share its spans
        if impl is not None:  # `impl<T> Point<T>`, `impl Point<f32>`: `Self` as written
            self_ty = self.items.lower(impl.self_type, None, None, self.fn.type_params)
            self.fn.self_ty = self_ty
        # rustc reports each type it cannot find, in source order: the parameters' first
        ret_missing: list[Diagnostic] = []
        ret = self.lower(item.return_type, ret_missing) if item.return_type else T.UNIT
        mark = opaque_origin(ret)
        if mark is not None:  # `-> impl Summary`: the body decides the concrete type
            assert isinstance(ret, T.ParamTy)
            trait_bound = ret.bounds[0]
            call = ret.call
            ret = self.tys.fresh()
            self.opaque_returns[mark] = (item, trait_bound, ret)
            if call is not None and isinstance(ret, T.InferTy):  # the closure it returns
                self.closure_hints[ret.id] = call
        boxed_return = None
        if item.return_type is not None and _has_dyn_closure(ret):
            boxed_return = _boxed_closure_tail(item, ret)
            if boxed_return is None:
                # a boxed closure leaving its function other than as `Box::new(|..| ..)`
                # in tail position: E0373 and friends not drawn for it yet
                raise self.fail("returning a closure trait object (`-> Box<dyn Fn(..)>`) "
                                "other than as the tail `Box::new(|..| ..)`",
                                item.return_type.span)
        self.fn.ret = ret
        self.scopes = [{}]
        params: list[Binding] = []
        if item.self_param is not None:
            sp = item.self_param
            if self_ty is None:  # `fn f(self)` outside an `impl`, e.g. nested in a function
                raise CompileError([Diagnostic(
                    "`self` parameter is only allowed in associated functions", sp.span,
                    label="not semantically valid as function parameter")])
            ty: T.Ty = T.RefTy(self_ty, sp.mutable_ref) if sp.by_ref else self_ty
            binding = Binding("self", sp.mutable_binding, ty, sp.span, True, is_param=True)
            self.bind(binding, sp)
            params.append(binding)
        for param in item.params:
            ty = self.lower(param.type)
            self.pattern(param.pattern, ty, irrefutable=True, is_param=True)
            if isinstance(param.pattern, ast.WildcardPattern):
                # `fn f<T>(_: &T)`: the argument still has its slot, unnamed, and drops
                # with the other parameters; nothing can name it
                params.append(Binding("_", False, ty, param.pattern.span, True,
                                      is_param=True))
                continue
            if not isinstance(param.pattern, ast.IdentPattern):
                raise self.fail("patterns in function parameters", param.pattern.span)
            bound = self.out.bindings.get(id(param.pattern))
            if bound is not None:
                params.append(bound)
            elif isinstance(self.resolve(ty), T.IntTy | T.CharTy | T.BoolTy):
                # A `const`'s name (`fn f(LIMIT: i32)`): a constant pattern, refutable.
                self.deferred_irrefutable.append((param.pattern, ty, "fn"))
            else:
                raise self.fail("a constant's or unit struct's name as a parameter",
                                param.pattern.span)
        self.errors.extend(ret_missing)
        # A method of `impl<T> Point<T>` is titled by its copy's type: `Point<i32>::x`.
        shown_owner = str(self_ty) if impl is not None else owner
        self.out.functions[id(item)] = FnInfo(item, params, ret, shown_owner,
                                              self.items.method_traits.get(id(item), trait))
        if trait is not None and self.unsized_self_signature(item):
            return
        for i, kind in closure_params(item).items():  # `f: F` with `F: FnMut()`, ...
            param_binding = self.out.bindings.get(id(item.params[i].pattern))
            if param_binding is not None:
                self.closure_modes[id(param_binding)] = CALL_MODE[kind]
        body_ty = self.block(item.body, ret)
        if boxed_return is not None:  # checked by the borrow checker as returned (E0373)
            closure, box_call, bound_trait = boxed_return
            made = self.resolve(self.out.types.get(id(closure), T.UNIT))
            if not isinstance(made, T.FnTy) or not made.ident:
                raise self.fail("this returned boxed closure", box_call.span)
            self.out.closure_returns[made.ident] = (item.name, bound_trait)
            self.out.closure_return_spans[made.ident] = box_call.span
        if trait is not None:
            self.unsized_self_values(item)
        tail = item.body.tail
        if tail is not None:
            self.expect(ret, body_ty, tail, item.return_type.span if item.return_type else None,
                        returned=True)
        elif not isinstance(self.tys.shallow(body_ty), T.NeverTy) and not self.tys.unify(
                ret, T.UNIT):
            labels = [Label(item.name_span, "implicitly returns `()` as its body has no tail "
                            "or `return` expression")]
            last = item.body.stmts[-1] if item.body.stmts else None
            if isinstance(last, ast.ExprStmt) and last.semicolon and last.span.end_col > 1 and (
                    id(last.expr) in self.out.types) and self.resolve(
                    self.out.types[id(last.expr)]) == self.resolve(ret):
                # The last statement has the return type: rustc points at its `;`.
                end = last.span
                semi = Span(end.end_line, end.end_col - 1, end.end_line, end.end_col,
                            end.end - 1, end.end)
                labels.append(Label(semi, "help: remove this semicolon to return this value"))
            self.error(Diagnostic(
                "mismatched types", item.return_type.span if item.return_type else
                item.name_span, "E0308", f"expected `{self.resolve(ret)}`, found `()`",
                tuple(labels)))

    def unsized_self_signature(self, item: ast.FnItem) -> bool:
        """E0277 for a provided method that takes or returns `Self` by value: `Self` may
        be unsized (`where Self: Sized` is not modelled)."""
        found: list[tuple[Span, str]] = []
        sp = item.self_param
        if sp is not None and not sp.by_ref:
            found.append((Span(sp.span.end_line, sp.span.end_col - 4, sp.span.end_line,
                               sp.span.end_col, sp.span.end - 4, sp.span.end), ""))
        for param in item.params:
            if self.lower(param.type) == SELF_PARAM:
                found.append((param.type.span, ""))
        if item.return_type is not None and self.lower(item.return_type) == SELF_PARAM:
            found.append((item.return_type.span,
                          "the return type of a function must have a statically known size"))
        for span, note in found:
            self.error(_unsized_self(span, note))
        return bool(found)

    def unsized_self_values(self, item: ast.FnItem) -> None:
        """A local of type `Self` in a provided method is E0277 as rustc says it; any other
        value of type `Self` there (not behind a reference) is refused."""
        nodes: list[object] = []
        stack: list[object] = [item.body]
        while stack:
            node = stack.pop()
            nodes.append(node)
            stack.extend(ast.children(node))
        nodes.sort(key=lambda n: getattr(n, "span", item.span).start)
        for node in nodes:
            binding = self.out.bindings.get(id(node))
            if isinstance(node, ast.IdentPattern) and binding is not None and (
                    self.resolve(binding.ty) == SELF_PARAM):
                self.error(_unsized_self(node.span, "all local variables must have a "
                                         "statically known size"))
                return
        for node in nodes:
            ty = self.out.types.get(id(node))
            if ty is not None and self.resolve(ty) == SELF_PARAM:
                raise self.fail("a value of type `Self` in a trait's provided method",
                                getattr(node, "span", item.name_span))

    # ================= statements =================
    def block(self, block: ast.Block, expected: T.Ty | None) -> T.Ty:
        self.scopes.append({})
        try:
            diverges = False
            for stmt in block.stmts:
                if self.stmt(stmt):
                    diverges = True
            if block.tail is not None:
                return self.expr(block.tail, expected)
            return T.NeverTy() if diverges else T.UNIT
        finally:
            self.scopes.pop()

    def stmt(self, stmt: ast.Stmt) -> bool:
        if isinstance(stmt, ast.EmptyStmt):
            return False
        if isinstance(stmt, ast.Let):
            return self.let(stmt)
        if isinstance(stmt, ast.ExprStmt):
            ty = self.expr(stmt.expr, None if stmt.semicolon else T.UNIT)
            if not stmt.semicolon and not isinstance(self.tys.shallow(ty), T.NeverTy):
                self.expect(T.UNIT, ty, stmt.expr)
            return isinstance(self.tys.shallow(ty), T.NeverTy)
        return False  # an item inside a function: collected and checked with the others

    def let(self, stmt: ast.Let) -> bool:
        declared = self.lower(stmt.type) if stmt.type else None
        ty: T.Ty = declared or self.tys.fresh()
        diverges = False
        if stmt.init is not None:
            found = self.expr(stmt.init, ty)
            self.expect(ty, found, stmt.init, stmt.type.span if stmt.type else None)
            diverges = isinstance(self.tys.shallow(found), T.NeverTy)
            if isinstance(self.resolve(ty), T.DynTy):  # rustc: E0277, size not known
                raise self.fail("a trait object held by value", stmt.init.span)
        if stmt.otherwise is not None:
            else_ty = self.block(stmt.otherwise, None)
            if not isinstance(self.tys.shallow(else_ty), T.NeverTy):
                self.error(Diagnostic("`else` clause of `let...else` does not diverge",
                                      stmt.otherwise.span, "E0308",
                                      f"expected `!`, found `{self.resolve(else_ty)}`"))
        self.pattern(stmt.pattern, ty, irrefutable=stmt.otherwise is None,
                     initialised=stmt.init is not None)
        if stmt.otherwise is None:
            self.deferred_irrefutable.append((stmt.pattern, ty, "let"))
        return diverges

    def never_inferred(self) -> list[Diagnostic]:
        """E0282 for a `let` whose type is never known (`let v = Vec::new();` with no
        element ever given): rustc's "type annotations needed for `Vec<_>`". Any other
        type left unknown is refused rather than guessed."""
        errors = []
        for pattern, ty, place in self.deferred_irrefutable:
            if place != "let" or not self.unknown_inside(ty):
                continue
            shown = self.resolve(ty)
            if not isinstance(pattern, ast.IdentPattern) or isinstance(shown, T.InferTy):
                raise self.fail(f"a type that is never inferred (`{shown}`)", pattern.span)
            errors.append(Diagnostic(f"type annotations needed for `{shown}`", pattern.span,
                                     "E0282"))
        if errors:
            return errors[:1]  # rustc reports the first; the others follow from it
        if any(self.unknown_inside(ty) for ty in self.out.types.values()):
            raise self.fail("a type that is never inferred", self.out.main.name_span)
        return []

    def unknown_inside(self, ty: T.Ty) -> bool:
        """Whether a plain inference variable (not a literal's) is left in `ty`."""
        ty = self.tys.shallow(ty)
        if isinstance(ty, T.InferTy):
            return ty.kind == "any"
        if isinstance(ty, T.AdtTy) and ty.name == "RangeFull":
            return False  # `..` carries an element type only for uniformity
        found: list[bool] = []

        def visit(inner: T.Ty) -> T.Ty:
            found.append(self.unknown_inside(inner))
            return inner

        map_type(ty, visit)
        return any(found)


def _unsized_self(span: Span, note: str) -> Diagnostic:
    return Diagnostic("the size for values of type `Self` cannot be known at compilation time",
                      span, "E0277", "doesn't have a size known at compile-time",
                      notes=(note,) if note else ())


def _boxed_closure_tail(item: ast.FnItem,
                        ret: T.Ty) -> tuple[ast.Closure, ast.Call, str] | None:
    """`-> Box<dyn Fn(..)>` whose body ends in `Box::new(|..| ..)` and has no `return`:
    (the closure, the `Box::new` call, the bound), else None."""
    if not (isinstance(ret, T.BoxTy) and isinstance(ret.inner, T.DynTy) and (
            ret.inner.call is not None)):
        return None
    tail = item.body.tail
    if not (isinstance(tail, ast.Call) and isinstance(tail.callee, ast.Path) and (
            tail.callee.segments == ("Box", "new")) and len(tail.args) == 1 and isinstance(
            tail.args[0], ast.Closure)) or _has_return(item.body):
        return None
    return tail.args[0], tail, ret.inner.trait


def _has_return(node: object) -> bool:
    """Whether a `return` expression is anywhere under `node` (closures' own aside)."""
    if isinstance(node, ast.Return):
        return True
    if isinstance(node, ast.Closure):  # a `return` there leaves the closure only
        return False
    if isinstance(node, tuple | list):
        return any(_has_return(child) for child in node)
    if hasattr(node, "__dataclass_fields__"):
        return any(_has_return(getattr(node, name)) for name in node.__dataclass_fields__
                   if name != "span")
    return False


def _has_dyn_closure(ty: T.Ty) -> bool:
    """Whether a type holds a `dyn Fn(..)` (a `Box<dyn Fn()>`, a `Vec` of them, ...)."""
    found = False

    def visit(t: T.Ty) -> T.Ty:
        nonlocal found
        if isinstance(t, T.DynTy) and t.call is not None:
            found = True
        map_type(t, visit)
        return t

    visit(ty)
    return found

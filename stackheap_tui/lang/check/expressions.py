"""Expressions: the dispatch on each expression's kind, and the kinds with no module
of their own (literals, blocks, tuples, arrays, ranges, struct literals, closures,
field access and indexing)."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase, FnScope, ty_text
from stackheap_tui.lang.diagnostics import Diagnostic, Label
from stackheap_tui.lang.program import Callee, PathValue
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std import collections
from stackheap_tui.lang.traits import SELF_PARAM


class ExpressionChecker(CheckerBase):
    """Dispatch on the expression kind; literals, aggregates, closures, fields and indexing."""

    def expr(self, e: ast.Expr, expected: T.Ty | None = None) -> T.Ty:
        method = getattr(self, "e_" + type(e).__name__, None)
        if method is None:
            raise self.fail(construct_name(e), e.span)
        ty = method(e, expected)
        return self.record(e, ty)

    def e_IntLit(self, e: ast.IntLit, expected: T.Ty | None) -> T.Ty:
        if e.suffix:
            return T.PRIMITIVES[e.suffix]
        ty = self.tys.fresh("int")
        if expected is not None:
            self.tys.unify(ty, expected)  # a mismatch is reported by the caller
        return ty

    def e_FloatLit(self, e: ast.FloatLit, expected: T.Ty | None) -> T.Ty:
        if e.suffix:
            return T.PRIMITIVES[e.suffix]
        ty = self.tys.fresh("float")
        if expected is not None:
            self.tys.unify(ty, expected)
        return ty

    def e_BoolLit(self, e: ast.BoolLit, expected: T.Ty | None) -> T.Ty:
        return T.BOOL

    def e_CharLit(self, e: ast.CharLit, expected: T.Ty | None) -> T.Ty:
        return T.CHAR

    def e_StrLit(self, e: ast.StrLit, expected: T.Ty | None) -> T.Ty:
        return T.RefTy(T.STR)

    def e_UnitLit(self, e: ast.UnitLit, expected: T.Ty | None) -> T.Ty:
        return T.UNIT

    def e_Block(self, e: ast.Block, expected: T.Ty | None) -> T.Ty:
        return self.block(e, expected)

    def e_TupleExpr(self, e: ast.TupleExpr, expected: T.Ty | None) -> T.Ty:
        hint = self.tys.shallow(expected) if expected is not None else None
        hints = hint.items if isinstance(hint, T.TupleTy) and len(hint.items) == len(
            e.items) else (None,) * len(e.items)
        return T.TupleTy(tuple(self.expr(item, h) for item, h in zip(e.items, hints,
                                                                      strict=True)))

    def e_ArrayExpr(self, e: ast.ArrayExpr, expected: T.Ty | None) -> T.Ty:
        hint = self.tys.shallow(expected) if expected is not None else None
        element: T.Ty = hint.element if isinstance(hint, T.ArrayTy) else self.tys.fresh()
        for item in e.items:
            self.expect(element, self.expr(item, element), item)
        return T.ArrayTy(element, len(e.items))

    def e_ArrayRepeat(self, e: ast.ArrayRepeat, expected: T.Ty | None) -> T.Ty:
        hint = self.tys.shallow(expected) if expected is not None else None
        element: T.Ty = hint.element if isinstance(hint, T.ArrayTy) else self.tys.fresh()
        self.expect(element, self.expr(e.value, element), e.value)
        self.expect(T.USIZE, self.expr(e.count, T.USIZE), e.count)
        return T.ArrayTy(element, self.items.const_usize(e.count))

    def e_RangeExpr(self, e: ast.RangeExpr, expected: T.Ty | None) -> T.Ty:
        element: T.Ty = self.tys.fresh()
        hint = self.tys.shallow(expected) if expected is not None else None
        if isinstance(hint, T.AdtTy) and hint.name in ("Range", "RangeInclusive"):
            element = hint.args[0]
        for end in (e.start, e.end):
            if end is not None:
                self.expect(element, self.expr(end, element), end)
        kind = "RangeInclusive" if e.inclusive else "Range"
        if e.start is None or e.end is None:
            kind = "RangeFrom" if e.end is None else (
                "RangeToInclusive" if e.inclusive else "RangeTo")
            if e.start is None and e.end is None:
                kind = "RangeFull"
        return T.AdtTy(kind, (element,))

    def e_StructLit(self, e: ast.StructLit, expected: T.Ty | None) -> T.Ty:
        target = self.resolve_variant_path(e.path)
        if isinstance(target, PathValue):
            raise self.fail("this struct literal", e.span)
        adt, index = target
        assert adt.defn is not None
        self.type_turbofish(e.path, adt)
        hint = self.tys.shallow(expected) if expected is not None else None
        if isinstance(hint, T.AdtTy) and hint.name == adt.name and adt.args:
            # `Point { x: 5, y }` returned as `Point<T>`: the fields expect `T` (rustc
            # checks them against the expected type's arguments).
            self.tys.unify(adt, hint)
        variant = adt.defn.variants[index]
        field_types = adt.variant_types(variant)
        order: list[int] = []
        for init in e.fields:
            if init.name not in variant.field_names:
                kind = "variant" if adt.defn.is_enum else "struct"
                self.error(Diagnostic(f"{kind} `{adt.name}` has no field named `{init.name}`",
                                      init.span, "E0560", "unknown field"))
                self.expr(init.value)
                continue
            i = variant.field_names.index(init.name)
            order.append(i)
            self.expect(field_types[i], self.expr(init.value, field_types[i]), init.value)
        if e.base is not None:
            self.expect(adt, self.expr(e.base, adt), e.base)
        elif len(set(order)) < len(variant.field_names):
            missing = [n for i, n in enumerate(variant.field_names) if i not in order]
            shown = ", ".join(f"`{m}`" for m in missing)
            self.error(Diagnostic(f"missing field{'s' * (len(missing) > 1)} {shown} in "
                                  f"initializer of `{adt.name}`", e.path.span, "E0063",
                                  f"missing {shown}"))
        self.out.struct_lits[id(e)] = tuple(order)
        self.out.callees[id(e)] = Callee("variant" if adt.defn.is_enum else "struct",
                                         adt.name, adt=adt, variant=index)
        return adt

    def e_Closure(self, e: ast.Closure, expected: T.Ty | None) -> T.Ty:
        hint = self.tys.shallow(expected) if expected is not None else None
        if isinstance(hint, T.InferTy):  # returned for `-> impl Fn(..)`
            hint = self.closure_hints.get(hint.id, hint)
        if isinstance(hint, T.DynTy) and hint.call is not None:  # `Box::new(|x| ..)` as dyn
            hint = hint.call
        params: list[T.Ty] = []
        self.scopes.append({})
        self.closure_scopes.append([len(self.scopes) - 1, False])
        try:
            for i, param in enumerate(e.params):
                ty: T.Ty
                if param.type is not None:
                    ty = self.lower(param.type)
                elif isinstance(hint, T.FnTy) and i < len(hint.params):
                    ty = hint.params[i]
                else:
                    ty = self.tys.fresh()
                self.pattern(param.pattern, ty, irrefutable=True, is_param=True)
                self.deferred_irrefutable.append((param.pattern, ty, "closure"))
                params.append(ty)
            ret_hint = hint.ret if isinstance(hint, T.FnTy) else None
            if e.return_type is not None:
                ret_hint = self.lower(e.return_type)
            saved = self.fn
            self.fn = FnScope(ret_hint or self.tys.fresh(), self_ty=saved.self_ty,
                              self_trait=saved.self_trait, type_params=saved.type_params)
            try:
                body = self.expr(e.body, ret_hint)
                if ret_hint is not None:
                    self.expect(ret_hint, body, e.body)
            finally:
                self.fn = saved
        finally:
            self.scopes.pop()
            scope = self.closure_scopes.pop()
            captures = scope[1]
            self.closure_captures[id(e)] = scope[2:]
        self.closure_count += 1
        if captures:
            self.capturing_closures.add(self.closure_count)
        return T.FnTy(tuple(params), ret_hint if ret_hint is not None else body,
                      self.closure_count, bool(captures), T.ClosureLayout())

    # ---- fields and indexing ----
    def e_Field(self, e: ast.Field, expected: T.Ty | None) -> T.Ty:
        base = self.expr(e.base)
        for derefs, candidate in enumerate(self.deref_chain(base)):
            current = self.resolve(candidate)
            if isinstance(current, T.TupleTy) and e.name.isdigit():
                index = int(e.name)
                if index < len(current.items):
                    self.out.fields[id(e)] = (derefs, index)
                    return current.items[index]
            if isinstance(current, T.AdtTy) and current.defn is not None and (
                    not current.defn.is_enum):
                variant = current.defn.variants[0]
                if e.name in variant.field_names:
                    index = variant.field_names.index(e.name)
                    self.out.fields[id(e)] = (derefs, index)
                    return current.variant_types(variant)[index]
        shown = self.resolve(base)
        if isinstance(shown, T.InferTy):
            self.error(Diagnostic("type annotations needed", e.base.span, "E0282"))
        elif isinstance(shown, T.InferTy) or self.tys.is_int(shown):
            self.error(Diagnostic("`{integer}` is a primitive type and therefore doesn't "
                                  "have fields", e.span, "E0610"))
        else:
            end = e.span
            name = Span(end.end_line, end.end_col - len(e.name), end.end_line, end.end_col,
                        end.end - len(e.name), end.end)  # rustc points at the field's name
            self.error(Diagnostic(f"no field `{e.name}` on type `{shown}`", name, "E0609",
                                  "unknown field", self.self_declared(shown)))
            return self.error_ty()
        return self.tys.fresh()

    def self_declared(self, shown: T.Ty) -> tuple[Label, ...]:
        """rustc's note on `Self` in a trait's provided method: where it is declared."""
        while isinstance(shown, T.RefTy):
            shown = shown.inner
        trait = self.items.traits.get(self.fn.self_trait or "")
        if shown != SELF_PARAM or trait is None:
            return ()
        item = trait.item
        return (Label(Span(item.span.line, item.span.col, item.name_span.end_line,
                           item.name_span.end_col, item.span.start, item.name_span.end),
                      "type parameter 'Self' declared here"),)

    def index_map(self, e: ast.Index, table: T.AdtTy, derefs: int) -> T.Ty:
        """`map[&key]` (`Index<&Q>`): the value, or std's "no entry found for key" panic."""
        given = self.resolve(self.expr(e.index))
        key = self.resolve(table.args[0])
        if isinstance(given, T.RefTy) and (isinstance(self.tys.shallow(key), T.InferTy) or
                                           isinstance(self.tys.shallow(given.inner), T.InferTy)):
            self.tys.unify(given.inner, key)  # `m[&1]` with integer keys
            given, key = self.resolve(given), self.resolve(key)
        if table.name not in collections.MAPS or not collections.key_supported(key) or not (
                collections.borrowed_key_ok(key, given)):
            raise self.fail(f"indexing a `{table}` by `{given}`", e.span)
        self.out.fields[id(e)] = (derefs, 0)
        return table.args[1]

    def e_Index(self, e: ast.Index, expected: T.Ty | None) -> T.Ty:
        base = self.expr(e.base)
        for derefs, candidate in enumerate(self.deref_chain(base)):
            table = self.resolve(candidate)
            if isinstance(table, T.AdtTy) and table.name in collections.COLLECTIONS:
                return self.index_map(e, table, derefs)
            if isinstance(table, T.AdtTy) and table.name == "VecDeque":
                raise self.fail("indexing a `VecDeque` (`dq.get(i)` runs)", e.span)
            if isinstance(table, T.AdtTy) and table.name == "BinaryHeap":
                raise self.fail("indexing a `BinaryHeap`", e.span)
        index = self.resolve(self.expr(e.index, T.USIZE))
        is_range = isinstance(index, T.AdtTy) and index.name.startswith("Range")
        if is_range:
            assert isinstance(index, T.AdtTy)
            if not self.tys.unify(index.args[0], T.USIZE):  # `s[..main]`: not usize bounds
                container = self.resolve(base)
                while isinstance(container, T.RefTy):
                    container = self.resolve(container.inner)
                self.error(Diagnostic(
                    f"the type `{_index_target(container)}` cannot be indexed by "
                    f"`{ty_text(index)}`", e.index.span, "E0277",
                    "slice indices are of type `usize` or ranges of `usize`"))
                return self.tys.fresh()
        elif not self.tys.unify(index, T.USIZE):
            container = self.resolve(base)
            self.error(Diagnostic(f"the type `{_index_target(container)}` cannot be indexed by "
                                  f"`{ty_text(index)}`", e.index.span, "E0277",
                                  "slice indices are of type `usize` or ranges of `usize`"))
            return self.tys.fresh()
        for derefs, candidate in enumerate(self.deref_chain(base)):
            current = self.resolve(candidate)
            element: T.Ty | None = None
            if isinstance(current, T.ArrayTy | T.SliceTy):
                element = current.element
                sliced: T.Ty = T.SliceTy(current.element)
            elif isinstance(current, T.AdtTy) and T.is_vec(current):
                element = current.args[0]
                sliced = T.SliceTy(current.args[0])
            elif T.is_string(current) or isinstance(current, T.StrTy):
                if not is_range:
                    shown = "{integer}" if isinstance(e.index, ast.IntLit) and (
                        e.index.suffix is None) else ty_text(index)
                    self.error(Diagnostic("the type `str` cannot be indexed by "
                                          f"`{shown}`", e.index.span, "E0277",
                                          "string indices are ranges of `usize`"))
                    return self.tys.fresh()
                self.out.fields[id(e)] = (derefs, 0)
                return T.STR
            if element is not None:
                self.out.fields[id(e)] = (derefs, 0)
                return sliced if is_range else element
        base_ty = self.resolve(base)
        self.error(Diagnostic(f"cannot index into a value of type `{base_ty}`", e.base.span,
                              "E0608"))
        return self.tys.fresh()


def _index_target(ty: T.Ty) -> str:
    if isinstance(ty, T.AdtTy) and T.is_vec(ty):
        return f"[{ty.args[0]}]"
    if isinstance(ty, T.ArrayTy):
        return f"[{ty.element}]"
    return str(ty)

def construct_name(e: object) -> str:
    names = {
        "Try": "the `?` operator", "Unsafe": "`unsafe` blocks", "LetCond": "`let` here",
    }
    return names.get(type(e).__name__, type(e).__name__)

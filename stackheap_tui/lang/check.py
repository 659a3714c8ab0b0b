"""The static pass: what rustc would reject, rejected before anything runs.

Two phases, in rustc's order: (1) name resolution and type inference (this
module), whose errors (E0425, E0308, E0599, ...) stop compilation; (2) only if
those passed, the borrow-check phase (`borrowck.py`): initialisation, moves,
borrows and mutability, plus the deny-by-default `arithmetic_overflow` lint.

The result is a `CheckedProgram`: side tables keyed by node identity that the
interpreter reads (each expression's type, each name's binding, each call's
callee, each pattern's shape), so the interpreter never re-derives a Rust rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stackheap_tui.lang import ast
from stackheap_tui.lang import format_string as fmt
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck import borrow_check
from stackheap_tui.lang.checked import (
    Binding,
    Callee,
    CheckedProgram,
    FnInfo,
    FormatInfo,
    PathValue,
    PatternInfo,
)
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.exhaustive import missing_patterns, range_bound
from stackheap_tui.lang.infer import Types, describe
from stackheap_tui.lang.items import ItemTable, collect_items
from stackheap_tui.lang.nesting import headroom
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std_method_names import REAL, UNSTABLE
from stackheap_tui.lang.std_methods import (
    PARSE_ERRORS,
    MethodSig,
    comparison_method,
    method_signature,
)
from stackheap_tui.lang.syntax import unsupported
from stackheap_tui.lang.types import RANGE_KINDS

FORMAT_MACROS = {
    "println": ("stdout", True), "print": ("stdout", False),
    "eprintln": ("stderr", True), "eprint": ("stderr", False),
    "format": ("string", False), "panic": ("panic", False),
}
NEVER_MACROS = {"unreachable", "todo", "unimplemented"}
# Called without `!`, these are E0423 (a macro, not a function), as rustc says.
_MACROS = {*FORMAT_MACROS, *NEVER_MACROS, "vec", "assert", "assert_eq", "assert_ne", "dbg",
           "matches", "write", "writeln"}
ARITHMETIC = {"+", "-", "*", "/", "%"}
COMPARISON = {"==", "!=", "<", ">", "<=", ">="}
BITWISE = {"&", "|", "^"}
SHIFTS = {"<<", ">>"}
OP_VERBS = {"+": "add", "-": "subtract", "*": "multiply", "/": "divide",
            "%": "calculate the remainder of"}
OP_TRAITS = {"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "%": "Rem"}

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


@dataclass
class _Loop:
    label: str | None
    break_ty: T.Ty | None  # None: `while`/`for`, whose breaks carry no value
    broke: bool = False


@dataclass
class _FnScope:
    ret: T.Ty
    loops: list[_Loop] = field(default_factory=list)
    self_ty: T.Ty | None = None


class Checker:
    """Phase 1: names and types, for every function body."""

    def __init__(self, checked: CheckedProgram, items: ItemTable) -> None:
        self.out = checked
        self.items = items
        self.tys = Types()
        self.scopes: list[dict[str, Binding]] = []
        self.errors: list[Diagnostic] = []
        # The types of names that were not found: no second error about them (rustc
        # does not say "`_` doesn't implement Display" after "cannot find value").
        self.error_vars: set[int] = set()
        self.fn: _FnScope = _FnScope(T.UNIT)
        self.closure_count = 0
        self.deferred_matches: list[ast.Match] = []
        self.deferred_methods: list[tuple[ast.MethodCall, T.Ty]] = []
        self.or_bindings: list[dict[str, Binding]] = []
        self.collect_items: list[tuple[T.Ty, T.Ty | None]] = []
        self.expected_now: T.Ty | None = None  # the expected type of the method call checked

    # ================= helpers =================
    def error(self, diagnostic: Diagnostic) -> None:
        self.errors.append(diagnostic)

    def error_ty(self) -> T.Ty:
        ty = self.tys.fresh()
        self.error_vars.add(ty.id)
        return ty

    def fail(self, what: str, span: Span) -> CompileError:
        return CompileError([unsupported(what, span)])

    def lookup(self, name: str) -> Binding | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
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
        self.error(Diagnostic("mismatched types", span, "E0308",
                              f"expected {describe(exp)}, found {describe(got)}", labels))

    def expect(self, expected: T.Ty | None, found: T.Ty, expr: ast.Expr,
               because: Span | None = None) -> None:
        """`found` must fit `expected`, allowing rustc's coercions at this site."""
        if expected is None or self.coerce(expected, found, expr):
            return
        self.mismatch(expected, found, expr.span, because)

    def coerce(self, expected: T.Ty, found: T.Ty, expr: ast.Expr | None) -> bool:
        exp, got = self.tys.shallow(expected), self.tys.shallow(found)
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
            elif isinstance(current, T.AdtTy) and current.name in ("Rc", "Ref", "RefMut"):
                nxt = current.args[0]
            elif T.is_string(current):
                nxt = T.STR
            elif T.is_vec(current):
                nxt = T.SliceTy(current.args[0])
            elif isinstance(current, T.ArrayTy):
                nxt = T.SliceTy(current.element)
            if nxt is None:
                break
            chain.append(nxt)
        return chain

    def lower(self, node: ast.TypeExpr) -> T.Ty:
        return self.items.lower(node, self.fn.self_ty, self.tys.fresh)

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

    # ================= items =================
    def function(self, item: ast.FnItem, owner: str | None) -> None:
        self_ty = self.items.adt(owner) if owner else None
        self.fn = _FnScope(T.UNIT, self_ty=self_ty)
        if any(not g.name.startswith("'") for g in item.generics):
            raise self.fail("generic functions (type parameters)", item.name_span)
        ret = self.lower(item.return_type) if item.return_type else T.UNIT
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
            before = len(self.out.bindings)
            self.pattern(param.pattern, ty, irrefutable=True, is_param=True)
            del before
            if isinstance(param.pattern, ast.IdentPattern):
                params.append(self.out.bindings[id(param.pattern)])
            else:
                raise self.fail("patterns in function parameters", param.pattern.span)
        self.out.functions[id(item)] = FnInfo(item, params, ret, owner)
        body_ty = self.block(item.body, ret)
        tail = item.body.tail
        if tail is not None:
            self.expect(ret, body_ty, tail, item.return_type.span if item.return_type else None)
        elif not isinstance(self.tys.shallow(body_ty), T.NeverTy) and not self.tys.unify(
                ret, T.UNIT):
            self.error(Diagnostic(
                "mismatched types", item.return_type.span if item.return_type else
                item.name_span, "E0308", f"expected `{self.resolve(ret)}`, found `()`",
                (Label(item.name_span, "implicitly returns `()` as its body has no tail or "
                       "`return` expression"),)))

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
        if stmt.otherwise is not None:
            else_ty = self.block(stmt.otherwise, None)
            if not isinstance(self.tys.shallow(else_ty), T.NeverTy):
                self.error(Diagnostic("`else` clause of a `let...else` does not diverge",
                                      stmt.otherwise.span, "E0308",
                                      f"expected `!`, found `{self.resolve(else_ty)}`"))
        self.pattern(stmt.pattern, ty, irrefutable=stmt.otherwise is None,
                     initialised=stmt.init is not None)
        return diverges

    # ================= patterns =================
    def pattern(self, pat: ast.Pattern, ty: T.Ty, mode: str = "", irrefutable: bool = False,
                is_param: bool = False, initialised: bool = True) -> None:
        """Type a pattern against `ty`, binding its names (rustc's match ergonomics)."""
        derefs = 0
        path_like = isinstance(pat, ast.IdentPattern) and not (pat.mutable or pat.by_ref) and (
            self.pattern_path_target(pat.name) is not None)
        if path_like or not isinstance(pat, ast.IdentPattern | ast.WildcardPattern
                                       | ast.RefPattern | ast.BindingPattern | ast.OrPattern
                                       | ast.RestPattern):
            # Matching a reference with a non-reference pattern looks through it and
            # switches the default binding mode to `ref` / `ref mut`.
            current = self.tys.shallow(ty)
            while isinstance(current, T.RefTy):
                mode = "ref" if not current.mutable or mode == "ref" else "ref mut"
                ty = current.inner
                current = self.tys.shallow(ty)
                derefs += 1
        if isinstance(pat, ast.IdentPattern):
            target = self.pattern_path_target(pat.name) if path_like else None
            if target is not None:
                self.out.patterns[id(pat)] = PatternInfo(ty, derefs)
                self.variant_pattern(pat, ast.Path(pat.span, (pat.name,)), (), ty, mode,
                                     target)
                return
            by_ref = "ref mut" if pat.by_ref and pat.mutable else "ref" if pat.by_ref else mode
            mutable = pat.mutable and not pat.by_ref
            bound_ty = ty if not by_ref else T.RefTy(ty, by_ref == "ref mut")
            binding = Binding(pat.name, mutable, bound_ty, pat.span, initialised, by_ref,
                              is_param)
            self.bind(binding, pat)
            self.out.patterns[id(pat)] = PatternInfo(ty, derefs, is_binding=True)
            return
        self.out.patterns[id(pat)] = PatternInfo(ty, derefs)
        if isinstance(pat, ast.WildcardPattern | ast.RestPattern):
            return
        if isinstance(pat, ast.BindingPattern):
            self.pattern(pat.binding, ty, mode, is_param=is_param)
            self.pattern(pat.pattern, ty, mode)
            return
        if isinstance(pat, ast.OrPattern):
            # Every alternative binds the same names: they share one binding (one slot).
            outer = self.scopes[-1]
            shared: dict[str, Binding] = {}
            self.or_bindings.append(shared)
            bound: list[set[str]] = []
            try:
                for alternative in pat.alternatives:
                    self.scopes[-1] = dict(outer)
                    self.pattern(alternative, ty, mode)
                    names = self.scopes[-1]
                    bound.append({n for n in names if names[n] is not outer.get(n)})
            finally:
                self.or_bindings.pop()
            self.scopes[-1] = names
            every = set().union(*bound)
            for name in sorted(every):
                if any(name not in names_here for names_here in bound):
                    self.error(Diagnostic(f"variable `{name}` is not bound in all patterns",
                                          pat.span, "E0408",
                                          f"pattern doesn't bind `{name}`"))
                    break
            return
        if isinstance(pat, ast.RefPattern):
            inner = self.tys.fresh()
            self.unify_pattern(T.RefTy(inner, pat.mutable), ty, pat.span)
            self.pattern(pat.pattern, inner, "")
            return
        if isinstance(pat, ast.LiteralPattern):
            found = self.expr(pat.value, ty)
            if T.is_string(self.resolve(ty)) or (isinstance(self.resolve(found), T.RefTy)
                                                  and isinstance(self.resolve(ty), T.StrTy)):
                return
            self.unify_pattern(ty, found, pat.span)
            return
        if isinstance(pat, ast.RangePattern):
            for end in (pat.start, pat.end):
                if isinstance(end, ast.Path) and not _is_builtin_int_const(end):
                    self.range_bound_path(end, ty)
                elif end is not None:
                    self.unify_pattern(ty, self.expr(end, ty), pat.span)
            self.range_order(pat)
            return
        if isinstance(pat, ast.TuplePattern):
            self.tuple_pattern(pat, ty, mode)
            return
        if isinstance(pat, ast.SlicePattern):
            self.array_pattern(pat, ty, mode)
            return
        if isinstance(pat, ast.PathPattern):
            target = self.resolve_variant_path(pat.path)
            self.variant_pattern(pat, pat.path, (), ty, mode, target)
            return
        if isinstance(pat, ast.TupleStructPattern):
            target = self.resolve_variant_path(pat.path)
            self.variant_pattern(pat, pat.path, pat.items, ty, mode, target)
            return
        if isinstance(pat, ast.StructPattern):
            target = self.resolve_variant_path(pat.path)
            self.struct_pattern(pat, ty, mode, target)
            return
        raise self.fail("this pattern", pat.span)

    def range_bound_path(self, end: ast.Path, ty: T.Ty) -> None:
        """`LOW..=HIGH` with `const`s: typed as the consts, matched and checked for
        exhaustiveness by their values. A variable is rustc's E0080."""
        if end.is_name and self.lookup(end.segments[0]) is not None:
            self.error(Diagnostic("runtime values cannot be referenced in patterns", end.span,
                                  "E0080", "references a runtime value"))
            return
        const = self.items.consts.get(end.segments[0]) if end.is_name else None
        value = self.const_literal(const) if const is not None else None
        if const is None or value is None:
            raise self.fail("this path as a range pattern's bound (a `const` whose value is "
                            "a number or a `char` works)", end.span)
        self.unify_pattern(ty, self.expr(end, ty), end.span)
        # The value itself, as for `i32::MAX`: the exhaustiveness check counts with it.
        self.out.paths[id(end)] = PathValue("value", value=value)

    def range_order(self, pat: ast.RangePattern) -> None:
        """rustc's E0030 (`5..=1`) and E0579 (`5..5`): a range pattern matching nothing."""
        if pat.start is None or pat.end is None:
            return
        low, high = range_bound(pat.start, self.out.paths), range_bound(pat.end, self.out.paths)
        if low is None or high is None:
            return
        if pat.inclusive and low > high:
            self.error(Diagnostic("lower bound for range pattern must be less than or equal to "
                                  "upper bound", pat.span, "E0030",
                                  "lower bound larger than upper bound"))
        elif not pat.inclusive and low >= high:
            self.error(Diagnostic("lower bound for range pattern must be less than upper bound",
                                  pat.span, "E0579"))

    def const_literal(self, const: ast.ConstItem, seen: frozenset[str] = frozenset()
                      ) -> int | str | None:
        """A const's value when it is a literal number or char (or another such const)."""
        value = const.value
        if isinstance(value, ast.IntLit | ast.CharLit):
            return value.value
        if isinstance(value, ast.Unary) and value.op == "-" and isinstance(value.operand,
                                                                           ast.IntLit):
            return -value.operand.value
        if isinstance(value, ast.Path) and value.is_name and value.segments[0] not in seen:
            other = self.items.consts.get(value.segments[0])
            if other is not None:
                return self.const_literal(other, seen | {const.name})
        return None

    def array_pattern(self, pat: ast.SlicePattern, ty: T.Ty, mode: str) -> None:
        """`[first, .., last]` on an array: `..` stands for the elements in between."""
        current = self.resolve(ty)
        if not isinstance(current, T.ArrayTy):
            raise self.fail("slice patterns on slices and Vecs (arrays work)", pat.span)
        for item in pat.items:
            if isinstance(item, ast.BindingPattern) and isinstance(item.pattern,
                                                                   ast.RestPattern):
                raise self.fail("`rest @ ..` in slice patterns", item.span)
        rest = [i for i, p in enumerate(pat.items) if isinstance(p, ast.RestPattern)]
        items = list(pat.items)
        if rest:
            at = rest[0]
            fill = current.length - (len(items) - 1)
            items = items[:at] + [ast.WildcardPattern(items[at].span)] * max(0, fill) + \
                items[at + 1:]
        if len(items) != current.length:
            self.error(Diagnostic(f"pattern requires {len(items)} element"
                                  f"{'s' * (len(items) != 1)} but array has {current.length}",
                                  pat.span, "E0527", f"expected {current.length} elements"))
            return
        self.out.expanded[id(pat)] = tuple(items)
        for item in items:
            self.pattern(item, current.element, mode)

    def unify_pattern(self, expected: T.Ty, found: T.Ty, span: Span) -> None:
        if not self.tys.unify(expected, found):
            self.error(Diagnostic("mismatched types", span, "E0308",
                                  f"expected {describe(self.resolve(expected))}, found "
                                  f"{describe(self.resolve(found))}"))

    def tuple_pattern(self, pat: ast.TuplePattern, ty: T.Ty, mode: str) -> None:
        current = self.tys.shallow(ty)
        rest = [i for i, p in enumerate(pat.items) if isinstance(p, ast.RestPattern)]
        if isinstance(current, T.TupleTy):
            items = current.items
        elif rest:
            raise self.fail("`..` in a tuple of unknown type", pat.span)
        else:
            items = tuple(self.tys.fresh() for _ in pat.items)
            self.unify_pattern(ty, T.TupleTy(items), pat.span)
        subpatterns = list(pat.items)
        if rest:
            at = rest[0]
            missing = len(items) - (len(subpatterns) - 1)
            subpatterns = subpatterns[:at] + [ast.WildcardPattern(pat.items[at].span)] * (
                missing) + subpatterns[at + 1:]
            self.out.patterns[id(pat)] = PatternInfo(ty, self.out.patterns[id(pat)].derefs,
                                                     field_indexes=tuple(
                                                         range(len(items))))
            self.out.expanded[id(pat)] = tuple(subpatterns)
        if len(subpatterns) != len(items):
            self.error(Diagnostic("mismatched types", pat.span, "E0308",
                                  f"expected a tuple with {len(items)} elements, found one "
                                  f"with {len(subpatterns)} elements"))
            return
        for sub, item_ty in zip(subpatterns, items, strict=True):
            self.pattern(sub, item_ty, mode)

    def pattern_path_target(self, name: str) -> tuple[T.AdtTy, int] | PathValue | None:
        """A lone name in a pattern: a unit variant / unit struct / const, or None (binds)."""
        if name == "None":
            return (T.option(self.tys.fresh()), 0)
        alias = self.items.variant_aliases.get(name)
        if alias is not None:
            return self.resolve_variant_path(ast.Path(Span(0, 0, 0, 0, 0, 0), alias))
        if name in self.items.consts:
            return PathValue("const", const=self.items.consts[name])
        adt = self.items.adts.get(name)
        if adt is not None and not adt.is_enum and adt.struct_kind == "unit":
            return (self.items.adt(name), 0)
        return None

    def resolve_variant_path(self, path: ast.Path) -> tuple[T.AdtTy, int] | PathValue:
        segments = path.segments
        if segments[0] == "crate" and len(segments) > 1:
            segments = segments[1:]
        if len(segments) == 1 and segments[0] in self.items.variant_aliases:
            segments = self.items.variant_aliases[segments[0]]
        if segments[0] == "Self" and self.fn.self_ty is not None:
            assert isinstance(self.fn.self_ty, T.AdtTy)
            segments = (self.fn.self_ty.name, *segments[1:])
        if segments[:2] in (("std", "option"), ("std", "result")) or (segments[0] in (
                "Option", "Result") and len(segments) == 2):
            segments = segments[-1:]
        if len(segments) == 1:
            name = segments[0]
            if name in ("Some", "None"):
                return (T.option(self.tys.fresh()), 1 if name == "Some" else 0)
            if name in ("Ok", "Err"):
                return (T.result(self.tys.fresh(), self.tys.fresh()), 0 if name == "Ok" else 1)
            if name in self.items.consts:
                return PathValue("const", const=self.items.consts[name])
            if name in self.items.adts and not self.items.adts[name].is_enum:
                return (self.items.adt(name), 0)
        if len(segments) >= 2:
            type_name, variant = segments[-2], segments[-1]
            if type_name == "Ordering":
                names = [v.name for v in T.ORDERING_DEF.variants]
                if variant in names:
                    return (T.AdtTy("Ordering", (), T.ORDERING_DEF), names.index(variant))
            adt = self.items.adts.get(type_name)
            if adt is not None and adt.is_enum:
                names = [v.name for v in adt.variants]
                if variant in names:
                    return (self.items.adt(type_name), names.index(variant))
                self.error(Diagnostic(
                    f"no variant or associated item named `{variant}` found for enum "
                    f"`{type_name}` in the current scope", path.span, "E0599",
                    f"variant or associated item not found in `{type_name}`"))
                return (self.items.adt(type_name), 0)
        raise CompileError([Diagnostic(
            f"cannot find tuple struct or tuple variant `{'::'.join(path.segments)}` in this "
            "scope", path.span, "E0531", "not found in this scope")])

    def variant_pattern(self, pat: ast.Pattern, path: ast.Path, items: tuple[ast.Pattern, ...],
                        ty: T.Ty, mode: str, target: tuple[T.AdtTy, int] | PathValue) -> None:
        if isinstance(target, PathValue):
            assert target.const is not None
            self.unify_pattern(ty, self.lower(target.const.type), pat.span)
            self.out.patterns[id(pat)] = PatternInfo(ty, self.out.patterns.get(
                id(pat), PatternInfo(ty, 0)).derefs, adt=None, variant=-2)
            self.out.pattern_consts[id(pat)] = target.const
            return
        adt, index = target
        self.unify_pattern(ty, adt, pat.span)
        adt_now = self.resolve(ty)
        if not isinstance(adt_now, T.AdtTy) or adt_now.name != adt.name:
            adt_now = adt  # a mismatch was reported above; keep checking the subpatterns
        variant = adt_now.defn.variants[index] if adt_now.defn else None
        assert variant is not None
        derefs = self.out.patterns[id(pat)].derefs if id(pat) in self.out.patterns else 0
        self.out.patterns[id(pat)] = PatternInfo(ty, derefs, index, adt_now)
        field_types = adt_now.variant_types(variant)
        subpatterns = list(items)
        rest = [i for i, p in enumerate(subpatterns) if isinstance(p, ast.RestPattern)]
        if rest:
            at = rest[0]
            missing = len(field_types) - (len(subpatterns) - 1)
            subpatterns = subpatterns[:at] + [ast.WildcardPattern(items[at].span)] * missing + \
                subpatterns[at + 1:]
            self.out.expanded[id(pat)] = tuple(subpatterns)
        if len(subpatterns) != len(field_types):
            self.error(Diagnostic(
                f"this pattern has {len(subpatterns)} field{'s' * (len(subpatterns) != 1)}, "
                f"but the corresponding tuple variant has {len(field_types)} field"
                f"{'s' * (len(field_types) != 1)}", pat.span, "E0023"))
            return
        for sub, field_ty in zip(subpatterns, field_types, strict=True):
            self.pattern(sub, field_ty, mode)

    def struct_pattern(self, pat: ast.StructPattern, ty: T.Ty, mode: str,
                       target: tuple[T.AdtTy, int] | PathValue) -> None:
        if isinstance(target, PathValue):
            raise self.fail("this struct pattern", pat.span)
        adt, index = target
        self.unify_pattern(ty, adt, pat.span)
        variant = adt.defn.variants[index] if adt.defn else None
        assert variant is not None
        derefs = self.out.patterns[id(pat)].derefs
        indexes = []
        field_types = adt.variant_types(variant)
        for field_pat in pat.fields:
            if field_pat.name not in variant.field_names:
                self.error(Diagnostic(f"{'variant' if adt.defn and adt.defn.is_enum else 'struct'}"
                                      f" `{adt.name}` does not have a field named "
                                      f"`{field_pat.name}`", field_pat.span, "E0026"))
                continue
            i = variant.field_names.index(field_pat.name)
            indexes.append(i)
            self.pattern(field_pat.pattern, field_types[i], mode)
        if not pat.has_rest and len(set(indexes)) < len(variant.field_names):
            missing = [n for i, n in enumerate(variant.field_names) if i not in indexes]
            self.error(Diagnostic(
                f"pattern does not mention field{'s' * (len(missing) > 1)} "
                + ", ".join(f"`{m}`" for m in missing), pat.span, "E0027"))
        self.out.patterns[id(pat)] = PatternInfo(ty, derefs, index, adt, tuple(indexes))

    # ================= expressions =================
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

    def e_Path(self, e: ast.Path, expected: T.Ty | None) -> T.Ty:
        segments = e.segments
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
                self.out.paths[id(e)] = PathValue("unit_struct", self.items.adt(segments[0]))
                return self.items.adt(segments[0])
        if len(segments) == 2:
            type_name = segments[0]
            if type_name == "Self" and isinstance(self.fn.self_ty, T.AdtTy):
                type_name = self.fn.self_ty.name
            adt_def = self.items.adts.get(type_name)
            if type_name == "Ordering":
                adt_def = T.ORDERING_DEF
            if adt_def is not None and adt_def.is_enum:
                names = [v.name for v in adt_def.variants]
                if segments[1] in names:
                    index = names.index(segments[1])
                    adt = T.AdtTy(adt_def.name, (), adt_def)
                    if adt_def.variants[index].kind != "unit":
                        raise self.fail("tuple variants used as functions", e.span)
                    self.out.paths[id(e)] = PathValue("variant", adt, index)
                    return adt
                self.error(Diagnostic(
                    f"no variant or associated item named `{segments[1]}` found for enum "
                    f"`{type_name}` in the current scope", e.span, "E0599",
                    f"variant or associated item not found in `{type_name}`"))
                return self.tys.fresh()
        return None

    def e_Block(self, e: ast.Block, expected: T.Ty | None) -> T.Ty:
        return self.block(e, expected)

    def e_Unsafe(self, e: ast.Unsafe, expected: T.Ty | None) -> T.Ty:
        raise self.fail("`unsafe` blocks", e.span)

    def e_Unary(self, e: ast.Unary, expected: T.Ty | None) -> T.Ty:
        if e.op == "*":
            inner = self.resolve(self.expr(e.operand))
            if isinstance(inner, T.BoxTy | T.RefTy):
                return inner.inner
            if isinstance(inner, T.AdtTy) and inner.name in ("Rc", "Ref", "RefMut"):
                return inner.args[0]
            if T.is_string(inner):
                return T.STR
            shown = describe(inner).replace("integer", "`{integer}`").replace(
                "floating-point number", "`{float}`")
            self.error(Diagnostic(f"type {shown} cannot be dereferenced", e.span, "E0614",
                                  "can't be dereferenced"))
            return self.tys.fresh()
        if e.op in ("&", "&mut"):
            hint = self.tys.shallow(expected) if expected is not None else None
            inner_hint = hint.inner if isinstance(hint, T.RefTy) else None
            if isinstance(inner_hint, T.StrTy | T.SliceTy):
                inner_hint = None  # `&s` for a `&str` parameter: found `&String`, coerced
            inner = self.expr(e.operand, inner_hint)
            return T.RefTy(inner, e.op == "&mut")
        operand = self.resolve(self.expr(e.operand, expected))
        if isinstance(operand, T.RefTy) and (
                self.tys.is_int(operand.inner) or self.tys.is_float(operand.inner)):
            operand = self.resolve(operand.inner)
        if e.op == "-":
            unsigned = isinstance(operand, T.IntTy) and not operand.signed
            if unsigned:
                self.error(Diagnostic(f"cannot apply unary operator `-` to type `{operand}`",
                                      e.span, "E0600", "cannot apply unary operator `-`",
                                      notes=("unsigned values cannot be negated",)))
            elif not isinstance(operand, T.IntTy | T.FloatTy | T.InferTy):
                self.error(Diagnostic(f"cannot apply unary operator `-` to type `{operand}`",
                                      e.span, "E0600", "cannot apply unary operator `-`"))
            return operand
        if not isinstance(operand, T.IntTy | T.BoolTy | T.InferTy) or (
            isinstance(operand, T.InferTy) and operand.kind == "float"
        ):
            self.error(Diagnostic(f"cannot apply unary operator `!` to type `{operand}`",
                                  e.span, "E0600", "cannot apply unary operator `!`"))
        return operand

    def e_Binary(self, e: ast.Binary, expected: T.Ty | None) -> T.Ty:
        if e.op in ("&&", "||"):
            self.expect(T.BOOL, self.expr(e.left, T.BOOL), e.left)
            self.expect(T.BOOL, self.expr(e.right, T.BOOL), e.right)
            return T.BOOL
        if e.op in SHIFTS:
            left = self.expr(e.left, expected)
            self.expr(e.right)
            return self.numeric_operand(left)
        hint = expected if e.op not in COMPARISON else None
        left = self.expr(e.left, hint)
        left_r = self.resolve(left)
        if e.op == "+" and T.is_string(left_r):
            right = self.expr(e.right, T.RefTy(T.STR))
            if not self.coerce(T.RefTy(T.STR), right, e.right):
                self.mismatch(T.RefTy(T.STR), right, e.right.span)
            return T.STRING
        right_hint = left if not isinstance(left_r, T.RefTy) else None
        right = self.expr(e.right, right_hint)
        right_r = self.resolve(right)
        if e.op in COMPARISON:
            return self.comparison(e, left_r, right_r)
        # `&i32 + i32`, `i32 += &i32`: std implements arithmetic on references to numbers.
        l_base = left_r.inner if isinstance(left_r, T.RefTy) else left_r
        r_base = right_r.inner if isinstance(right_r, T.RefTy) else right_r
        numeric_l = self.tys.is_int(l_base) or self.tys.is_float(l_base)
        if numeric_l and self.tys.unify(l_base, r_base):
            return self.resolve(l_base)
        if isinstance(l_base, T.BoolTy) and e.op in BITWISE and self.tys.unify(l_base, r_base):
            return T.BOOL
        if numeric_l and not isinstance(self.resolve(r_base), T.InferTy | T.IntTy | T.FloatTy):
            shown_r = self.resolve(right)
            verb = OP_VERBS.get(e.op, "combine")
            prep = "to" if e.op == "+" else "from" if e.op == "-" else "by"
            self.error(Diagnostic(
                f"cannot {verb} `{shown_r}` {prep} `{_ty_text(l_base)}`", e.span, "E0277",
                f"no implementation for `{_ty_text(l_base)} {e.op} {shown_r}`"))
            return self.resolve(l_base)
        if numeric_l:
            self.error(Diagnostic("mismatched types", e.right.span, "E0308",
                                  f"expected {describe(self.resolve(l_base))}, found "
                                  f"{describe(self.resolve(r_base))}"))
            return self.resolve(l_base)
        verb = OP_VERBS.get(e.op, "apply a binary operator to")
        shown = _ty_text(left_r)
        if e.op == "+":
            message = f"cannot add `{_ty_text(right_r)}` to `{shown}`"
        elif e.op in ("-", "*", "/", "%"):
            message = f"cannot {verb} `{shown}` {'from' if e.op == '-' else 'by'} `{shown}`"
        else:
            message = f"no implementation for `{shown} {e.op} {_ty_text(right_r)}`"
        self.error(Diagnostic(message, e.span, "E0369"))
        return left_r

    def numeric_operand(self, ty: T.Ty) -> T.Ty:
        ty = self.resolve(ty)
        return ty.inner if isinstance(ty, T.RefTy) else ty

    def comparison(self, e: ast.Binary, left: T.Ty, right: T.Ty) -> T.Ty:
        # `&a == &b` compares what they point at: peel matching layers of references.
        while isinstance(left, T.RefTy) and isinstance(right, T.RefTy) and not (
                isinstance(left.inner, T.StrTy) and isinstance(right.inner, T.StrTy)):
            left, right = self.resolve(left.inner), self.resolve(right.inner)
        base = left
        if isinstance(base, T.AdtTy) and base.defn is not None and base.name not in (
                "Option", "Result", "Ordering"):
            trait = "PartialEq" if e.op in ("==", "!=") else "PartialOrd"
            if trait not in base.defn.derives:
                self.error(Diagnostic(f"binary operation `{e.op}` cannot be applied to type "
                                      f"`{base}`", e.span, "E0369"))
                return T.BOOL
        # String == &str, &str == String: std implements these PartialEq pairs.
        # After peeling `&String == &str` is `String == str`: std has that pair too.
        text_like = (T.RefTy(T.STR), T.STR)
        stringy = (T.is_string(left) and (T.is_string(right) or right in text_like)) or (
            T.is_string(right) and left in text_like)
        if stringy:
            return T.BOOL
        if self.tys.unify(left, right):
            return T.BOOL
        l_elem, r_elem = _sequence_element(left), _sequence_element(right)
        if l_elem is not None and r_elem is not None and self.tys.unify(l_elem, r_elem):
            return T.BOOL  # Vec<T> == [T; N], &[T] == Vec<T>: std's PartialEq impls
        if (self.tys.is_int(left) and isinstance(right, T.RefTy)) or (
                isinstance(left, T.RefTy) and self.tys.is_int(right)) or {left, right} == {
                T.STR, T.RefTy(T.STR)}:
            self.error(Diagnostic(f"can't compare `{_ty_text(left)}` with `{_ty_text(right)}`",
                                  e.span, "E0277",
                                  f"no implementation for `{_ty_text(left)} == "
                                  f"{_ty_text(right)}`"))
            return T.BOOL
        self.error(Diagnostic("mismatched types", e.right.span, "E0308",
                              f"expected {describe(left)}, found {describe(right)}"))
        return T.BOOL

    def undeclared(self, target: ast.Expr) -> bool:
        """`x = 5;` where no `x` exists: most likely a missing `let`."""
        if not isinstance(target, ast.Path) or not target.is_name:
            return False
        name = target.segments[0]
        return self.lookup(name) is None and not any(
            name in table for table in (self.items.consts, self.items.functions,
                                        self.items.variant_aliases, self.items.adts))

    def e_Assign(self, e: ast.Assign, expected: T.Ty | None) -> T.Ty:
        if isinstance(e.target, ast.Path) and e.target.segments == ("_",):
            self.expr(e.value)  # `_ = value;` evaluates and discards
            return T.UNIT
        if e.op == "=" and self.undeclared(e.target):
            name = e.target.segments[0]  # type: ignore[attr-defined]
            self.error(Diagnostic(f"cannot find value `{name}` in this scope", e.target.span,
                                  "E0425", help="you might have meant to introduce a new "
                                  f"binding: `let {name} = ...;`"))
            self.expr(e.value)
            return T.UNIT
        if not is_place_expr(e.target):
            self.error(Diagnostic("invalid left-hand side of assignment", e.span, "E0070",
                                  "cannot assign to this expression"))
            return T.UNIT
        target = self.expr(e.target)
        if e.op == "=":
            self.expect(target, self.expr(e.value, target), e.value)
            return T.UNIT
        op = e.op[:-1]
        if op in SHIFTS:
            self.expr(e.value)
            return T.UNIT
        target_r = self.resolve(target)
        if T.is_string(target_r) and op == "+":
            value = self.expr(e.value, T.RefTy(T.STR))
            self.expect(T.RefTy(T.STR), value, e.value)
            return T.UNIT
        value = self.resolve(self.expr(e.value, target))
        base = value.inner if isinstance(value, T.RefTy) else value
        if not self.tys.unify(target, base):
            self.mismatch(target, value, e.value.span)
        elif not (self.tys.is_int(target) or self.tys.is_float(target) or (
                isinstance(target_r, T.BoolTy) and op in BITWISE)):
            self.error(Diagnostic(
                f"binary assignment operation `{e.op}` cannot be applied to type "
                f"`{target_r}`", e.span, "E0368", f"cannot use `{e.op}` on type `{target_r}`"))
        return T.UNIT

    def e_Cast(self, e: ast.Cast, expected: T.Ty | None) -> T.Ty:
        target = self.lower(e.type)
        source = self.resolve(self.expr(e.expr))
        numeric = (T.IntTy, T.FloatTy)
        ok = isinstance(target, numeric) and (isinstance(source, (*numeric, T.InferTy)) or (
            isinstance(source, T.BoolTy) and isinstance(target, T.IntTy)))
        if isinstance(source, T.CharTy) and isinstance(target, T.IntTy):
            ok = True
        if isinstance(source, T.IntTy) and source.name == "u8" and isinstance(target,
                                                                              T.CharTy):
            ok = True
        if isinstance(source, T.AdtTy) and source.defn is not None and source.defn.is_enum \
                and isinstance(target, T.IntTy) and all(
                    not v.field_types for v in source.defn.variants):
            ok = True
        if isinstance(source, T.InferTy) and source.kind == "int" and isinstance(target,
                                                                                 T.CharTy):
            self.tys.unify(source, T.U8)
            ok = True
        if source == target:
            ok = True
        if isinstance(source, T.InferTy) and source.kind == "any":
            ok = False
        if not ok:
            shown = self.defaulted_text(source)
            primitive = isinstance(source, (*numeric, T.BoolTy, T.CharTy)) or (
                isinstance(source, T.InferTy) and source.kind in ("int", "float"))
            if isinstance(target, T.CharTy) and primitive:
                self.error(Diagnostic(f"only `u8` can be cast as `char`, not `{shown}`", e.span,
                                      "E0604", "invalid cast"))
            elif isinstance(target, T.BoolTy) and primitive:
                self.error(Diagnostic(f"cannot cast `{shown}` as `bool`", e.span, "E0054",
                                      "unsupported cast"))
            elif isinstance(target, numeric) and primitive:  # `true as f64`, `'a' as f32`
                self.error(Diagnostic(f"casting `{shown}` as `{target}` is invalid", e.span,
                                      "E0606"))
            else:
                self.error(Diagnostic(f"non-primitive cast: `{source}` as `{target}`", e.span,
                                      "E0605", "an `as` expression can only be used to "
                                      "convert between primitive types or to coerce to a "
                                      "specific trait object"))
        return target

    def defaulted_text(self, ty: T.Ty) -> str:
        """A type as rustc names it once literals took their defaults (`i32`, `f64`)."""
        if isinstance(ty, T.InferTy) and ty.kind in ("int", "float"):
            return "i32" if ty.kind == "int" else "f64"
        return str(ty)

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

    def e_If(self, e: ast.If, expected: T.Ty | None) -> T.Ty:
        self.scopes.append({})
        try:
            self.condition(e.cond)
            then = self.block(e.then, expected)
        finally:
            self.scopes.pop()
        if e.otherwise is None:
            if not self.tys.unify(then, T.UNIT) and e.then.tail is not None:
                self.error(Diagnostic("`if` may be missing an `else` clause", e.span, "E0317",
                                      f"expected `{self.resolve(then)}`, found `()`"))
            return T.UNIT
        other = self.expr(e.otherwise, expected if expected is not None else then)
        if isinstance(self.tys.shallow(then), T.NeverTy):
            return other
        if not self.tys.unify(then, other):
            span = e.otherwise.tail.span if isinstance(e.otherwise, ast.Block) and (
                e.otherwise.tail is not None) else e.otherwise.span
            self.error(Diagnostic("`if` and `else` have incompatible types", span, "E0308",
                                  f"expected {describe(self.resolve(then))}, found "
                                  f"{describe(self.resolve(other))}"))
        return then

    def condition(self, cond: ast.Expr) -> None:
        if isinstance(cond, ast.LetCond):
            ty = self.expr(cond.value)
            self.record(cond, T.BOOL)
            self.pattern(cond.pattern, ty)
            return
        self.expect(T.BOOL, self.expr(cond, T.BOOL), cond)

    def e_Loop(self, e: ast.Loop, expected: T.Ty | None) -> T.Ty:
        loop = _Loop(e.label, expected if expected is not None else self.tys.fresh())
        self.fn.loops.append(loop)
        try:
            self.expect(T.UNIT, self.block(e.body, T.UNIT), e.body)
        finally:
            self.fn.loops.pop()
        if not loop.broke:
            return T.NeverTy()
        assert loop.break_ty is not None
        return loop.break_ty

    def e_While(self, e: ast.While, expected: T.Ty | None) -> T.Ty:
        self.fn.loops.append(_Loop(e.label, None))
        self.scopes.append({})
        try:
            self.condition(e.cond)
            self.expect(T.UNIT, self.block(e.body, T.UNIT), e.body)
        finally:
            self.scopes.pop()
            self.fn.loops.pop()
        return T.UNIT

    def e_For(self, e: ast.For, expected: T.Ty | None) -> T.Ty:
        iterable = self.resolve(self.expr(e.iterable))
        item = self.iter_item(iterable, e.iterable)
        self.fn.loops.append(_Loop(e.label, None))
        self.scopes.append({})
        try:
            self.pattern(e.pattern, item, irrefutable=True)
            self.expect(T.UNIT, self.block(e.body, T.UNIT), e.body)
        finally:
            self.scopes.pop()
            self.fn.loops.pop()
        return T.UNIT

    def iter_item(self, ty: T.Ty, expr: ast.Expr) -> T.Ty:
        """What `for x in <ty>` binds `x` to (IntoIterator::Item)."""
        if isinstance(ty, T.AdtTy) and ty.name in ("Range", "RangeInclusive", "RangeFrom"):
            self.tys.unify(ty.args[0], self.tys.fresh("int"))
            return ty.args[0]
        if isinstance(ty, T.IterTy):
            return ty.item
        if T.is_vec(ty):
            return ty.args[0]
        if isinstance(ty, T.ArrayTy):
            return ty.element
        if isinstance(ty, T.RefTy):
            inner = self.resolve(ty.inner)
            if T.is_vec(inner):
                return T.RefTy(inner.args[0], ty.mutable)
            if isinstance(inner, T.ArrayTy | T.SliceTy):
                return T.RefTy(inner.element, ty.mutable)
        self.error(Diagnostic(f"`{ty}` is not an iterator", expr.span, "E0277",
                              f"`{ty}` is not an iterator"))
        return self.tys.fresh()

    def e_Break(self, e: ast.Break, expected: T.Ty | None) -> T.Ty:
        loop = self.find_loop(e.label, e.span, "break")
        if loop is None:
            return T.NeverTy()
        loop.broke = True
        if e.value is not None:
            if loop.break_ty is None:
                self.error(Diagnostic("`break` with value from a `while` loop", e.span,
                                      "E0571", "can only break with a value inside `loop` "
                                      "or breakable block"))
                return T.NeverTy()
            self.expect(loop.break_ty, self.expr(e.value, loop.break_ty), e.value)
        elif loop.break_ty is not None:
            self.expect(loop.break_ty, T.UNIT, e)
        return T.NeverTy()

    def e_Continue(self, e: ast.Continue, expected: T.Ty | None) -> T.Ty:
        self.find_loop(e.label, e.span, "continue")
        return T.NeverTy()

    def find_loop(self, label: str | None, span: Span, what: str) -> _Loop | None:
        if not self.fn.loops:
            self.error(Diagnostic(f"`{what}` outside of a loop", span, "E0268",
                                  f"cannot `{what}` outside of a loop"))
            return None
        if label is None:
            return self.fn.loops[-1]
        for loop in reversed(self.fn.loops):
            if loop.label == label:
                return loop
        self.error(Diagnostic(f"use of undeclared label `{label}`", span, "E0426",
                              f"undeclared label `{label}`"))
        return None

    def e_Return(self, e: ast.Return, expected: T.Ty | None) -> T.Ty:
        if e.value is not None:
            self.expect(self.fn.ret, self.expr(e.value, self.fn.ret), e.value)
        elif not self.tys.unify(self.fn.ret, T.UNIT):
            self.error(Diagnostic("mismatched types", e.span, "E0069",
                                  "`return;` in a function whose return type is not `()`"))
        return T.NeverTy()

    def e_Try(self, e: ast.Try, expected: T.Ty | None) -> T.Ty:
        inner = self.resolve(self.expr(e.expr))
        ret = self.resolve(self.fn.ret)
        if isinstance(inner, T.AdtTy) and inner.name == "Option":
            if not (isinstance(ret, T.AdtTy) and ret.name == "Option"):
                self.error(Diagnostic("the `?` operator can only be used on `Option`s in a "
                                      "function that returns `Option`", e.span, "E0277"))
            return inner.args[0]
        if isinstance(inner, T.AdtTy) and inner.name == "Result":
            if not (isinstance(ret, T.AdtTy) and ret.name == "Result"):
                self.error(Diagnostic("the `?` operator can only be used in a function that "
                                      "returns `Result` or `Option` (or another type that "
                                      "implements `FromResidual`)", e.span, "E0277"))
            elif T.is_string(self.resolve(ret.args[1])) and self.resolve(
                    inner.args[1]) == T.RefTy(T.STR):
                self.out.conversions[id(e)] = "String::from"  # `?` calls From::from
            elif not self.tys.unify(ret.args[1], inner.args[1]):
                self.mismatch(ret.args[1], inner.args[1], e.span)
            return inner.args[0]
        self.error(Diagnostic("the `?` operator can only be applied to values that "
                              "implement `Try`", e.span, "E0277"))
        return self.tys.fresh()

    def e_Match(self, e: ast.Match, expected: T.Ty | None) -> T.Ty:
        scrutinee = self.expr(e.scrutinee)
        result: T.Ty | None = expected
        first: T.Ty | None = None
        for arm in e.arms:
            self.scopes.append({})
            try:
                self.pattern(arm.pattern, scrutinee)
                if arm.guard is not None:
                    self.condition(arm.guard)
                ty = self.expr(arm.body, result)
            finally:
                self.scopes.pop()
            if isinstance(self.tys.shallow(ty), T.NeverTy):
                continue
            if first is None:
                first = ty
                result = ty if result is None else result
                if expected is not None and not self.coerce(expected, ty, arm.body):
                    self.mismatch(expected, ty, arm.body.span)
            elif not self.coerce(result if result is not None else first, ty, arm.body):
                self.error(Diagnostic("`match` arms have incompatible types", arm.body.span,
                                      "E0308", f"expected {describe(self.resolve(first))}, "
                                      f"found {describe(self.resolve(ty))}"))
        self.deferred_matches.append(e)
        return first if first is not None else T.NeverTy()

    def e_LetCond(self, e: ast.LetCond, expected: T.Ty | None) -> T.Ty:
        raise self.fail("`let` in this position", e.span)

    def e_StructLit(self, e: ast.StructLit, expected: T.Ty | None) -> T.Ty:
        target = self.resolve_variant_path(e.path)
        if isinstance(target, PathValue):
            raise self.fail("this struct literal", e.span)
        adt, index = target
        assert adt.defn is not None
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
        params: list[T.Ty] = []
        self.scopes.append({})
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
                params.append(ty)
            ret_hint = hint.ret if isinstance(hint, T.FnTy) else None
            if e.return_type is not None:
                ret_hint = self.lower(e.return_type)
            saved = self.fn
            self.fn = _FnScope(ret_hint or self.tys.fresh(), self_ty=saved.self_ty)
            try:
                body = self.expr(e.body, ret_hint)
                if ret_hint is not None:
                    self.expect(ret_hint, body, e.body)
            finally:
                self.fn = saved
        finally:
            self.scopes.pop()
        self.closure_count += 1
        return T.FnTy(tuple(params), ret_hint if ret_hint is not None else body,
                      self.closure_count)

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
            self.error(Diagnostic(f"no field `{e.name}` on type `{shown}`", e.span, "E0609",
                                  "unknown field"))
        return self.tys.fresh()

    def e_Index(self, e: ast.Index, expected: T.Ty | None) -> T.Ty:
        base = self.expr(e.base)
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
                    f"`{_ty_text(index)}`", e.index.span, "E0277",
                    "slice indices are of type `usize` or ranges of `usize`"))
                return self.tys.fresh()
        elif not self.tys.unify(index, T.USIZE):
            container = self.resolve(base)
            self.error(Diagnostic(f"the type `{_index_target(container)}` cannot be indexed by "
                                  f"`{_ty_text(index)}`", e.index.span, "E0277",
                                  "slice indices are of type `usize` or ranges of `usize`"))
            return self.tys.fresh()
        for derefs, candidate in enumerate(self.deref_chain(base)):
            current = self.resolve(candidate)
            element: T.Ty | None = None
            if isinstance(current, T.ArrayTy | T.SliceTy):
                element = current.element
                sliced: T.Ty = T.SliceTy(current.element)
            elif T.is_vec(current):
                element = current.args[0]
                sliced = T.SliceTy(current.args[0])
            elif T.is_string(current) or isinstance(current, T.StrTy):
                if not is_range:
                    shown = "{integer}" if isinstance(e.index, ast.IntLit) and (
                        e.index.suffix is None) else _ty_text(index)
                    self.error(Diagnostic("the type `str` cannot be indexed by "
                                          f"`{shown}`", e.index.span, "E0277",
                                          "string indices are ranges of `usize`"))
                    return self.tys.fresh()
                self.out.fields[id(e)] = (derefs, 0)
                return T.STR
            if element is not None:
                self.out.fields[id(e)] = (derefs, 0)
                return sliced if is_range else element
        shown = self.resolve(base)
        self.error(Diagnostic(f"cannot index into a value of type `{shown}`", e.base.span,
                              "E0608"))
        return self.tys.fresh()

    # ---- calls ----
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
        segments = callee.segments
        if segments[0] in ("std", "crate") and len(segments) > 1:
            segments = segments[1:]
        if callee.is_name and self.lookup(segments[0]) is not None:
            binding = self.lookup(segments[0])
            assert binding is not None
            fn_ty = self.resolve(binding.ty)
            if isinstance(fn_ty, T.FnTy):
                self.out.bindings[id(callee)] = binding
                self.record(callee, fn_ty)
                self.arguments(e.args, fn_ty.params, e.span, "closure")
                self.out.callees[id(e)] = Callee("closure", segments[0])
                return fn_ty.ret
            raise self.fail("calling a variable", e.span)
        if len(segments) == 1 and segments[0] in self.items.functions:
            item = self.items.functions[segments[0]]
            return self.call_fn(e, item, None)
        builtin = self.builtin_call(e, segments, expected)
        if builtin is not None:
            return builtin
        # `Type::function(...)` / `Self::new(...)`: an associated function or a method.
        if len(segments) == 2:
            type_name = segments[0]
            if type_name == "Self" and isinstance(self.fn.self_ty, T.AdtTy):
                type_name = self.fn.self_ty.name
            methods = self.items.methods.get(type_name, {})
            if segments[1] in methods:
                return self.call_fn(e, methods[segments[1]], type_name)
            variant = self.tuple_constructor(e, (type_name, segments[1]), expected)
            if variant is not None:
                return variant
            if type_name in self.items.adts and segments[1] == "default":
                defn = self.items.adts[type_name]
                if "Default" not in defn.derives or defn.is_enum:
                    raise self.fail("`Default` here (`#[derive(Default)]` on a struct is "
                                    "supported)", callee.span)
                self.arguments(e.args, (), e.span)
                adt = self.items.adt(type_name)
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
        if len(segments) == 1:
            variant = self.tuple_constructor(e, segments, expected)
            if variant is not None:
                return variant
            name = segments[0]
            if name in _MACROS:  # `println("hi")`: a learner's first Rust mistake
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

    def call_fn(self, e: ast.Call, item: ast.FnItem, owner: str | None) -> T.Ty:
        self_ty = self.items.adt(owner) if owner else None
        params = [self.items.lower(p.type, self_ty) for p in item.params]
        if item.self_param is not None:
            assert self_ty is not None
            sp = item.self_param
            params.insert(0, T.RefTy(self_ty, sp.mutable_ref) if sp.by_ref else self_ty)
        ret = self.items.lower(item.return_type, self_ty) if item.return_type else T.UNIT
        self.arguments(e.args, tuple(params), e.span)
        self.out.callees[id(e)] = Callee("fn", item.name, item)
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
            adt = self.items.adt(name)
        elif len(segments) == 2 and segments[0] in self.items.adts:
            defn = self.items.adts[segments[0]]
            names = [v.name for v in defn.variants]
            if defn.is_enum and name in names:
                adt = self.items.adt(segments[0])
                index = names.index(name)
        if adt is None:
            return None
        generic = e.callee.generic_args if isinstance(e.callee, ast.Path) else ()
        if generic and len(generic) == len(adt.args):
            # `Ok::<i32, String>(3)`: the turbofish names the enum's type arguments.
            for arg, written in zip(adt.args, generic, strict=True):
                self.tys.unify(arg, self.lower(written))
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
            self.arguments(e.args, (), e.span)
            key = "size_of" if "size" in name else "align_of"
            self.out.callees[id(e)] = Callee("builtin", key, type_arg=ty)
            return T.USIZE
        if name in ("mem::size_of_val", "size_of_val", "mem::align_of_val", "align_of_val"):
            self.arguments(e.args, (T.RefTy(self.tys.fresh()),), e.span)
            self.out.callees[id(e)] = Callee("builtin", "size_of_val" if "size" in name
                                             else "align_of_val")
            return T.USIZE
        signatures: dict[str, tuple[tuple[T.Ty, ...], T.Ty]] = {}
        fresh = self.tys.fresh
        if name == "Box::new":
            inner = hint.inner if isinstance(hint, T.BoxTy) else fresh()
            signatures[name] = ((inner,), T.BoxTy(inner))
        elif name in ("String::new",):
            signatures[name] = ((), T.STRING)
        elif name in ("String::from", "String::from_str"):
            signatures[name] = ((T.RefTy(T.STR),), T.STRING)
        elif name == "String::with_capacity":
            signatures[name] = ((T.USIZE,), T.STRING)
        elif name in ("Vec::new", "Vec::with_capacity"):
            element = hint.args[0] if T.is_vec(hint) else fresh()  # type: ignore[union-attr]
            if isinstance(e.callee, ast.Path) and e.callee.generic_args:
                element = self.lower(e.callee.generic_args[0])
            params = (T.USIZE,) if name.endswith("capacity") else ()
            signatures[name] = (params, T.vec(element))
        elif name == "Vec::from":
            element = fresh()
            arg_ty = self.resolve(self.expr(e.args[0])) if len(e.args) == 1 else None
            if isinstance(arg_ty, T.ArrayTy):
                self.tys.unify(element, arg_ty.element)
                self.out.callees[id(e)] = Callee("builtin", "Vec::from")
                return T.vec(element)
            raise self.fail("`Vec::from` of this value", e.span)
        elif name in ("Rc::new",):
            inner = hint.args[0] if isinstance(hint, T.AdtTy) and hint.name == "Rc" else fresh()
            signatures[name] = ((inner,), T.rc(inner))
        elif name in ("Rc::clone",):
            inner = fresh()
            signatures[name] = ((T.RefTy(T.rc(inner)),), T.rc(inner))
        elif name in ("Rc::strong_count", "Rc::weak_count"):
            signatures[name] = ((T.RefTy(T.rc(fresh())),), T.USIZE)
        elif name == "Rc::ptr_eq":
            inner = fresh()
            signatures[name] = ((T.RefTy(T.rc(inner)), T.RefTy(T.rc(inner))), T.BOOL)
        elif name in ("RefCell::new",):
            inner = fresh()
            signatures[name] = ((inner,), T.refcell(inner))
        elif name in ("drop", "mem::drop"):
            signatures["drop"] = ((fresh(),), T.UNIT)
            name = "drop"
        elif name in ("mem::swap",):
            inner = fresh()
            signatures[name] = ((T.RefTy(inner, True), T.RefTy(inner, True)), T.UNIT)
        elif name in ("mem::replace",):
            inner = fresh()
            signatures[name] = ((T.RefTy(inner, True), inner), inner)
        elif name in ("mem::take",):
            inner = fresh()
            signatures[name] = ((T.RefTy(inner, True),), inner)
        elif name == "process::exit":
            signatures[name] = ((T.I32,), T.NeverTy())
        elif name == "char::from_u32":
            signatures[name] = ((T.U32,), T.option(T.CHAR))
        elif name == "char::from_digit":
            signatures[name] = ((T.U32, T.U32), T.option(T.CHAR))
        elif name == "char::from":
            signatures[name] = ((T.U8,), T.CHAR)
        elif len(segments) == 2 and segments[1] == "from" and segments[0] in T.PRIMITIVES:
            target = T.PRIMITIVES[segments[0]]
            source = self.resolve(self.expr(e.args[0])) if len(e.args) == 1 else None
            if source is not None and _lossless(source, target):
                self.out.callees[id(e)] = Callee("builtin", "num::from", type_arg=target)
                return target
            raise self.fail(f"`{name}` of this value", e.span)
        if name not in signatures:
            return None
        params, ret = signatures[name]
        self.arguments(e.args, params, e.span)
        self.out.callees[id(e)] = Callee("builtin", name)
        return ret

    def e_MethodCall(self, e: ast.MethodCall, expected: T.Ty | None) -> T.Ty:
        receiver = self.expr(e.receiver)
        self.expected_now = expected
        if e.method == "drop" and not e.args:
            base = self.resolve(receiver)
            while isinstance(base, T.RefTy):
                base = self.resolve(base.inner)
            if isinstance(base, T.AdtTy) and base.defn is not None and base.defn.has_drop:
                self.error(Diagnostic("explicit use of destructor method", e.method_span,
                                      "E0040", "explicit destructor calls not allowed",
                                      help="consider using `drop` function: `drop(x)`"))
                return T.UNIT
        if isinstance(self.tys.shallow(receiver), T.InferTy) and not (
                self.tys.is_int(receiver) or self.tys.is_float(receiver)):
            self.error(Diagnostic("type annotations needed", e.receiver.span, "E0282",
                                  "type must be known at this point"))
            for arg in e.args:
                self.expr(arg)
            return self.tys.fresh()
        for derefs, candidate in enumerate(self.deref_chain(receiver)):
            current = self.resolve(candidate)
            if isinstance(current, T.RefTy):
                # By-value probing first: `&String` is exactly the `self` type of
                # `String::clone(&self)`, so that wins over cloning the reference.
                found = self.method_on(e, self.resolve(current.inner), derefs + 1,
                                       ("ref", "mut") if current.mutable else ("ref",))
                if found is not None:
                    return found
            if isinstance(current, T.InferTy) and current.kind in ("int", "float"):
                traits = _TRAIT_METHODS_ON_NUMBERS | (
                    _ORD_METHODS if current.kind == "int" else frozenset())
                if e.method not in traits:
                    # An inherent method needs the exact type: rustc will not guess it.
                    shown = "{integer}" if current.kind == "int" else "{float}"
                    if derefs:
                        self.error(Diagnostic(
                            f"no method named `{e.method}` found for reference `&{shown}` in "
                            "the current scope", e.method_span, "E0599",
                            f"method not found in `&{shown}`"))
                    else:
                        self.error(Diagnostic(
                            f"can't call method `{e.method}` on ambiguous numeric type "
                            f"`{shown}`", e.method_span, "E0689"))
                    for arg in e.args:
                        self.expr(arg)
                    return self.tys.fresh()
                current = T.I32 if current.kind == "int" else T.F64
            if isinstance(current, T.AdtTy) and current.name in self.items.methods:
                item = self.items.methods[current.name].get(e.method)
                if item is not None and item.self_param is not None:
                    return self.user_method(e, item, current, derefs)
                if item is not None:
                    self.error(Diagnostic(
                        f"no method named `{e.method}` found for struct `{current}` in the "
                        "current scope", e.method_span, "E0599",
                        "this is an associated function, not a method"))
                    return self.tys.fresh()
            sig = method_signature(current, e.method, self.tys.fresh)
            if sig is not None:
                return self.builtin_method(e, sig, derefs)
        shown = self.resolve(receiver)
        for category in self.std_categories(shown):
            feature = UNSTABLE.get(category, {}).get(e.method)
            if feature is not None:  # a nightly-only method: rustc's E0658
                self.error(Diagnostic(f"use of unstable library feature `{feature}`",
                                      e.method_span, "E0658"))
                return self.tys.fresh()
            if e.method in REAL.get(category, ()):
                # It exists in std (rustc measured it) but this subset does not model it:
                # saying E0599 would claim the method does not exist.
                raise self.fail(f"the method `{e.method}` on `{shown}`", e.method_span)
        kind = "struct"
        shown_text = str(shown)
        if isinstance(shown, T.AdtTy) and shown.defn is not None and shown.defn.is_enum:
            kind = "enum"
            if shown.defn.type_params:
                shown_text = f"{shown.name}<{', '.join(shown.defn.type_params)}>"
        elif not isinstance(shown, T.AdtTy):
            kind = "type"
        shown_text = shown_text.replace("{integer}", "{integer}")
        self.error(Diagnostic(f"no method named `{e.method}` found for {kind} `{shown_text}` "
                              "in the current scope", e.method_span, "E0599",
                              f"method not found in `{shown_text}`"))
        for arg in e.args:
            self.expr(arg)
        return self.tys.fresh()

    def method_on(self, e: ast.MethodCall, current: T.Ty, derefs: int,
                  modes: tuple[str, ...]) -> T.Ty | None:
        """A method of `current` whose `self` is a reference of one of `modes`, if any."""
        if isinstance(current, T.AdtTy) and current.name in self.items.methods:
            item = self.items.methods[current.name].get(e.method)
            sp = item.self_param if item is not None else None
            if item is not None and sp is not None and sp.by_ref and (
                    ("mut" if sp.mutable_ref else "ref") in modes):
                return self.user_method(e, item, current, derefs)
        if isinstance(current, T.InferTy):
            comparable = ("eq", "ne", "partial_cmp") + (("cmp",) if current.kind == "int" else ())
            if current.kind in ("int", "float") and e.method in comparable and "ref" in modes:
                # `b.cmp(a)` with `a, b: &{integer}` (`sort_by`): `Ord::cmp(&self, &Self)`
                # on the literal's own type, which stays open for inference.
                sig = comparison_method(current, e.method)
                assert sig is not None
                return self.builtin_method(e, sig, derefs)
            return None
        sig = method_signature(current, e.method, self.tys.fresh)
        if sig is not None and sig.self_mode in modes:
            return self.builtin_method(e, sig, derefs)
        return None

    def parse_error_type(self, result: T.Ty) -> None:
        """`str::parse`'s error type follows what it parses: `ParseFloatError` for
        floats, `ParseBoolError`, `ParseCharError`, else `ParseIntError`."""
        resolved = self.resolve(result)
        assert isinstance(resolved, T.AdtTy)
        target = self.tys.shallow(resolved.args[0])
        if isinstance(target, T.InferTy) and target.kind == "any":
            return  # not known yet (finish_deferred tries again)
        if self.tys.is_float(target):
            error = "ParseFloatError"
        else:
            error = {T.BoolTy: "ParseBoolError", T.CharTy: "ParseCharError"}.get(
                type(target), "ParseIntError")
        self.tys.unify(resolved.args[1], T.AdtTy(error))

    def link_collect(self, target: T.Ty, item: T.Ty | None) -> None:
        """`collect()` into `Vec<_>`: FromIterator makes the element the item type."""
        resolved = self.resolve(target)
        wrapped = self.resolve(item) if item is not None else None
        if (isinstance(resolved, T.AdtTy) and resolved.name in ("Option", "Result")
                and isinstance(wrapped, T.AdtTy) and wrapped.name == resolved.name):
            # `Option<Vec<_>>` from `Option<T>`s (`Result` likewise, errors alike).
            for mine, theirs in zip(resolved.args[1:], wrapped.args[1:], strict=True):
                self.tys.unify(mine, theirs)
            self.link_collect(resolved.args[0], wrapped.args[0])
            return
        if item is None or not T.is_vec(resolved):
            return
        element = self.tys.shallow(resolved.args[0])  # type: ignore[attr-defined]
        if isinstance(element, T.InferTy) and element.kind == "any":
            self.tys.unify(element, item)
        elif isinstance(self.tys.shallow(item), T.InferTy):
            # The items' type comes from the Vec's (`filter_map(|s| s.parse().ok())`
            # collected into a `Vec<i32>` parses i32s).
            self.tys.unify(item, element)

    def element_of(self, ty: T.Ty) -> T.Ty | None:
        """The element type of a Vec, array, slice or iterator (through references)."""
        while isinstance(ty, T.RefTy):
            ty = self.resolve(ty.inner)
        if T.is_vec(ty):
            return ty.args[0]  # type: ignore[attr-defined]
        if isinstance(ty, T.ArrayTy | T.SliceTy):
            return ty.element
        if isinstance(ty, T.IterTy):
            item = self.resolve(ty.item)
            return item.inner if isinstance(item, T.RefTy) else item
        return None

    def step_by_inclusive(self, e: ast.Expr) -> bool:
        """`(a..=b).step_by(n)`: std's StepBy<RangeInclusive> cannot be reversed."""
        if not (isinstance(e, ast.MethodCall) and e.method == "step_by"):
            return False
        inner = self.resolve(self.out.types[id(e.receiver)])
        return isinstance(inner, T.AdtTy) and inner.name == "RangeInclusive"

    def user_method(self, e: ast.MethodCall, item: ast.FnItem, self_ty: T.AdtTy,
                    derefs: int) -> T.Ty:
        sp = item.self_param
        assert sp is not None
        params = tuple(self.items.lower(p.type, self_ty) for p in item.params)
        ret = self.items.lower(item.return_type, self_ty) if item.return_type else T.UNIT
        self.arguments(e.args, params, e.span, "method")
        mode = ("mut" if sp.mutable_ref else "ref") if sp.by_ref else "value"
        self.out.callees[id(e)] = Callee("fn", item.name, item, self_mode=mode, derefs=derefs)
        return ret

    def builtin_method(self, e: ast.MethodCall, sig: MethodSig, derefs: int) -> T.Ty:
        params = sig.params
        if sig.key in ("slice::sort", "slice::sort_unstable", "iter::max", "iter::min"):
            # These need a total order (`Ord`), which floats do not have.
            receiver = self.resolve(self.out.types[id(e.receiver)])
            element = self.element_of(receiver)
            if element is not None and self.tys.is_float(element):
                shown = "{float}" if isinstance(self.tys.shallow(element), T.InferTy) else str(
                    self.resolve(element))
                self.error(Diagnostic(f"the trait bound `{shown}: Ord` is not satisfied",
                                      e.method_span, "E0277",
                                      f"the trait `Ord` is not implemented for `{shown}`"))
        if sig.key == "iter::rev" and self.step_by_inclusive(e.receiver):
            self.error(Diagnostic("the trait bound `std::ops::RangeInclusive<i32>: "
                                  "ExactSizeIterator` is not satisfied", e.method_span, "E0277"))
        self.arguments(e.args, params, e.span, "method")
        self.out.callees[id(e)] = Callee("builtin", sig.key, self_mode=sig.self_mode,
                                         derefs=derefs)
        if sig.key == "iter::zip" and e.args:
            # The pair's second half is what the argument yields (IntoIterator::Item).
            pair = self.resolve(sig.ret)
            assert isinstance(pair, T.IterTy) and isinstance(pair.item, T.TupleTy)
            other = self.iter_item(self.resolve(self.out.types[id(e.args[0])]), e.args[0])
            self.tys.unify(pair.item.items[1], other)
        if e.generic_args:
            chosen = self.lower(e.generic_args[0])
            target = sig.ret
            if sig.key == "str::parse":
                target = self.resolve(sig.ret).args[0]  # type: ignore[attr-defined]
            if not self.tys.unify(target, chosen):
                self.mismatch(target, chosen, e.span)
        if sig.key == "str::parse":
            expected = self.tys.shallow(self.expected_now) if self.expected_now else None
            if isinstance(expected, T.AdtTy) and expected.name == "Result":
                self.tys.unify(sig.ret, expected)  # `let r: Result<f64, _> = s.parse();`
            self.parse_error_type(sig.ret)
        if sig.key == "iter::collect":
            if self.expected_now is not None:
                self.tys.unify(sig.ret, self.expected_now)
            receiver = self.resolve(self.out.types[id(e.receiver)])
            item = receiver.item if isinstance(receiver, T.IterTy) else None
            self.link_collect(sig.ret, item)
            self.collect_items.append((sig.ret, item))
        if sig.key in ("iter::collect", "iter::sum", "iter::product", "str::parse"):
            self.deferred_methods.append((e, sig.ret))
        return sig.ret

    # ---- macros ----
    def e_MacroCall(self, e: ast.MacroCall, expected: T.Ty | None) -> T.Ty:
        name = e.name
        if name == "vec":
            return self.vec_macro(e, expected)
        if name in ("assert", "debug_assert"):
            if not e.args:
                self.error(Diagnostic("macro requires a boolean expression as an argument",
                                      e.span))
                return T.UNIT
            self.expect(T.BOOL, self.expr(e.args[0], T.BOOL), e.args[0])
            if len(e.args) > 1:
                self.format_args(e, e.args[1:], "panic")
            return T.UNIT
        if name in ("assert_eq", "assert_ne"):
            if len(e.args) < 2:
                self.error(Diagnostic("macro requires two arguments", e.span))
                return T.UNIT
            left = self.resolve(self.expr(e.args[0]))
            right = self.expr(e.args[1], left)
            fake = ast.Binary(e.span, "==", e.args[0], e.args[1])
            self.comparison(fake, left, self.resolve(right))
            self.require_trait(e.args[0], left, "Debug")
            if len(e.args) > 2:
                self.format_args(e, e.args[2:], "panic")
            return T.UNIT
        if name == "dbg":
            types = [self.expr(arg) for arg in e.args]
            for arg, ty in zip(e.args, types, strict=True):
                self.require_trait(arg, ty, "Debug")
            if len(types) == 1:
                return types[0]
            return T.TupleTy(tuple(types))
        if name in NEVER_MACROS:
            if e.args:
                self.format_args(e, e.args, "panic")
            return T.NeverTy()
        if name in FORMAT_MACROS:
            stream = FORMAT_MACROS[name][0]
            self.format_args(e, e.args, stream)
            if name == "format":
                return T.STRING
            return T.NeverTy() if name == "panic" else T.UNIT
        raise self.fail(f"the macro `{name}!`", e.span)

    def vec_macro(self, e: ast.MacroCall, expected: T.Ty | None) -> T.Ty:
        hint = self.tys.shallow(expected) if expected is not None else None
        element: T.Ty = hint.args[0] if T.is_vec(hint) else self.tys.fresh()  # type: ignore
        if e.repeat:
            value, count = e.args
            self.expect(element, self.expr(value, element), value)
            self.expect(T.USIZE, self.expr(count, T.USIZE), count)
            return T.vec(element)
        for item in e.args:
            self.expect(element, self.expr(item, element), item)
        return T.vec(element)

    def format_args(self, e: ast.MacroCall, args_in: tuple[ast.Expr, ...], stream: str) -> None:
        newline = FORMAT_MACROS.get(e.name, ("", False))[1]
        args = list(args_in)
        if not args:
            if e.name in ("println", "eprintln", "panic") or stream == "panic":
                empty = fmt.bind_arguments(fmt.parse_format_string(""), 0, ())
                self.out.formats[id(e)] = FormatInfo(empty, (), (), newline, stream)
                return
            self.error(Diagnostic("requires at least a format string argument", e.span))
            return
        template = args.pop(0)
        if not isinstance(template, ast.StrLit):
            self.error(Diagnostic("format argument must be a string literal", template.span))
            return
        positional: list[ast.Expr] = []
        named: list[tuple[str, ast.Expr]] = []
        for arg in args:
            if isinstance(arg, ast.Assign) and arg.op == "=" and isinstance(
                arg.target, ast.Path
            ) and arg.target.is_name:
                named.append((arg.target.segments[0], arg.value))
            else:
                positional.append(arg)
        try:
            pieces = fmt.parse_format_string(template.value)
            bound = fmt.bind_arguments(pieces, len(positional), tuple(n for n, _ in named))
        except fmt.FormatStringError as problem:
            self.error(Diagnostic(problem.message, template.span))
            return
        for name in bound.captured:
            # `{x}` captures the variable `x`: rustc resolves it like a path.
            path = ast.Path(template.span, (name,))
            named.append((name, path))
        arg_types = {i: self.resolve(self.expr(arg)) for i, arg in enumerate(positional)}
        by_name = dict(named)
        for name, arg in named:
            arg_types[name] = self.resolve(self.expr(arg))
        for key, trait in bound.uses():
            expr = positional[key] if isinstance(key, int) else by_name[key]
            self.format_trait(expr, arg_types[key], trait)
        self.out.formats[id(e)] = FormatInfo(bound, tuple(positional), tuple(named), newline,
                                             stream)

    def format_trait(self, arg: ast.Expr, ty: T.Ty, trait: str) -> None:
        """`{}` needs Display, `{:x}` LowerHex, a `{:1$}` width a usize: as rustc checks."""
        if trait == "usize":
            self.expect(T.USIZE, ty, arg)
            return
        self.require_trait(arg, ty, trait)

    def require_trait(self, arg: ast.Expr, ty: T.Ty, trait: str) -> None:
        resolved = self.resolve(ty)
        if isinstance(resolved, T.InferTy) and resolved.id in self.error_vars:
            return
        if self.implements(ty, trait):
            return
        base = ty
        while isinstance(base, T.BoxTy | T.RefTy):
            base = base.inner
        shown = "()" if base == T.UNIT else _ty_text(ty)
        if trait == "Display":
            label = f"`{shown}` cannot be formatted with the default formatter"
        elif trait == "Debug":
            label = f"`{shown}` cannot be formatted using `{{:?}}`"
        else:
            label = f"the trait `{trait}` is not implemented for `{shown}`"
        path = trait if trait == "Debug" else f"std::fmt::{trait}"
        self.error(Diagnostic(f"`{shown}` doesn't implement `{path}`", arg.span, "E0277", label))

    def std_categories(self, ty: T.Ty) -> list[str]:
        """The std receiver kinds method lookup reaches from `ty` by autoderef (as named
        in `std_method_names.REAL`); none for the program's own types."""
        found: list[str] = []
        for step in self.deref_chain(ty):
            current = self.resolve(step)
            if isinstance(current, T.IntTy):
                found.append("signed" if current.signed else "unsigned")
            elif isinstance(current, T.FloatTy):
                found.append("float")
            elif isinstance(current, T.CharTy | T.BoolTy | T.StrTy | T.ArrayTy | T.SliceTy
                            | T.TupleTy | T.IterTy | T.BoxTy):
                found.append(_CATEGORY_OF[type(current)])
            elif isinstance(current, T.AdtTy) and current.name not in self.items.adts:
                found.append(current.name)
                if current.name in ("Ref", "RefMut"):
                    break  # (a guard's own methods only)
        return found

    def implements(self, ty: T.Ty, trait: str) -> bool:
        base = self.resolve(ty)
        while isinstance(base, T.BoxTy | T.RefTy) or (isinstance(base, T.AdtTy) and base.name in (
                "Rc", "Ref", "RefMut")):
            base = base.inner if isinstance(base, T.BoxTy | T.RefTy) else base.args[0]
            base = self.resolve(base)
        integer = self.tys.is_int(base)
        floating = self.tys.is_float(base)
        if trait == "Debug":
            if isinstance(base, T.TupleTy):
                return all(self.implements(t, trait) for t in base.items)
            if isinstance(base, T.ArrayTy | T.SliceTy):
                return self.implements(base.element, trait)
            if isinstance(base, T.AdtTy):
                if base.name in ("Vec", "Option", "Result", "RefCell", "Cell", *RANGE_KINDS):
                    return all(self.implements(a, trait) for a in base.args)
                if base.name in ("String", "Ordering", *PARSE_ERRORS):
                    return True
                return base.defn is not None and "Debug" in base.defn.derives
            return not isinstance(base, T.FnTy | T.IterTy)
        if trait == "Display":
            if isinstance(base, T.AdtTy) and base.name in PARSE_ERRORS:
                return True
            if isinstance(base, T.IterTy) and base.kind == "ToCase":
                return True  # ToUppercase / ToLowercase display their chars
            return integer or floating or isinstance(base, T.BoolTy | T.CharTy | T.StrTy) or (
                T.is_string(base))
        if trait in ("LowerExp", "UpperExp"):
            return integer or floating
        return integer  # LowerHex, UpperHex, Octal, Binary


    def finish_deferred(self) -> None:
        """`collect()` / `sum()` / `parse()` take their type from the context, resolved last."""
        for target_ty, item in self.collect_items:
            self.link_collect(target_ty, item)
        for e, ret in self.deferred_methods:
            target = self.resolve(ret)
            callee = self.out.callees[id(e)]
            if callee.key == "str::parse":
                self.parse_error_type(ret)
                parsed = self.tys.shallow(self.resolve(ret).args[0])  # type: ignore[attr-defined]
                if isinstance(parsed, T.InferTy) and parsed.kind == "any":
                    self.error(Diagnostic("type annotations needed", e.method_span, "E0284",
                                          "cannot infer type of the type parameter `F` "
                                          "declared on the method `parse`"))
                continue
            if isinstance(target, T.InferTy):
                if callee.key in ("iter::sum", "iter::product"):
                    continue
                self.error(Diagnostic("type annotations needed", e.method_span, "E0283"
                                      if callee.key == "iter::collect" else "E0284",
                                      "cannot infer type of the type parameter"))


# `std_method_names` categories of the std types that are not ADTs.
_CATEGORY_OF: dict[type, str] = {
    T.CharTy: "char", T.BoolTy: "bool", T.StrTy: "str", T.ArrayTy: "array",
    T.SliceTy: "slice", T.TupleTy: "tuple", T.IterTy: "iterator", T.BoxTy: "Box"}

# Trait methods a `{integer}` / `{float}` literal has before its type is settled (rustc
# resolves them through the trait); inherent ones (`abs`, `pow`, `sqrt`) are E0689.
_TRAIT_METHODS_ON_NUMBERS = frozenset({
    "partial_cmp", "eq", "ne", "lt", "le", "gt", "ge", "clone", "to_string", "to_owned",
    "into", "try_into"})
_ORD_METHODS = frozenset({"cmp", "max", "min", "clamp"})


def _lossless(source: T.Ty, target: T.Ty) -> bool:
    if isinstance(source, T.IntTy) and isinstance(target, T.IntTy):
        return (source.signed == target.signed and source.bits <= target.bits) or (
            not source.signed and target.signed and source.bits < target.bits)
    if isinstance(source, T.IntTy) and isinstance(target, T.FloatTy):
        return source.bits < target.bits // 2 + 1 + (8 if target.bits == 64 else 0)
    if isinstance(source, T.FloatTy) and isinstance(target, T.FloatTy):
        return source.bits <= target.bits
    if isinstance(source, T.CharTy) and isinstance(target, T.IntTy):
        return target.bits >= 32 and not target.signed
    if isinstance(source, T.BoolTy) and isinstance(target, T.IntTy):
        return True
    return isinstance(source, T.InferTy)


def _sequence_element(ty: T.Ty) -> T.Ty | None:
    if isinstance(ty, T.RefTy):
        ty = ty.inner
    if T.is_vec(ty):
        return ty.args[0]  # type: ignore[attr-defined]
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return ty.element
    return None


def _ty_text(ty: T.Ty) -> str:
    return str(ty)


def _index_target(ty: T.Ty) -> str:
    if T.is_vec(ty) or isinstance(ty, T.ArrayTy):
        inner = ty.args[0] if isinstance(ty, T.AdtTy) else ty.element  # type: ignore
        return f"[{inner}]"
    return str(ty)


def is_place_expr(e: ast.Expr) -> bool:
    if isinstance(e, ast.Path):
        return True
    if isinstance(e, ast.Unary) and e.op == "*":
        return True
    return bool(isinstance(e, ast.Field | ast.Index))


def construct_name(e: object) -> str:
    names = {
        "Try": "the `?` operator", "Unsafe": "`unsafe` blocks", "LetCond": "`let` here",
    }
    return names.get(type(e).__name__, type(e).__name__)


def _is_builtin_int_const(path: ast.Path) -> bool:
    """`i32::MIN`, `u8::MAX`: a bound the exhaustiveness check can use as a number."""
    return len(path.segments) == 2 and path.segments[0] in T.INT_NAMES and (
        path.segments[1] in ("MIN", "MAX"))


def check(program: ast.Program) -> CheckedProgram:
    """Run both phases; raise CompileError with rustc's diagnostics, or return tables."""
    checked = check_types(program)
    with headroom():  # both passes recurse once or more per nesting level
        errors = borrow_check(checked)
    if errors:
        raise CompileError(errors)
    return checked


def check_types(program: ast.Program) -> CheckedProgram:
    """Phase 1 only (names, types, exhaustiveness): what the borrow checker then reads.

    Kept apart so the permissions view can run the borrow analysis itself on a program
    whose borrow check failed (its errors explained in permissions)."""
    with headroom():
        return _check_types(program)


def _check_types(program: ast.Program) -> CheckedProgram:
    items = collect_items(program)
    main = items.functions.get("main")
    if main is None:
        raise CompileError([Diagnostic("`main` function not found in crate", Span(1, 1, 1, 1, 0,
                                       0), "E0601", "consider adding a `main` function")])
    if main.params or main.return_type is not None:
        raise CompileError([unsupported("`main` with parameters or a return type", main.span)])
    checked = CheckedProgram(program, main, items)
    checker = Checker(checked, items)
    for const in items.consts.values():
        checker.scopes = [{}]
        ty = checker.lower(const.type)
        checker.expect(ty, checker.expr(const.value, ty), const.value)
    for item in items.all_items:
        if isinstance(item, ast.FnItem):
            checker.function(item, None)
        elif isinstance(item, ast.ImplItem):
            for method in item.methods:
                checker.function(method, items.impl_of[id(method)])
    checker.finish_deferred()
    if checker.errors:
        raise CompileError(checker.errors)
    for key, ty in list(checked.types.items()):
        checked.types[key] = checker.tys.default(ty)
    for binding in set(checked.bindings.values()):
        binding.ty = checker.tys.default(binding.ty)
    for key, info in list(checked.patterns.items()):
        adt = info.adt
        checked.patterns[key] = PatternInfo(
            checker.tys.default(info.ty), info.derefs, info.variant,
            checker.tys.default(adt) if adt is not None else None,  # type: ignore[arg-type]
            info.field_indexes, info.is_binding)
    for key, ty in list(checked.coercions.items()):
        checked.coercions[key] = checker.tys.default(ty)
    for key, callee in list(checked.callees.items()):
        if callee.adt is not None:
            adt = checker.tys.default(callee.adt)
            assert isinstance(adt, T.AdtTy)
            checked.callees[key] = Callee(callee.kind, callee.key, callee.item, adt,
                                          callee.variant, callee.self_mode, callee.derefs,
                                          callee.type_arg)
    for key, value in list(checked.paths.items()):
        if value.adt is not None:
            adt = checker.tys.default(value.adt)
            assert isinstance(adt, T.AdtTy)
            checked.paths[key] = PathValue(value.kind, adt, value.variant, value.const,
                                           value.value)
    exhaustiveness = []
    for match in checker.deferred_matches:
        problem = missing_patterns(match, checked)
        if problem is not None:
            exhaustiveness.append(problem)
    if exhaustiveness:
        raise CompileError(exhaustiveness)
    return checked

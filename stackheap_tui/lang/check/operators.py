"""Unary and binary operators, comparisons, and (compound) assignment."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase, ty_text
from stackheap_tui.lang.diagnostics import Diagnostic, Label
from stackheap_tui.lang.infer import describe
from stackheap_tui.lang.operator_notes import cannot_apply, cannot_compare
from stackheap_tui.lang.ops_impls import operator_impl
from stackheap_tui.lang.program import Callee
from stackheap_tui.lang.span import Span

COMPARISON = {"==", "!=", "<", ">", "<=", ">="}
BITWISE = {"&", "|", "^"}
SHIFTS = {"<<", ">>"}
OP_VERBS = {"+": "add", "-": "subtract", "*": "multiply", "/": "divide",
            "%": "calculate the remainder of"}


class OperatorChecker(CheckerBase):
    """Operators: which operand types std implements them for."""

    def e_Unary(self, e: ast.Unary, expected: T.Ty | None) -> T.Ty:
        if e.op == "*":
            inner = self.resolve(self.expr(e.operand))
            if isinstance(inner, T.BoxTy | T.RefTy):
                return inner.inner
            if T.is_raw_ptr(inner):
                assert isinstance(inner, T.AdtTy)
                return inner.args[0]
            if isinstance(inner, T.AdtTy) and inner.name in T.DEREF_TO_ARG:
                return inner.args[0]
            if T.is_string(inner):
                return T.STR
            if T.is_adt(inner, "ManuallyDrop"):
                raise self.fail("`*` on a `ManuallyDrop` (its `Deref`)", e.span)
            through = self.user_deref(inner, e.span)
            if through is not None:  # `*y`: `*Deref::deref(&y)`, the program's impl
                return through
            shown = describe(inner).replace("integer", "`{integer}`").replace(
                "floating-point number", "`{float}`")
            self.error(Diagnostic(f"type {shown} cannot be dereferenced", e.span, "E0614",
                                  "can't be dereferenced"))
            return self.tys.fresh()
        if e.op in ("&raw const", "&raw mut"):
            return self.raw_borrow(e)
        if e.op in ("&", "&mut"):
            hint = self.tys.shallow(expected) if expected is not None else None
            inner_hint = hint.inner if isinstance(hint, T.RefTy) else None
            if isinstance(inner_hint, T.DynTy) and inner_hint.call is not None and isinstance(
                    e.operand, ast.Closure):
                inner_hint = inner_hint.call  # `&|x| x + 1` for a `&dyn Fn(i32) -> i32`
            elif isinstance(inner_hint, T.StrTy | T.SliceTy | T.DynTy):
                inner_hint = None  # `&s` for a `&str` parameter: found `&String`, coerced
            inner = self.expr(e.operand, inner_hint)
            if isinstance(self.resolve(inner), T.DynTy):
                raise self.fail("borrowing a trait object through `*` (pass the `&dyn` or "
                                "`Box<dyn>` itself)", e.span)
            return T.RefTy(inner, e.op == "&mut")
        operand = self.resolve(self.expr(e.operand, expected))
        if isinstance(operand, T.RefTy) and (
                self.tys.is_int(operand.inner) or self.tys.is_float(operand.inner)):
            operand = self.resolve(operand.inner)
        negated = operator_impl(self.items, operand, "Neg") if e.op == "-" else None
        if negated is not None:  # `impl Neg for Point`: `-p` calls its `neg`
            self.out.callees[id(e)] = Callee("fn", negated.method.name, negated.method,
                                             self_mode="value")
            return negated.output
        if e.op == "-":
            unsigned = isinstance(operand, T.IntTy) and not operand.signed
            if unsigned:
                self.error(Diagnostic(f"cannot apply unary operator `-` to type `{operand}`",
                                      e.span, "E0600", "cannot apply unary operator `-`",
                                      notes=("unsigned values cannot be negated",)))
            elif not isinstance(operand, T.IntTy | T.FloatTy | T.InferTy):
                self.error(Diagnostic(f"cannot apply unary operator `-` to type `{operand}`",
                                      e.span, "E0600", "cannot apply unary operator `-`"))
                if _is_self_param(operand):
                    return self.error_ty()
            return operand
        if not isinstance(operand, T.IntTy | T.BoolTy | T.InferTy) or (
            isinstance(operand, T.InferTy) and operand.kind == "float"
        ):
            self.error(Diagnostic(f"cannot apply unary operator `!` to type `{operand}`",
                                  e.span, "E0600", "cannot apply unary operator `!`"))
            if _is_self_param(operand):
                return self.error_ty()
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
        # rustc checks the left operand without the expected type; only a literal's
        # `{integer}` / `{float}` takes it afterwards (`let x: u8 = 200 + 50;`).
        left = self.expr(e.left)
        pending = self.tys.shallow(left)
        if isinstance(pending, T.InferTy) and pending.kind == "any" and any(
                self.tys.shallow(var) == pending for var in self.context_typed):
            raise self.fail("an operator on a value whose type `parse()`, `collect()` or "
                            "`sum()` takes from later code (annotate it)", e.left.span)
        if hint is not None and isinstance(pending, T.InferTy) and pending.kind != "any":
            self.tys.unify(left, hint)
        left_r = self.resolve(left)
        if isinstance(left_r, T.InferTy) and left_r.kind == "any" and e.op in OP_TRAITS and (
                self.closure_scopes and not self.errors):
            return self.unknown_left_operand(e, left)
        overloaded = operator_impl(self.items, left_r, OP_TRAITS.get(e.op, ""))
        if overloaded is not None and e.op not in COMPARISON:  # `impl Add for Point`
            assert overloaded.rhs is not None
            right = self.expr(e.right, overloaded.rhs)
            if not self.tys.unify(overloaded.rhs, right):
                self.mismatch(overloaded.rhs, right, e.right.span)
            self.out.callees[id(e)] = Callee("fn", overloaded.method.name, overloaded.method,
                                             self_mode="value")
            return overloaded.output
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
            self.error(Diagnostic(
                arith_message(e.op, ty_text(l_base), str(shown_r)), e.span, "E0277",
                f"no implementation for `{ty_text(l_base)} {e.op} {shown_r}`"))
            return self.resolve(l_base)
        crossed = (self.tys.is_int(l_base) and self.tys.is_float(r_base)) or (
            self.tys.is_float(l_base) and self.tys.is_int(r_base))
        if crossed and e.op in OP_TRAITS:
            # An integer with a float: no `Add<{float}>` for `i32` (rustc's E0277 at the
            # operator; only same-kind numbers of two types are a type mismatch).
            lt, rt = ty_text(self.resolve(l_base)), ty_text(self.resolve(r_base))
            self.error(Diagnostic(
                arith_message(e.op, lt, rt), _between(e.left.span, e.right.span, e.op, e.span),
                "E0277", f"no implementation for `{lt} {e.op} {rt}`",
                help=f"the trait `{OP_TRAITS[e.op]}<{rt}>` is not implemented for `{lt}`"))
            return self.resolve(l_base)
        if numeric_l:
            self.error(Diagnostic("mismatched types", e.right.span, "E0308",
                                  f"expected {describe(self.resolve(l_base))}, found "
                                  f"{describe(self.resolve(r_base))}"))
            return self.resolve(l_base)
        shown = ty_text(left_r)
        if e.op in ("+", "-", "*", "/", "%") and isinstance(self.resolve(l_base), T.ParamTy):
            # `x + y` of a type parameter: rustc's caret under the operator, each
            # operand's type beside it (and a bound to add, see `bound_suggestions`).
            rt = ty_text(right_r)
            self.error(Diagnostic(arith_message(e.op, shown, rt),
                                  _between(e.left.span, e.right.span, e.op, e.span), "E0369",
                                  labels=(Label(e.left.span, shown), Label(e.right.span, rt))))
            return self.error_ty() if _is_self_param(left_r) else left_r
        verb = OP_VERBS.get(e.op, "apply a binary operator to")
        if e.op == "+":
            message = f"cannot add `{ty_text(right_r)}` to `{shown}`"
        elif e.op in ("-", "*", "/", "%"):
            message = f"cannot {verb} `{shown}` {'from' if e.op == '-' else 'by'} `{shown}`"
        else:
            message = f"no implementation for `{shown} {e.op} {ty_text(right_r)}`"
        self.error(Diagnostic(message, e.span, "E0369"))
        return self.error_ty() if _is_self_param(left_r) else left_r

    def unknown_left_operand(self, e: ast.Binary, left: T.Ty) -> T.Ty:
        """`|x| x + offset`: rustc leaves `x`'s type open (the obligation `?X: Add<i32>`)
        until a later call gives it. Here the result is taken to be the right operand's
        number type, and `finish_operators` confirms that the left one became the same
        number type; anything else is refused, never guessed."""
        right = self.expr(e.right)
        right_r = self.resolve(right.inner if isinstance(right, T.RefTy) else right)
        if not (self.tys.is_int(right_r) or self.tys.is_float(right_r)):
            raise self.fail("an operator whose left operand's type is not known yet "
                            "(annotate the closure parameter)", e.left.span)
        self.deferred_operators.append((left, right_r, e.left.span))
        return right_r

    def finish_operators(self) -> None:
        """The operators `unknown_left_operand` took on trust: the left operand must have
        become the right one's number type (rustc: E0284 if it never became known, E0277
        for another type, neither reproduced here)."""
        if self.errors:  # an earlier error's unknown type: those errors are the report
            self.deferred_operators.clear()
        for left, right, span in self.deferred_operators:
            shown = self.resolve(left)
            if isinstance(shown, T.RefTy):
                shown = self.resolve(shown.inner)
            numeric = self.tys.is_int(shown) or self.tys.is_float(shown)
            if not numeric or not self.tys.unify(shown, right):
                raise self.fail("an operator whose left operand's type comes from a later "
                                f"use (`{shown}` here; annotate the closure parameter)", span)
        self.deferred_operators.clear()

    def numeric_operand(self, ty: T.Ty) -> T.Ty:
        ty = self.resolve(ty)
        return ty.inner if isinstance(ty, T.RefTy) else ty

    def comparison(self, e: ast.Binary, left: T.Ty, right: T.Ty) -> T.Ty:
        if _is_self_param(left):  # `Self` in a provided method, or a generic `T`
            base = left
            while isinstance(base, T.RefTy):
                base = self.resolve(base.inner)
            assert isinstance(base, T.ParamTy)
            needs = "PartialEq" if e.op in ("==", "!=") else "PartialOrd"
            if needs in base.bounds or "PartialOrd" in base.bounds:
                if not self.tys.unify(left, right):
                    self.mismatch(left, right, e.right.span)
                return T.BOOL
            self.error(self.cannot_apply(e, left, right, str(self.resolve(left)), None))
            return T.BOOL
        shown = self.resolve(left)
        peeled = shown
        while isinstance(peeled, T.RefTy | T.BoxTy):
            peeled = self.resolve(peeled.inner)
        if isinstance(peeled, T.DynTy):  # a trait object compares by nothing of std's
            self.error(self.cannot_apply(e, left, right, str(shown), None))
            return T.BOOL
        written = (left, right)
        # `&a == &b` compares what they point at: peel matching layers of references.
        while isinstance(left, T.RefTy) and isinstance(right, T.RefTy) and not (
                isinstance(left.inner, T.StrTy) and isinstance(right.inner, T.StrTy)):
            left, right = self.resolve(left.inner), self.resolve(right.inner)
        base = left
        if isinstance(base, T.AdtTy) and base.defn is not None and base.name not in (
                "Option", "Result", "Ordering"):
            trait = "PartialEq" if e.op in ("==", "!=") else "PartialOrd"
            if trait not in base.defn.derives:
                self.error(self.cannot_apply(e, *written, str(self.resolve(written[0])),
                                             base.name if base.defn.span is not None
                                             else None))
                return T.BOOL
            if any(not isinstance(self.resolve(a), T.IntTy | T.FloatTy | T.BoolTy | T.CharTy)
                   for a in base.args):
                # A derive's `T: PartialEq` for these arguments: not modelled.
                raise self.fail(f"`{e.op}` on `{self.resolve(base)}`", e.span)
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
            operator = _between(e.left.span, e.right.span, e.op, e.span)
            if operator == e.span:
                self.error(Diagnostic(f"can't compare `{ty_text(left)}` with "
                                      f"`{ty_text(right)}`", e.span, "E0277",
                                      f"no implementation for `{ty_text(left)} == "
                                      f"{ty_text(right)}`"))
            else:
                self.error(cannot_compare(e, operator, ty_text(left), ty_text(right),
                                          isinstance(right, T.RefTy) and written == (
                                              left, right)))
            return T.BOOL
        self.error(Diagnostic("mismatched types", e.right.span, "E0308",
                              f"expected {describe(left)}, found {describe(right)}"))
        return T.BOOL

    def cannot_apply(self, e: ast.Binary, left: T.Ty, right: T.Ty, shown: str,
                     own_type: str | None) -> Diagnostic:
        """E0369 for a comparison, in rustc's words where the operator can be found."""
        operator = _between(e.left.span, e.right.span, e.op, e.span)
        if operator == e.span:
            return Diagnostic(f"binary operation `{e.op}` cannot be applied to type "
                              f"`{shown}`", e.span, "E0369")
        return cannot_apply(e, operator, ty_text(self.resolve(left)),
                            ty_text(self.resolve(right)), shown, self.out.program, own_type)

    def undeclared(self, target: ast.Expr) -> bool:
        """`x = 5;` where no `x` exists: most likely a missing `let`."""
        if not isinstance(target, ast.Path) or not target.is_name:
            return False
        name = target.segments[0]
        return self.lookup(name) is None and not any(
            name in table for table in (self.items.consts, self.items.functions,
                                        self.items.variant_aliases, self.items.adts))

    def names_const(self, target: ast.Expr) -> bool:
        """A path naming a `const` (a value, not a place; a `static` is a place)."""
        if not isinstance(target, ast.Path) or not target.is_name:
            return False
        name = target.segments[0]
        item = self.items.consts.get(name)
        return self.lookup(name) is None and item is not None and not item.is_static

    def e_Assign(self, e: ast.Assign, expected: T.Ty | None) -> T.Ty:
        if isinstance(e.target, ast.Path) and e.target.segments == ("_",):
            self.expr(e.value)  # `_ = value;` evaluates and discards
            return T.UNIT
        if e.op == "=" and isinstance(e.target, ast.Path) and self.undeclared(e.target):
            name = e.target.segments[0]
            self.error(Diagnostic(f"cannot find value `{name}` in this scope", e.target.span,
                                  "E0425", help="you might have meant to introduce a new "
                                  f"binding: `let {name} = ...;`"))
            self.expr(e.value)
            return T.UNIT
        if not is_place_expr(e.target) or self.names_const(e.target):
            # rustc points at the operator; the target gets the label.
            code = "E0070" if e.op == "=" else "E0067"
            self.error(Diagnostic("invalid left-hand side of assignment", _operator_span(e),
                                  code, labels=(Label(e.target.span,
                                                      "cannot assign to this expression"),)))
            self.expr(e.value)
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
        assigning = operator_impl(self.items, target_r, f"{OP_TRAITS.get(op, '')}Assign")
        if assigning is not None:  # `impl AddAssign for Point`: `add_assign(&mut p, q)`
            assert assigning.rhs is not None
            value = self.expr(e.value, assigning.rhs)
            if not self.coerce(assigning.rhs, value, e.value):
                self.mismatch(assigning.rhs, value, e.value.span)
            self.out.callees[id(e)] = Callee("fn", assigning.method.name, assigning.method,
                                             self_mode="mut")
            return T.UNIT
        if T.is_string(target_r) and op == "+":
            value = self.expr(e.value, T.RefTy(T.STR))
            self.expect(T.RefTy(T.STR), value, e.value)
            return T.UNIT
        value = self.resolve(self.expr(e.value, target))
        base = value.inner if isinstance(value, T.RefTy) else value
        crossed = (self.tys.is_int(target) and self.tys.is_float(base)) or (
            self.tys.is_float(target) and self.tys.is_int(base))
        if crossed and op in OP_TRAITS:
            lt, rt = ty_text(self.resolve(target)), ty_text(self.resolve(base))
            verb = {"+": "add-assign `{r}` to", "-": "subtract-assign `{r}` from",
                    "*": "multiply-assign `{l}` by", "/": "divide-assign `{l}` by",
                    "%": "calculate and assign the remainder of `{l}` divided by"}[op]
            head = verb.format(l=lt, r=rt)
            message = f"cannot {head} `{rt}`" if "{l}" in verb else f"cannot {head} `{lt}`"
            self.error(Diagnostic(message, _operator_span(e), "E0277",
                                  f"no implementation for `{lt} {e.op} {rt}`",
                                  help=f"the trait `{OP_TRAITS[op]}Assign<{rt}>` is not "
                                  f"implemented for `{lt}`"))
            return T.UNIT
        if not self.tys.unify(target, base):
            self.mismatch(target, value, e.value.span)
        elif not (self.tys.is_int(target) or self.tys.is_float(target) or (
                isinstance(target_r, T.BoolTy) and op in BITWISE)):
            self.error(Diagnostic(
                f"binary assignment operation `{e.op}` cannot be applied to type "
                f"`{target_r}`", e.span, "E0368", f"cannot use `{e.op}` on type `{target_r}`"))
        return T.UNIT


def _sequence_element(ty: T.Ty) -> T.Ty | None:
    if isinstance(ty, T.RefTy):
        ty = ty.inner
    if isinstance(ty, T.AdtTy) and T.is_vec(ty):
        return ty.args[0]
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return ty.element
    return None

def _operator_span(e: ast.Assign) -> Span:
    """The `=` / `+=` of an assignment, found between its two sides (their gap is the
    operator and at most one space on each side); else the whole assignment."""
    return _between(e.target.span, e.value.span, e.op, e.span)


def _between(t: Span, v: Span, op: str, whole: Span) -> Span:
    """An operator's own span, between its two operands; else `whole`."""
    n = len(op)
    if t.end_line == v.line:
        gap = v.start - t.end
        offset = 0 if gap == n else 1 if gap == n + 2 else None
        if offset is not None:
            col = t.end_col + offset
            return Span(t.end_line, col, t.end_line, col + n, t.end + offset, t.end + offset + n)
    return whole


OP_TRAITS = {"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "%": "Rem"}


def arith_message(op: str, left: str, right: str) -> str:
    """rustc's first line when `left op right` has no implementation (the `on_unimplemented`
    texts of `Add`, `Sub`, `Mul`, `Div`, `Rem`)."""
    if op == "+" and left == "{integer}" and right == "{float}":
        return "cannot add a float to an integer"
    if op == "+" and left == "{float}" and right == "{integer}":
        return "cannot add an integer to a float"
    if op == "+":
        return f"cannot add `{right}` to `{left}`"
    if op == "-":
        return f"cannot subtract `{right}` from `{left}`"
    if op == "*":
        return f"cannot multiply `{left}` by `{right}`"
    if op == "/":
        return f"cannot divide `{left}` by `{right}`"
    if op == "%":
        return f"cannot calculate the remainder of `{left}` divided by `{right}`"
    return f"no implementation for `{left} {op} {right}`"


def is_place_expr(e: ast.Expr) -> bool:
    if isinstance(e, ast.Path):
        return True
    if isinstance(e, ast.Unary) and e.op == "*":
        return True
    return bool(isinstance(e, ast.Field | ast.Index))


def _is_self_param(ty: T.Ty) -> bool:
    """`Self` in a provided method or a generic `T` (or a reference to it): no operator
    trait is among the bounds this subset takes."""
    while isinstance(ty, T.RefTy):
        ty = ty.inner
    return isinstance(ty, T.ParamTy)

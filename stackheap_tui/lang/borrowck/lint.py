"""rustc's deny-by-default `arithmetic_overflow` / `unconditional_panic` lints.

Modelled on rustc's KnownPanicsLint: a MIR pass that propagates constants through
locals and reports an arithmetic operation whose operands it knows and which
would panic. It only runs when borrow checking succeeded, and walks every
function body (closures with no knowledge of the enclosing body).
"""

from __future__ import annotations

import dataclasses
import math
from fractions import Fraction

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.lint_levels import without_allowed
from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.program import Binding, CheckedProgram
from stackheap_tui.lang.span import Span


def checked_arithmetic(op: str, a: int, b: int, ty: T.IntTy) -> int | None:
    """The result of `a op b` in `ty`, or None if Rust's debug build would panic."""
    if op in ("/", "%"):
        if b == 0 or (ty.signed and a == ty.min and b == -1):
            return None  # `MIN % -1` panics too, though its remainder 0 would fit
        quotient = abs(a) // abs(b) * (1 if (a >= 0) == (b >= 0) else -1)  # truncates to 0
        result = quotient if op == "/" else a - b * quotient
    else:
        result = {"+": a + b, "-": a - b, "*": a * b}[op]
    return result if ty.min <= result <= ty.max else None


# Written types and patterns hold no code to walk.
_NOT_CODE = (ast.TypePath, ast.TypeRef, ast.TypeTuple, ast.TypeArray, ast.TypeNever,
             ast.IdentPattern, ast.TuplePattern, ast.WildcardPattern, ast.RestPattern,
             ast.LiteralPattern, ast.RangePattern, ast.OrPattern, ast.PathPattern,
             ast.TupleStructPattern, ast.StructPattern, ast.RefPattern, ast.BindingPattern,
             ast.SlicePattern, ast.ClosureParam, ast.Param, ast.SelfParam)
_NOT_CODE_CLASSES = frozenset(_NOT_CODE)


def shown_constant(value: int, ty: T.IntTy | T.Ty | None) -> str:
    """A constant as rustc's lints print it: `i32::MAX`, `i8::MIN`, else `5_u8`."""
    if isinstance(ty, T.IntTy):
        if value == ty.max:
            return f"{ty}::MAX"
        if ty.signed and value == ty.min:
            return f"{ty}::MIN"
    return f"{value}_{ty}"


def _note_once(errors: list[Diagnostic]) -> list[Diagnostic]:
    """rustc says `#[deny(lint)]` on by default under the first error of each lint only."""
    seen: set[str] = set()
    kept: list[Diagnostic] = []
    for error in errors:
        notes = []
        for note in error.notes:
            if note.startswith("`#[deny("):
                if note in seen:
                    continue
                seen.add(note)
            notes.append(note)
        kept.append(dataclasses.replace(error, notes=tuple(notes)))
    return kept


def children(node: object) -> list[object]:
    """The AST nodes directly under `node`, in source order."""
    # By exact class (AST classes have no subclasses): a walk of a big program asks this
    # of millions of nodes, and `isinstance` against 21 classes is slow.
    return [child for child in ast.children(node) if type(child) not in _NOT_CODE_CLASSES]


Known = int | tuple[int | None, ...] | None  # a local's known value: scalar or aggregate


class OverflowLint:
    def __init__(self, checked: CheckedProgram, nodes: list[object]) -> None:
        self.c = checked
        # A local never borrowed and assigned once is known everywhere after its `let`;
        # one assigned again is known only inside its MIR basic block, which ends at
        # every overflow check, call and branch (`epoch` counts those block ends).
        self.consts: dict[int, tuple[int | tuple[int | None, ...], int | None]] = {}
        # (binding -> (value or an aggregate's scalar elements, epoch))
        self.epoch = 0
        # rustc never reports an overflow whose result is assigned straight back to a
        # variable (`x = x * 2 + 1`, `x += 60`): those panic at run time instead.
        self.lint_suppressed = 0
        self.borrowed, self.assign_counts = _const_prop_facts(checked, nodes)
        self.errors: list[Diagnostic] = []
        self.seen: set[int] = set()

    def binding(self, path: ast.Path) -> Binding | None:
        return self.c.bindings.get(id(path))

    # ---- statements ----
    def block(self, block: ast.Block) -> None:
        for stmt in block.stmts:
            if isinstance(stmt, ast.Let):
                self.let(stmt)
            elif isinstance(stmt, ast.ExprStmt):
                self.expr(stmt.expr)
        if block.tail is not None:
            self.expr(block.tail)

    def let(self, stmt: ast.Let) -> None:
        if stmt.init is None:
            return
        # Read before the init's own checks end the block. rustc's const propagation
        # keeps an aggregate only when it is built right here from scalars (`(255u8, 1)`,
        # `[i32::MIN, -1]`, `P { x: 255 }`), not a copy of another one.
        known: Known = self.aggregate(stmt.init)
        if known is None:
            known = self.const_value(stmt.init)
        elif stmt.otherwise is not None:
            known = None
        self.expr(stmt.init)
        if stmt.otherwise is not None:
            self.epoch += 1
            self.block(stmt.otherwise)
            self.epoch += 1
        binding = self.c.bindings.get(id(stmt.pattern))
        if binding is not None and isinstance(stmt.pattern, ast.IdentPattern):
            self.remember(binding, known)
        elif isinstance(stmt.pattern, ast.TuplePattern) and stmt.otherwise is None:
            # `let (a, b) = t;` copies the fields out of a known tuple.
            whole = self.place_value(stmt.init)
            if isinstance(whole, tuple) and len(whole) == len(stmt.pattern.items):
                for sub, value in zip(stmt.pattern.items, whole, strict=True):
                    part = self.c.bindings.get(id(sub))
                    if part is not None and isinstance(sub, ast.IdentPattern) and (
                            isinstance(value, int) and not sub.by_ref):
                        self.remember(part, value)

    def aggregate(self, e: ast.Expr) -> tuple[int | None, ...] | None:
        """The scalar elements of a tuple, array or struct built by `e`, or None. Only an
        aggregate of integers, `bool`s and `char`s with nothing to drop is tracked (a
        `String` element, or a `Drop` impl, whose drop borrows it, stops rustc)."""
        ty = self.c.types.get(id(e))
        if ty is None or T.needs_drop(ty) or not all(
                isinstance(part, T.IntTy | T.BoolTy | T.CharTy) for part in _elements(ty)):
            return None
        items: tuple[ast.Expr, ...] | None = None
        if isinstance(e, ast.TupleExpr | ast.ArrayExpr) and e.items:
            items = e.items
        elif isinstance(e, ast.Call):
            callee = self.c.callees.get(id(e))
            if callee is not None and callee.kind == "struct":
                items = e.args
        elif isinstance(e, ast.StructLit):
            ty = self.c.types.get(id(e))
            if not isinstance(ty, T.AdtTy) or ty.defn is None or ty.defn.is_enum:
                return None
            names = ty.defn.variants[0].field_names
            by_name = {f.name: f.value for f in e.fields}
            # `P { x: 3, ..p }` copies p's other fields: known if p is.
            base = self.place_value(e.base) if e.base is not None else None
            if e.base is None and set(by_name) != set(names):
                return None
            if e.base is not None and not isinstance(base, tuple):
                return None
            return tuple(self.scalar(by_name[n]) if n in by_name else
                         base[i] if isinstance(base, tuple) else None
                         for i, n in enumerate(names))
        if items is None:
            return None
        return tuple(self.scalar(item) for item in items)

    def scalar(self, e: ast.Expr) -> int | None:
        return self.const_value(e) if isinstance(self.c.types.get(id(e)), T.IntTy) else None

    def place_value(self, e: ast.Expr) -> Known:
        """What rustc knows of a place read: a known local, or one field or element of a
        known aggregate local (`t.0`, `p.x`, `a[1]` with a known index)."""
        if isinstance(e, ast.Path):
            binding = self.binding(e)
            known = self.consts.get(id(binding)) if binding is not None else None
            if known is None or known[1] not in (None, self.epoch):
                return None
            return known[0]
        if isinstance(e, ast.Field) and self.c.fields.get(id(e), (1, 0))[0] == 0:
            whole = self.place_value(e.base)
            index = self.c.fields[id(e)][1]
        elif isinstance(e, ast.Index) and self.c.fields.get(id(e), (0, 0))[0] == 0 and (
                isinstance(self.c.types.get(id(e.base)), T.ArrayTy)):
            whole = self.place_value(e.base)
            position = self.const_value(e.index)
            if position is None:
                return None
            index = position
        else:
            return None
        if not isinstance(whole, tuple) or not 0 <= index < len(whole):
            return None
        return whole[index]

    # ---- expressions ----
    def expr(self, e: object) -> None:
        if isinstance(e, ast.Path | ast.IntLit | ast.BoolLit | ast.UnitLit | ast.StrLit
                      | ast.CharLit | ast.FloatLit):
            return
        if isinstance(e, ast.Block):
            self.block(e)
        elif isinstance(e, ast.Unary):
            self.expr(e.operand)
            if e.op == "-":
                self.overflow_check(e)
        elif isinstance(e, ast.Binary):
            self.expr(e.left)
            if e.op in ("&&", "||"):
                self.epoch += 1  # short-circuit: the right operand is its own block
            self.expr(e.right)
            self.overflow_check(e)
            if e.op in ("+", "-", "*", "/", "%", "<<", ">>", "&&", "||"):
                self.epoch += 1  # an overflow check ends the basic block
        elif isinstance(e, ast.Assign):
            self.assign(e)
        elif isinstance(e, ast.Index):
            self.expr(e.base)
            self.expr(e.index)
            self.bounds_check(e)
            self.epoch += 1  # the bounds check ends the basic block
        elif isinstance(e, ast.Call | ast.MethodCall):
            for child in children(e):
                self.expr(child)
            self.epoch += 1
        elif isinstance(e, ast.MacroCall):
            info = self.c.formats.get(id(e))
            args = (*info.positional, *(a for _, a in info.named)) if info else e.args
            for arg in args:
                self.expr(arg)
            self.epoch += 1
        elif isinstance(e, ast.Closure):
            saved = self.consts
            self.consts = {}  # a closure is its own MIR body
            self.expr(e.body)
            self.consts = saved
            self.epoch += 1
        else:
            # Control flow and everything else: every child starts a new basic block.
            for child in children(e):
                self.epoch += 1
                if isinstance(child, ast.Block):
                    self.block(child)
                elif not isinstance(child, ast.MatchArm):
                    self.expr(child)
                else:
                    if child.guard is not None:
                        self.expr(child.guard)
                    self.epoch += 1
                    self.expr(child.body)
            self.epoch += 1

    def remember(self, binding: Binding, value: Known) -> None:
        key = id(binding)
        if value is None or key in self.borrowed:
            return
        self.consts[key] = (value, None if self.assign_counts.get(key, 0) <= 1 else self.epoch)

    def assign(self, e: ast.Assign) -> None:
        known = self.const_value(e.value) if e.op == "=" else None
        self.lint_suppressed += 1
        try:
            self.expr(e.value)
        finally:
            self.lint_suppressed -= 1
        if e.op != "=":
            self.compound_check(e)
            self.epoch += 1  # `x += 1` is checked too
        target = e.target
        if not isinstance(target, ast.Path):
            self.expr(target)
            return
        binding = self.binding(target)
        if binding is None:
            return
        self.consts.pop(id(binding), None)
        self.remember(binding, known)

    def const_value(self, e: ast.Expr) -> int | None:
        """The value of an integer expression rustc's const propagation knows, if any."""
        if isinstance(e, ast.IntLit):
            return e.value
        if isinstance(e, ast.Path) and id(e) in self.c.paths:
            value = self.c.paths[id(e)]
            if value.kind == "value" and isinstance(value.value, int) and not isinstance(
                    value.value, bool):
                return value.value
            if value.kind == "const" and value.const is not None and id(e) not in self.seen:
                self.seen.add(id(e))  # a const defined through itself is rustc's E0391
                try:
                    return self.const_value(value.const.value)
                finally:
                    self.seen.discard(id(e))
            return None
        if isinstance(e, ast.Path | ast.Field | ast.Index):
            place = self.place_value(e)
            return place if isinstance(place, int) else None
        if isinstance(e, ast.Unary) and e.op == "-":
            inner = self.const_value(e.operand)
            ty = self.c.types.get(id(e))
            if inner is None or not isinstance(ty, T.IntTy):
                return None
            return -inner if ty.min <= -inner <= ty.max else None
        if isinstance(e, ast.Binary) and e.op in ("+", "-", "*", "/", "%"):
            ty = self.c.types.get(id(e))
            a, b = self.const_value(e.left), self.const_value(e.right)
            if a is None or b is None or not isinstance(ty, T.IntTy):
                return None
            return checked_arithmetic(e.op, a, b, ty)
        return None

    def compound_check(self, e: ast.Assign) -> None:
        """`x += 1` / `x <<= 9` overflow as their operators do (rustc lints them too)."""
        op = e.op[:-1]
        if op not in ("+", "-", "*", "/", "%", "<<", ">>"):
            return
        target_ty = self.c.types.get(id(e.target))
        if target_ty is None:
            return  # not an integer: nothing to check
        as_binary = ast.Binary(e.span, op, e.target, e.value)
        self.c.types.setdefault(id(as_binary), target_ty)
        try:
            self.overflow_check(as_binary)
        finally:
            self.c.types.pop(id(as_binary), None)

    def overflow_check(self, e: ast.Binary | ast.Unary) -> None:
        ty = self.c.types.get(id(e))
        if not isinstance(ty, T.IntTy) or self.lint_suppressed:
            return
        if isinstance(e, ast.Unary):
            inner = self.const_value(e.operand)
            if inner is not None and not ty.min <= -inner <= ty.max:
                self.lint(e.span, "this arithmetic operation will overflow",
                          f"attempt to negate `{ty}::MIN`, which would overflow")
            return
        if e.op in ("<<", ">>"):
            # Only the amount matters: shifting by the type's width or more (or by a
            # negative amount) overflows whatever is shifted.
            amount = self.const_value(e.right)
            amount_ty = self.c.types.get(id(e.right))
            if amount is not None and not 0 <= amount < ty.bits:
                way = "left" if e.op == "<<" else "right"
                self.lint(e.span, "this arithmetic operation will overflow",
                          f"attempt to shift {way} by `{shown_constant(amount, amount_ty)}`, "
                          "which would "
                          "overflow")
            return
        if e.op not in ("+", "-", "*", "/", "%"):
            return
        a, b = self.const_value(e.left), self.const_value(e.right)
        if e.op in ("/", "%") and b == 0 and a is None:
            # A known zero divisor panics whatever the dividend: rustc writes it `_`.
            verb = "divide" if e.op == "/" else "calculate the remainder of"
            self.lint(e.span, "this operation will panic at runtime",
                      f"attempt to {verb} `_` {'by' if e.op == '/' else 'with a divisor of'}"
                      " zero", "unconditional_panic")
            return
        if a is None or b is None or checked_arithmetic(e.op, a, b, ty) is not None:
            return
        if e.op in ("/", "%") and b == 0:
            verb = "divide" if e.op == "/" else "calculate the remainder of"
            self.lint(e.span, "this operation will panic at runtime",
                      f"attempt to {verb} `{shown_constant(a, ty)}` "
                      f"{'by' if e.op == '/' else 'with a divisor of'} zero",
                      "unconditional_panic")
        else:
            computed = (f"attempt to compute `{shown_constant(a, ty)} {e.op} "
                        f"{shown_constant(b, ty)}`, which would overflow")
            if e.op in ("/", "%"):  # `MIN / -1`: a division that panics, not arithmetic
                self.lint(e.span, "this operation will panic at runtime", computed,
                          "unconditional_panic")
            else:
                self.lint(e.span, "this arithmetic operation will overflow", computed)

    def bounds_check(self, e: ast.Index) -> None:
        base = self.c.types.get(id(e.base))
        if not isinstance(base, T.ArrayTy) or self.c.fields.get(id(e), (0, 0))[0]:
            return
        index = self.const_value(e.index)
        if index is not None and index >= base.length:
            self.lint(e.span, "this operation will panic at runtime",
                      f"index out of bounds: the length is {base.length} but the index is "
                      f"{index}", "unconditional_panic")

    def lint(self, span: Span, message: str, label: str,
             name: str = "arithmetic_overflow") -> None:
        self.errors.append(Diagnostic(message, span, None, label,
                                      notes=(f"`#[deny({name})]` on by default",)))


def _elements(ty: T.Ty) -> tuple[T.Ty, ...]:
    """The element types of a tuple, array or struct (none for anything else)."""
    if isinstance(ty, T.TupleTy):
        return ty.items
    if isinstance(ty, T.ArrayTy):
        return (ty.element,)
    if isinstance(ty, T.AdtTy) and ty.defn is not None and not ty.defn.is_enum and (
            ty.defn.span is not None):
        return ty.variant_types(ty.defn.variants[0])
    return ()


def _const_prop_facts(checked: CheckedProgram, nodes: list[object]
                      ) -> tuple[set[int], dict[int, int]]:
    """Which bindings are ever borrowed, and how often each is assigned."""
    borrowed: set[int] = set()
    counts: dict[int, int] = {}

    def root(place: object) -> Binding | None:
        while isinstance(place, ast.Field | ast.Index):
            place = place.base
        return checked.bindings.get(id(place)) if isinstance(place, ast.Path) else None

    def note_borrow(arg: object) -> None:
        # Borrowing a field or element (`&t.0`, `println!("{}", t.0)`) borrows the local.
        binding = root(arg)
        if binding is not None:
            borrowed.add(id(binding))

    def note_aggregate_use(place: object) -> None:
        # A method call's receiver may be borrowed (`a.len()`), a closure captures by
        # reference, a field assignment (`t.1 = 0`) stops rustc tracking the aggregate.
        binding = root(place)
        if binding is not None and isinstance(binding.ty, T.TupleTy | T.ArrayTy | T.AdtTy):
            borrowed.add(id(binding))

    for info in checked.formats.values():
        for arg in (*info.positional, *(a for _, a in info.named)):
            note_borrow(arg)
    for node in nodes:
        if isinstance(node, ast.Let) and node.init is not None:
            binding = checked.bindings.get(id(node.pattern))
            if binding is not None:
                counts[id(binding)] = counts.get(id(binding), 0) + 1
        elif isinstance(node, ast.Assign) and isinstance(node.target, ast.Path):
            binding = checked.bindings.get(id(node.target))
            if binding is not None:
                counts[id(binding)] = counts.get(id(binding), 0) + 1
        elif isinstance(node, ast.Assign):
            note_aggregate_use(node.target)
        elif isinstance(node, ast.Unary) and node.op in ("&", "&mut"):
            note_borrow(node.operand)
        elif isinstance(node, ast.MethodCall):
            note_aggregate_use(node.receiver)
        elif isinstance(node, ast.Closure):
            inner: list[object] = [node.body]
            while inner:
                part = inner.pop()
                if isinstance(part, ast.Path):
                    note_aggregate_use(part)
                inner.extend(children(part))
    return borrowed, counts


def code_nodes(checked: CheckedProgram) -> list[object]:
    """Every node of code in the functions' bodies (types and patterns left out), in one
    walk the lints share."""
    found: list[object] = []
    stack: list[object] = [info.item.body for info in checked.functions.values()]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(children(node))
    return found


# rustc proves `&&…&T: Display` (and the like) one `&` at a time, and gives up at its
# recursion limit (128) with E0275, whose text names a file with a hash in it; 64 levels
# compile and run. Deeper references are refused rather than guessed.
MAX_REFERENCE_DEPTH = 64


def _reference_depth(ty: T.Ty | None) -> int:
    depth = 0
    while isinstance(ty, T.RefTy):
        depth, ty = depth + 1, ty.inner
    return depth


def literal_lint(checked: CheckedProgram, nodes: list[object] | None = None
                 ) -> list[Diagnostic]:
    """rustc's deny-by-default `overflowing_literals`: `let b: u8 = 256;` (and, first,
    references nested too deeply, which are not supported yet)."""
    errors: list[Diagnostic] = []
    negated: set[int] = set()
    minus_spans: dict[int, Span] = {}
    literals: list[ast.IntLit] = []
    floats: list[ast.FloatLit] = []
    deep: list[tuple[int, Span]] = []
    for node in code_nodes(checked) if nodes is None else nodes:
        depth = _reference_depth(checked.types.get(id(node)))
        if depth > MAX_REFERENCE_DEPTH:
            span = getattr(node, "span", None)
            if isinstance(span, Span):
                deep.append((depth, span))
        if isinstance(node, ast.Unary) and node.op == "-" and isinstance(node.operand,
                                                                          ast.IntLit):
            negated.add(id(node.operand))
            minus_spans[id(node.operand)] = node.span  # rustc points at `-200`, sign and all
        if isinstance(node, ast.IntLit):
            literals.append(node)
        elif isinstance(node, ast.FloatLit):
            floats.append(node)
    if deep:
        depth, span = max(deep, key=lambda item: (item[0], -item[1].start))
        return [Diagnostic(f"not supported yet: a reference nested {depth} levels deep (more "
                           f"than {MAX_REFERENCE_DEPTH}: rustc's trait checks stop at their "
                           "recursion limit)", span,
                           label="stackheap-tui cannot run this yet")]
    errors.extend(_float_out_of_range(lit, checked.types.get(id(lit))) for lit in floats
                  if _float_is_infinite(lit, checked.types.get(id(lit))))
    for lit in literals:
        ty = checked.types.get(id(lit))
        if not isinstance(ty, T.IntTy):
            continue
        limit = -ty.min if id(lit) in negated else ty.max
        if lit.value > limit:
            text = f"{'-' if id(lit) in negated else ''}{lit.value}{lit.suffix or ''}"
            fits = _fitting_type(ty, lit.value, id(lit) in negated)
            errors.append(Diagnostic(
                f"literal out of range for `{ty}`", minus_spans.get(id(lit), lit.span), None, "",
                notes=(f"the literal `{text}` does not fit into the type `{ty}` whose range is "
                       f"`{ty.min}..={ty.max}`", "`#[deny(overflowing_literals)]` on by default"),
                help=f"consider using the type `{fits}` instead" if fits else None))
    return _note_once(without_allowed(sorted(errors, key=lambda d: d.span.start), checked))


# The smallest magnitudes that round to infinity: halfway between MAX and the next power.
_INFINITE_FROM = {"f32": Fraction(2 ** 25 - 1, 2 ** 24) * 2 ** 127,
                  "f64": Fraction(2 ** 54 - 1, 2 ** 53) * 2 ** 1023}


def _float_is_infinite(lit: ast.FloatLit, ty: T.Ty | None) -> bool:
    """Whether the literal rounds to infinity in its type (`1e40f32`, `1e400`)."""
    if not isinstance(ty, T.FloatTy) or str(ty) not in _INFINITE_FROM:
        return False
    text = lit.text.replace("_", "")
    if text.endswith(("f32", "f64")):
        text = text[:-3]
    try:
        value = Fraction(text)
    except (ValueError, ZeroDivisionError):
        value = Fraction(lit.value) if math.isfinite(lit.value) else _INFINITE_FROM[str(ty)]
    return value >= _INFINITE_FROM[str(ty)]


def _float_out_of_range(lit: ast.FloatLit, ty: T.Ty | None) -> Diagnostic:
    return Diagnostic(
        f"literal out of range for `{ty}`", lit.span, None, "",
        notes=(f"the literal `{lit.text}` does not fit into the type `{ty}` and will be "
               f"converted to `{ty}::INFINITY`", "`#[deny(overflowing_literals)]` on by default"))


_WIDER = {"i8": ("u8", "i16", "i32", "i64", "i128"), "i16": ("u16", "i32", "i64", "i128"),
          "i32": ("u32", "i64", "i128"), "i64": ("u64", "i128"), "i128": ("u128",)}


def _fitting_type(ty: T.IntTy, value: int, negative: bool) -> str | None:
    """rustc's suggestion for a signed literal out of range: the first of the same-size
    unsigned type (if not negated) and the wider signed ones that holds it."""
    for name in _WIDER.get(str(ty), ()):
        other = T.IntTy(name)
        if other.signed and value <= other.max + (1 if negative else 0):
            return name
        if not other.signed and not negative and value <= other.max:
            return name
    return None


def overflow_lint(checked: CheckedProgram, nodes: list[object] | None = None
                  ) -> list[Diagnostic]:
    lint = OverflowLint(checked, code_nodes(checked) if nodes is None else nodes)
    for info in checked.functions.values():
        lint.consts = {}
        lint.block(info.item.body)
    return _note_once(without_allowed(lint.errors, checked))

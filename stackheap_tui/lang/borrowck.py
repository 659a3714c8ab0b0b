"""Phase 2 of checking: initialisation, moves, mutability, and constant overflow.

Runs only on a program that resolved and type-checked, on its side tables, and
walks statements in evaluation order, as rustc's MIR borrow checker sees them.
"""

from __future__ import annotations

from dataclasses import dataclass

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.checked import Binding, CheckedProgram
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported


@dataclass(frozen=True, slots=True)
class _State:
    kind: str  # "uninit", "init" or "moved"
    span: Span | None = None  # where it was moved


MOVE, READ, BORROW = "move", "read", "borrow"


def checked_arithmetic(op: str, a: int, b: int, ty: T.IntTy) -> int | None:
    """The result of `a op b` in `ty`, or None if Rust's debug build would panic."""
    if op in ("/", "%"):
        if b == 0:
            return None
        quotient = abs(a) // abs(b) * (1 if (a >= 0) == (b >= 0) else -1)  # truncates to 0
        result = quotient if op == "/" else a - b * quotient
    else:
        result = {"+": a + b, "-": a - b, "*": a * b}[op]
    return result if ty.min <= result <= ty.max else None


class _BorrowChecker:
    def __init__(self, checked: CheckedProgram) -> None:
        self.c = checked
        self.state: dict[int, _State] = {}  # id(binding) -> state
        self.assigned: set[int] = set()  # immutable bindings already given their value
        # The arithmetic_overflow lint's knowledge, modelled on rustc's KnownPanicsLint:
        # a local never borrowed and assigned once is known everywhere after its `let`;
        # one assigned again is known only inside its MIR basic block, which ends at
        # every overflow check and call (`epoch` counts those block ends).
        self.consts: dict[int, tuple[int, int | None]] = {}  # binding -> (value, epoch)
        self.epoch = 0
        # rustc never reports an overflow whose result is assigned straight back to a
        # variable (`x = x * 2 + 1`, `x += 60`): those panic at run time instead.
        self.lint_suppressed = 0
        self.borrowed, self.assign_counts = _const_prop_facts(checked)
        self.errors: list[Diagnostic] = []

    def binding(self, path: ast.Path) -> Binding:
        return self.c.bindings[id(path)]

    # ---- statements ----
    def block(self, block: ast.Block) -> None:
        for stmt in block.stmts:
            if isinstance(stmt, ast.Let):
                self.let(stmt)
            elif isinstance(stmt, ast.ExprStmt):
                self.expr(stmt.expr, MOVE)
        if block.tail is not None:
            self.expr(block.tail, MOVE)

    def let(self, stmt: ast.Let) -> None:
        binding = self.c.bindings[id(stmt.pattern)]
        if stmt.init is None:
            self.state[id(binding)] = _State("uninit")
            return
        known = self.const_value(stmt.init)  # read before the init's own checks end the block
        self.expr(stmt.init, MOVE)
        self.state[id(binding)] = _State("init")
        self.assigned.add(id(binding))
        self.remember(binding, known)

    # ---- expressions ----
    def expr(self, e: ast.Expr, mode: str) -> None:
        if isinstance(e, ast.Path):
            self.use(e, mode)
        elif isinstance(e, ast.Block):
            self.block(e)
        elif isinstance(e, ast.Unary):
            if e.op == "*":
                self.expr(e.operand, MOVE if mode == MOVE and not T.is_copy(
                    self.c.type_of(e)) else READ)
            else:
                self.expr(e.operand, READ)
                if e.op == "-":
                    self.overflow_check(e)
        elif isinstance(e, ast.Binary):
            self.expr(e.left, READ)
            self.expr(e.right, READ)
            self.overflow_check(e)
            if e.op in ("+", "-", "*", "/", "%", "<<", ">>"):
                self.epoch += 1  # an overflow check ends the basic block
        elif isinstance(e, ast.Assign):
            self.assign(e)
        elif isinstance(e, ast.Call):
            for arg in e.args:
                self.expr(arg, MOVE)
            self.epoch += 1
        elif isinstance(e, ast.MacroCall):
            info = self.c.formats.get(id(e))
            if info is not None:
                for arg in (*info.positional, *(a for _, a in info.named)):
                    self.expr(arg, BORROW)
            self.epoch += 1
        elif not isinstance(e, ast.IntLit | ast.BoolLit | ast.UnitLit):
            raise CompileError([unsupported(type(e).__name__, e.span)])

    def use(self, path: ast.Path, mode: str) -> None:
        binding = self.binding(path)
        state = self.state.get(id(binding), _State("init"))
        name = binding.name
        if state.kind == "uninit":
            self.errors.append(Diagnostic(
                f"used binding `{name}` isn't initialized", path.span, "E0381",
                f"`{name}` used here but it isn't initialized",
                (Label(binding.span, "binding declared here but left uninitialized"),)))
            return
        if state.kind == "moved":
            verb = "borrow" if mode == BORROW else "use"
            labels = [Label(binding.span, f"move occurs because `{name}` has type "
                            f"`{binding.ty}`, which does not implement the `Copy` trait")]
            if state.span is not None:
                labels.append(Label(state.span, "value moved here"))
            self.errors.append(Diagnostic(
                f"{verb} of moved value: `{name}`", path.span, "E0382",
                f"value {'borrowed' if mode == BORROW else 'used'} here after move",
                tuple(labels)))
            return
        if mode == MOVE and not T.is_copy(binding.ty):
            self.state[id(binding)] = _State("moved", path.span)
            self.c.moves.add(id(path))

    def remember(self, binding: Binding, value: int | None) -> None:
        key = id(binding)
        if value is None or key in self.borrowed:
            return
        self.consts[key] = (value, None if self.assign_counts.get(key, 0) <= 1 else self.epoch)

    def assign(self, e: ast.Assign) -> None:
        known = self.const_value(e.value) if e.op == "=" else None
        self.lint_suppressed += 1
        try:
            self.expr(e.value, MOVE)
        finally:
            self.lint_suppressed -= 1
        if e.op != "=":
            self.epoch += 1  # `x += 1` is checked too
        target = e.target
        if isinstance(target, ast.Unary):  # `*b = v`: writes through the Box
            inner = target.operand
            self.expr(inner, READ)
            if isinstance(inner, ast.Path) and not self.binding(inner).mutable:
                name = self.binding(inner).name
                self.errors.append(Diagnostic(
                    f"cannot assign to `*{name}`, as `{name}` is not declared as mutable",
                    e.span, "E0594", "cannot assign",
                    help="consider changing this to be mutable"))
            return
        assert isinstance(target, ast.Path)
        binding = self.binding(target)
        key = id(binding)
        if e.op != "=":
            self.use(target, READ)
        if not binding.mutable and key in self.assigned:
            labels = (Label(binding.span, f"first assignment to `{binding.name}`"),) if (
                binding.initialised_at_let) else ()
            self.errors.append(Diagnostic(
                f"cannot assign twice to immutable variable `{binding.name}`", e.span, "E0384",
                "cannot assign twice to immutable variable", labels,
                help="consider making this binding mutable"))
        self.assigned.add(key)
        self.consts.pop(key, None)
        self.remember(binding, known)
        self.state[key] = _State("init")

    # ---- the arithmetic_overflow lint ----
    def const_value(self, e: ast.Expr) -> int | None:
        """The value of an integer expression rustc's const propagation knows, if any."""
        if isinstance(e, ast.IntLit):
            return e.value
        if isinstance(e, ast.Path):
            known = self.consts.get(id(self.binding(e)))
            if known is None or known[1] not in (None, self.epoch):
                return None
            return known[0]
        if isinstance(e, ast.Unary) and e.op == "-":
            inner = self.const_value(e.operand)
            ty = self.c.type_of(e)
            if inner is None or not isinstance(ty, T.IntTy):
                return None
            return -inner if ty.min <= -inner <= ty.max else None
        if isinstance(e, ast.Binary) and e.op in ("+", "-", "*", "/", "%"):
            ty = self.c.type_of(e)
            a, b = self.const_value(e.left), self.const_value(e.right)
            if a is None or b is None or not isinstance(ty, T.IntTy):
                return None
            return checked_arithmetic(e.op, a, b, ty)
        return None

    def overflow_check(self, e: ast.Binary | ast.Unary) -> None:
        ty = self.c.type_of(e)
        if not isinstance(ty, T.IntTy) or self.lint_suppressed:
            return
        if isinstance(e, ast.Unary):
            inner = self.const_value(e.operand)
            if inner is not None and not ty.min <= -inner <= ty.max:
                self.lint(e.span, "this arithmetic operation will overflow",
                          f"attempt to negate `{ty}::MIN`, which would overflow")
            return
        if e.op not in ("+", "-", "*", "/", "%"):
            return
        a, b = self.const_value(e.left), self.const_value(e.right)
        if a is None or b is None or checked_arithmetic(e.op, a, b, ty) is not None:
            return
        if e.op in ("/", "%") and b == 0:
            verb = "divide" if e.op == "/" else "calculate the remainder of"
            self.lint(e.span, "this operation will panic at runtime",
                      f"attempt to {verb} `{a}_{ty}` {'by' if e.op == '/' else 'with a divisor of'}"
                      " zero", "unconditional_panic")
        else:
            word = {"+": "+", "-": "-", "*": "*", "/": "/", "%": "%"}[e.op]
            self.lint(e.span, "this arithmetic operation will overflow",
                      f"attempt to compute `{a}_{ty} {word} {b}_{ty}`, which would overflow")

    def lint(self, span: Span, message: str, label: str,
             name: str = "arithmetic_overflow") -> None:
        self.errors.append(Diagnostic(message, span, None, label,
                                      notes=(f"`#[deny({name})]` on by default",)))


def _const_prop_facts(checked: CheckedProgram) -> tuple[set[int], dict[int, int]]:
    """Which bindings are ever borrowed, and how often each is assigned."""
    borrowed: set[int] = set()
    counts: dict[int, int] = {}
    for info in checked.formats.values():
        for arg in (*info.positional, *(a for _, a in info.named)):
            if isinstance(arg, ast.Path) and id(arg) in checked.bindings:
                borrowed.add(id(checked.bindings[id(arg)]))
    stack: list[object] = [checked.main.body]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Let) and node.init is not None:
            key = id(checked.bindings[id(node.pattern)])
            counts[key] = counts.get(key, 0) + 1
        elif isinstance(node, ast.Assign) and isinstance(node.target, ast.Path):
            key = id(checked.bindings[id(node.target)])
            counts[key] = counts.get(key, 0) + 1
        if hasattr(node, "__slots__"):
            for name in node.__slots__:  # type: ignore[union-attr]
                child = getattr(node, name)
                children = child if isinstance(child, tuple) else (child,)
                stack.extend(c for c in children if hasattr(c, "span"))
    return borrowed, counts


def borrow_check(checked: CheckedProgram) -> list[Diagnostic]:
    checker = _BorrowChecker(checked)
    checker.block(checked.main.body)
    return checker.errors

"""The static pass: what rustc would reject, rejected before anything runs.

Two phases, in rustc's order: (1) name resolution and type inference, whose errors
(E0425, E0308, E0614, ...) stop compilation; (2) only if those passed, the
"borrow check" phase: initialisation, moves and mutability (E0381, E0382, E0384,
E0594) plus the deny-by-default `arithmetic_overflow` lint.

The result is a `CheckedProgram`: side tables keyed by node identity that the
interpreter reads (each expression's type, each name's binding, each format
string's parsed pieces), so the interpreter never re-derives a Rust rule.
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck import borrow_check
from stackheap_tui.lang.checked import Binding, CheckedProgram, FormatInfo
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported
from stackheap_tui.machine import formatting as fmt

FORMAT_MACROS = {
    "println": ("stdout", True), "print": ("stdout", False),
    "eprintln": ("stderr", True), "eprint": ("stderr", False),
}
ARITHMETIC = {"+", "-", "*", "/", "%"}
COMPARISON = {"==", "!=", "<", ">", "<=", ">="}
BITWISE = {"&", "|", "^"}
SHIFTS = {"<<", ">>"}
OP_VERBS = {"+": "add", "-": "subtract", "*": "multiply", "/": "divide",
            "%": "calculate the remainder of"}


class _Types:
    """Unification with integer/float inference variables, as rustc infers literals."""

    def __init__(self) -> None:
        self.subst: dict[int, T.Ty] = {}
        self.next_id = 0

    def fresh(self, kind: str) -> T.InferTy:
        self.next_id += 1
        return T.InferTy(self.next_id, kind)

    def resolve(self, ty: T.Ty) -> T.Ty:
        while isinstance(ty, T.InferTy) and ty.id in self.subst:
            ty = self.subst[ty.id]
        if isinstance(ty, T.BoxTy):
            return T.BoxTy(self.resolve(ty.inner))
        if isinstance(ty, T.RefTy):
            return T.RefTy(self.resolve(ty.inner), ty.mutable)
        if isinstance(ty, T.TupleTy):
            return T.TupleTy(tuple(self.resolve(i) for i in ty.items))
        return ty

    def unify(self, a: T.Ty, b: T.Ty) -> bool:
        a, b = self.resolve(a), self.resolve(b)
        if a == b:
            return True
        if isinstance(a, T.NeverTy) or isinstance(b, T.NeverTy):
            return True
        if isinstance(a, T.InferTy):
            return self._bind(a, b)
        if isinstance(b, T.InferTy):
            return self._bind(b, a)
        if isinstance(a, T.BoxTy) and isinstance(b, T.BoxTy):
            return self.unify(a.inner, b.inner)
        if isinstance(a, T.RefTy) and isinstance(b, T.RefTy) and a.mutable == b.mutable:
            return self.unify(a.inner, b.inner)
        if isinstance(a, T.TupleTy) and isinstance(b, T.TupleTy) and len(a.items) == len(
            b.items
        ):
            return all(self.unify(x, y) for x, y in zip(a.items, b.items, strict=True))
        return False

    def _bind(self, var: T.InferTy, ty: T.Ty) -> bool:
        if isinstance(ty, T.InferTy):
            if var.kind != "any" and ty.kind != "any" and var.kind != ty.kind:
                return False
            # Keep the more specific kind ("int" beats "any").
            if ty.kind == "any":
                self.subst[ty.id] = var
            else:
                self.subst[var.id] = ty
            return True
        if var.kind == "int" and not isinstance(ty, T.IntTy):
            return False
        if var.kind == "float" and not isinstance(ty, T.FloatTy):
            return False
        self.subst[var.id] = ty
        return True

    def default(self, ty: T.Ty) -> T.Ty:
        """Resolve, then give leftover literals Rust's defaults: i32 and f64."""
        ty = self.resolve(ty)
        if isinstance(ty, T.InferTy):
            chosen: T.Ty = {"int": T.I32, "float": T.F64}.get(ty.kind, T.UNIT)
            self.subst[ty.id] = chosen
            return chosen
        if isinstance(ty, T.BoxTy):
            return T.BoxTy(self.default(ty.inner))
        if isinstance(ty, T.RefTy):
            return T.RefTy(self.default(ty.inner), ty.mutable)
        if isinstance(ty, T.TupleTy):
            return T.TupleTy(tuple(self.default(i) for i in ty.items))
        return ty


def describe(ty: T.Ty) -> str:
    """How rustc names a type in "expected X, found Y"."""
    if isinstance(ty, T.InferTy):
        return {"int": "integer", "float": "floating-point number"}.get(ty.kind, "`_`")
    return f"`{ty}`"


class _Resolver:
    """Phase 1: names and types."""

    def __init__(self, checked: CheckedProgram) -> None:
        self.out = checked
        self.tys = _Types()
        self.scopes: list[dict[str, Binding]] = []
        self.errors: list[Diagnostic] = []

    # ---- helpers ----
    def error(self, diagnostic: Diagnostic) -> None:
        self.errors.append(diagnostic)

    def lookup(self, name: str) -> Binding | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def record(self, expr: ast.Expr, ty: T.Ty) -> T.Ty:
        self.out.types[id(expr)] = ty
        return ty

    def expect(self, expected: T.Ty | None, found: T.Ty, span: Span,
               because: Span | None = None) -> None:
        if expected is None or self.tys.unify(expected, found):
            return
        labels = (Label(because, "expected due to this"),) if because else ()
        exp, got = self.tys.resolve(expected), self.tys.resolve(found)
        self.error(Diagnostic("mismatched types", span, "E0308",
                              f"expected {describe(exp)}, found {describe(got)}", labels))

    def lower_type(self, node: ast.TypeExpr) -> T.Ty:
        if isinstance(node, ast.TypePath):
            name = "::".join(node.segments)
            if name in T.PRIMITIVES and not node.args:
                return T.PRIMITIVES[name]
            if name == "Box" and len(node.args) == 1:
                return T.BoxTy(self.lower_type(node.args[0]))
            raise CompileError([unsupported(f"the type `{name}`", node.span)])
        if isinstance(node, ast.TypeTuple) and not node.items:
            return T.UNIT
        if isinstance(node, ast.TypeNever):
            return T.NeverTy()
        raise CompileError([unsupported("this kind of type", node.span)])

    # ---- statements ----
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
            return isinstance(self.tys.resolve(ty), T.NeverTy)
        raise CompileError([unsupported("items inside functions", stmt.span)])

    def let(self, stmt: ast.Let) -> bool:
        pattern = stmt.pattern
        if not isinstance(pattern, ast.IdentPattern) or pattern.by_ref:
            raise CompileError([unsupported("this `let` pattern", pattern.span)])
        declared = self.lower_type(stmt.type) if stmt.type else None
        ty: T.Ty = declared or self.tys.fresh("any")
        if stmt.init is not None:
            found = self.expr(stmt.init, ty)
            self.expect(ty, found, stmt.init.span, stmt.type.span if stmt.type else None)
        binding = Binding(pattern.name, pattern.mutable, ty, pattern.span, stmt.init is not None)
        self.out.bindings[id(pattern)] = binding
        if pattern.name != "_":
            self.scopes[-1][pattern.name] = binding
        return False

    # ---- expressions ----
    def expr(self, e: ast.Expr, expected: T.Ty | None = None) -> T.Ty:
        method = getattr(self, "e_" + type(e).__name__, None)
        if method is None:
            raise CompileError([unsupported(_construct_name(e), e.span)])
        ty = method(e, expected)
        return self.record(e, ty)

    def e_IntLit(self, e: ast.IntLit, expected: T.Ty | None) -> T.Ty:
        if e.suffix:
            return T.PRIMITIVES[e.suffix]
        ty = self.tys.fresh("int")
        if expected is not None:
            self.tys.unify(ty, expected)  # a mismatch is reported by the caller
        return ty

    def e_BoolLit(self, e: ast.BoolLit, expected: T.Ty | None) -> T.Ty:
        return T.BOOL

    def e_UnitLit(self, e: ast.UnitLit, expected: T.Ty | None) -> T.Ty:
        return T.UNIT

    def e_Path(self, e: ast.Path, expected: T.Ty | None) -> T.Ty:
        if not e.is_name:
            raise CompileError([unsupported(f"the path `{'::'.join(e.segments)}`", e.span)])
        binding = self.lookup(e.segments[0])
        if binding is None:
            self.error(Diagnostic(f"cannot find value `{e.segments[0]}` in this scope",
                                  e.span, "E0425", "not found in this scope"))
            return self.tys.fresh("any")
        self.out.bindings[id(e)] = binding
        return binding.ty

    def e_Block(self, e: ast.Block, expected: T.Ty | None) -> T.Ty:
        return self.block(e, expected)

    def e_Unary(self, e: ast.Unary, expected: T.Ty | None) -> T.Ty:
        if e.op == "*":
            inner = self.tys.resolve(self.expr(e.operand))
            if isinstance(inner, T.BoxTy | T.RefTy):
                return inner.inner
            self.error(Diagnostic(f"type {describe(inner).replace('integer', '`{integer}`')}"
                                  " cannot be dereferenced", e.span, "E0614",
                                  "can't be dereferenced"))
            return self.tys.fresh("any")
        if e.op in ("&", "&mut"):
            raise CompileError([unsupported("references (`&`)", e.span)])
        operand = self.tys.resolve(self.expr(e.operand, expected))
        if e.op == "-":
            unsigned = isinstance(operand, T.IntTy) and not operand.signed
            if unsigned or not isinstance(operand, T.IntTy | T.FloatTy | T.InferTy):
                self.error(Diagnostic(f"cannot apply unary operator `-` to type `{operand}`",
                                      e.span, "E0600", "cannot apply unary operator `-`"))
            return operand
        # `!` is logical on bool and bitwise on integers.
        if not isinstance(operand, T.IntTy | T.BoolTy | T.InferTy) or (
            isinstance(operand, T.InferTy) and operand.kind == "float"
        ):
            self.error(Diagnostic(f"cannot apply unary operator `!` to type `{operand}`",
                                  e.span, "E0600", "cannot apply unary operator `!`"))
        return operand

    def e_Binary(self, e: ast.Binary, expected: T.Ty | None) -> T.Ty:
        if e.op in ("&&", "||"):
            self.expect(T.BOOL, self.expr(e.left, T.BOOL), e.left.span)
            self.expect(T.BOOL, self.expr(e.right, T.BOOL), e.right.span)
            return T.BOOL
        if e.op in SHIFTS:
            left = self.expr(e.left, expected)
            self.expr(e.right)
            return left
        hint = expected if e.op not in COMPARISON else None
        left = self.expr(e.left, hint)
        right = self.expr(e.right, left)
        left_r = self.tys.resolve(left)
        if not self.tys.unify(left, right):
            self.error(Diagnostic("mismatched types", e.right.span, "E0308",
                                  f"expected {describe(left_r)}, found "
                                  f"{describe(self.tys.resolve(right))}"))
            return left_r
        operand = self.tys.resolve(left)
        if e.op in COMPARISON:
            return T.BOOL
        numeric = isinstance(operand, T.IntTy | T.FloatTy) or (
            isinstance(operand, T.InferTy) and operand.kind in ("int", "float")
        )
        logical = isinstance(operand, T.BoolTy) and e.op in BITWISE
        if not (numeric or logical):
            verb = OP_VERBS.get(e.op, "apply a binary operator to")
            self.error(Diagnostic(f"cannot {verb} `{operand}` to `{operand}`" if e.op == "+"
                                  else f"cannot {verb} `{operand}` by `{operand}`"
                                  if e.op in ("/", "*") else
                                  f"binary operation `{e.op}` cannot be applied to type "
                                  f"`{operand}`", e.span, "E0369"))
        return operand

    def e_Assign(self, e: ast.Assign, expected: T.Ty | None) -> T.Ty:
        if not (isinstance(e.target, ast.Path) or (
            isinstance(e.target, ast.Unary) and e.target.op == "*"
        )):
            self.error(Diagnostic("invalid left-hand side of assignment", e.span, "E0070",
                                  "cannot assign to this expression"))
            return T.UNIT
        target = self.expr(e.target)
        if e.op == "=":
            self.expect(target, self.expr(e.value, target), e.value.span)
        else:
            value = self.expr(e.value, target if e.op[:-1] not in SHIFTS else None)
            if e.op[:-1] not in SHIFTS:
                self.expect(target, value, e.value.span)
        return T.UNIT

    def e_Call(self, e: ast.Call, expected: T.Ty | None) -> T.Ty:
        callee = e.callee
        if isinstance(callee, ast.Path) and callee.segments == ("Box", "new"):
            if len(e.args) != 1:
                self.error(Diagnostic(
                    f"this function takes 1 argument but {len(e.args)} arguments were supplied",
                    e.span, "E0061"))
                return T.BoxTy(self.tys.fresh("any"))
            hint = self.tys.resolve(expected) if expected is not None else None
            inner_hint = hint.inner if isinstance(hint, T.BoxTy) else None
            inner = self.expr(e.args[0], inner_hint)
            return T.BoxTy(inner)
        if isinstance(callee, ast.Path) and callee.is_name and self.lookup(
            callee.segments[0]
        ) is None and callee.segments[0] not in self.out_functions:
            self.error(Diagnostic(f"cannot find function `{callee.segments[0]}` in this scope",
                                  callee.span, "E0425", "not found in this scope"))
            return self.tys.fresh("any")
        raise CompileError([unsupported("calls to functions other than `Box::new`", e.span)])

    out_functions: frozenset[str] = frozenset()

    def e_MacroCall(self, e: ast.MacroCall, expected: T.Ty | None) -> T.Ty:
        if e.name not in FORMAT_MACROS:
            raise CompileError([unsupported(f"the macro `{e.name}!`", e.span)])
        stream, newline = FORMAT_MACROS[e.name]
        args = list(e.args)
        if not args:
            if newline:
                empty = fmt.bind_arguments(fmt.parse_format_string(""), 0, ())
                self.out.formats[id(e)] = FormatInfo(empty, (), (), newline, stream)
                return T.UNIT
            self.error(Diagnostic("requires at least a format string argument", e.span))
            return T.UNIT
        template = args.pop(0)
        if not isinstance(template, ast.StrLit):
            self.error(Diagnostic("format argument must be a string literal", template.span))
            return T.UNIT
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
            return T.UNIT
        for name in bound.captured:
            # `{x}` captures the variable `x`: rustc resolves it like a path.
            path = ast.Path(template.span, (name,))
            named.append((name, path))
        arg_types = {i: self.tys.resolve(self.expr(arg)) for i, arg in enumerate(positional)}
        by_name = dict(named)
        for name, arg in named:
            arg_types[name] = self.tys.resolve(self.expr(arg))
        for key, trait in bound.uses():
            expr = positional[key] if isinstance(key, int) else by_name[key]
            self.format_trait(expr, arg_types[key], trait)
        self.out.formats[id(e)] = FormatInfo(bound, tuple(positional), tuple(named), newline,
                                             stream)
        return T.UNIT

    def format_trait(self, arg: ast.Expr, ty: T.Ty, trait: str) -> None:
        """`{}` needs Display, `{:x}` LowerHex, a `{:1$}` width a usize: as rustc checks."""
        base = ty
        while isinstance(base, T.BoxTy | T.RefTy):
            base = base.inner  # Box<T> and &T format as T
        integer = isinstance(base, T.IntTy) or (isinstance(base, T.InferTy)
                                                 and base.kind == "int")
        if trait == "usize":
            self.expect(T.USIZE, ty, arg.span)
            return
        if trait == "Debug":
            return
        if trait == "Display":
            ok = integer or isinstance(base, T.BoolTy | T.FloatTy | T.CharTy | T.StrTy) or (
                isinstance(base, T.InferTy) and base.kind == "float")
        elif trait in ("LowerExp", "UpperExp"):
            ok = integer or isinstance(base, T.FloatTy) or (
                isinstance(base, T.InferTy) and base.kind == "float")
        else:  # LowerHex, UpperHex, Octal, Binary, Pointer
            ok = integer
        if not ok:
            shown = "()" if base == T.UNIT else str(ty)
            self.error(Diagnostic(f"`{shown}` doesn't implement `std::fmt::{trait}`", arg.span,
                                  "E0277", f"`{shown}` cannot be formatted with the default "
                                  "formatter" if trait == "Display" else
                                  f"the trait `{trait}` is not implemented for `{shown}`"))


def _construct_name(e: object) -> str:
    names = {
        "If": "`if` expressions", "Loop": "`loop`", "While": "`while` loops",
        "For": "`for` loops", "Return": "`return`", "Break": "`break`",
        "Continue": "`continue`", "MethodCall": "method calls", "Field": "field access",
        "Index": "indexing", "Try": "the `?` operator", "TupleExpr": "tuples",
        "ArrayExpr": "arrays", "ArrayRepeat": "arrays", "RangeExpr": "ranges",
        "Cast": "`as` casts", "StrLit": "string values", "CharLit": "`char` values",
        "FloatLit": "floating-point numbers", "Unsafe": "`unsafe` blocks",
    }
    return names.get(type(e).__name__, type(e).__name__)


def check(program: ast.Program) -> CheckedProgram:
    """Run both phases; raise CompileError with rustc's diagnostics, or return tables."""
    functions = [item for item in program.items if isinstance(item, ast.FnItem)]
    main = next((f for f in functions if f.name == "main"), None)
    if main is None:
        raise CompileError([Diagnostic("`main` function not found in crate", Span(1, 1, 1, 1, 0,
                                       0), "E0601", "consider adding a `main` function")])
    for function in functions:
        if function.name != "main":
            raise CompileError([unsupported("functions other than `main`", function.name_span)])
    if main.params or main.return_type is not None:
        raise CompileError([unsupported("`main` with parameters or a return type", main.span)])
    checked = CheckedProgram(program, main)
    resolver = _Resolver(checked)
    resolver.out_functions = frozenset(f.name for f in functions)
    resolver.expect(T.UNIT, resolver.block(main.body, T.UNIT), main.body.span)
    if resolver.errors:
        raise CompileError(resolver.errors)
    for key, ty in list(checked.types.items()):
        checked.types[key] = resolver.tys.default(ty)
    for binding in set(checked.bindings.values()):
        binding.ty = resolver.tys.default(binding.ty)
    errors = borrow_check(checked)
    if errors:
        raise CompileError(errors)
    return checked

"""From a checked function body to the borrow checker's control-flow graph.

Expressions are lowered in rustc's evaluation order. A place expression (`x`,
`p.name`, `v[i]`, `*b`) stays a place until its consumer decides what to do with
it: copy, move, borrow or assign. Values that may hold references are kept in
locals (temporaries for intermediate results), so liveness of locals tells which
loans are alive, as non-lexical lifetimes do.

Moves are recorded in `checked.moves` here, because lowering is where each use of
a place is classified: `id(expr)` for a moved place expression, `id(pattern)` for
a binding that moves its part of a matched value, `id(closure)` for a closure
that captures by value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck_ir import (
    DEAD,
    MOVE,
    MUTABLE,
    READ,
    RESERVE,
    SHARED,
    WRITE,
    Access,
    Graph,
    Loan,
    LocalInfo,
    Node,
)
from stackheap_tui.lang.borrowck_messages import move_out_error, mutability_error
from stackheap_tui.lang.borrowck_places import (
    BOX,
    OVERLOADED,
    REF,
    REF_MUT,
    Place,
    Proj,
    deref_kind,
    may_carry_loans,
)
from stackheap_tui.lang.borrowck_signature import returns_only_static
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.program import Binding, CheckedProgram
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported

NEVER_MACROS = {"panic", "unreachable", "todo", "unimplemented"}
# Standard methods whose result borrows the receiver itself (`&self` -> `&T`); every
# other std method returns owned data, or items borrowing what the receiver holds.
_BORROWING_METHODS = frozenset({
    "as_str", "as_bytes", "trim", "trim_start", "trim_end", "chars", "bytes",
    "split_whitespace", "lines", "char_indices", "split", "split_terminator", "iter",
    "iter_mut", "first", "last", "get", "get_mut", "first_mut", "last_mut", "as_slice",
    "as_mut_slice", "windows", "chunks", "as_ref", "as_mut", "borrow", "borrow_mut",
    "as_deref", "peek", "keys", "values", "values_mut", "split_at", "strip_prefix",
    "strip_suffix", "get_or_insert", "entry", "as_deref_mut",
})


@dataclass
class Operand:
    """A lowered expression: a place not used yet, or a value and what it carries."""

    expr: ast.Expr
    ty: T.Ty
    place: Place | None = None
    carried: tuple[int, ...] = ()  # locals whose loans the value carries


@dataclass
class _Loop:
    label: str | None
    head: int
    exit: int
    result: int | None  # the local `break value` writes
    exit_reached: bool = False


@dataclass
class ClosureFacts:
    """What a closure captures and how it must be called (Fn / FnMut / FnOnce)."""

    mutates: bool = False
    once: bool = False  # its body moves a captured value out: a call consumes it


@dataclass
class Shared:
    """State shared by the lowerers of one program (functions and their closures)."""

    checked: CheckedProgram
    errors: list[Diagnostic] = field(default_factory=list)
    closures: dict[int, ClosureFacts] = field(default_factory=dict)  # FnTy.ident -> facts
    graphs: list[Graph] = field(default_factory=list)
    counter: int = 0

    def fresh(self) -> int:
        self.counter -= 1
        return self.counter


class Lowerer:
    def __init__(self, shared: Shared, graph: Graph,
                 on_capture: Callable[[Place, str, Span], None] | None = None) -> None:
        self.s = shared
        self.c = shared.checked
        self.g = graph
        self.cur: int | None = None
        self.loops: list[_Loop] = []
        self.scopes: list[list[int]] = []
        self.stmt_temps: list[list[int]] = []
        self.on_capture = on_capture  # set for closure bodies: outer locals are captures
        self.extended: set[int] = set()  # id(&expr) whose temporary lives to the block's end
        self.last_move = False  # whether the last `consume` moved
        # While an arm's guard runs, its by-value bindings only borrow (Rust moves them
        # once the guard has passed): (pattern, binding, place, source) to move after.
        self.guard_moves: list[tuple[ast.IdentPattern, Binding, Place, ast.Expr]] | None = None

    # ================= graph building =================
    def emit(self, span: Span, **fields: object) -> Node:
        node = Node(span, **fields)  # type: ignore[arg-type]
        index = len(self.g.nodes)
        self.g.nodes.append(node)
        if self.cur is not None:
            self.g.nodes[self.cur].succ.append(index)
        self.cur = index
        return node

    def label(self, span: Span) -> int:
        """A join point with no predecessors yet."""
        self.g.nodes.append(Node(span))
        return len(self.g.nodes) - 1

    def goto(self, target: int) -> None:
        if self.cur is not None:
            self.g.nodes[self.cur].succ.append(target)
        self.cur = None

    def resume(self, target: int) -> None:
        """Continue at `target` if anything reaches it."""
        reached = any(target in n.succ for n in self.g.nodes)
        self.cur = target if reached else None

    # ================= locals =================
    def local(self, binding: Binding, kind: str = "var") -> int:
        key = id(binding)
        if key not in self.g.locals:
            self.g.locals[key] = LocalInfo(binding.name, binding.ty, binding.mutable,
                                           binding.span, "param" if binding.is_param else kind)
        if self.scopes:
            self.scopes[-1].append(key)
        return key

    def temp(self, ty: T.Ty, span: Span) -> int:
        key = self.s.fresh()
        self.g.locals[key] = LocalInfo("temporary value", ty, True, span, "temp")
        return key

    def is_outer(self, local: int) -> bool:
        return self.on_capture is not None and local not in self.g.locals

    def new_loan(self, place: Place, mutable: bool, span: Span) -> Loan:
        info = self.g.locals.get(place.local)
        loan = Loan(len(self.g.loans), place, mutable, span, len(self.g.nodes),
                    is_temp=info is not None and info.kind == "temp")
        self.g.loans[loan.id] = loan
        return loan

    def type_of(self, e: ast.Expr) -> T.Ty:
        return self.c.types.get(id(e), T.UNIT)

    def name_of(self, place: Place) -> str:
        info = self.g.locals.get(place.local)
        return info.name if info is not None else "value"

    # ================= accesses =================
    def access(self, place: Place, kind: str, span: Span, **extra: object) -> Node | None:
        """One access to a place, as its own step; outer locals become captures."""
        if self.is_outer(place.local):
            assert self.on_capture is not None
            self.on_capture(place, kind, span)
            return None
        return self.emit(span, accesses=[Access(place, kind, span, **extra)])  # type: ignore

    def require_mutable(self, place: Place, span: Span, assign: bool) -> None:
        if self.is_outer(place.local):
            return  # a capture: the closure's creation checks it
        problem = mutability_error(place, self.g.locals, span, assign)
        if problem is not None:
            self.s.errors.append(problem)

    def consume(self, op: Operand, reborrow: bool = False) -> tuple[int, ...]:
        """Use a value: copy or move a place (or reborrow a `&mut`); give what it carries."""
        if op.place is None:
            return op.carried
        ty = op.ty
        place = op.place
        if reborrow and isinstance(ty, T.RefTy) and ty.mutable:
            return self.borrow_place(place.extend(Proj("deref", name=REF_MUT)), True,
                                     op.expr.span)
        flows = (place.local,) if may_carry_loans(ty) else ()
        if T.is_copy(ty):
            self.access(place, READ, op.expr.span)
            return flows
        problem = None if self.is_outer(place.local) else move_out_error(place, self.g.locals)
        if problem is not None:
            self.s.errors.append(Diagnostic(problem[0], op.expr.span, problem[1],
                                            problem[2]))
            self.access(place, READ, op.expr.span)
            return flows
        self.access(place, MOVE, op.expr.span)
        self.last_move = True
        if self.is_recordable(place):
            self.c.moves.add(id(op.expr))
        return flows

    def is_recordable(self, place: Place) -> bool:
        """Moves the interpreter should see: out of a named local (not a temporary)."""
        info = self.g.locals.get(place.local)
        return info is None or info.kind != "temp"

    def store(self, flows: Iterable[int], ty: T.Ty, span: Span) -> tuple[int, ...]:
        """Keep a value that carries loans in a fresh temporary (a MIR temp)."""
        flows = tuple(flows)
        if not flows:
            return ()
        t = self.temp(ty, span)
        self.emit(span, define=t, flow=list(flows), init=[Place(t)])
        return (t,)

    def borrow_place(self, place: Place, mutable: bool, span: Span,
                     kind: str | None = None) -> tuple[int, ...]:
        """`&place` / `&mut place`: a new loan, held by a temporary."""
        if mutable:
            self.require_mutable(place, span, assign=False)
        if self.is_outer(place.local):
            assert self.on_capture is not None
            self.on_capture(place, MUTABLE if mutable else SHARED, span)
            return ()
        loan = self.new_loan(place, mutable, span)
        result = self.temp(T.RefTy(T.UNIT, mutable), span)
        # A reborrow through a reference, or a borrow of a value holding references,
        # keeps the loans behind it alive as long as the new reference.
        ty = self.g.locals[place.local].ty
        flow = [place.local] if place.has_deref() or may_carry_loans(ty) else []
        self.emit(span, accesses=[Access(place, kind or (MUTABLE if mutable else SHARED), span,
                                         borrow_use=True, loan=loan)],
                  define=result, flow=flow, gen=[loan], init=[Place(result)])
        return (result,)

    def borrow(self, op: Operand, mutable: bool, span: Span, extended: bool = False
               ) -> tuple[int, ...]:
        if op.place is not None:
            return self.borrow_place(op.place, mutable, span)
        if _promotable(op.expr):
            return op.carried  # a constant: rustc promotes it to a `'static`
        t = self.temp(op.ty, op.expr.span)
        self.emit(op.expr.span, define=t, flow=list(op.carried), init=[Place(t)])
        if extended and self.scopes:
            self.scopes[-1].append(t)  # `let r = &temp();`: lives as long as `r`'s block
        elif self.stmt_temps:
            self.stmt_temps[-1].append(t)
        return self.borrow_place(Place(t), mutable, span)

    def place_or_temp(self, e: ast.Expr) -> tuple[Place, T.Ty]:
        op = self.expr(e)
        if op.place is not None:
            return op.place, op.ty
        t = self.temp(op.ty, e.span)
        self.emit(e.span, define=t, flow=list(op.carried), init=[Place(t)])
        return Place(t), op.ty

    def derefs(self, place: Place, ty: T.Ty, count: int) -> tuple[Place, T.Ty]:
        for _ in range(count):
            step = deref_kind(ty)
            if step is None:
                break
            place = place.extend(Proj("deref", name=step[0], container=str(ty)))
            ty = step[1]
        return place, ty

    # ================= places =================
    def place_of(self, e: ast.Expr) -> Operand | None:
        ty = self.type_of(e)
        if isinstance(e, ast.Path):
            binding = self.c.bindings.get(id(e))
            if binding is None:
                return None
            return Operand(e, ty, Place(id(binding)))
        if isinstance(e, ast.Field):
            base, base_ty = self.place_or_temp(e.base)
            derefs, index = self.c.fields.get(id(e), (0, 0))
            base, _ = self.derefs(base, base_ty, derefs)
            return Operand(e, ty, base.extend(Proj("field", index, e.name)))
        if isinstance(e, ast.Index):
            base, base_ty = self.place_or_temp(e.base)
            derefs = self.c.fields.get(id(e), (0, 0))[0]
            base, container = self.derefs(base, base_ty, derefs)
            self.consume(self.expr(e.index))
            overloaded = not isinstance(container, T.ArrayTy | T.SliceTy)
            return Operand(e, ty, base.extend(Proj("index", overloaded_index=overloaded,
                                                   container=str(container))))
        if isinstance(e, ast.Unary) and e.op == "*":
            base, base_ty = self.place_or_temp(e.operand)
            step = deref_kind(base_ty)
            kind = step[0] if step else BOX
            return Operand(e, ty, base.extend(Proj("deref", name=kind, container=str(base_ty))))
        return None

    # ================= statements =================
    def block(self, b: ast.Block, returns: bool = False) -> Operand:
        """A block; with `returns`, the function's body, whose value is returned."""
        self.scopes.append([])
        try:
            for stmt in b.stmts:
                self.stmt(stmt)
            result = Operand(b, self.type_of(b))
            if b.tail is not None:
                self.stmt_temps.append([])
                op = self.expr(b.tail)
                result = Operand(b, result.ty, carried=self.store(self.consume(op), result.ty,
                                                                  b.tail.span))
                if returns and self.cur is not None:
                    # Returned before the locals die: a borrow of one is E0515, not E0597.
                    # (Inside a closure, what its parameters lend is the caller's: no E0515.)
                    self.emit(b.tail.span, flow=list(result.carried),
                              returns=b.tail if self.on_capture is None else None)
                    self.cur = None
                self.end_temps(b.tail.span)
        finally:
            self.end_scope(b.close_span)
        return result

    def end_scope(self, span: Span) -> None:
        for key in reversed(self.scopes.pop()):
            if self.cur is not None:
                self.emit(span, accesses=[Access(Place(key), DEAD, span)])

    def end_temps(self, span: Span) -> None:
        for key in reversed(self.stmt_temps.pop()):
            if self.cur is not None:
                self.emit(span, accesses=[Access(Place(key), DEAD, span)])

    def stmt(self, stmt: ast.Stmt) -> None:
        if isinstance(stmt, ast.Let):
            self.stmt_temps.append([])
            self.let(stmt)
            self.end_temps(_end_of(stmt.span))
        elif isinstance(stmt, ast.ExprStmt):
            self.stmt_temps.append([])
            self.consume(self.expr(stmt.expr))
            self.end_temps(_end_of(stmt.span))

    def let(self, stmt: ast.Let) -> None:
        if stmt.init is None:
            keys = [self.local(b) for b in self.pattern_bindings(stmt.pattern)]
            self.emit(stmt.span, uninit=keys)
            return
        self.extended = _extending_borrows(stmt.init)
        op = self.expr(stmt.init)
        self.extended = set()
        pat = stmt.pattern
        if stmt.otherwise is not None:
            place = op.place if op.place is not None else Place(
                self.store_always(op, stmt.init.span))
            test = self.emit(stmt.span)
            del test
            before = self.cur
            assert before is not None
            self.bind_pattern(pat, place, op.ty, stmt.init)
            after = self.cur
            self.cur = before
            self.block(stmt.otherwise)
            self.cur = after
            return
        if isinstance(pat, ast.IdentPattern) and id(pat) in self.c.bindings and not (
                pat.by_ref) and self.c.patterns.get(id(pat)) is not None and \
                self.c.patterns[id(pat)].is_binding:
            binding = self.c.bindings[id(pat)]
            flows = self.consume(op, reborrow=stmt.type is not None)
            key = self.local(binding)
            self.emit(stmt.span, uninit=[key])
            self.emit(pat.span, define=key, flow=list(flows), init=[Place(key)])
            return
        if isinstance(pat, ast.WildcardPattern):
            if op.place is None:
                self.consume(op)
            return  # `let _ = place;` neither moves nor reads
        place = op.place if op.place is not None else Place(self.store_always(op, stmt.span))
        self.bind_pattern(pat, place, op.ty, stmt.init)

    def store_always(self, op: Operand, span: Span) -> int:
        t = self.temp(op.ty, span)
        self.emit(span, define=t, flow=list(op.carried), init=[Place(t)])
        return t

    # ================= patterns =================
    def pattern_bindings(self, pat: object) -> list[Binding]:
        out: list[Binding] = []
        stack = [pat]
        while stack:
            node = stack.pop()
            if isinstance(node, ast.IdentPattern):
                info = self.c.patterns.get(id(node))
                if info is not None and info.is_binding and id(node) in self.c.bindings:
                    out.append(self.c.bindings[id(node)])
                continue
            stack.extend(child for child in ast.children(node) if isinstance(
                child, ast.FieldPattern | ast.IdentPattern | ast.TuplePattern | ast.OrPattern
                | ast.TupleStructPattern | ast.StructPattern | ast.RefPattern
                | ast.BindingPattern | ast.SlicePattern))
        return out

    def bind_pattern(self, pat: ast.Pattern, place: Place, ty: T.Ty, source: ast.Expr) -> None:
        """Bind a pattern's names to parts of `place`: moves, copies or borrows them."""
        info = self.c.patterns.get(id(pat))
        if info is not None and info.derefs:
            place, ty = self.derefs(place, ty, info.derefs)
        if isinstance(pat, ast.IdentPattern):
            if info is None or not info.is_binding or id(pat) not in self.c.bindings:
                return  # a unit variant or a constant: only compares
            self.bind_name(pat, self.c.bindings[id(pat)], place, source)
        elif isinstance(pat, ast.BindingPattern):
            self.bind_pattern(pat.pattern, place, ty, source)
            self.bind_pattern(pat.binding, place, ty, source)
        elif isinstance(pat, ast.TuplePattern):
            items = self.c.expanded.get(id(pat), pat.items)
            inner = ty.items if isinstance(ty, T.TupleTy) else ()
            for i, sub in enumerate(items):
                sub_ty = inner[i] if i < len(inner) else T.UNIT
                self.bind_pattern(sub, place.extend(Proj("field", i, str(i))), sub_ty,  # type: ignore[arg-type]
                                  source)
        elif isinstance(pat, ast.TupleStructPattern | ast.StructPattern):
            self.bind_variant(pat, place, source)
        elif isinstance(pat, ast.RefPattern):
            step = deref_kind(ty)
            kind, inner_ty = step if step else (REF, ty)
            self.bind_pattern(pat.pattern, place.extend(Proj("deref", name=kind)), inner_ty,
                              source)
        elif isinstance(pat, ast.OrPattern):
            for alternative in pat.alternatives:
                self.bind_pattern(alternative, place, ty, source)
        elif isinstance(pat, ast.SlicePattern) and isinstance(ty, T.ArrayTy):
            # An array pattern names each element by its position, like fields: it may
            # move them out (`let [a, b] = [x, y];`), unlike `arr[i]` (E0508).
            items = self.c.expanded.get(id(pat), pat.items)
            for i, sub in enumerate(items):
                self.bind_pattern(sub, place.extend(Proj("field", i, f"[{i}]")),  # type: ignore[arg-type]
                                  ty.element, source)
        elif isinstance(pat, ast.SlicePattern):
            element = ty.element if isinstance(ty, T.SliceTy) else T.UNIT
            for sub in pat.items:
                self.bind_pattern(sub, place.extend(Proj("index", container=str(ty))), element,
                                  source)

    def bind_variant(self, pat: ast.TupleStructPattern | ast.StructPattern, place: Place,
                     source: ast.Expr) -> None:
        info = self.c.patterns.get(id(pat))
        if info is None or info.adt is None or info.adt.defn is None or info.variant < 0:
            return
        adt = info.adt
        assert adt.defn is not None
        variant = adt.defn.variants[info.variant]
        field_types = adt.variant_types(variant)
        variant_index = info.variant if adt.defn.is_enum else -1
        if isinstance(pat, ast.StructPattern):
            pairs = [(i, f.pattern) for i, f in zip(info.field_indexes, pat.fields,
                                                    strict=False)]
        else:
            pairs = list(enumerate(self.c.expanded.get(id(pat), pat.items)))  # type: ignore
        for i, sub in pairs:
            if i >= len(field_types):
                continue
            proj = Proj("field", i, variant.field_names[i], variant_index)
            self.bind_pattern(sub, place.extend(proj), field_types[i], source)  # type: ignore

    def bind_name(self, pat: ast.IdentPattern, binding: Binding, place: Place,
                  source: ast.Expr) -> None:
        key = self.local(binding)
        self.emit(pat.span, uninit=[key])
        if binding.by_ref:
            mutable = binding.by_ref == "ref mut"
            flows = self.borrow_place(place, mutable, pat.span)
        elif self.guard_moves is not None and not T.is_copy(binding.ty):
            flows = self.borrow_place(place, False, pat.span)
            self.guard_moves.append((pat, binding, place, source))
        else:
            self.last_move = False
            flows = self.consume(Operand(source, binding.ty, place))
            if self.last_move and self.is_recordable(place):
                self.c.moves.add(id(pat))  # this binding moves its part out of `source`
        self.emit(pat.span, define=key, flow=list(flows), init=[Place(key)])

    # ================= expressions =================
    def expr(self, e: ast.Expr) -> Operand:
        method = getattr(self, "e_" + type(e).__name__, None)
        if method is None:
            raise CompileError([unsupported(f"borrow checking `{type(e).__name__}`", e.span)])
        return method(e)

    def value(self, e: ast.Expr) -> Operand:
        """An expression with nothing to borrow-check inside it."""
        return Operand(e, self.type_of(e))

    e_IntLit = e_FloatLit = e_BoolLit = e_StrLit = e_CharLit = e_UnitLit = value

    def e_Path(self, e: ast.Path) -> Operand:
        op = self.place_of(e)
        return op if op is not None else self.value(e)

    def e_Field(self, e: ast.Field) -> Operand:
        op = self.place_of(e)
        assert op is not None
        return op

    e_Index = e_Field

    def e_Unary(self, e: ast.Unary) -> Operand:
        if e.op == "*":
            return self.e_Field(e)  # type: ignore[arg-type]
        if e.op in ("&", "&mut"):
            op = self.expr(e.operand)
            carried = self.borrow(op, e.op == "&mut", e.span, id(e) in self.extended)
            return Operand(e, self.type_of(e), carried=carried)
        self.consume(self.expr(e.operand))
        return self.value(e)

    def e_Cast(self, e: ast.Cast) -> Operand:
        self.consume(self.expr(e.expr))
        return self.value(e)

    def e_Binary(self, e: ast.Binary) -> Operand:
        if e.op in ("&&", "||"):
            self.consume(self.expr(e.left))
            branch = self.emit(e.span)
            del branch
            split = self.cur
            join = self.label(e.span)
            self.consume(self.expr(e.right))
            self.goto(join)
            self.cur = split
            self.goto(join)
            self.resume(join)
            return self.value(e)
        comparison = e.op in ("==", "!=", "<", ">", "<=", ">=")
        for side in (e.left, e.right):
            op = self.expr(side)
            if comparison and op.place is not None and not T.is_copy(op.ty):
                self.access(op.place, SHARED, side.span, borrow_use=True)  # PartialEq: by ref
            else:
                self.consume(op)
        return self.value(e)

    def e_Assign(self, e: ast.Assign) -> Operand:
        flows = self.consume(self.expr(e.value), reborrow=True)
        self.check_index_mut_order(e.target)
        target = self.place_of(e.target)
        if target is None or target.place is None:
            return self.value(e)
        place = target.place
        whole = not place.proj
        if not may_carry_loans(target.ty):
            flows = ()  # `total += x` with `x: &i32` stores a number, not the reference
        if not whole:
            self.require_mutable(place, e.span, assign=True)
        if e.op != "=":
            self.access(place, READ, e.target.span, compound=True)
        if self.is_outer(place.local):
            assert self.on_capture is not None
            self.on_capture(place, WRITE, e.span)
            return self.value(e)
        self.emit(e.span, accesses=[Access(place, WRITE, e.span, compound=e.op != "=",
                                           whole_write=whole)],
                  define=place.local if whole else None,
                  update=None if whole else place.local, flow=list(flows), init=[place])
        return self.value(e)

    def check_index_mut_order(self, target: ast.Expr) -> None:
        """`v[v.len() - 1] = x` on a Vec is E0502: `IndexMut` borrows `v` mutably before
        the index is evaluated (no two-phase borrow for it), so reading `v` there conflicts.
        Built-in indexing (arrays, slices) evaluates the index first and is fine."""
        if not isinstance(target, ast.Index):
            return
        container = self.type_of(target.base)
        while isinstance(container, T.RefTy | T.BoxTy):
            container = container.inner
        if not (T.is_vec(container) or T.is_string(container)):
            return
        base = _place_text(target.base)
        if base is None:
            return
        for node in _walk(target.index):
            text = _place_text(node) if isinstance(node, ast.Path | ast.Field) else None
            if text is None or not (text == base or text.startswith(base + ".")
                                    or base.startswith(text + ".")):
                continue
            self.s.errors.append(Diagnostic(
                f"cannot borrow `{text}` as immutable because it is also borrowed as mutable",
                node.span, "E0502", "immutable borrow occurs here",
                (Label(target.base.span, "mutable borrow occurs here"),
                 Label(target.span, "mutable borrow later used here"))))
            return

    # ---- calls ----
    def e_Call(self, e: ast.Call) -> Operand:
        callee = self.c.callees.get(id(e))
        ret = self.type_of(e)
        closure_flows: tuple[int, ...] = ()
        if callee is not None and callee.kind == "closure" and isinstance(e.callee, ast.Path):
            binding = self.c.bindings.get(id(e.callee))
            if binding is not None:
                place = Place(id(binding))
                fn_ty = binding.ty
                facts = self.s.closures.get(fn_ty.ident) if isinstance(fn_ty, T.FnTy) else None
                if facts is not None and facts.once:
                    # An FnOnce closure is moved into its call (a second call is E0382),
                    # though a closure type counts as Copy elsewhere here.
                    self.access(place, MOVE, e.callee.span)
                    self.c.moves.add(id(e.callee))
                elif facts is not None and facts.mutates:
                    self.require_mutable(place, e.callee.span, assign=False)
                    self.access(place, MUTABLE, e.callee.span, borrow_use=True)
                else:
                    self.access(place, SHARED, e.callee.span, borrow_use=True)
                closure_flows = (place.local,)
        flows: list[int] = list(closure_flows)
        for arg in e.args:
            flowed = self.consume(self.expr(arg), reborrow=True)
            if callee is not None and callee.key == "Rc::clone" and isinstance(
                    arg, ast.Unary) and arg.op == "&" and isinstance(arg.operand, ast.Path):
                # The new Rc shares the pointee, not the `&` that reached it: it carries
                # what the original Rc carries, not a borrow of it.
                inner = self.expr(arg.operand)
                flowed = (inner.place.local,) if inner.place is not None and may_carry_loans(
                    inner.ty) else ()
            flows.extend(flowed)
        carried: tuple[int, ...] = ()
        if callee is not None and callee.item is not None and returns_only_static(callee.item):
            flows = []  # `-> &'static str` holds no borrow of the arguments
        if may_carry_loans(ret):
            carried = self.store(flows, ret, e.span)
        elif flows:
            self.emit(e.span, uses=flows)
        if isinstance(ret, T.NeverTy):
            self.emit(e.span, uses=flows)
            self.cur = None
        return Operand(e, ret, carried=carried)

    def e_MethodCall(self, e: ast.MethodCall) -> Operand:
        callee = self.c.callees.get(id(e))
        ret = self.type_of(e)
        mode = callee.self_mode if callee is not None else "ref"
        derefs = callee.derefs if callee is not None else 0
        receiver = self.expr(e.receiver)
        place: Place | None = None
        recv_flows: tuple[int, ...] = ()
        reservation: Loan | None = None
        hold: tuple[int, ...] = ()
        self_ty: T.Ty = receiver.ty
        if mode in ("ref", "mut"):
            if receiver.place is None:
                t = self.store_always(receiver, e.receiver.span)
                if self.stmt_temps and not (mode == "ref" and _promotable(e.receiver)):
                    # (A constant like `[1, 2, 3]` is promoted to a static: its `&`
                    # outlives the statement, `[1, 2].iter()…collect()` is fine.)
                    self.stmt_temps[-1].append(t)
                place, self_ty = self.derefs(Place(t), receiver.ty, derefs)
            else:
                place, self_ty = self.derefs(receiver.place, receiver.ty, derefs)
            if mode == "mut":
                self.require_mutable(place, e.receiver.span, assign=False)
                if not self.is_outer(place.local):
                    # Two-phase borrow: reserved now, activated by the call, so the
                    # arguments may still read the receiver (`v.push(v.len())`).
                    reservation = self.new_loan(place, False, e.receiver.span)
                    hold = (self.temp(T.UNIT, e.receiver.span),)
                    self.emit(e.receiver.span,
                              accesses=[Access(place, RESERVE, e.receiver.span, borrow_use=True,
                                               loan=reservation)],
                              define=hold[0], gen=[reservation], init=[Place(hold[0])])
        elif receiver.place is not None and derefs:
            place, ty = self.derefs(receiver.place, receiver.ty, derefs)
            recv_flows = self.consume(Operand(e.receiver, ty, place))
            place = None
        else:
            recv_flows = self.consume(receiver)
        arg_flows: list[int] = []
        called: list[int] = []  # closures a std method calls: used by the call, not kept
        for arg in e.args:
            flowed = self.consume(self.expr(arg), reborrow=True)
            if callee is not None and callee.item is None and e.method in ("expect",
                                                                           "expect_err"):
                continue  # the panic message never ends up in the result
            if isinstance(self.type_of(arg), T.FnTy) and callee is not None and (
                    callee.item is None):
                # A closure given to a std method (`find(|u| u.name == name)`) is called
                # and dropped by it; what it captures does not flow into the result, but
                # its borrows are alive during the call (`v.retain(|x| … v.len())`: E0502).
                called.extend(flowed)
                continue
            arg_flows.extend(flowed)
        carries = may_carry_loans(ret) and not (
            callee is not None and callee.item is not None and returns_only_static(callee.item))
        key = callee.key if callee is not None else ""
        # What the result borrows: the receiver's autoref for user methods (elision ties
        # the result to `&self`) and for std methods that lend out the receiver.
        user = callee is not None and callee.item is not None
        ties_to_autoref = carries and place is not None and (
            user or key.rsplit("::", 1)[-1] in _BORROWING_METHODS)
        flows: list[int] = [*recv_flows, *arg_flows]
        if place is not None and not self.is_outer(place.local):
            holder_ty = self.g.locals[place.local].ty
            if carries and (place.has_deref() or may_carry_loans(holder_ty)):
                flows.append(place.local)
        user_self_ref = callee is not None and callee.item is not None and mode in (
            "ref", "mut") and not callee.item.generics
        if user_self_ref:
            flows = [f for f in flows if f not in arg_flows]  # elision: only `&self` counts
        gen: list[Loan] = []
        accesses: list[Access] = []
        if place is not None:
            kind = MUTABLE if mode == "mut" else SHARED
            loan = self.new_loan(place, mode == "mut", e.span) if ties_to_autoref else None
            if self.is_outer(place.local):
                assert self.on_capture is not None
                self.on_capture(place, kind, e.receiver.span)
            else:
                accesses.append(Access(place, kind, e.span, borrow_use=True, loan=loan,
                                       ignore=(reservation.id,) if reservation else ()))
                if loan is not None:
                    gen.append(loan)
        result: int | None = None
        if carries and (flows or gen):
            result = self.temp(ret, e.span)
        self.emit(e.span, accesses=accesses, define=result, flow=flows, gen=gen,
                  uses=[*hold, *called], init=[Place(result)] if result is not None else [])
        if mode == "mut" and place is not None and arg_flows and not self.is_outer(
                place.local) and may_carry_loans(self_ty):
            # `v.push(&x)`: what the arguments borrow now lives in the receiver.
            self.emit(e.span, update=place.local, flow=list(arg_flows))
        if isinstance(ret, T.NeverTy):
            self.cur = None
        return Operand(e, ret, carried=(result,) if result is not None else ())

    def e_MacroCall(self, e: ast.MacroCall) -> Operand:
        info = self.c.formats.get(id(e))
        flows: list[int] = []
        if e.name == "vec":
            for arg in e.args:
                flows.extend(self.consume(self.expr(arg)))
            ty = self.type_of(e)
            return Operand(e, ty, carried=self.store(flows, ty, e.span) if may_carry_loans(
                ty) else ())
        if e.name in ("assert", "debug_assert") and e.args:
            self.consume(self.expr(e.args[0]))
        elif e.name in ("assert_eq", "assert_ne", "debug_assert_eq") and len(e.args) >= 2:
            for arg in e.args[:2]:
                self.borrow_operand(self.expr(arg))
        if info is not None:
            for arg in (*info.positional, *(a for _, a in info.named)):
                self.borrow_operand(self.expr(arg))
        elif e.name not in ("assert", "debug_assert", "assert_eq", "assert_ne",
                            "debug_assert_eq"):
            for arg in e.args:
                self.consume(self.expr(arg))
        self.emit(e.span)
        if e.name in NEVER_MACROS:
            self.cur = None
        return self.value(e)

    def borrow_operand(self, op: Operand) -> None:
        """A macro argument taken by reference (`println!`, `assert_eq!`)."""
        if op.place is not None:
            self.access(op.place, SHARED, op.expr.span, borrow_use=True)
        elif op.carried:
            self.emit(op.expr.span, uses=list(op.carried))

    # ---- aggregates ----
    def aggregate(self, e: ast.Expr, items: Iterable[ast.Expr]) -> Operand:
        flows: list[int] = []
        for item in items:
            flows.extend(self.consume(self.expr(item), reborrow=True))
        ty = self.type_of(e)
        return Operand(e, ty, carried=self.store(flows, ty, e.span) if may_carry_loans(ty)
                       else ())

    def e_TupleExpr(self, e: ast.TupleExpr) -> Operand:
        return self.aggregate(e, e.items)

    def e_ArrayExpr(self, e: ast.ArrayExpr) -> Operand:
        return self.aggregate(e, e.items)

    def e_ArrayRepeat(self, e: ast.ArrayRepeat) -> Operand:
        return self.aggregate(e, (e.value, e.count))

    def e_RangeExpr(self, e: ast.RangeExpr) -> Operand:
        return self.aggregate(e, [x for x in (e.start, e.end) if x is not None])

    def e_StructLit(self, e: ast.StructLit) -> Operand:
        flows: list[int] = []
        for init in e.fields:
            flows.extend(self.consume(self.expr(init.value), reborrow=True))
        ty = self.type_of(e)
        if e.base is not None:
            flows.extend(self.struct_base(e, ty))
        return Operand(e, ty, carried=self.store(flows, ty, e.span) if may_carry_loans(ty)
                       else ())

    def struct_base(self, e: ast.StructLit, ty: T.Ty) -> list[int]:
        """`..base`: the fields not written are moved (or copied) out of `base`."""
        assert e.base is not None
        op = self.expr(e.base)
        if op.place is None or not isinstance(ty, T.AdtTy) or ty.defn is None:
            return list(self.consume(op))
        variant = ty.defn.variants[0]
        written = set(self.c.struct_lits.get(id(e), ()))
        flows: list[int] = []
        moved = False
        for i, (name, field_ty) in enumerate(zip(variant.field_names, ty.variant_types(variant),
                                                 strict=True)):
            if i in written:
                continue
            sub = op.place.extend(Proj("field", i, name))
            self.last_move = False
            flows.extend(self.consume(Operand(e.base, field_ty, sub)))
            moved = moved or self.last_move
        if moved:
            self.c.moves.add(id(e.base))
        return flows

    # ---- blocks and control flow ----
    def e_Block(self, e: ast.Block) -> Operand:
        return self.block(e)

    def e_Unsafe(self, e: ast.Unsafe) -> Operand:
        return self.block(e.body)

    def into(self, result: int | None, op: Operand) -> None:
        """Move a branch's value into the construct's result local."""
        flows = self.consume(op)
        if result is not None and self.cur is not None:
            self.emit(op.expr.span, define=result, flow=list(flows), init=[Place(result)])

    def result_local(self, e: ast.Expr) -> int | None:
        ty = self.type_of(e)
        return self.temp(ty, e.span) if may_carry_loans(ty) else None

    def carried_by(self, e: ast.Expr, result: int | None) -> Operand:
        if result is not None and self.cur is not None:
            return Operand(e, self.type_of(e), carried=(result,))
        return self.value(e)

    def condition(self, cond: ast.Expr) -> list[int]:
        """Lower a condition; the true path continues, the false exits are returned."""
        if isinstance(cond, ast.LetCond):
            op = self.expr(cond.value)
            place = op.place if op.place is not None else Place(self.store_always(op,
                                                                                   cond.span))
            if op.place is not None:
                self.access(place, READ, cond.value.span)  # the discriminant is read
            test = self.emit(cond.span)
            del test
            exits = [self.cur] if self.cur is not None else []
            self.bind_pattern(cond.pattern, place, op.ty, cond.value)
            return exits  # type: ignore[return-value]
        if isinstance(cond, ast.Binary) and cond.op == "&&":
            exits = self.condition(cond.left)
            return exits + self.condition(cond.right)
        self.consume(self.expr(cond))
        self.emit(cond.span)
        return [self.cur] if self.cur is not None else []

    def e_If(self, e: ast.If) -> Operand:
        result = self.result_local(e)
        join = self.label(e.span)
        self.scopes.append([])
        exits = self.condition(e.cond)
        self.into(result, self.block(e.then))
        self.end_scope(e.then.close_span)
        self.goto(join)
        if exits:
            otherwise = self.label(e.span)
            for node in exits:
                self.g.nodes[node].succ.append(otherwise)
            self.cur = otherwise
            if e.otherwise is not None:
                self.into(result, self.expr(e.otherwise))
            self.goto(join)
        self.resume(join)
        return self.carried_by(e, result)

    def e_Match(self, e: ast.Match) -> Operand:
        result = self.result_local(e)
        op = self.expr(e.scrutinee)
        place = op.place if op.place is not None else Place(self.store_always(op, e.span))
        if op.place is not None:
            self.access(place, READ, e.scrutinee.span)  # the discriminant is read
        join = self.label(e.span)
        test = self.emit(e.span)
        del test
        for arm in e.arms:
            if self.cur is None:
                break
            arm_test = self.cur
            self.scopes.append([])
            fail: list[int] = []
            if arm.guard is None:
                self.bind_pattern(arm.pattern, place, op.ty, e.scrutinee)
            else:
                self.guard_moves = []
                self.bind_pattern(arm.pattern, place, op.ty, e.scrutinee)
                deferred, self.guard_moves = self.guard_moves, None
                fail = self.condition(arm.guard)
                for pat, binding, part, source in deferred:  # the guard passed: move now
                    self.last_move = False
                    flows = self.consume(Operand(source, binding.ty, part))
                    if self.last_move and self.is_recordable(part):
                        self.c.moves.add(id(pat))
                    self.emit(pat.span, define=self.local(binding), flow=list(flows),
                              init=[Place(self.local(binding))])
            self.into(result, self.expr(arm.body))
            self.end_scope(arm.body.span)
            self.goto(join)
            nxt = self.label(arm.span)
            self.g.nodes[arm_test].succ.append(nxt)
            for node in fail:
                self.g.nodes[node].succ.append(nxt)
            self.cur = nxt
        self.cur = None  # exhaustive: no arm left unmatched
        self.resume(join)
        return self.carried_by(e, result)

    def loop(self, e: ast.Expr, label: str | None, result: int | None,
             body: Callable[[_Loop], None]) -> None:
        head = self.label(e.span)
        exit_ = self.label(e.span)
        self.goto(head)
        self.cur = head
        ctx = _Loop(label, head, exit_, result)
        self.loops.append(ctx)
        try:
            body(ctx)
        finally:
            self.loops.pop()
        self.goto(head)
        self.resume(exit_)

    def e_Loop(self, e: ast.Loop) -> Operand:
        result = self.result_local(e)

        def body(ctx: _Loop) -> None:
            self.consume(self.block(e.body))

        self.loop(e, e.label, result, body)
        return self.carried_by(e, result)

    def e_While(self, e: ast.While) -> Operand:
        def body(ctx: _Loop) -> None:
            self.scopes.append([])
            for node in self.condition(e.cond):
                self.g.nodes[node].succ.append(ctx.exit)
            self.consume(self.block(e.body))
            self.end_scope(e.body.close_span)

        self.loop(e, e.label, None, body)
        return self.value(e)

    def e_For(self, e: ast.For) -> Operand:
        flows = self.consume(self.expr(e.iterable))
        iterator = self.temp(self.type_of(e.iterable), e.iterable.span)
        self.emit(e.iterable.span, define=iterator, flow=list(flows), init=[Place(iterator)])

        def body(ctx: _Loop) -> None:
            self.emit(e.iterable.span, uses=[iterator])  # `next()`
            assert self.cur is not None
            self.g.nodes[self.cur].succ.append(ctx.exit)
            info = self.c.patterns.get(id(e.pattern))
            item_ty = info.ty if info is not None else T.UNIT
            item = self.temp(item_ty, e.pattern.span)
            self.emit(e.pattern.span, define=item, flow=[iterator], init=[Place(item)])
            self.scopes.append([])
            self.bind_pattern(e.pattern, Place(item), item_ty, e.iterable)
            self.consume(self.block(e.body))
            self.end_scope(e.body.close_span)

        self.loop(e, e.label, None, body)
        return self.value(e)

    def find_loop(self, label: str | None) -> _Loop | None:
        for ctx in reversed(self.loops):
            if label is None or ctx.label == label:
                return ctx
        return None

    def e_Break(self, e: ast.Break) -> Operand:
        ctx = self.find_loop(e.label)
        if e.value is not None:
            self.into(ctx.result if ctx else None, self.expr(e.value))
        if ctx is not None:
            self.goto(ctx.exit)
        self.cur = None
        return self.value(e)

    def e_Continue(self, e: ast.Continue) -> Operand:
        ctx = self.find_loop(e.label)
        if ctx is not None:
            self.goto(ctx.head)
        self.cur = None
        return self.value(e)

    def e_Return(self, e: ast.Return) -> Operand:
        flows: tuple[int, ...] = ()
        if e.value is not None:
            flows = self.consume(self.expr(e.value))
        self.emit(e.span, flow=list(flows),
                  returns=e.value if self.on_capture is None else None)
        self.cur = None
        return self.value(e)

    def e_Try(self, e: ast.Try) -> Operand:
        flows = self.consume(self.expr(e.expr))
        split = self.emit(e.span, uses=list(flows))
        # The early return of the error / `None`: a node with no successors.
        self.g.nodes.append(Node(e.span))
        split.succ.append(len(self.g.nodes) - 1)
        ty = self.type_of(e)
        return Operand(e, ty, carried=self.store(flows, ty, e.span) if may_carry_loans(ty)
                       else ())

    def e_LetCond(self, e: ast.LetCond) -> Operand:
        self.condition(e)
        return self.value(e)

    def e_Closure(self, e: ast.Closure) -> Operand:
        from stackheap_tui.lang.borrowck_closures import lower_closure

        return lower_closure(self, e)


def _end_of(span: Span) -> Span:
    return Span(span.end_line, max(1, span.end_col - 1), span.end_line, span.end_col,
                max(0, span.end - 1), span.end)


def _promotable(e: ast.Expr) -> bool:
    """Constant expressions rustc promotes to statics, so borrowing them is `'static`."""
    if isinstance(e, ast.IntLit | ast.FloatLit | ast.BoolLit | ast.StrLit | ast.CharLit
                  | ast.UnitLit):
        return True
    if isinstance(e, ast.TupleExpr | ast.ArrayExpr):
        return all(_promotable(x) for x in e.items)
    if isinstance(e, ast.Unary) and e.op in ("-", "!"):
        return _promotable(e.operand)
    return False


def _extending_borrows(init: ast.Expr) -> set[int]:
    """`&` expressions whose temporaries live as long as the `let`'s variable."""
    out: set[int] = set()
    stack = [init]
    while stack:
        e = stack.pop()
        if isinstance(e, ast.Unary) and e.op in ("&", "&mut"):
            out.add(id(e))
            stack.append(e.operand)
        elif isinstance(e, ast.TupleExpr | ast.ArrayExpr):
            stack.extend(e.items)
        elif isinstance(e, ast.StructLit):
            stack.extend(f.value for f in e.fields)
        elif isinstance(e, ast.Block) and e.tail is not None:
            stack.append(e.tail)
        elif isinstance(e, ast.Cast):
            stack.append(e.expr)
    return out


__all__ = ["BOX", "DEAD", "OVERLOADED", "Lowerer", "Operand", "Shared"]


def _place_text(e: ast.Expr) -> str | None:
    """`v`, `self.items`: a place written as a path and fields, else None."""
    if isinstance(e, ast.Path) and e.is_name:
        return e.segments[0]
    if isinstance(e, ast.Field):
        base = _place_text(e.base)
        return f"{base}.{e.name}" if base is not None else None
    return None


def _walk(e: object) -> Iterable[ast.Expr]:
    """Every expression inside `e` (closures' bodies excluded: they run later)."""
    stack = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Closure):
            continue
        if hasattr(node, "span") and not isinstance(node, ast.TypePath | ast.TypeRef):
            yield node  # type: ignore[misc]
        stack.extend(ast.children(node))


def _promotable(e: ast.Expr) -> bool:
    """A constant rustc promotes to a `'static` when borrowed: literals, and arrays and
    tuples of them (nothing with a destructor or a function call)."""
    if isinstance(e, ast.IntLit | ast.FloatLit | ast.BoolLit | ast.CharLit | ast.StrLit):
        return True
    if isinstance(e, ast.Unary) and e.op == "-":
        return isinstance(e.operand, ast.IntLit | ast.FloatLit)
    if isinstance(e, ast.ArrayExpr | ast.TupleExpr):
        return all(_promotable(item) for item in e.items)
    return False

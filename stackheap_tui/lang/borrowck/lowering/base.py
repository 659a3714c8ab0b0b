"""The lowering's ground floor: the operand it returns and the graph-building steps.

Expressions are lowered in rustc's evaluation order. A place expression (`x`,
`p.name`, `v[i]`, `*b`) stays a place until its consumer decides what to do with
it: copy, move, borrow or assign. Values that may hold references are kept in
locals (temporaries for intermediate results), so liveness of locals tells which
loans are alive, as non-lexical lifetimes do.

`LowererBase` holds a body's graph and the steps every part of the lowering uses:
emitting nodes, declaring locals, accessing, consuming, storing and borrowing
places, and resolving place expressions. Moves are recorded in `checked.moves`
here and in the layers above, because lowering is where each use of a place is
classified: `id(expr)` for a moved place expression, `id(pattern)` for a binding
that moves its part of a matched value, `id(closure)` for a closure that captures
by value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.ir import (
    MOVE,
    MUTABLE,
    READ,
    SHARED,
    Access,
    Graph,
    Loan,
    LocalInfo,
    Node,
)
from stackheap_tui.lang.borrowck.messages import (
    move_out_error,
    mutability_error,
    needs_mut_binding,
)
from stackheap_tui.lang.borrowck.places import (
    BOX,
    REF_MUT,
    Place,
    Proj,
    deref_kind,
    describe,
    may_carry_loans,
)
from stackheap_tui.lang.borrowck.raw_moves import raw_move_error
from stackheap_tui.lang.borrowck.regions import Signature, signature_regions
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.program import Binding, CheckedProgram, FnInfo
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported


@dataclass
class Operand:
    """A lowered expression: a place not used yet, or a value and what it carries."""

    expr: ast.Expr
    ty: T.Ty
    place: Place | None = None
    carried: tuple[int, ...] = ()  # locals whose loans the value carries


@dataclass
class Loop:
    """An enclosing loop: where `continue` and `break` go."""

    label: str | None
    head: int
    exit: int
    result: int | None  # the local `break value` writes
    depth: int = 0  # how many scopes were open outside it: `break`/`continue` leave the rest


@dataclass
class ClosureFacts:
    """What a closure captures and how it must be called (Fn / FnMut / FnOnce)."""

    mutates: bool = False
    once: bool = False  # its body moves a captured value out: a call consumes it
    # Why it is `FnMut` / `FnOnce` (E0525): the closure's head, and the first capture
    # that mutates or moves with its variable's name.
    head: Span | None = None
    why: tuple[Span, str] | None = None
    var: str = ""  # the variable `why` names
    is_move: bool = False
    # Whether the closure is `Clone` (each capture by value `Clone`, none by `&mut`):
    # True, False, or None where a captured type's `Clone` is not known here.
    clone: bool | None = None

    @property
    def kind(self) -> str:
        return "FnOnce" if self.once else "FnMut" if self.mutates else "Fn"


@dataclass
class Shared:
    """State shared by the lowerers of one program (functions and their closures)."""

    checked: CheckedProgram
    errors: list[Diagnostic] = field(default_factory=list)
    closures: dict[int, ClosureFacts] = field(default_factory=dict)  # FnTy.ident -> facts
    graphs: list[Graph] = field(default_factory=list)
    counter: int = 0
    _lifetimes: dict[str, int] | None = None
    _impls: dict[int, ast.ImplItem] | None = None
    _types: dict[str, ast.StructItem | ast.EnumItem] | None = None

    def lifetimes(self) -> dict[str, int]:
        """How many lifetime parameters each user struct declares (`W<'a>`: 1)."""
        if self._lifetimes is None:
            self._lifetimes = {
                item.name: sum(1 for g in item.generics if g.name.startswith("'"))
                for item in self.checked.program.items
                if isinstance(item, ast.StructItem | ast.EnumItem)}
        return self._lifetimes

    def fresh(self) -> int:
        self.counter -= 1
        return self.counter

    def signature(self, info: FnInfo) -> Signature | None:
        """The universal regions of a function's signature (None for one not read)."""
        if self._impls is None:
            self._impls = {}
            self._types = {}
            for item in self.checked.program.items:
                if isinstance(item, ast.ImplItem):
                    for method in item.methods:
                        self._impls[id(method)] = item
                elif isinstance(item, ast.StructItem | ast.EnumItem):
                    self._types[item.name] = item
        impl = self._impls.get(id(info.item))
        if info.owner is not None and impl is None:
            return None  # a provided method's copy: its `Self` is not read here
        assert self._types is not None
        return signature_regions(info.item, impl, self._types, info.owner)


class LowererBase:
    """One body's graph being built, and the steps every layer of the lowering uses."""

    def __init__(self, shared: Shared, graph: Graph,
                 on_capture: Callable[[Place, str, Span], None] | None = None) -> None:
        self.s = shared
        self.c = shared.checked
        self.g = graph
        self.cur: int | None = None
        self.loops: list[Loop] = []
        self.scopes: list[list[int]] = []  # the locals of each open scope
        self.scope_closes: list[Span] = []  # and where each scope closes (its `}`)
        self.stmt_temps: list[list[int]] = []
        self.on_capture = on_capture  # set for closure bodies: outer locals are captures
        self.extended: set[int] = set()  # id(&expr) whose temporary lives to the block's end
        self.extended_scoped: set[int] = set()  # those reached through a block, if or match
        self.raw_derefs: set[int] = set()  # the temporaries standing for `*p`, `p` raw
        self.last_move = False  # whether the last `consume` moved
        self.static_temps: dict[int, ast.ConstItem] = {}  # temporaries that are a `static`
        # While an arm's guard runs, its by-value bindings only borrow (Rust moves them
        # once the guard has passed): (pattern, binding, place, source) to move after.
        self.guard_moves: list[tuple[ast.IdentPattern, Binding, Place, ast.Expr]] | None = None
        # The locals of those deferred bindings while their guard is lowered: moving one
        # there is E0507 ("cannot move out of `s` in pattern guard").
        self.guard_locals: set[int] = set()

    # ================= graph building =================
    def emit(self, span: Span, **fields: Any) -> Node:
        node = Node(span, **fields)
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

    def leave_function(self) -> None:
        """A path that returns: on to the function's exit (a closure's ends here)."""
        if self.g.exit is not None:
            self.goto(self.g.exit)
        self.cur = None

    def resume(self, target: int) -> None:
        """Continue at `target` if anything reaches it."""
        reached = any(target in n.succ for n in self.g.nodes)
        self.cur = target if reached else None

    def open_scope(self, close: Span) -> None:
        """A scope whose locals die at `close` (and are dropped there)."""
        self.scopes.append([])
        self.scope_closes.append(close)

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
    def access(self, place: Place, kind: str, span: Span, **extra: Any) -> Node | None:
        """One access to a place, as its own step; outer locals become captures."""
        if self.is_outer(place.local):
            assert self.on_capture is not None
            self.on_capture(place, kind, span)
            return None
        return self.emit(span, accesses=[Access(place, kind, span, **extra)])

    def require_mutable(self, place: Place, span: Span, assign: bool) -> None:
        if self.is_outer(place.local):
            return  # a capture: the closure's creation checks it
        if self.static_place_error(place, span, "assign" if assign else "borrow"):
            return
        if (place.proj or not assign) and needs_mut_binding(place):
            self.g.used_mut.add(place.local)  # (a whole assignment: the dataflow decides)
        table = next((p.container for p in place.proj if p.kind == "index"
                      and p.container.startswith("HashMap<")), None)
        if table is not None:  # `HashMap` has no `IndexMut` (rustc also suggests fixes)
            self.s.errors.append(Diagnostic(
                f"cannot assign to data in an index of `{table}`" if assign else
                f"cannot borrow data in an index of `{table}` as mutable", span,
                "E0594" if assign else "E0596",
                "cannot assign" if assign else "cannot borrow as mutable",
                help="trait `IndexMut` is required to modify indexed content, but it is not "
                     f"implemented for `{table}`"))
            return
        problem = mutability_error(place, self.g.locals, span, assign)
        if problem is not None:
            self.s.errors.append(problem)

    def consume(self, op: Operand, reborrow: bool = False, shared: bool = False,
                at: Span | None = None) -> tuple[int, ...]:
        """Use a value: copy or move a place (or reborrow a `&mut`: `shared` where it is
        coerced to a `&`; rustc spans a call argument's reborrow `at` the whole call);
        give what it carries."""
        flows = self._consume(op, reborrow, shared, at)
        place = op.place
        if place is not None and place.proj and flows == (place.local,) and (
                self.is_param(place.local)):
            # `self.text`: the value has the lifetimes of that field's type.
            t = self.temp(op.ty, op.expr.span)
            self.emit(op.expr.span, define=t, flow=[place.local], init=[Place(t)])
            self.g.narrow[t] = (place, False)
            return (t,)
        return flows

    def is_param(self, local: int) -> bool:
        info = self.g.locals.get(local)
        return info is not None and info.kind == "param"

    def _consume(self, op: Operand, reborrow: bool = False, shared: bool = False,
                 at: Span | None = None) -> tuple[int, ...]:
        if op.place is None:
            static = self.static_item(op.expr)
            if static is not None and not T.is_copy(op.ty):
                self.s.errors.append(Diagnostic(
                    f"cannot move out of static item `{static.name}`", op.expr.span, "E0507",
                    f"move occurs because `{static.name}` has type `{op.ty}`, which does not "
                    "implement the `Copy` trait"))
            return op.carried
        ty = op.ty
        place = op.place
        if reborrow and isinstance(ty, T.RefTy) and ty.mutable:
            # (a closure's capture is labelled at the argument itself)
            span = op.expr.span if at is None or self.is_outer(place.local) else at
            if span is at:  # the reference itself is used at the argument (a later use)
                self.emit(op.expr.span, uses=[place.local])
            return self.borrow_place(place.extend(Proj("deref", name=REF_MUT)), not shared,
                                     span)
        flows = (place.local,) if may_carry_loans(ty) else ()
        if T.is_copy(ty):
            through = self._overloaded_index(op.expr) if any(
                p.kind == "index" and p.overloaded_index for p in place.proj) else None
            if through is not None:
                # `v[0]` on a Vec reads through `Index::index(&v, 0)`: a shared borrow of
                # `v` (E0502 while `v` is mutably borrowed, not E0503), spanned at `v`
                self.access(place, SHARED, through[0])
            else:
                self.access(place, READ, op.expr.span)
            return flows
        if self.static_place_error(place, op.expr.span, "move", ty):
            self.access(place, READ, op.expr.span)
            return flows
        if self.drop_move_error(place, ty, op.expr.span):
            self.access(place, READ, op.expr.span)
            return flows
        if place.local in self.guard_locals:
            self.s.errors.append(self.guard_move_error(place, ty, op.expr))
            self.access(place, READ, op.expr.span)
            return flows
        if place.local in self.raw_derefs:  # E0507 behind a raw pointer (see unsafety.py)
            self.s.errors.append(raw_move_error(op.expr, ty))
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

    def guard_move_error(self, place: Place, ty: T.Ty, expr: ast.Expr) -> Diagnostic:
        """E0507: a match guard moves a binding of its arm, which only borrows the
        scrutinee until the guard has passed."""
        if place.proj:
            raise CompileError([unsupported("moving part of a binding inside a match guard",
                                            expr.span)])
        name = self.g.locals[place.local].name
        return Diagnostic(
            f"cannot move out of `{name}` in pattern guard", expr.span, "E0507",
            f"move occurs because `{name}` has type `{ty}`, which does not implement the "
            "`Copy` trait", notes=("variables bound in patterns cannot be moved from until "
                                   "after the end of the pattern guard",))

    def drop_move_error(self, place: Place, ty: T.Ty, span: Span) -> bool:
        """E0509: moving a field out of a value whose type implements `Drop`."""
        info = self.g.locals.get(place.local)
        if info is None or place.through_reference():
            return False
        owner = drop_owner(info.ty, place.proj)
        if owner is None:
            return False
        desc = describe(place, info.name)
        self.s.errors.append(Diagnostic(
            f"cannot move out of type `{owner}`, which implements the `Drop` trait", span,
            "E0509", "cannot move out of here",
            (Label(span, f"move occurs because `{desc}` has type `{ty}`, which does not "
                   "implement the `Copy` trait"),)))
        return True

    def static_item(self, e: ast.Expr) -> ast.ConstItem | None:
        """The `static` a path names, if it does."""
        if not isinstance(e, ast.Path):
            return None
        value = self.c.paths.get(id(e))
        if value is None or value.kind != "const" or value.const is None:
            return None
        return value.const if value.const.is_static else None

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
                     kind: str | None = None, quote: Span | None = None,
                     closure_use: Span | None = None, operand: Span | None = None
                     ) -> tuple[int, ...]:
        """`&place` / `&mut place`: a new loan, held by a temporary. In a closure it is a
        capture, used at the place expression (`operand`: `x` of `&mut x`)."""
        if mutable:
            self.require_mutable(place, span, assign=False)
        if self.is_outer(place.local):
            assert self.on_capture is not None
            self.on_capture(place, MUTABLE if mutable else SHARED, operand or span)
            return ()
        loan = self.new_loan(place, mutable, span)
        loan.quote = quote
        loan.closure_use = closure_use
        result = self.temp(T.RefTy(T.UNIT, mutable), span)
        # A reborrow through a reference, or a borrow of a value holding references,
        # keeps the loans behind it alive as long as the new reference.
        ty = self.g.locals[place.local].ty
        flow = [place.local] if place.has_deref() or may_carry_loans(ty) else []
        self.emit(span, accesses=[Access(place, kind or (MUTABLE if mutable else SHARED), span,
                                         borrow_use=True, loan=loan, quote=quote)],
                  define=result, flow=flow, gen=[loan], init=[Place(result)])
        if flow and place.has_deref() and self.is_param(place.local):
            self.g.narrow[result] = (place, True)
        return (result,)

    def borrow(self, op: Operand, mutable: bool, span: Span, extended: bool = False,
               scoped: bool = False, quote: Span | None = None) -> tuple[int, ...]:
        if op.place is not None:
            return self.borrow_place(op.place, mutable, span, quote=quote,
                                     operand=op.expr.span)
        if scoped:
            # rustc extends this temporary past the block, `if` or `match` it is made in;
            # the interpreter's temporaries end with their block.
            self.s.errors.append(Diagnostic(
                "not supported yet: a temporary kept alive past the block, `if` or `match` "
                "that makes it (temporary lifetime extension)", span,
                label="stackheap-tui cannot run this yet"))
            return op.carried  # (no loan: the refusal is the one thing to report)
        promoted = promotable(op.expr, self.c)
        if promoted and (extended or mutable):
            return op.carried  # a constant: rustc promotes it to a `'static`
        static = self.static_item(op.expr)
        if static is not None and static.mutable:
            return op.carried  # `&COUNTER` is a `&'static`: no local is borrowed (and
            # the `static_mut_refs` lint rejects it, see `check/statics.py`)
        if static is not None and mutable:
            self.s.errors.append(static_borrow_error(static, span))
        t = self.temp(op.ty, op.expr.span)
        if static is not None or promoted:
            # `&STATIC` and `&5` are `&'static` in Rust (a static, a promoted constant);
            # here they are copies that end with their statement, so a reference kept
            # longer is refused (messages.conflict_error, messages.return_local_error).
            self.g.locals[t].static = True
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
        static = self.static_item(e)
        if static is not None:
            self.static_temps[t] = static  # `S.name`: a place inside the static
        return Place(t), op.ty

    def static_place_error(self, place: Place, span: Span, what: str,
                           ty: T.Ty = T.UNIT) -> bool:
        """A move out of (`what` "move"), a `&mut` of ("borrow") or an assignment to
        ("assign") a place inside an immutable `static`: E0507 / E0596 / E0594."""
        static = self.static_temps.get(place.local)
        if static is None or static.mutable or place.through_reference():
            return False
        desc = describe(place, static.name)
        head = Span(static.span.line, static.span.col, static.type.span.end_line,
                    static.type.span.end_col, static.span.start, static.type.span.end)
        if what == "move":
            self.s.errors.append(Diagnostic(
                f"cannot move out of `{desc}` as `{static.name}` is a static item", span,
                "E0507", f"move occurs because `{desc}` has type `{ty}`, which does not "
                "implement the `Copy` trait"))
        elif what == "borrow" and not place.proj:
            self.s.errors.append(static_borrow_error(static, span))
        elif what == "borrow":
            self.s.errors.append(Diagnostic(
                f"cannot borrow `{desc}` as mutable, as `{static.name}` is an immutable static "
                "item", span, "E0596", "cannot borrow as mutable",
                (Label(head, "this `static` cannot be borrowed as mutable"),)))
        else:
            self.s.errors.append(Diagnostic(
                f"cannot assign to `{desc}`, as `{static.name}` is an immutable static item",
                span, "E0594", "cannot assign",
                (Label(head, "this `static` cannot be written to"),)))
        return True

    def store_always(self, op: Operand, span: Span) -> int:
        t = self.temp(op.ty, span)
        self.emit(span, define=t, flow=list(op.carried), init=[Place(t)])
        return t


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
        if isinstance(e, ast.Unary) and e.op == "*" and T.is_raw_ptr(self.type_of(e.operand)):
            # Behind a raw pointer the borrow checker tracks nothing: the place is a
            # temporary of its own (the pointer is copied to reach it).
            self.consume(self.expr(e.operand))
            behind = self.temp(ty, e.span)
            self.raw_derefs.add(behind)
            self.emit(e.span, define=behind, init=[Place(behind)])
            return Operand(e, ty, Place(behind))
        if isinstance(e, ast.Unary) and e.op == "*":
            base, base_ty = self.place_or_temp(e.operand)
            step = deref_kind(base_ty)
            kind = step[0] if step else BOX
            return Operand(e, ty, base.extend(Proj("deref", name=kind, container=str(base_ty))))
        return None

    def expr(self, e: ast.Expr) -> Operand:
        """Lower an expression (the expression layer dispatches on its kind)."""
        raise NotImplementedError

    def _overloaded_index(self, node: ast.Expr) -> tuple[Span, T.Ty] | None:
        """The `Index` call nearest the variable in a place (the expression layer)."""
        raise NotImplementedError


def drop_owner(ty: T.Ty, proj: tuple[Proj, ...]) -> str | None:
    """The type implementing `Drop` that a field projection would move out of, if any."""
    for p in proj:
        if p.kind == "field":
            if isinstance(ty, T.AdtTy) and ty.defn is not None:
                if ty.defn.has_drop:
                    return str(ty)
                variant = ty.defn.variants[max(p.variant, 0)]
                fields = ty.variant_types(variant)
                if p.index >= len(fields):
                    return None
                ty = fields[p.index]
            elif isinstance(ty, T.TupleTy) and p.index < len(ty.items):
                ty = ty.items[p.index]
            else:
                return None
        elif p.kind == "deref":
            step = deref_kind(ty)
            if step is None:
                return None
            ty = step[1]
        elif isinstance(ty, T.ArrayTy | T.SliceTy):
            ty = ty.element
        else:
            return None
    return None


def static_borrow_error(static: ast.ConstItem, span: Span) -> Diagnostic:
    head = Span(static.span.line, static.span.col, static.type.span.end_line,
                static.type.span.end_col, static.span.start, static.type.span.end)
    return Diagnostic(f"cannot borrow immutable static item `{static.name}` as mutable", span,
                      "E0596", "cannot borrow as mutable",
                      (Label(head, "this `static` cannot be borrowed as mutable"),))


def promotable(e: ast.Expr, checked: CheckedProgram | None = None) -> bool:
    """A constant rustc promotes to a `'static` when borrowed: literals, and arrays and
    tuples of them (nothing with a destructor or a function call); with the `checked`
    program, also struct literals, tuple-struct and variant constructors and unit
    variants of them whose type has no `Drop` (`&Circle { r: 1.0 }`, `&Some(5)`, `&None`;
    `&D { n: 1 }` with `impl Drop for D` stays a temporary, E0716 when kept)."""
    if isinstance(e, ast.IntLit | ast.FloatLit | ast.BoolLit | ast.CharLit | ast.StrLit):
        return True
    if isinstance(e, ast.Unary) and e.op == "-":
        return isinstance(e.operand, ast.IntLit | ast.FloatLit)
    if isinstance(e, ast.ArrayExpr | ast.TupleExpr):
        return all(promotable(item, checked) for item in e.items)
    if checked is None:
        return False
    ty = checked.types.get(id(e))
    if not (isinstance(ty, T.AdtTy) and ty.defn is not None and not ty.defn.has_drop):
        return False
    if isinstance(e, ast.StructLit):
        return e.base is None and all(promotable(f.value, checked) for f in e.fields)
    if isinstance(e, ast.Call):
        callee = checked.callees.get(id(e))
        return callee is not None and callee.kind in ("variant", "struct") and all(
            promotable(a, checked) for a in e.args)
    if isinstance(e, ast.Path):
        value = checked.paths.get(id(e))
        return value is not None and value.kind in ("variant", "unit_struct")
    return False


"""Expressions other than calls and control flow: the dispatch on an expression's kind,
literals, places, operators, assignment, and aggregates (tuples, arrays, structs).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.ir import MUTABLE, READ, SHARED, WRITE, Access
from stackheap_tui.lang.borrowck.lowering.base import Operand
from stackheap_tui.lang.borrowck.lowering.statements import StatementLowering
from stackheap_tui.lang.borrowck.places import Proj, may_carry_loans
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported


class ExpressionLowering(StatementLowering):
    """Dispatches each expression to its `e_<Kind>` method; lowers the plain ones."""

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
            op = self.place_of(e)
            assert op is not None
            return op
        if e.op in ("&raw const", "&raw mut"):
            # A raw borrow checks the place as a borrow would, and keeps no loan.
            self.borrow(self.expr(e.operand), e.op == "&raw mut", e.span, False, False)
            return self.value(e)
        if e.op in ("&", "&mut"):
            op = self.expr(e.operand)
            at = self._borrow_span(e)
            carried = self.borrow(op, e.op == "&mut", at, id(e) in self.extended,
                                  id(e) in self.extended_scoped,
                                  quote=e.span if at is not e.span else None)
            return Operand(e, self.type_of(e), carried=carried)
        self.consume(self.expr(e.operand))
        return self.value(e)

    def _borrow_span(self, e: ast.Unary) -> Span:
        """Where rustc spans `&place`: at the receiver of the innermost `Index` autoref
        (`&v[0]` on a Vec borrows `v` through `Index::index(&v, 0)`), else the whole."""
        found = self._overloaded_index(e.operand)
        return found[0] if found is not None else e.span

    def _index_mut_span(self, target: ast.Expr) -> Span | None:
        """Where rustc labels the `IndexMut` borrow an assignment through `v[i]` on a Vec
        or String takes (None if the place is not reached through one)."""
        found = self._overloaded_index(target)
        if found is None or not (T.is_vec(found[1]) or T.is_string(found[1])):
            return None
        return found[0]

    def _overloaded_index(self, node: ast.Expr) -> tuple[Span, T.Ty] | None:
        """The indexed expression of the overloaded index nearest the variable in a place
        (`v` of `v[0].name`, not `v[0]` of `v[0][1]`) and its container type; None if the
        place goes through no `Index` call (arrays and slices index built in)."""
        found: tuple[Span, T.Ty] | None = None
        while isinstance(node, ast.Field | ast.Index):
            if isinstance(node, ast.Index):
                container = self.type_of(node.base)
                while isinstance(container, T.RefTy | T.BoxTy):
                    container = container.inner
                if not isinstance(container, T.ArrayTy | T.SliceTy):
                    found = (node.base.span, container)
            node = node.base
        return found

    def e_Cast(self, e: ast.Cast) -> Operand:
        self.consume(self.expr(e.expr))
        return self.value(e)

    def e_Binary(self, e: ast.Binary) -> Operand:
        if e.op in ("&&", "||"):
            self.consume(self.expr(e.left))
            self.emit(e.span)
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
        static = self.static_item(e.target)
        if static is not None and static.mutable:
            return self.value(e)  # `COUNTER += 1` (in `unsafe`): no local changes
        if static is not None:
            span = e.target.span if e.op == "=" and T.needs_drop(self.type_of(e.target)) \
                else e.span
            head = Span(static.span.line, static.span.col, static.type.span.end_line,
                        static.type.span.end_col, static.span.start, static.type.span.end)
            self.s.errors.append(Diagnostic(
                f"cannot assign to immutable static item `{static.name}`", span, "E0594",
                "cannot assign", (Label(head, "this `static` cannot be written to"),)))
            return self.value(e)
        if target is None or target.place is None:
            return self.value(e)
        place = target.place
        whole = not place.proj
        if not may_carry_loans(target.ty):
            flows = ()  # `total += x` with `x: &i32` stores a number, not the reference
        # Assigning a value that needs dropping drops the old one first (a `Drop` of the
        # place in MIR): rustc points at the place, not the whole assignment.
        span = e.target.span if e.op == "=" and T.needs_drop(target.ty) else e.span
        through = self._index_mut_span(e.target)
        overloaded = self.c.callees.get(id(e))
        if overloaded is not None and overloaded.item is not None:
            through = e.target.span  # `p += q` with the program's `impl AddAssign`: `&mut p`
        if through is not None and not self.is_outer(place.local):
            # `v[0] = x` (or `+=`) on a Vec is `*IndexMut::index_mut(&mut v, 0) = x`: a
            # mutable borrow of `v`, labelled at `v` (E0596/E0502/E0499, never E0506).
            self.require_mutable(place, through, assign=False)
            self.emit(e.span, accesses=[Access(place, MUTABLE, through, borrow_use=True,
                                               quote=e.target.span)],
                      update=place.local, flow=list(flows), init=[place])
            return self.value(e)
        if not whole:
            self.require_mutable(place, span, assign=True)
        if e.op != "=":
            self.access(place, READ, e.span, compound=True)
        if self.is_outer(place.local):
            assert self.on_capture is not None
            self.on_capture(place, WRITE, e.target.span)
            return self.value(e)
        # (The use it makes of a reference it writes through is spanned the same way:
        # `*held = None` with `held: &mut Option<String>` is used at `*held`.)
        self.emit(span, accesses=[Access(place, WRITE, span, compound=e.op != "=",
                                           whole_write=whole, target=e.target.span)],
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
            if not isinstance(node, ast.Path | ast.Field):
                continue
            text = _place_text(node)
            if text is None or not (text == base or text.startswith(base + ".")
                                    or base.startswith(text + ".")):
                continue
            self.s.errors.append(Diagnostic(
                f"cannot borrow `{text}` as immutable because it is also borrowed as mutable",
                node.span, "E0502", "immutable borrow occurs here",
                (Label(target.base.span, "mutable borrow occurs here"),
                 Label(target.span, "mutable borrow later used here"))))
            return

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
            if not T.is_copy(field_ty) and self.drop_move_error(sub, field_ty, e.span):
                self.access(sub, READ, e.span)
                continue
            self.last_move = False
            flows.extend(self.consume(Operand(e.base, field_ty, sub)))
            moved = moved or self.last_move
        if moved:
            self.c.moves.add(id(e.base))
        return flows


def _place_text(e: ast.Expr) -> str | None:
    """`v`, `self.items`: a place written as a path and fields, else None."""
    if isinstance(e, ast.Path) and e.is_name:
        return e.segments[0]
    if isinstance(e, ast.Field):
        base = _place_text(e.base)
        return f"{base}.{e.name}" if base is not None else None
    return None


def _walk(e: object) -> Iterator[object]:
    """Every node inside `e` (closures' bodies excluded: they run later)."""
    stack = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Closure):
            continue
        yield node
        stack.extend(ast.children(node))

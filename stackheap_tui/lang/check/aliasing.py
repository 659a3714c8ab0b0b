"""Miri's aliasing rules (Stacked Borrows) are not modelled: a program whose raw
pointers might break them is refused, so a run never prints what Miri would call
undefined behaviour.

A raw pointer made from a reference (`&mut x as *mut i32`, `arr.as_mut_ptr()`) stops
being usable once `x` is written or mutably borrowed again; one made by a raw borrow
(`&raw mut x`, `v.as_mut_ptr()` of a Vec) outlives direct uses of `x`, but invalidates
a reference to `x` made after it when it is used. This pass finds, in source order,
a use of a local like that after a raw pointer to it was made, followed by an unsafe
operation (or in a loop with one), and refuses it. Conservative: some valid programs
are refused; none that break the rules runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported

_UNSAFE_CALLS = frozenset({"ptr::read", "ptr::write", "ptr::swap", "Box::from_raw",
                           "slice::from_raw_parts", "slice::from_raw_parts_mut"})


@dataclass
class _Facts:
    made: dict[int, tuple[int, str]] = field(default_factory=dict)  # local -> (at, how)
    uses: list[tuple[int, int, Span, str]] = field(default_factory=list)  # at, local, span, kind
    unsafe_ops: list[int] = field(default_factory=list)
    loops: list[Span] = field(default_factory=list)
    reborrows: list[Span] = field(default_factory=list)  # `&mut *p`: a reference from a raw


# Which later uses of a local invalidate (or are invalidated by) a raw pointer made from
# it: one from a reference (`&mut x as *mut _`, `arr.as_mut_ptr()`) by a write or a
# `&mut`; one from a raw borrow (`&raw mut x`) invalidates references made after it; a
# Vec's or String's buffer pointer only meets references into the buffer (`&v[0]`).
_RISKY = {
    "reference": frozenset({"write", "mut", "mut_method", "elem_mut"}),
    "raw": frozenset({"ref", "mut", "elem_ref", "elem_mut"}),
    "buffer": frozenset({"elem_ref", "elem_mut"}),
}


def _root(e: ast.Expr) -> ast.Path | None:
    while isinstance(e, ast.Field | ast.Index):
        e = e.base
    return e if isinstance(e, ast.Path) else None


class _Collect:
    def __init__(self, checked: CheckedProgram) -> None:
        self.c = checked
        self.f = _Facts()
        self.cast_borrows: set[int] = set()  # `&x` of `&x as *const i32`: a pointer made
        # A raw pointer made from a reference held in a local (not a parameter): what
        # the reference borrows is not followed here, so the program is refused.
        self.refuse: Span | None = None
        self.compared: set[int] = set()  # the arguments of `ptr::eq`: only their addresses

    def reference_local(self, e: ast.Expr) -> bool:
        """`r` (a local holding a reference, not a parameter) or a place rooted in one."""
        root = _root(e)
        binding = self.c.bindings.get(id(root)) if root is not None else None
        return binding is not None and not binding.is_param and isinstance(
            self.c.types.get(id(root), T.UNIT), T.RefTy) and root is e

    def local(self, path: ast.Path | None) -> int | None:
        if path is None:
            return None
        binding = self.c.bindings.get(id(path))
        return id(binding) if binding is not None else None

    def make(self, e: ast.Expr, at: int, how: str) -> None:
        key = self.local(_root(e))
        if key is not None and key not in self.f.made:
            self.f.made[key] = (at, how)

    def use(self, e: ast.Expr, kind: str, span: Span) -> None:
        key = self.local(_root(e))
        if key is not None:
            self.f.uses.append((span.start, key, span, kind))

    def node(self, node: object) -> None:
        if isinstance(node, ast.FnItem | ast.Closure):
            return
        if isinstance(node, ast.Loop | ast.While | ast.For):
            self.f.loops.append(node.span)
        if isinstance(node, ast.Path | ast.Field) and holds_raw(
                self.c.types.get(id(node), T.UNIT)):
            # A raw pointer read here may be dereferenced anywhere from here on (in a
            # function it is passed to, say): this counts as a raw pointer's use.
            self.f.unsafe_ops.append(node.span.start)
        if isinstance(node, ast.Unary) and node.op == "*" and T.is_raw_ptr(
                self.c.types.get(id(node.operand), T.UNIT)):
            self.f.unsafe_ops.append(node.span.start)
        elif isinstance(node, ast.Call | ast.MethodCall):
            callee = self.c.callees.get(id(node))
            if callee is not None and callee.key == "ptr::eq":
                self.compared.update(id(arg) for arg in node.args)
            if callee is not None and (callee.key in _UNSAFE_CALLS or (
                    callee.item is not None and callee.item.unsafe) or (
                    callee.key.startswith("*") and not callee.key.endswith("is_null"))):
                self.f.unsafe_ops.append(node.span.start)
            if holds_raw(self.c.types.get(id(node), T.UNIT)) and (
                    callee is None or callee.kind != "builtin"):
                # `make(&mut x)` returning a `*mut i32`: made from `x` inside `make`.
                for arg in node.args:
                    if isinstance(arg, ast.Unary) and arg.op in ("&", "&mut"):
                        self.make(arg.operand, node.span.start, "reference")
                        self.cast_borrows.add(id(arg))
                    elif self.reference_local(arg):
                        self.refuse = self.refuse or arg.span
            if isinstance(node, ast.MethodCall) and callee is not None:
                if callee.key in ("slice::as_ptr", "slice::as_mut_ptr"):
                    if self.reference_local(node.receiver):
                        self.refuse = self.refuse or node.receiver.span
                    self.make(node.receiver, node.span.start, "reference")
                elif callee.key in ("Vec::as_ptr", "Vec::as_mut_ptr", "String::as_ptr"):
                    self.make(node.receiver, node.span.start, "buffer")
                elif callee.self_mode == "mut":
                    self.use(node.receiver, "mut_method", node.span)
        if isinstance(node, ast.Cast) and T.is_raw_ptr(self.c.types.get(id(node), T.UNIT)) \
                and self.reference_local(node.expr):
            self.refuse = self.refuse or node.expr.span
        if isinstance(node, ast.Path) and T.is_raw_ptr(self.c.coercions.get(id(node), T.UNIT)) \
                and self.reference_local(node) and id(node) not in self.compared:
            self.refuse = self.refuse or node.span
        if isinstance(node, ast.Cast) and isinstance(node.expr, ast.Unary) and (
                node.expr.op in ("&", "&mut")) and T.is_raw_ptr(
                    self.c.types.get(id(node), T.UNIT)):
            self.make(node.expr.operand, node.span.start, "reference")
            self.cast_borrows.add(id(node.expr))
        elif id(node) in self.cast_borrows:
            pass
        elif isinstance(node, ast.Unary) and node.op in ("&raw const", "&raw mut"):
            self.make(node.operand, node.span.start, "raw")
        elif isinstance(node, ast.Unary) and node.op in ("&", "&mut") and _behind_raw(
                node.operand, self.c):
            self.f.reborrows.append(node.span)
        elif isinstance(node, ast.Unary) and node.op in ("&", "&mut"):
            if id(node) in self.compared:
                self.use(node.operand, "ref", node.span)  # (a pointer only compared)
            elif T.is_raw_ptr(self.c.coercions.get(id(node), T.UNIT)):
                self.make(node.operand, node.span.start, "reference")
            else:
                element = "elem_" if isinstance(node.operand, ast.Index) else ""
                self.use(node.operand, element + ("mut" if node.op == "&mut" else "ref"),
                         node.span)
        elif isinstance(node, ast.Assign):
            self.use(node.target, "write", node.span)
        for child in ast.children(node):
            self.node(child)


def holds_raw(ty: T.Ty, seen: frozenset[str] = frozenset()) -> bool:
    """Whether a value of this type holds a raw pointer (in a field, an element, ...)."""
    if T.is_raw_ptr(ty):
        return True
    if isinstance(ty, T.RefTy | T.BoxTy):
        return holds_raw(ty.inner, seen)
    if isinstance(ty, T.TupleTy):
        return any(holds_raw(t, seen) for t in ty.items)
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return holds_raw(ty.element, seen)
    if isinstance(ty, T.AdtTy):
        if any(holds_raw(a, seen) for a in ty.args):
            return True
        if ty.defn is not None and ty.name not in seen:
            inner = seen | {ty.name}
            return any(holds_raw(t, inner) for v in ty.defn.variants
                       for t in ty.variant_types(v))
    return False


def _behind_raw(e: ast.Expr, checked: CheckedProgram) -> bool:
    while isinstance(e, ast.Field | ast.Index):
        e = e.base
    return isinstance(e, ast.Unary) and e.op == "*" and T.is_raw_ptr(
        checked.types.get(id(e.operand), T.UNIT))


def aliasing_refusal(checked: CheckedProgram, item: ast.FnItem) -> Diagnostic | None:
    """The first use of a local that may break Miri's aliasing rules, or None."""
    collect = _Collect(checked)
    collect.node(item.body)
    facts = collect.f
    if collect.refuse is not None:
        return unsupported("a raw pointer made from a reference held in a variable (what it "
                           "borrows is not followed for Miri's aliasing rules)", collect.refuse)
    if not facts.unsafe_ops:
        return None
    last_op = max(facts.unsafe_ops)
    for span in facts.reborrows:
        if last_op > span.end or any(loop.start <= span.start < loop.end for loop in
                                     facts.loops):
            return unsupported("a reference made from a raw pointer while raw pointers are "
                               "still used after it (Miri's aliasing rules, Stacked Borrows, "
                               "are not modelled)", span)
    for at, key, span, kind in sorted(facts.uses, key=lambda u: u[0]):
        made = facts.made.get(key)
        if made is None or at <= made[0]:
            continue
        if kind not in _RISKY[made[1]]:
            continue
        later = last_op > span.end or any(
            loop.start <= at < loop.end and any(loop.start <= op < loop.end
                                                for op in facts.unsafe_ops)
            for loop in facts.loops)
        if later:
            return unsupported("using a variable again while a raw pointer to it may still "
                               "be used (Miri's aliasing rules, Stacked Borrows, are not "
                               "modelled)", span)
    return None

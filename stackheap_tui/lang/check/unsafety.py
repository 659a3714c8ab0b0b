"""Unsafe Rust in the checker: `unsafe` blocks, raw pointer types and borrows
(`&raw const x`, `&x as *const i32`), dereferencing them, and the rules on where an
unsafe operation may stand (E0133 and the 2024 edition's `unsafe_op_in_unsafe_fn`).

The typing rules are a mixin of the checker; `unsafety_diagnostics` is a pass over
the checked program, as rustc's unsafety check runs over the typed body.
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.raw_moves import place_text
from stackheap_tui.lang.check.aliasing import aliasing_refusal
from stackheap_tui.lang.check.base import CheckerBase
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, SubNote
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.statics import (
    STATIC_NOTE,
    has_static_mut,
    static_mut_of,
    static_mut_type_refusal,
)
from stackheap_tui.lang.syntax import unsupported

DEREF_NOTE = ("raw pointers may be null, dangling or unaligned; they can violate aliasing "
              "rules and cause data races: all of these are undefined behavior")
CALL_NOTE = ("consult the function's documentation for information on how to avoid "
             "undefined behavior")

# The std functions and methods that are `unsafe fn`, by the checker's key, and how
# rustc names them in E0133.
UNSAFE_STD: dict[str, str] = {
    "ptr::read": "std::ptr::read",
    "ptr::write": "std::ptr::write",
    "ptr::swap": "std::ptr::swap",
    "Box::from_raw": "Box::<T>::from_raw",
    "slice::from_raw_parts": "std::slice::from_raw_parts",
    "slice::from_raw_parts_mut": "std::slice::from_raw_parts_mut",
    "*const::add": "std::ptr::const_ptr::<impl *const T>::add",
    "*mut::add": "std::ptr::mut_ptr::<impl *mut T>::add",
    "*const::sub": "std::ptr::const_ptr::<impl *const T>::sub",
    "*mut::sub": "std::ptr::mut_ptr::<impl *mut T>::sub",
    "*const::offset": "std::ptr::const_ptr::<impl *const T>::offset",
    "*mut::offset": "std::ptr::mut_ptr::<impl *mut T>::offset",
    "slice::get_unchecked": "core::slice::<impl [T]>::get_unchecked",
    "slice::get_unchecked_mut": "core::slice::<impl [T]>::get_unchecked_mut",
    "ManuallyDrop::drop": "ManuallyDrop::<T>::drop",
    "ManuallyDrop::take": "ManuallyDrop::<T>::take",
    "MaybeUninit::assume_init": "MaybeUninit::<T>::assume_init",
}


class UnsafeChecker(CheckerBase):
    """Typing `unsafe { }`, raw borrows, raw derefs and pointer casts."""

    def e_Unsafe(self, e: ast.Unsafe, expected: T.Ty | None) -> T.Ty:
        self.out.unsafe_blocks += 1
        return self.block(e.body, expected)

    def raw_borrow(self, e: ast.Unary) -> T.Ty:
        """`&raw const place` / `&raw mut place`: a raw pointer, no borrow kept."""
        if not _is_place(e.operand):
            raise self.fail("`&raw` of a value that is not a place", e.span)
        inner = self.expr(e.operand)
        return T.raw_ptr(inner, e.op == "&raw mut")

    def pointer_cast(self, e: ast.Cast, source: T.Ty, target: T.Ty) -> T.Ty:
        """`&x as *const i32`, `&mut x as *mut i32`, `p as *const i32`; the rest refused."""
        assert isinstance(target, T.AdtTy)
        mutable = target.name == "*mut"
        if isinstance(source, T.RefTy) and (source.mutable or not mutable) and (
                self.tys.unify(source.inner, target.args[0])):
            if T.is_unsized(self.resolve(target.args[0])):
                raise self.fail("raw pointers to unsized values", e.span)
            return target
        if isinstance(source, T.RefTy) and not source.mutable and mutable and (
                self.tys.unify(source.inner, target.args[0])):
            self.error(Diagnostic(f"casting `{self.resolve(source)}` as `{self.resolve(target)}`"
                                  " is invalid", e.span, "E0606"))
            return target
        if T.is_raw_ptr(source) and isinstance(source, T.AdtTy) and (
                source.name == "*mut" or not mutable) and self.tys.unify(
                    source.args[0], target.args[0]):
            return target
        raise self.fail(f"this pointer cast (`{source}` as `{target}`)", e.span)

    def coerce_to_raw(self, exp: T.Ty, got: T.Ty, expr: ast.Expr | None) -> bool:
        """`let p: *const i32 = &x;`: a reference coerces to a raw pointer."""
        assert isinstance(exp, T.AdtTy)
        if isinstance(got, T.RefTy) and (got.mutable or exp.name == "*const") and (
                self.tys.unify(exp.args[0], got.inner)):
            if expr is not None and T.is_unsized(self.resolve(got.inner)):
                raise self.fail("raw pointers to unsized values", expr.span)
            if expr is not None:
                self.out.coercions[id(expr)] = exp
            return True
        if T.is_raw_ptr(got) and isinstance(got, T.AdtTy) and got.name == "*mut" and (
                exp.name == "*const") and self.tys.unify(exp.args[0], got.args[0]):
            if expr is not None:
                self.out.coercions[id(expr)] = exp
            return True
        return False


def _is_place(e: ast.Expr) -> bool:
    if isinstance(e, ast.Path):
        return True
    if isinstance(e, ast.Unary) and e.op == "*":
        return True
    return isinstance(e, ast.Field | ast.Index) and _is_place(e.base)


# ================= where unsafe operations may stand =================


class _Walk:
    """One function body: its unsafe operations, the `unsafe` blocks they are in."""

    def __init__(self, checked: CheckedProgram, item: ast.FnItem) -> None:
        self.c = checked
        self.item = item
        self.blocks: list[tuple[ast.Unsafe, list[bool]]] = []  # each block: used?
        self.errors: list[Diagnostic] = []
        self.warnings: list[Diagnostic] = []
        self.unused: list[Diagnostic] = []
        self.raw_roots: set[int] = set()  # `&raw const COUNTER`: a safe use of a static mut

    def run(self) -> None:
        self.node(self.item.body)

    def node(self, node: object) -> None:
        if isinstance(node, ast.FnItem):
            return  # a nested function is checked on its own
        if isinstance(node, ast.Unsafe):
            used = [False]
            self.blocks.append((node, used))
            self.node(node.body)
            self.blocks.pop()
            if not used[0]:
                at = Span(node.span.line, node.span.col, node.span.line, node.span.col + 6,
                          node.span.start, node.span.start + 6)
                self.unused.append(Diagnostic(
                    "unnecessary `unsafe` block", at, None, "unnecessary `unsafe` block",
                    notes=("`#[warn(unused_unsafe)]` (part of `#[warn(unused)]`) on by default",),
                    level="warning"))
            return
        if isinstance(node, ast.Unary) and node.op in ("&raw const", "&raw mut") and (
                static_mut_of(self.c, node.operand) is not None):  # (not `&raw const S.x`)
            self.raw_roots.add(id(node.operand))
        op = self.operation(node)
        if op is not None:
            self.report(node, *op)
        self.through_const(node)
        for child in ast.children(node):
            self.node(child)

    def operation(self, node: object) -> tuple[str, str, str] | None:
        """An unsafe operation: (what, its label, its note), or None."""
        if static_mut_of(self.c, node) is not None and id(node) not in self.raw_roots:
            return ("use of mutable static", "use of mutable static", STATIC_NOTE)
        if isinstance(node, ast.Unary) and node.op == "*":
            ty = self.c.types.get(id(node.operand))
            if ty is not None and T.is_raw_ptr(ty):
                return ("dereference of raw pointer", "dereference of raw pointer", DEREF_NOTE)
        if isinstance(node, ast.Call | ast.MethodCall):
            callee = self.c.callees.get(id(node))
            if callee is None:
                return None
            if callee.kind == "fn" and callee.item is not None and callee.item.unsafe:
                return (f"call to unsafe function `{callee.item.name}`",
                        "call to unsafe function", CALL_NOTE)
            if callee.kind == "builtin" and callee.key in UNSAFE_STD:
                return (f"call to unsafe function `{UNSAFE_STD[callee.key]}`",
                        "call to unsafe function", CALL_NOTE)
        return None

    def through_const(self, node: object) -> None:
        """A write or a `&mut` through a `*const` pointer: E0594 / E0596 (borrowck's)."""
        if isinstance(node, ast.Assign):
            target, assign = node.target, True
        elif isinstance(node, ast.Unary) and node.op in ("&mut", "&raw mut"):
            target, assign = node.operand, False
        else:
            return
        base = target
        while isinstance(base, ast.Field | ast.Index):
            base = base.base
        if not (isinstance(base, ast.Unary) and base.op == "*"):
            return
        ty = self.c.types.get(id(base.operand))
        if not (isinstance(ty, T.AdtTy) and ty.name == "*const"):
            return
        name = place_text(base.operand)
        if name is None:
            raise CompileError([unsupported("writing through this `*const` pointer",
                                            target.span)])
        if assign:
            self.errors.append(Diagnostic(
                f"cannot assign to `{place_text(target) or '*' + name}`, which is behind a "
                "`*const` pointer", node.span, "E0594",
                f"`{name}` is a `*const` pointer, so it cannot be written to"))
        else:
            self.errors.append(Diagnostic(
                f"cannot borrow `{place_text(target) or '*' + name}` as mutable, as it is "
                "behind a `*const` pointer", node.span, "E0596",
                f"`{name}` is a `*const` pointer, so the data it refers to cannot be "
                "borrowed as mutable"))

    def report(self, node: object, what: str, label: str, note: str) -> None:
        span: Span = node.span  # type: ignore[attr-defined]
        if self.blocks:
            for _, used in self.blocks[-1:]:
                used[0] = True
            return
        message = f"{what} is unsafe and requires unsafe block"
        if self.item.unsafe:
            header = _header(self.item)
            self.warnings.append(Diagnostic(
                message, span, "E0133", label, notes=(note,), level="warning",
                children=(SubNote("note", "an unsafe function restricts its caller, but its "
                                  "body is safe by default", header),
                          SubNote("note", "for more information, see <https://doc.rust-lang."
                                  "org/edition-guide/rust-2024/unsafe-op-in-unsafe-fn.html>"),
                          SubNote("note", "`#[warn(unsafe_op_in_unsafe_fn)]` (part of "
                                  "`#[warn(rust_2024_compatibility)]`) on by default"))))
            return
        self.errors.append(Diagnostic(message, span, "E0133", label, notes=(note,)))


def _header(item: ast.FnItem) -> Span:
    """`unsafe fn danger(p: *const i32) -> i32`: up to the space before the body."""
    body = item.body.span
    end = body.start - 1
    return Span(item.span.line, item.span.col, body.line, max(body.col - 1, 1),
                item.span.start, end)


def unsafety_diagnostics(checked: CheckedProgram) -> list[Diagnostic]:
    """E0133 for each unsafe operation outside an `unsafe` block, the 2024 lint inside
    an `unsafe fn`, and `unused_unsafe`, in rustc's order (function by function)."""
    out: list[Diagnostic] = []
    if not might_be_unsafe(checked):
        return out  # no unsafe operation, no `unsafe` block: nothing to say (and fast)
    refused = static_mut_type_refusal(checked)
    if refused is not None:
        raise CompileError([unsupported(*refused)])
    seen: set[int] = set()
    for info in checked.functions.values():
        item = info.item
        if id(item) in seen:
            continue
        seen.add(id(item))
        if item.unsafe and info.owner is not None:
            head = Span(item.span.line, item.span.col, item.name_span.end_line,
                        item.name_span.end_col, item.span.start, item.name_span.end)
            raise CompileError([unsupported("`unsafe fn` methods", head)])
        refusal = aliasing_refusal(checked, item)
        if refusal is not None:
            raise CompileError([refusal])
        walk = _Walk(checked, item)
        walk.run()
        out += walk.warnings + walk.errors + walk.unused
    return out



def has_unsafe_code(checked: CheckedProgram) -> bool:
    """An `unsafe` block or an `unsafe fn` anywhere (the run then checks memory as Miri)."""
    return checked.unsafe_blocks > 0 or any(info.item.unsafe
                                            for info in checked.functions.values())


def might_be_unsafe(checked: CheckedProgram) -> bool:
    """Unsafe code, or a raw pointer anywhere: without either there is no unsafe operation."""
    if any(callee.kind == "builtin" and callee.key in UNSAFE_STD
           for callee in checked.callees.values()):
        return True  # (`ManuallyDrop::drop` needs no raw pointer)
    return has_unsafe_code(checked) or has_static_mut(checked) or any(
        isinstance(ty, T.AdtTy) and ty.name in T.RAW_POINTERS for ty in checked.types.values())


def with_unsafety(unsafety: list[Diagnostic], errors: list[Diagnostic]) -> list[Diagnostic]:
    """The borrow checker's diagnostics with the unsafety check's before them, when
    there is an error to report at all (warnings alone do not stop the build)."""
    if any(d.level == "error" for d in [*unsafety, *errors]):
        return [*unsafety, *errors]
    return errors

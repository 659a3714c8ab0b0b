"""`static mut` in the checker: which paths name one, and the 2024 edition's
deny-by-default `static_mut_refs` lint (a reference to a mutable static, written
`&COUNTER` or made by Rust itself: a method's `&self`, a format macro's argument).

rustc 1.95 (edition 2024) reports it as an error without a code, after the borrow
checker, with the other late lints (see `borrowck.borrow_check_analysed`).
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

STATIC_NOTE = ("mutable statics can be mutated by multiple threads: aliasing violations or "
               "data races will cause undefined behavior")
_SHARED_NOTE = ("shared references to mutable statics are dangerous; it's undefined behavior "
                "if the static is mutated or if a mutable reference is created for it while "
                "the shared reference lives")
_MUTABLE_NOTE = ("mutable references to mutable statics are dangerous; it's undefined "
                 "behavior if any other pointer to the static is used or if any other "
                 "reference is created for the static while the mutable reference lives")
_GUIDE_NOTE = ("for more information, see <https://doc.rust-lang.org/edition-guide/rust-2024/"
               "static-mut-references.html>")
_LEVEL_NOTE = ("`#[deny(static_mut_refs)]` (part of `#[deny(rust_2024_compatibility)]`) on "
               "by default")
_MACROS_BY_REF = frozenset({"assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne"})


def static_mut_of(checked: CheckedProgram, e: object) -> ast.ConstItem | None:
    """The `static mut` a path names, if it names one."""
    if not isinstance(e, ast.Path):
        return None
    value = checked.paths.get(id(e))
    if value is None or value.kind != "const" or value.const is None:
        return None
    return value.const if value.const.mutable else None


def rooted_in_static_mut(checked: CheckedProgram, e: ast.Expr) -> ast.Path | None:
    """`COUNTER`, `ORIGIN.x`: the path of the `static mut` the place is, through fields
    only (rustc's lint does not look through an index: `&ARR[1]` is not reported)."""
    while isinstance(e, ast.Field):
        e = e.base
    return e if isinstance(e, ast.Path) and static_mut_of(checked, e) is not None else None


def has_static_mut(checked: CheckedProgram) -> bool:
    consts = getattr(checked.items, "consts", {})
    return any(item.mutable for item in consts.values())


def static_mut_refs(checked: CheckedProgram, nodes: list[object]) -> list[Diagnostic]:
    """Each reference to a `static mut` (`nodes`: every node of code, see `code_nodes`),
    in source order, rustc's note on the lint's level under the first."""
    if not has_static_mut(checked):
        return []
    found: list[tuple[Span, bool, bool]] = []  # (span, mutable, written `&`)
    for node in nodes:
        if isinstance(node, ast.Unary) and node.op in ("&", "&mut") and (
                rooted_in_static_mut(checked, node.operand) is not None):
            found.append((node.span, node.op == "&mut", True))
        elif isinstance(node, ast.MethodCall) and rooted_in_static_mut(
                checked, node.receiver) is not None:
            callee = checked.callees.get(id(node))
            if callee is not None and callee.self_mode in ("ref", "mut"):
                found.append((node.span, callee.self_mode == "mut", False))
        elif isinstance(node, ast.MacroCall):
            info = checked.formats.get(id(node))
            args: list[ast.Expr] = []
            if info is not None:
                args = [*info.positional, *(expr for _, expr in info.named)]
            if node.name in _MACROS_BY_REF:
                args += node.args[:2]
            found += [(arg.span, False, False) for arg in args
                      if rooted_in_static_mut(checked, arg) is not None]
    out: list[Diagnostic] = []
    for span, mutable, written in sorted(set(found), key=lambda f: (f[0].start, f[0].end)):
        kind = "mutable" if mutable else "shared"
        notes = (_MUTABLE_NOTE if mutable else _SHARED_NOTE, _GUIDE_NOTE,
                 *(() if out else (_LEVEL_NOTE,)))
        suggestions: tuple[Suggestion, ...] = ()
        if written:
            after = Span(span.line, span.col + 1, span.line, span.col + 1, span.start + 1,
                         span.start + 1)
            suggestions = (Suggestion(
                f"use `&raw {'mut' if mutable else 'const'}` instead to create a raw pointer",
                (Edit(after, "raw " if mutable else "raw const "),)),)
        out.append(Diagnostic(f"creating a {kind} reference to mutable static", span, None,
                              f"{kind} reference to mutable static", notes=notes,
                              suggestions=suggestions))
    return out


def static_mut_type_refusal(checked: CheckedProgram) -> tuple[str, Span] | None:
    """A `static mut` of a type that owns memory (a `String`, a `Vec`), or in a program
    with threads: not modelled yet, refused."""
    items = checked.items
    consts = getattr(items, "consts", {})
    for item in consts.values():
        if item.mutable:
            ty = items.lower(item.type)  # type: ignore[attr-defined]
            if not T.is_copy(ty):
                return (f"`static mut` of a type that is not `Copy` (`{item.name}`)",
                        item.span)
            if any(callee.key == "thread::spawn" for callee in checked.callees.values()):
                # (Miri would look for data races between the threads: not modelled)
                return ("`static mut` in a program that spawns threads", item.span)
    return None

"""E0507 for a move out of a place behind a raw pointer (`let t = *p;` with `p: *const
String`), as the borrow checker reports it."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.syntax import unsupported


def place_text(e: ast.Expr) -> str | None:
    """A place as rustc writes it (`*p`, `**p`), for a plain name under derefs."""
    if isinstance(e, ast.Path) and len(e.segments) == 1:
        return str(e.segments[0])
    if isinstance(e, ast.Unary) and e.op == "*":
        inner = place_text(e.operand)
        return None if inner is None else f"*{inner}"
    return None


def raw_move_error(e: ast.Expr, ty: T.Ty) -> Diagnostic:
    text = place_text(e)
    if text is None:
        raise CompileError([unsupported("moving out of this place behind a raw pointer",
                                        e.span)])
    return Diagnostic(f"cannot move out of `{text}` which is behind a raw pointer", e.span,
                      "E0507", f"move occurs because `{text}` has type `{ty}`, which does "
                      "not implement the `Copy` trait")

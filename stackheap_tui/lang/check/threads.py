"""What `thread::spawn` accepts, checked where rustc checks `F: Send + 'static`.

A spawned closure must own everything it uses: stackheap-tui accepts a `move` closure
(or one that captures nothing) whose captured variables and result hold no reference
and nothing that is not `Send` (`Rc`, `RefCell`, ...). rustc rejects those with E0373,
E0597 or E0277; until their whole diagnostics are reproduced they are refused here, at
the closure, never accepted (docs/threads.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.std.threads import send_problem

if TYPE_CHECKING:
    from stackheap_tui.lang.check.base import CheckerBase


def check_spawn(checker: CheckerBase, e: ast.Call, ret: T.Ty) -> None:
    """Refuse the spawned closures whose captures or result rustc would not send."""
    if len(e.args) != 1:
        return
    closure = e.args[0]
    if not isinstance(closure, ast.Closure):
        raise checker.fail("`thread::spawn` of something other than a closure written "
                           "there", closure.span)
    body_ty = checker.out.types.get(id(closure.body))
    if isinstance(checker.resolve(ret), T.InferTy) and isinstance(body_ty, T.NeverTy):
        checker.tys.unify(ret, T.UNIT)  # a body that always panics: `()`, as rustc's fallback
    captured = [binding.ty for binding in checker.closure_captures.get(id(closure), [])]
    if captured and not closure.is_move:
        raise checker.fail("a closure without `move` given to `thread::spawn` (rustc: E0373 "
                           "if it borrows)", closure.span)
    for captured_ty in [*captured, ret]:
        problem = send_problem(checker.resolve(captured_ty))
        if problem is not None:
            raise checker.fail(f"moving {problem} into or out of a spawned thread (rustc: "
                               "E0373, E0597 or E0277)", closure.span)

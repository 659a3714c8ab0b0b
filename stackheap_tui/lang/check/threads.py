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
from stackheap_tui.lang.check.base import ty_text
from stackheap_tui.lang.check.scoped import scope_refusals
from stackheap_tui.lang.diagnostics import (
    SOURCE_PATH,
    Diagnostic,
    Edit,
    Label,
    SubNote,
    Suggestion,
)
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std.atomics import ATOMICS
from stackheap_tui.lang.std.library_locations import library
from stackheap_tui.lang.std.threads import send_problem
from stackheap_tui.lang.syntax import unsupported

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
    if captured:  # (E0373 if the borrow checker borrows; a part of a variable refused)
        checker.out.spawned.append((e, closure))
    not_send = [checker.resolve(ty) for ty in captured if send_problem(checker.resolve(ty))]
    if closure.is_move and len(not_send) == 1 and _reported(not_send[0]) and send_problem(
            checker.resolve(ret)) is None:
        checker.deferred_sends.append((e, closure, not_send[0]))  # (`not_send_errors`)
        return
    for captured_ty in [*captured, ret]:
        problem = send_problem(checker.resolve(captured_ty))
        if problem is not None:
            raise checker.fail(f"moving {problem} into or out of a spawned thread (rustc: "
                               "E0373, E0597 or E0277)", closure.span)


def interior_mutability(ty: T.Ty) -> bool:
    """Whether a value of `ty` can change behind a shared reference (`static`s of these
    are refused: each use of a `static` reads its initial value here)."""
    if isinstance(ty, T.AdtTy):
        if ty.name in ("Mutex", "RwLock", "Condvar", "Cell", "RefCell", "OnceCell",
                       *ATOMICS):
            return True
        return any(interior_mutability(arg) for arg in ty.args) or (
            ty.defn is not None and any(interior_mutability(field)
                                        for variant in ty.defn.variants
                                        for field in ty.variant_types(variant)))
    if isinstance(ty, T.TupleTy):
        return any(interior_mutability(item) for item in ty.items)
    if isinstance(ty, T.ArrayTy):
        return interior_mutability(ty.element)
    return False


def check_builder_spawn(checker: CheckerBase, e: ast.MethodCall, param: T.Ty) -> None:
    """`Builder::spawn(closure)`: as `thread::spawn`, but every closure rustc would reject
    is refused (its diagnostics name `Builder::spawn`, not reproduced)."""
    closure = e.args[0] if len(e.args) == 1 else None
    if not isinstance(closure, ast.Closure) or not isinstance(param, T.FnTy):
        raise checker.fail("`Builder::spawn` of something other than a closure written there",
                           e.span)
    body_ty = checker.out.types.get(id(closure.body))
    if isinstance(checker.resolve(param.ret), T.InferTy) and isinstance(body_ty, T.NeverTy):
        checker.tys.unify(param.ret, T.UNIT)  # a body that always panics: `()`
    captured = [binding.ty for binding in checker.closure_captures.get(id(closure), [])]
    if captured and not closure.is_move:
        raise checker.fail("a `Builder::spawn` closure without `move` that captures variables",
                           closure.span)
    for captured_ty in [*captured, param.ret]:
        problem = send_problem(checker.resolve(captured_ty))
        if problem is not None:
            raise checker.fail(f"moving {problem} into or out of a spawned thread (rustc: "
                               "E0373, E0597 or E0277)", closure.span)
    checker.out.spawned.append((e, closure))  # (a part of a variable: refused later)


def _reported(ty: T.Ty) -> bool:
    """The non-`Send` captures whose E0277 is reproduced: an `Rc`, an `Arc<RefCell<_>>`."""
    return isinstance(ty, T.AdtTy) and (ty.name == "Rc" or (ty.name == "Arc" and isinstance(
        ty.args[0], T.AdtTy) and ty.args[0].name == "RefCell"))


def not_send_errors(checker: CheckerBase) -> list[Diagnostic]:
    """E0277 for each spawned closure holding an `Rc` or an `Arc<RefCell<_>>`, its type's
    literals defaulted."""
    return [_not_send(call, closure, checker.tys.default(ty))
            for call, closure, ty in checker.deferred_sends]


def _not_send(call: ast.Call, closure: ast.Closure, ty: T.Ty) -> Diagnostic:
    """rustc's E0277 for a `move` closure given to `thread::spawn` holding an `Rc` (not
    `Send`) or an `Arc<RefCell<_>>` (`RefCell` is not `Sync`)."""
    head = closure.head if closure.head is not None else closure.span
    bound = (SubNote("note", "required because it's used within this closure", head),
             SubNote("note", "required by a bound in `spawn`",
                     location=library("std/src/thread/functions.rs:125:0")))
    called = Label(call.callee.span, "required by a bound introduced by this call")
    assert isinstance(ty, T.AdtTy)
    if ty.name == "Arc":
        cell = ty_text(ty.args[0])
        what = f"`{cell}` cannot be shared between threads safely"
        return Diagnostic(what, closure.span, "E0277", what, (called,), children=(
            SubNote("help", f"the trait `Sync` is not implemented for `{cell}`"),
            SubNote("note", "if you want to do aliasing and mutation between multiple "
                            "threads, use `std::sync::RwLock` instead"),
            SubNote("note", f"required for `{ty_text(ty)}` to implement `Send`"), *bound))
    where = f"{{closure@{SOURCE_PATH}:{head.line}:{head.col}: {head.end_line}:{head.end_col}}}"
    what = f"`{ty_text(ty)}` cannot be sent between threads safely"
    return Diagnostic(
        what, closure.span, "E0277", what, (Label(head, f"within this `{where}`"), called),
        children=(SubNote("help", f"within `{where}`, the trait `Send` is not implemented "
                                  f"for `{ty_text(ty)}`"), *bound))


def with_outlive_errors(errors: list[Diagnostic], checked: CheckedProgram) -> list[Diagnostic]:
    """The borrow checker's `errors`, then E0373 for spawned closures if it found none. A
    scoped thread not vouched for is refused first (the borrow checker does not see
    that its borrows last the scope, `check/scoped.py`)."""
    refused = scope_refusals(checked) or _partial_captures(checked)
    if refused:
        return refused
    if any(error.level == "error" for error in errors):
        return errors
    return [*errors, *outlive_errors(checked)]


def _partial_captures(checked: CheckedProgram) -> list[Diagnostic]:
    """A spawned closure that captures a field of a variable (a disjoint capture): its
    thread's frame would hold part of a value, not modelled (refused before it runs)."""
    for _, closure in checked.spawned:
        for capture in checked.captures.get(id(closure), ()):
            if capture.path:
                return [unsupported(f"a thread's closure that captures part of a variable "
                                    f"(`{capture.text}`)", closure.span)]
    return []


def outlive_errors(checked: CheckedProgram) -> list[Diagnostic]:
    """E0373 for a spawned closure without `move` that captures a variable by reference
    (asked after the borrow checker decided how each closure captures)."""
    errors = []
    for call, closure in checked.spawned:
        borrowed = [c for c in checked.captures.get(id(closure), ()) if not c.by_value]
        if not borrowed:
            continue
        name = borrowed[0].text.split(".")[0]
        span = closure.span
        head = Span(span.line, span.col, span.line, span.col + 2, span.start, span.start + 2)
        errors.append(Diagnostic(
            f"closure may outlive the current function, but it borrows `{name}`, which is "
            "owned by the current function", head, "E0373",
            f"may outlive borrowed value `{name}`",
            children=(SubNote("note", "function requires argument type to outlive `'static`",
                              call.span),),
            suggestions=(Suggestion(
                f"to force the closure to take ownership of `{name}` (and any other "
                "referenced variables), use the `move` keyword", (Edit(head, "move "),)),)))
    return errors

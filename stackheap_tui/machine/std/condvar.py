"""`Condvar` at run time under the baton schedule (docs/threads.md).

A Condvar's value is `(waiting,)`: the indexes of the threads waiting on it, in the
order they began. `wait(guard)` unlocks the guard's Mutex, joins the waiters and blocks
until a `notify_one` (the longest waiting) or `notify_all` releases it, then locks the
Mutex again (waiting for it if another thread holds it). No wakeup is spurious here,
which is one behaviour the real binary can have; a wait nobody will notify is a
deadlock."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.machine.interpreter.env import Env
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.machine.std.sync import lock, scheduler_of, unlock
from stackheap_tui.machine.std.values import Closure
from stackheap_tui.memory.records import StepKind

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Interpreter


@function("Condvar::new")
def _new(site: CallSite) -> Code:
    return lambda env: ((),)


def _wait(interp: Interpreter, env: Env, condvar: Any, guard: Any, e: ast.MethodCall) -> Any:
    scheduler = scheduler_of(interp)
    me = scheduler.current
    (waiting,) = interp.memory.read(condvar)
    interp.write_place(condvar, ((*waiting, me),))
    unlock(interp, guard)
    interp.step(e.span, StepKind.STATEMENT, interp.take_notes(
        env, f"`wait` unlocks the Mutex and puts thread #{me} to sleep on the Condvar until "
             "another thread calls `notify_one` or `notify_all`; another thread runs."))
    scheduler.block_until(lambda: me not in interp.memory.read(condvar)[0],
                          f"a `notify` on a Condvar (`wait`, line {e.span.line})")
    env.notes.append("wait:the Condvar was notified: `wait` locks the Mutex again.")
    return lock(interp, env, guard, T.UNIT, [], e)


@method("Condvar::wait")
def _wait_method(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
                 e: ast.MethodCall) -> Any:
    return _wait(interp, env, recv, values[0], e)


@method("Condvar::wait_while")
def _wait_while(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
                e: ast.MethodCall) -> Any:
    guard, condition = values
    assert isinstance(condition, Closure)
    guard_ty = T.AdtTy("MutexGuard", (T.UNIT,))
    result: Any = (0, guard)
    while True:
        data, _ = interp.deref_place_value(guard, _guard_type(interp, e, guard_ty))
        if not condition.call([data]):
            return result
        result = _wait(interp, env, recv, guard, e)
        if result[0] == 1:
            return result  # poisoned: `wait_while` gives the error at once


def _guard_type(interp: Interpreter, e: ast.MethodCall, fallback: T.AdtTy) -> T.Ty:
    ty = interp.c.type_of(e.args[0]) if e.args else fallback
    return ty


def _notify(everyone: bool) -> None:
    def notify(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
               e: ast.MethodCall) -> Any:
        (waiting,) = interp.memory.read(recv)
        woken = waiting if everyone else waiting[:1]
        interp.write_place(recv, (waiting[len(woken):],))
        who = ", ".join(f"#{t}" for t in woken)
        env.notes.append(f"notify:`{e.method}` wakes " + (f"thread {who}: it will lock the "
                         "Mutex again when it runs." if woken else "no one: no thread waits "
                         "on the Condvar (the notification is lost)."))
        return ()

    method("Condvar::notify_all" if everyone else "Condvar::notify_one")(notify)


_notify(True)
_notify(False)

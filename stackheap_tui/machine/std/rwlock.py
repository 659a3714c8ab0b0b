"""`RwLock` at run time: many readers or one writer (docs/threads.md).

The lock's value is `(writer, readers, poisoned, data)`: `writer` is 0 or the writing
thread's index + 1, `readers` the indexes of the threads holding a read guard (a thread
may hold several). A guard is the lock's place; dropping it releases its share, and a
write guard dropped while its thread unwinds from a panic poisons the lock."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.machine.interpreter.env import Env
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.machine.threads import Deadlock
from stackheap_tui.memory.records import StepKind

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Interpreter


@function("RwLock::new")
def _new(site: CallSite) -> Code:
    values = site.values
    return lambda env: (0, (), False, values(env)[0])  # no writer, no reader, not poisoned


def _take(interp: Interpreter, env: Env, recv: Any, e: ast.MethodCall, write: bool) -> Any:
    scheduler = interp.scheduler
    me = scheduler.current if scheduler is not None else 0
    name = scheduler.name_of(me) if scheduler is not None else "main"
    mem = interp.memory
    writer, readers, _, _ = mem.read(recv)
    what = "write" if write else "read"
    if writer == me + 1 or (write and me in readers):
        raise Deadlock([f"thread `{name}` asks to {what} an RwLock it already holds (at line "
                        f"{e.span.line}): it waits for itself"])

    def free() -> bool:
        writer, readers, _, _ = mem.read(recv)
        return not writer and not (write and readers)

    if not free():
        assert scheduler is not None
        holder = f"thread #{writer - 1} writes" if writer else "other threads read"
        interp.step(e.span, StepKind.STATEMENT, interp.take_notes(
            env, f"`{what}` finds that {holder} the RwLock: this thread waits, and another "
                 "one runs."))
        scheduler.block_until(free, f"an RwLock ({'`write`' if write else '`read`'}, line "
                                    f"{e.span.line})")
    writer, readers, poisoned, value = mem.read(recv)
    if write:
        interp.write_place(recv, (me + 1, readers, poisoned, value))
        got = f"thread #{me} writes it now, alone"
    else:
        interp.write_place(recv, (writer, (*readers, me), poisoned, value))
        got = f"{len(readers) + 1} read guard{'s' if readers else ''} out now"
    if poisoned:
        env.notes.append(f"lock:`{what}` takes the RwLock, but a thread panicked while writing "
                         "it (it is poisoned): it returns `Err(PoisonError)`.")
        return (1, recv)
    env.notes.append(f"lock:`{what}` takes the RwLock ({got}) and returns a guard that "
                     "releases it when dropped.")
    return (0, recv)


@method("RwLock::read")
def _read(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
          e: ast.MethodCall) -> Any:
    return _take(interp, env, recv, e, write=False)


@method("RwLock::write")
def _write(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
           e: ast.MethodCall) -> Any:
    return _take(interp, env, recv, e, write=True)


@method("PoisonError::into_inner")
def _into_inner(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
                e: ast.MethodCall) -> Any:
    env.notes.append("poison:`into_inner` gives the guard anyway: the lock is held, and the "
                     "value is what the panicking thread left.")
    return recv  # (the error holds the guard: the lock's place)


def release(interp: Interpreter, lock: Any, write: bool) -> None:
    """A guard is dropped: its thread's read share or the write lock goes (a write guard
    dropped while its thread unwinds poisons the lock)."""
    writer, readers, poisoned, value = interp.memory.read(lock)
    scheduler = interp.scheduler
    me = scheduler.current if scheduler is not None else 0
    if write:
        writer, poisoned = 0, poisoned or interp.panicking
    elif me in readers:
        at = readers.index(me)
        readers = readers[:at] + readers[at + 1:]
    interp.write_place(lock, (writer, readers, poisoned, value))

"""`thread::scope` at run time: scoped threads that borrow their creator's locals; and
`thread::current()` (its `name()` and `id()`).

A scoped thread's stack starts with its creator's frames (`Memory.borrowed`, kept in step
at each switch), so its closure reads and writes the variables it borrows where they
live, in the creator's frame. The scope's end joins every thread spawned in it. The
checker (`lang/check/scoped.py`) has refused what rustc's borrow checker rejects and
what is not modelled (docs/threads.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.std.threads import SCOPE
from stackheap_tui.machine import convert
from stackheap_tui.machine.allocation import NotSupportedAtRun
from stackheap_tui.machine.interpreter.env import Env
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.machine.std.sync import run_thread, scheduler_of, start_thread
from stackheap_tui.machine.std.values import Closure
from stackheap_tui.memory.records import StepKind
from stackheap_tui.memory.values import STATIC, Ref, Slice

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Interpreter


@function("thread::scope")
def _scope(site: CallSite) -> Code:
    interp = site.interp
    e = site.e

    def scope(env: Env) -> Any:
        (closure,) = site.values(env)
        assert isinstance(closure, Closure)
        scheduler = scheduler_of(interp)
        number = len(scheduler.scopes)
        scheduler.scopes.append([])
        handle = interp.temp_slot(env, number, SCOPE)
        env.notes.append("scope:`thread::scope` makes a scope and calls the closure with it "
                         "(`&Scope`): threads spawned in it may borrow this function's "
                         "locals, since the scope waits for all of them before it returns.")
        result = closure.call([handle])
        spawned = scheduler.scopes[number]
        waiting = [i for i in spawned if not scheduler.threads[i].done]
        if waiting:
            names = ", ".join(f"#{i}" for i in waiting)
            interp.step(e.span, StepKind.STATEMENT, interp.take_notes(
                env, f"The scope's closure has returned: `thread::scope` now waits for its "
                     f"threads still running ({names}) before it returns."))
            scheduler.block_until(lambda: all(scheduler.threads[i].done for i in spawned),
                                  "the threads of its `thread::scope` to finish")
        if any(scheduler.threads[i].result == ("err", 0) and i not in scheduler.joined
               for i in spawned):
            raise NotSupportedAtRun("a `thread::scope` whose thread panicked without being "
                                    "joined (the scope panics)", e.span)
        env.notes.append("scope:every thread of the scope has finished: `thread::scope` "
                         "returns, and what they borrowed is free again.")
        return result

    return scope


@method("Scope::spawn")
def _scoped_spawn(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
                  e: ast.MethodCall) -> Any:
    (closure,) = values
    assert isinstance(closure, Closure) and closure.run_on is not None
    arg = e.args[0]
    end = arg.body.close_span if isinstance(arg, ast.Closure) and isinstance(
        arg.body, ast.Block) else arg.span
    fn_ty = interp.c.type_of(arg)
    ret_ty = fn_ty.ret if isinstance(fn_ty, T.FnTy) else T.UNIT
    scheduler = scheduler_of(interp)
    index = len(scheduler.threads)
    scheduler.scopes[interp.memory.read(recv)].append(index)

    # What a `move` closure copied in (`chunk`, a reference) is in the thread's frame.
    copies = [(held.key, held.text, held.ty, held.value) for held in closure.held
              if held.place is None and held.key]

    def body() -> tuple[str, Any]:
        return run_thread(interp, scheduler, index, closure, copies, e.span, end, ret_ty,
                          outer=closure.owner)

    scheduler.spawn(body, scoped=True)
    env.notes.append(f"spawn:`s.spawn` starts the scoped thread #{index} (`<unnamed>`) with "
                     "its own stack; its closure borrows what it uses from this frame (the "
                     "scope outlives the thread). It runs when this thread sleeps, waits or "
                     "reaches the scope's end.")
    return index


@function("thread::current")
def _current(site: CallSite) -> Code:
    interp = site.interp

    def current(env: Env) -> Any:
        index = interp.scheduler.current if interp.scheduler is not None else 0
        env.notes.append(f"current:`thread::current()` is a handle to the running thread, "
                         f"#{index}.")
        return index

    return current


@method("Thread::name")
def _thread_name(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
                 e: ast.MethodCall) -> Any:
    index = interp.memory.read(recv)
    names = interp.memory.thread_names
    name = names[index] if index < len(names) else "main"
    if name == "<unnamed>":
        return (0,)  # None: a thread spawned without a `Builder` name
    address = interp.static_address(name)
    data = name.encode("utf-8")
    return (1, Slice(Ref(STATIC, address, 0, (), address), 0, len(data), address, 1))


@method("Thread::id")
def _thread_id(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
               e: ast.MethodCall) -> Any:
    return (interp.memory.read(recv) + 1,)  # ThreadId(1) is main's


@function("thread::Builder::new")
def _builder_new(site: CallSite) -> Code:
    return lambda env: ((0,),)  # no name yet


@method("Builder::name")
def _builder_name(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
                  e: ast.MethodCall) -> Any:
    (old,) = recv
    if old[0] == 1:
        interp.drop_value(old[1], T.STRING, "a second `name`")
    interp.claim(values[0], T.STRING, "(the Builder's name)")
    return ((1, values[0]),)


@method("Builder::stack_size")
def _builder_stack_size(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty,
                        values: list[Any], e: ast.MethodCall) -> Any:
    return recv  # (the thread's Python stack is what it is; no Rust program can tell)


@method("Builder::spawn")
def _builder_spawn(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
                   e: ast.MethodCall) -> Any:
    (named,) = recv
    name = "<unnamed>"
    if named[0] == 1:
        name = bytes(convert.bytes_of(interp.memory, named[1], T.STRING)).decode("utf-8")
        interp.drop_value(named[1], T.STRING, "`spawn` (the thread keeps its name)")
    (closure,) = values
    index = start_thread(interp, env, closure, e.args[0], e.span, name, "`Builder::spawn`")
    return (0, index)  # Ok(JoinHandle): spawning never fails here

"""`std::thread` at run time: `thread::spawn`, `JoinHandle::join`, `thread::sleep` and
`Duration` (the scheduler is `machine/threads.py`; the design is docs/threads.md)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.span import Span
from stackheap_tui.machine.allocation import NotSupportedAtRun
from stackheap_tui.machine.interpreter.env import Env
from stackheap_tui.machine.interpreter.signals import RustPanic
from stackheap_tui.machine.panics import panic_report
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.machine.std.values import Closure
from stackheap_tui.machine.threads import Deadlock, Scheduler
from stackheap_tui.memory.explain import LazyText, ShownValue
from stackheap_tui.memory.records import SlotState, StepKind, format_address
from stackheap_tui.memory.state import (
    ADD_SLOT,
    ALLOC,
    FREE,
    HEAP_SET,
    OUTPUT,
    POP_FRAME,
    PUSH_FRAME,
)
from stackheap_tui.memory.values import STACK

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Interpreter

PANIC_PAYLOAD = 0  # the `Box<dyn Any + Send>` an `Err` from `join` holds (not drawn)


def scheduler_of(interp: Interpreter) -> Scheduler:
    if interp.scheduler is None:
        interp.scheduler = Scheduler(interp)
    return interp.scheduler


@function("thread::spawn")
def _spawn(site: CallSite) -> Code:
    interp = site.interp

    def spawn(env: Env) -> Any:
        (closure,) = site.values(env)
        return start_thread(interp, env, closure, site.e.args[0], site.e.span)

    return spawn


def start_thread(interp: Interpreter, env: Env, closure: Any, arg: ast.Expr, span: Span,
                 name: str = "<unnamed>", how: str = "`thread::spawn`") -> int:
    """A new thread running `closure` (written at `arg`), which takes what it owns along."""
    fn_ty = interp.c.type_of(arg)
    ret_ty = fn_ty.ret if isinstance(fn_ty, T.FnTy) else T.UNIT
    end = arg.body.close_span if isinstance(arg, ast.Closure) and isinstance(
        arg.body, ast.Block) else arg.span
    assert isinstance(closure, Closure) and closure.run_on is not None
    captured = _take_captures(interp, closure)
    scheduler = scheduler_of(interp)
    index = len(scheduler.threads)

    def body() -> tuple[str, Any]:
        return run_thread(interp, scheduler, index, closure, captured, span, end, ret_ty)

    scheduler.spawn(body, name)
    moved = ", ".join(f"`{text}`" for _, text, _, _ in captured)
    what = f" and what it owns ({moved})" if moved else ""
    env.notes.append(f"spawn:{how} starts thread #{index} (`{name}`) with its "
                     f"own stack: the closure{what} moves to it. The new thread runs when "
                     "this one sleeps, waits or ends (the schedule of docs/threads.md); "
                     f"the `JoinHandle` returned is how to wait for it.")
    return index


def _take_captures(interp: Interpreter, closure: Closure) -> list[tuple[int, str, T.Ty, Any]]:
    """What the closure owns, taken out of the spawning frame: (binding key, name, type,
    value) each; the new thread's first frame holds them."""
    owner: Env = closure.owner
    taken = []
    for held in closure.held:
        if held.place is None and "." in held.text:
            raise NotSupportedAtRun("a thread's closure that copies a field out of a "
                                    "variable", interp.current_span)
        if held.place is None:
            continue  # a Copy value copied in (the closure keeps its own copy)
        if not held.owned or held.place.region != STACK or held.place.path:
            raise NotSupportedAtRun("a thread's closure that borrows, or takes part of a "
                                    "variable", interp.current_span)
        key = next(k for k, slot in owner.slots.items() if slot == held.place.slot)
        owner.closure_owned.discard((held.place.slot, ()))
        taken.append((key, held.text, held.ty, interp.memory.read(held.place)))
    return taken


def run_thread(interp: Interpreter, scheduler: Scheduler, index: int, closure: Closure,
               captured: list[tuple[int, str, T.Ty, Any]], span: Span, end: Span,
               ret_ty: T.Ty, outer: Env | None = None) -> tuple[str, Any]:
    """The spawned thread's life, on its own stack: a frame for the closure holding what
    it captured, the body, the drops at its end; a panic unwinds this thread only. A
    scoped thread's closure reads what it borrows in its creator's frame (`outer`)."""
    name = scheduler.name_of(index)
    frame = interp.rec.apply((PUSH_FRAME, "{closure}", None))
    env = Env(frame, function="{closure}", outer=outer)
    interp.envs.append(env)
    for key, text, ty, value in captured:
        env.slots[key] = interp.rec.apply((ADD_SLOT, text, ty, value, SlotState.LIVE))
        interp.claim(value, ty, text)
    held = ", ".join(f"`{text}`" for _, text, _, _ in captured)
    interp.step(span, StepKind.CALL,
                f"Thread #{index} (`{name}`) starts: its own stack gets a frame for the "
                f"closure{f', holding what it captured ({held})' if held else ''}.")
    assert closure.run_on is not None
    try:
        result = closure.run_on(env)
        interp.drop_temps(env)
        interp.drop_scope(env, list(env.slots.items()), end)
    except RustPanic as panic:
        interp.panicking = True  # (a guard dropped while unwinding poisons its Mutex)
        where = panic.location or f"{interp.path}:{panic.span.line}:{panic.span.col}"
        interp.rec.apply((OUTPUT, "stderr", panic_report(
            where, panic.message, name, scheduler.threads[index].os_id,
            first=not scheduler.panicked)))
        scheduler.panicked = True
        interp.step(panic.span, StepKind.PANIC,
                    f"Thread #{index} (`{name}`) panics: {panic.message}. Only this thread "
                    "unwinds (its values are dropped); the process goes on, and `join` "
                    "on this thread returns `Err`.")
        while interp.envs:
            top = interp.envs[-1]
            interp.drop_temps(top)
            interp.drop_scope(top, list(top.slots.items()), panic.span, unwinding=True)
            interp.rec.apply((POP_FRAME,))
            interp.envs.pop()
        interp.step(panic.span, StepKind.DROP, f"Thread #{index} (`{name}`) has unwound: "
                    "its stack is empty and the thread is over.")
        return "err", PANIC_PAYLOAD
    interp.rec.apply((POP_FRAME,))
    interp.envs.pop()
    if ret_ty == T.UNIT:
        said: Any = f"Thread #{index} (`{name}`) ends: its closure returns and its stack " \
                    "frame is popped."
    else:
        said = LazyText((f"Thread #{index} (`{name}`) ends: its closure returns ",
                         ShownValue(result, ret_ty), ", kept for `join`; its stack frame "
                         "is popped."))
    interp.step(end, StepKind.RETURN, said)
    return "ok", result


@method("JoinHandle::is_finished")
def _is_finished(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
                 e: ast.MethodCall) -> Any:
    thread = scheduler_of(interp).threads[interp.memory.read(recv)]
    env.notes.append(f"finished:thread #{thread.index} has {'' if thread.done else 'not '}"
                     "finished: `is_finished` returns " + ("`true`." if thread.done else
                                                           "`false`."))
    return thread.done


@method("JoinHandle::join")
def _join(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
          e: ast.MethodCall) -> Any:
    scheduler = scheduler_of(interp)
    thread = scheduler.threads[recv]
    scheduler.joined.add(recv)
    if not thread.done:
        interp.step(e.span, StepKind.STATEMENT, interp.take_notes(
            env, f"`join` waits for thread #{recv} (`{thread.name}`) to finish: this "
                 "thread blocks, and another one runs."))
        scheduler.block_until(lambda: thread.done,
                              f"thread #{recv} to finish (`join`)")
    assert thread.result is not None
    kind, value = thread.result
    if kind == "ok":
        env.notes.append(f"join:thread #{recv} has finished: `join` returns `Ok` with the "
                         "closure's result.")
        return (0, value)
    env.notes.append(f"join:thread #{recv} panicked: `join` returns `Err` with the panic's "
                     "payload.")
    return (1, PANIC_PAYLOAD)


@function("thread::sleep")
def _sleep(site: CallSite) -> Code:
    interp = site.interp
    e = site.e

    def sleep(env: Env) -> Any:
        site.values(env)
        scheduler = scheduler_of(interp)
        others = any(t.runnable() for t in scheduler.threads if t is not scheduler.running)
        if others:
            interp.step(e.span, StepKind.STATEMENT, interp.take_notes(
                env, "`thread::sleep` pauses this thread (no real waiting here): the "
                     "next thread that can run takes over."))
            scheduler.sleep()
        else:
            env.notes.append("sleep:`thread::sleep` pauses this thread; no other thread can "
                             "run, so it goes on (no real waiting here).")
        return ()

    return sleep


def _duration(scale: int) -> Any:
    def build(site: CallSite) -> Code:
        def make(env: Env) -> Any:
            (amount,) = site.values(env)
            nanos = amount * scale
            return (nanos // 1_000_000_000, nanos % 1_000_000_000)
        return make
    return build


function("Duration::from_secs")(_duration(1_000_000_000))
function("Duration::from_millis")(_duration(1_000_000))
function("Duration::from_micros")(_duration(1_000))
function("Duration::from_nanos")(_duration(1))


@function("Mutex::new")
def _mutex_new(site: CallSite) -> Code:
    values = site.values
    return lambda env: (0, False, values(env)[0])  # unlocked, not poisoned, the value


@method("Mutex::lock")
def lock(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
          e: ast.MethodCall) -> Any:
    """`m.lock()`: the lock is taken (its owner thread recorded in the Mutex), waiting
    while another thread holds it; `Err(PoisonError)` (still locked) if a thread panicked
    holding it. Locking again in the thread that holds it: a deadlock (std hangs)."""
    scheduler = interp.scheduler
    me = scheduler.current if scheduler is not None else 0
    mem = interp.memory
    owner = mem.read(recv)[0]
    if owner == me + 1:
        name = scheduler.name_of(me) if scheduler is not None else "main"
        raise Deadlock([f"thread `{name}` locks a Mutex it already holds (at line "
                        f"{e.span.line}): it waits for itself"])
    if owner:
        assert scheduler is not None
        interp.step(e.span, StepKind.STATEMENT, interp.take_notes(
            env, f"`lock` finds the Mutex held by thread #{owner - 1}: this thread "
                 "waits, and another one runs."))
        scheduler.block_until(lambda: mem.read(recv)[0] == 0,
                              f"a Mutex held by thread #{owner - 1} (`lock`, line {e.span.line})")
    _, poisoned, value = mem.read(recv)
    interp.write_place(recv, (me + 1, poisoned, value))
    if poisoned:
        env.notes.append("lock:`lock` takes the Mutex, but a thread panicked while holding "
                         "it (it is poisoned): `lock` returns `Err(PoisonError)`.")
        return (1, recv)
    env.notes.append(f"lock:`lock` takes the Mutex (thread #{me} holds it now) and returns "
                     "a guard that unlocks it when dropped.")
    return (0, recv)


def unlock(interp: Interpreter, mutex: Any) -> None:
    """A `MutexGuard` is dropped: the Mutex unlocks; dropped while its thread unwinds
    from a panic, it is poisoned."""
    _, poisoned, value = interp.memory.read(mutex)
    interp.write_place(mutex, (0, poisoned or interp.panicking, value))


# ---- mpsc channels: a heap block holding (Senders alive, Receiver alive, values in flight)
CHANNEL_BYTES = 512  # what `mpsc::channel()` allocates (rustc 1.95, measured)


@function("mpsc::channel")
def _channel(site: CallSite) -> Code:
    interp = site.interp
    ty = site.ty
    assert isinstance(ty, T.TupleTy) and isinstance(ty.items[0], T.AdtTy)
    item = ty.items[0].args[0]

    def channel(env: Env) -> Any:
        address = interp.rec.apply((ALLOC, item, CHANNEL_BYTES, (1, True, ()),
                                    "(the channel)", "channel"))
        env.notes.append(f"alloc:`mpsc::channel` allocates the channel at "
                         f"{format_address(address)} ({CHANNEL_BYTES} bytes): a queue of the "
                         "values sent and not yet received. The Sender and the Receiver both "
                         "point to it.")
        return (address, address)

    return channel


def channel_state(interp: Interpreter, address: int) -> tuple[int, bool, tuple[Any, ...]]:
    state: tuple[int, bool, tuple[Any, ...]] = interp.memory.heap[address].value
    return state


def _clone_sender(interp: Interpreter, env: Env, address: int) -> int:
    senders, receiving, queue = channel_state(interp, address)
    interp.rec.apply((HEAP_SET, address, (senders + 1, receiving, queue)))
    env.notes.append(f"clone:the Sender is cloned: {senders + 1} Senders now feed the channel.")
    return address


@function("Sender::clone")
def _sender_clone_fn(site: CallSite) -> Code:
    interp = site.interp
    return lambda env: _clone_sender(interp, env, interp.memory.read(site.values(env)[0]))


@method("Sender::clone")
def _sender_clone(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
                  e: ast.MethodCall) -> Any:
    return _clone_sender(interp, env, interp.memory.read(recv))


@method("Sender::send")
def _send(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
          e: ast.MethodCall) -> Any:
    from stackheap_tui.machine.std import channels  # (it builds on this module)
    address = interp.memory.read(recv)
    (value,) = values
    channels.wait_for_room(interp, env, address, e.span)
    senders, receiving, queue = channel_state(interp, address)
    if not receiving:
        env.notes.append("send:the Receiver is gone: `send` returns `Err(SendError(value))`, "
                         "giving the value back.")
        return (1, value)
    interp.rec.apply((HEAP_SET, address, (senders, receiving, (*queue, value))))
    assert isinstance(recv_ty, T.AdtTy)
    interp.claim(value, recv_ty.args[0], "(in the channel)")
    bounded = channels.bound_of(interp, address) is not None
    env.notes.append(f"send:`send` moves the value into the channel at "
                     f"{format_address(address)} ({len(queue) + 1} in flight)"
                     + ("." if bounded else "; it never waits."))
    channels.wait_for_taker(interp, env, address, e.span)
    return (0, ())


def _receive(interp: Interpreter, env: Env, address: int, span: Span) -> tuple[bool, Any]:
    """The next value (True, value), waiting for one while a Sender lives; (False, None)
    once every Sender is gone and the queue is empty."""
    senders, receiving, queue = channel_state(interp, address)
    if not queue and senders:
        scheduler = interp.scheduler
        if scheduler is None:
            raise Deadlock(["thread `main` waits on `recv` for a value, and no other thread "
                            "exists to send one"])
        interp.step(span, StepKind.STATEMENT, interp.take_notes(
            env, "`recv` finds the channel empty with a Sender alive: this thread waits, and "
                 "another one runs."))
        scheduler.block_until(lambda: bool(channel_state(interp, address)[2]) or not (
            channel_state(interp, address)[0]), f"a value on the channel (`recv`, line "
                                                 f"{span.line})")
        senders, receiving, queue = channel_state(interp, address)
    if not queue:
        return False, None
    interp.rec.apply((HEAP_SET, address, (senders, receiving, queue[1:])))
    return True, queue[0]


@method("Receiver::recv")
def _recv(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
          e: ast.MethodCall) -> Any:
    got, value = _receive(interp, env, interp.memory.read(recv), e.span)
    if not got:
        env.notes.append("recv:every Sender is gone and the channel is empty: `recv` returns "
                         "`Err(RecvError)`.")
        return (1, ())
    env.notes.append("recv:`recv` moves the oldest value out of the channel.")
    return (0, value)


def receive_all(interp: Interpreter, env: Env, address: int, ty: T.AdtTy,
                span: Span | None) -> Iterator[Any]:
    """`for x in rx`: a `recv` per iteration until every Sender is gone; the Receiver,
    consumed by the loop, is dropped at its end."""
    while True:
        got, value = _receive(interp, env, address, span or interp.current_span)
        if not got:
            break
        yield value
    hang_up(interp, address, ty, "the `for` loop's end")


def hang_up(interp: Interpreter, address: int, ty: T.AdtTy,
            reason: str) -> list[tuple[int, int]]:
    """A Sender or the Receiver is dropped; the last of them frees the channel (and drops
    the values still in flight)."""
    senders, receiving, queue = channel_state(interp, address)
    if ty.name in ("Sender", "SyncSender"):
        senders -= 1
    else:
        receiving = False
    if senders or receiving:
        interp.rec.apply((HEAP_SET, address, (senders, receiving, queue)))
        return []
    freed: list[tuple[int, int]] = []
    for value in queue:
        freed.extend(interp.drop_value(value, ty.args[0], reason))
    size = interp.memory.heap[address].size
    interp.rec.apply((FREE, address, f"freed by {reason} (the channel's last end)"))
    return [*freed, (address, size)]

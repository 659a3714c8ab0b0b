"""More of `std::sync::mpsc` at run time: `sync_channel` (bounded: `send` waits for room),
`try_recv` and `recv_timeout` under the baton schedule (docs/threads.md).

A bounded channel is the same block as `channel()`'s, its kind `sync_channel:N` saying
its bound. `try_recv` that finds nothing lets the other threads run first (a thread that
polls must let the others make progress; with no other thread able to run it answers
`Empty` at once), and `recv_timeout` waits as `recv` does but times out once no other
thread can run: each is one behaviour the real binary can have."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.span import Span
from stackheap_tui.machine.interpreter.env import Env
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.machine.std.sync import CHANNEL_BYTES, channel_state, scheduler_of
from stackheap_tui.memory.records import StepKind, format_address
from stackheap_tui.memory.state import ALLOC, HEAP_SET

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Interpreter

SYNC_KIND = "sync_channel:"


@function("mpsc::sync_channel")
def _sync_channel(site: CallSite) -> Code:
    interp = site.interp
    ty = site.ty
    assert isinstance(ty, T.TupleTy) and isinstance(ty.items[0], T.AdtTy)
    item = ty.items[0].args[0]

    def channel(env: Env) -> Any:
        (bound,) = site.values(env)
        address = interp.rec.apply((ALLOC, item, CHANNEL_BYTES, (1, True, ()),
                                    "(the channel)", f"{SYNC_KIND}{bound}"))
        room = "no room: each `send` waits for its `recv`" if bound == 0 else (
            f"room for {bound} value{'s' if bound > 1 else ''} in flight; a `send` beyond "
            "that waits")
        env.notes.append(f"alloc:`mpsc::sync_channel({bound})` allocates the channel at "
                         f"{format_address(address)}, bounded ({room}).")
        return (address, address)

    return channel


def bound_of(interp: Interpreter, address: int) -> int | None:
    kind = interp.memory.heap[address].kind
    return int(kind[len(SYNC_KIND):]) if kind.startswith(SYNC_KIND) else None


def wait_for_room(interp: Interpreter, env: Env, address: int, span: Span) -> None:
    """A bounded channel's `send` waits while the channel is full (and its Receiver alive)."""
    bound = bound_of(interp, address)
    if bound is None or bound == 0:
        return

    def room() -> bool:
        _, receiving, queue = channel_state(interp, address)
        return len(queue) < bound or not receiving

    if not room():
        interp.step(span, StepKind.STATEMENT, interp.take_notes(
            env, f"`send` finds the channel full ({bound} in flight): this thread waits for "
                 "a `recv`, and another one runs."))
        scheduler_of(interp).block_until(room, f"room in a full channel (`send`, line "
                                               f"{span.line})")


def wait_for_taker(interp: Interpreter, env: Env, address: int, span: Span) -> None:
    """`sync_channel(0)`: `send` returns once the value has been received."""
    if bound_of(interp, address) != 0:
        return

    def taken() -> bool:
        _, receiving, queue = channel_state(interp, address)
        return not queue or not receiving

    if not taken():
        interp.step(span, StepKind.STATEMENT, interp.take_notes(
            env, "`send` on a channel with no room waits until a `recv` takes the value; "
                 "another thread runs."))
        scheduler_of(interp).block_until(taken, f"a `recv` to take the value (`send`, line "
                                                f"{span.line})")


def _others_can_run(interp: Interpreter) -> bool:
    scheduler = interp.scheduler
    return scheduler is not None and any(
        t.runnable() for t in scheduler.threads if t is not scheduler.running)


def _take(interp: Interpreter, address: int) -> tuple[int, Any] | None:
    senders, receiving, queue = channel_state(interp, address)
    if not queue:
        return None
    interp.rec.apply((HEAP_SET, address, (senders, receiving, queue[1:])))
    return (0, queue[0])


@method("Receiver::try_recv")
def _try_recv(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
              e: ast.MethodCall) -> Any:
    address = interp.memory.read(recv)
    got = _take(interp, address)
    if got is None and channel_state(interp, address)[0] and _others_can_run(interp):
        interp.step(e.span, StepKind.STATEMENT, interp.take_notes(
            env, "`try_recv` finds the channel empty: it never waits, but here the other "
                 "threads run first (a polling thread must let them)."))
        scheduler_of(interp).sleep()
        got = _take(interp, address)
    if got is not None:
        env.notes.append("recv:`try_recv` moves the oldest value out of the channel: `Ok`.")
        return got
    gone = not channel_state(interp, address)[0]
    env.notes.append("recv:`try_recv` finds the channel empty: "
                     + ("every Sender is gone, `Err(Disconnected)`." if gone else
                        "`Err(Empty)` (it never waits)."))
    return (1, (1,) if gone else (0,))


@method("Receiver::recv_timeout")
def _recv_timeout(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
                  e: ast.MethodCall) -> Any:
    address = interp.memory.read(recv)
    waited = False
    while channel_state(interp, address)[0] and not channel_state(interp, address)[2] and (
            _others_can_run(interp)):
        if not waited:
            interp.step(e.span, StepKind.STATEMENT, interp.take_notes(
                env, "`recv_timeout` finds the channel empty: this thread waits (no real "
                     "time passes here), and the others run."))
            waited = True
        scheduler_of(interp).sleep()
    got = _take(interp, address)
    if got is not None:
        env.notes.append("recv:`recv_timeout` moves the oldest value out of the channel.")
        return got
    gone = not channel_state(interp, address)[0]
    env.notes.append("recv:`recv_timeout` gets nothing: " + (
        "every Sender is gone, `Err(Disconnected)`." if gone else
        "no other thread can send before the time is up, `Err(Timeout)`."))
    return (1, (1,) if gone else (0,))

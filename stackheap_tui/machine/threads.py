"""Several Rust threads in one run: a Python thread per Rust thread, one baton.

The interpreter compiles the program to Python closures that recurse; a Rust thread
cannot be paused in the middle of an expression, so each Rust thread runs on a Python
thread of its own and only the one holding the baton runs. It hands the baton on at a
*switch point* (`thread::sleep`, a `join`, a `lock` or `recv` that must wait, the thread's
end) by waking the next thread's event and waiting on its own: the evaluator is unchanged.

The schedule is deterministic (docs/threads.md): a thread runs until it sleeps, blocks or
ends; then the next thread in creation order that can run (round-robin) takes the baton.
A `spawn` does not switch. When no thread can run, the run stops: a deadlock.

Each switch records a `SWITCH_THREAD` op, so memory holds one stack per thread and the
trace replays across switches (back-stepping is replay, as for any other op). The
interpreter's per-thread state (its `Env`s, the stack bytes used, ...) is swapped with it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang.span import Span
from stackheap_tui.machine.schedule import Decision
from stackheap_tui.memory.explain import Explanation
from stackheap_tui.memory.recorder import Recorder
from stackheap_tui.memory.records import Outcome, StepKind
from stackheap_tui.memory.state import SWITCH_THREAD, Memory, Op

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter.state import State

# What the interpreter keeps per Rust thread (swapped at each switch).
_PER_THREAD = ("envs", "stack_used", "push_notes", "last_push", "panicking", "current_span")
_THREAD_STACK_BYTES = 256 << 20  # the Python stack a spawned thread's recursion may use


class ThreadKilled(BaseException):
    """Raised in a spawned thread still running when `main` returns: the process ends
    and the thread with it (no drops run, as when a real process exits)."""


class Deadlock(Exception):
    """Every live thread waits for something no running thread will give."""

    def __init__(self, waits: list[str]) -> None:
        super().__init__("; ".join(waits))
        self.waits = waits


@dataclass
class RustThread:
    index: int
    name: str  # "main", "<unnamed>"
    os_id: int  # what a panic message prints as the thread's id
    done: bool = False
    # While blocked: when it may go on, and what it waits for (said in a deadlock).
    ready: Callable[[], bool] | None = None
    waiting_for: str = ""
    # What `join` returns: ("ok", value) or ("err", None) after a panic.
    result: tuple[str, Any] | None = None
    wake: threading.Event = field(default_factory=threading.Event)
    pending: BaseException | None = None  # raised in this thread when it wakes
    saved: dict[str, Any] = field(default_factory=dict)
    python: threading.Thread | None = None

    def runnable(self) -> bool:
        return not self.done and (self.ready is None or self.ready())


class Scheduler:
    """The Rust threads of one run and the baton between them."""

    def __init__(self, interp: State) -> None:
        self.interp = interp
        self.threads = [RustThread(0, "main", os.getpid())]
        self.current = 0
        self.panicked = False  # a thread panicked: later panics print no backtrace note
        self.closing = False
        # The threads each `thread::scope` spawned (joined at the scope's end).
        self.scopes: list[list[int]] = []
        self.joined: set[int] = set()  # threads whose `join` was called
        # The schedule followed: the choices left, and whether every step is a switch point.
        schedule = interp.schedule
        self.choices = list(schedule.choices)
        self.preempting = schedule.policy == "round-robin"

    @property
    def running(self) -> RustThread:
        return self.threads[self.current]

    def name_of(self, index: int) -> str:
        return self.threads[index].name

    def spawn(self, body: Callable[[], tuple[str, Any]], name: str = "<unnamed>",
              scoped: bool = False) -> int:
        """A new thread that will run `body` when it first gets the baton (`body` returns
        what `join` gives). Its stack starts empty (a `scoped` one's with the spawning
        thread's frames, which it may borrow from); the spawning thread goes on."""
        index = len(self.threads)
        thread = RustThread(index, name, os.getpid() + index)
        self.threads.append(thread)
        # Its stack exists (empty) from now on: made by a switch there and straight back.
        shared = len(self.interp.memory.frames)
        self.interp.rec.apply((SWITCH_THREAD, index, name, self.current, shared) if scoped
                              else (SWITCH_THREAD, index, name))
        self.interp.rec.apply((SWITCH_THREAD, self.current, self.running.name))
        thread.saved = {"envs": [], "stack_used": 0, "push_notes": {}, "last_push": {},
                        "panicking": False, "current_span": self.interp.current_span}

        def work() -> None:
            thread.wake.wait()
            thread.wake.clear()
            if thread.pending is not None:
                return  # the process ended before the thread ever ran
            try:
                thread.result = body()
            except BaseException as failure:
                if self.closing:
                    return  # killed as the process ended (whatever its unwinding raised)
                thread.done = True
                self._hand_to_main(failure)
                return
            thread.done = True
            self._switch(finished=True)

        old = threading.stack_size()
        try:
            threading.stack_size(_THREAD_STACK_BYTES)
            thread.python = threading.Thread(target=work, name=f"stackheap-rust-{index}",
                                             daemon=True)
            thread.python.start()
        finally:
            threading.stack_size(old)
        return index

    def sleep(self) -> None:
        """`thread::sleep`: the next thread that can run takes the baton (if any)."""
        self._switch()

    def block_until(self, ready: Callable[[], bool], what: str) -> None:
        """Wait (handing the baton on) until `ready()`; a deadlock if nobody can run."""
        thread = self.running
        while not ready():
            thread.ready, thread.waiting_for = ready, what
            try:
                self._switch()
            finally:
                thread.ready, thread.waiting_for = None, ""

    def preempt(self) -> None:
        """`round-robin`: after a step, the next thread that can run takes the baton."""
        if self.preempting and not self.closing and not self.running.done:
            self._switch()

    def _next(self) -> RustThread | None:
        """The thread to run next: the schedule's choice if two or more can run (the
        decision recorded, said in the next step), else the one that can."""
        count = len(self.threads)
        options = [self.threads[(self.current + step) % count] for step in range(1, count + 1)
                   if self.threads[(self.current + step) % count].runnable()]
        if len(options) < 2:
            return options[0] if options else None
        chosen = options[0]
        while self.choices:
            wanted = self.choices.pop(0)
            if any(t.index == wanted for t in options):
                chosen = self.threads[wanted]
                break
        rec = self.interp.rec
        rec.decisions.append(Decision(len(rec.trace), tuple(t.index for t in options),
                                      chosen.index))
        names = ", ".join(f"#{t.index} `{t.name}`" for t in options)
        rec.choice_note = (f" (Threads that could run here: {names}; the schedule runs "
                           f"#{chosen.index}. In the TUI, `t` picks another.)")
        return chosen

    def _switch(self, finished: bool = False) -> None:
        me = self.running
        target = self._next()
        if target is None:
            waits = [f"thread `{t.name}` waits for {t.waiting_for}" for t in self.threads
                     if not t.done]
            if finished or me.index != 0:
                self._hand_to_main(Deadlock(waits))
                if finished:
                    return
                self._wait(me)
                return
            raise Deadlock(waits)
        if target is me:
            return
        self._pass_baton(me, target)
        if not finished:
            self._wait(me)

    def _pass_baton(self, me: RustThread, target: RustThread) -> None:
        interp = self.interp
        me.saved = {name: getattr(interp, name) for name in _PER_THREAD}
        for name, value in target.saved.items():
            setattr(interp, name, value)
        self.current = target.index
        interp.rec.apply((SWITCH_THREAD, target.index, target.name))
        target.wake.set()

    def _wait(self, me: RustThread) -> None:
        me.wake.wait()
        me.wake.clear()
        if me.pending is not None:
            pending, me.pending = me.pending, None
            raise pending

    def _hand_to_main(self, failure: BaseException) -> None:
        """A spawned thread met the run's end (a deadlock, the step limit, an exit): main
        raises it, where `run` reports it."""
        main = self.threads[0]
        main.pending = failure
        self._pass_baton(self.running, main)

    def shutdown(self) -> None:
        """`main` is done: the threads still alive end with the process (no drops). Their
        Python stacks unwind into a scratch memory: nothing reaches the run's trace."""
        self.closing = True
        interp = self.interp
        interp.memory = interp.memory.copy()
        interp.rec = Recorder(_Discard(), interp.memory)
        for thread in self.threads[1:]:
            if thread.python is not None and thread.python.is_alive():
                thread.pending = ThreadKilled()
                thread.wake.set()
                thread.python.join()


class _Discard:
    """A step log that keeps nothing (what killed threads record as they unwind)."""

    def append(self, span: Span, kind: StepKind, explanation: Explanation,
               ops: Op | tuple[Op, ...], memory: Memory) -> None:
        pass

    def finish(self, outcome: Outcome) -> None:
        pass

    def __len__(self) -> int:
        return 0

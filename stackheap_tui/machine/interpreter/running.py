"""A run from `main` to its end: the outcome, and the last steps of a panic, an overflow,
an exit or a what-if run's undefined behaviour.
"""

from __future__ import annotations

import os

from stackheap_tui.machine.allocation import AllocationFailed, NotSupportedAtRun
from stackheap_tui.machine.interpreter.frames import Frames
from stackheap_tui.machine.interpreter.signals import (
    ProcessExit,
    RustPanic,
    StackOverflow,
    StepLimitReached,
    UndefinedBehavior,
)
from stackheap_tui.machine.panics import BACKTRACE_NOTE, panic_report
from stackheap_tui.machine.threads import Deadlock
from stackheap_tui.machine.ub import LEAKING, MiriError, leak_reason, miri_error_of
from stackheap_tui.machine.ub import report as miri_report
from stackheap_tui.memory.recorder import StepLog
from stackheap_tui.memory.records import (
    DANGLING_STACK,
    DOUBLE_FREE,
    STALE_ELEMENT,
    Outcome,
    StepKind,
    Violation,
    format_address,
)
from stackheap_tui.memory.state import OUTPUT, SET_OWNER, FreedAccess


class Running(Frames):
    """Running the program, and reporting how it ended."""

    def run(self) -> StepLog:
        main = self.c.main
        exit_code = 0
        stopped: str | None = None
        violation: Violation | None = None
        aborted = False  # an abort: what std's stdout still buffers is never written
        try:
            try:
                self.call_function(main, [], main.name_span, start=True)
                if self.unsafe_code or self.scheduler is None or any(
                        callee.key in LEAKING for callee in self.c.callees.values()):
                    self.note_leaks()  # (with threads, only what unsafe code leaked)
            except RustPanic as panic:
                exit_code = 101
                stopped = self.report_panic(panic)
        except Deadlock as deadlock:
            exit_code = 1
            stopped = "deadlock: " + "; ".join(deadlock.waits) + (
                " (a real binary would hang here forever)")
            self.finish_step(self.current_span, StepKind.PANIC,
                             f"Deadlock: no thread can go on. {'; '.join(deadlock.waits)}. "
                             "A real binary would hang here forever; the run stops.")
        except StepLimitReached:
            noun = "step" if self.max_steps == 1 else "steps"
            stopped = (f"stopped after {self.max_steps:,} {noun} (the --max-steps limit); "
                       "the steps so far can still be browsed")
        except StackOverflow:
            exit_code, aborted = 134, True
            self.rec.apply((OUTPUT, "stderr", f"\nthread 'main' ({os.getpid()}) has overflowed "
                            "its stack\nfatal runtime error: stack overflow, aborting\n"))
            self.finish_step(self.c.main.name_span, StepKind.PANIC,
                             "Stack overflow: the frames pushed by the recursion used up the "
                             "8 MiB stack of the main thread. Rust aborts the process "
                             "(no unwinding, no drops): exit status 134.")
        except AllocationFailed as failure:
            exit_code, aborted = 134, True
            self.rec.apply((OUTPUT, "stderr", f"memory allocation of {failure.size} bytes "
                            f"failed\n{BACKTRACE_NOTE}"))
            self.finish_step(self.current_span, StepKind.PANIC,
                             f"The allocator cannot give {failure.size:,} bytes (more than "
                             "the whole address space): Rust aborts the process at once (no "
                             "unwinding, no drops): exit status 134.")
        except NotSupportedAtRun as refusal:
            span = refusal.span or self.current_span
            stopped = (f"not supported yet: {refusal.what}, at "
                       f"{self.path}:{span.line}:{span.col}")
            self.finish_step(span, StepKind.PANIC, f"stackheap-tui stops here: {stopped}.")
        except (UndefinedBehavior, FreedAccess, MiriError) as error:
            if not self.what_if:  # an unsafe program's undefined behaviour, as Miri says it
                violation = self.report_miri(error)
                exit_code = 1
                stdout = self.memory.output_text("stdout")
                self.trace.finish(Outcome(exit_code, stdout, self.memory.output_text("stderr"),
                                          None, violation,
                                          self.memory.stderr_before_first_line()))
                if self.scheduler is not None:
                    self.scheduler.shutdown()
                return self.trace
            if isinstance(error, MiriError):  # unsafe code in a what-if run
                violation = self.report_miri(error)
            else:
                ub = error if isinstance(error, UndefinedBehavior) else (
                    UndefinedBehavior.of_access(error, None))
                violation = self.report_violation(ub)
            stopped = f"{violation.kind}: the what-if run stops here"
            exit_code = 134 if violation.kind == DOUBLE_FREE else 0
        except ProcessExit as done:
            exit_code = done.code
            self.finish_step(self.c.main.name_span, StepKind.END,
                             f"`std::process::exit({done.code})` ends the process at once: "
                             "no destructors run, no memory is freed by the program (the "
                             "operating system reclaims it).")
        stdout = self.memory.output_text("stdout")
        self.trace.finish(Outcome(exit_code, unflushed_lost(stdout) if aborted else stdout,
                                  self.memory.output_text("stderr"), stopped, violation,
                                  self.memory.stderr_before_first_line(), aborted))
        if self.scheduler is not None:
            self.scheduler.shutdown()
        return self.trace

    def note_leaks(self) -> None:
        """The end of a program that leaked (`Box::leak`, `mem::forget`, an `Rc` cycle): the
        heap blocks nothing freed stay drawn, each marked with why (Miri's leak check would
        list them; rustc's binary just exits)."""
        leaked = [block for block in self.memory.heap.values()
                  if not block.freed and block.kind != "static"]
        if not leaked:
            return
        for block in leaked:
            reason = leak_reason(block)
            if reason is not None:
                self.rec.apply((SET_OWNER, block.address, reason))
        parts = [f"{block.size} bytes at {format_address(block.address)} "
                 f"({self.memory.heap[block.address].owner})" for block in leaked]
        self.finish_step(self.c.main.body.span, StepKind.END,
                         "Memory leaked at exit: " + "; ".join(parts) + ". Nothing will free "
                         f"{'it' if len(leaked) == 1 else 'them'}: the process ends and the "
                         "operating system takes the memory back. Leaking is safe in Rust "
                         "(not undefined behaviour), but Miri's leak check reports it.")

    def report_miri(self, error: UndefinedBehavior | FreedAccess | MiriError) -> Violation:
        """The last step of an unsafe program that hit undefined behaviour: Miri's report
        on stderr, the step drawn where it happened."""
        if not isinstance(error, MiriError):
            error = miri_error_of(self, error)
        span = error.span or self.current_span
        self.rec.apply((OUTPUT, "stderr", miri_report(error, span, self.source, self.path)))
        block = self.memory.heap.get(error.address)
        target = f"heap:{error.address}" if block is not None else None
        text = error.explanation or f"Undefined behaviour: {error.message}."
        self.finish_step(span, StepKind.UNDEFINED, text + " Miri stops the program here; "
                         "rustc's binary would go on, with no guarantee of what it does.")
        return Violation(error.kind, error.address, len(self.trace) - 1, text, target)

    def report_violation(self, ub: UndefinedBehavior) -> Violation:
        """The last step of a what-if run: the memory error, and what prevents it."""
        address = ub.address
        where = format_address(address)
        target = None
        if ub.kind == DANGLING_STACK:
            owner = next((f"`{name}` in `{function}`'s frame" for function, name, low, size
                          in reversed(self.dead_slots) if low <= address <= low + size),
                         "a stack slot")
            text = (f"Undefined behaviour: this reads through a reference to {where}, which "
                    f"was {owner}. That slot is gone: its scope ended (or its function "
                    "returned) and the stack space is free to be reused, so the reference "
                    "now dangles. Rust's borrow checker rejects the program because the "
                    "reference outlives what it borrows.")
        elif ub.kind == STALE_ELEMENT:
            text = (f"Undefined behaviour: this reads through a reference to {where}, past "
                    "the end of what the Vec (or String) now holds: the element it pointed "
                    "to was removed (or the Vec cleared) after the reference was made. The "
                    "buffer is still allocated, but that memory no longer holds a value of "
                    "the program. Rust's borrow checker rejects the program because the "
                    "Vec was changed while a reference into it was still to be used.")
        else:
            block = self.memory.heap.get(address)
            freed = f" ({block.note})" if block is not None and block.note else ""
            target = f"heap:{address}" if block is not None else None
            if ub.kind == DOUBLE_FREE:
                text = (f"Undefined behaviour: a double free. This drop frees the heap block "
                        f"at {where} a second time{freed}: two owners thought they owned it. "
                        "The allocator's bookkeeping is now corrupt (glibc aborts the "
                        "process). Rust's ownership rules give every block exactly one "
                        "owner, and a moved-from variable can never be used again.")
            else:
                text = (f"Undefined behaviour: a use after free. This reads the heap block at "
                        f"{where}, which was already freed{freed}. The pointer still holds "
                        "the address, but the memory is no longer the program's: it may "
                        "hold anything. Rust's borrow checker rejects the program because a "
                        "value was used while (or after) it was moved, dropped or reallocated.")
        self.finish_step(ub.span or self.current_span, StepKind.UNDEFINED, text)
        return Violation(ub.kind, address, len(self.trace) - 1, text, target)

    def report_panic(self, panic: RustPanic) -> str | None:
        """The panic's message and the unwinding; what stops the run if a destructor panics
        while unwinding (rustc's binary then prints a full backtrace, with addresses, and
        aborts: output no run can reproduce, so the run is refused there)."""
        where = panic.location or f"{self.path}:{panic.span.line}:{panic.span.col}"
        first = self.scheduler is None or not self.scheduler.panicked
        self.rec.apply((OUTPUT, "stderr", panic_report(where, panic.message, first=first)))
        self.panicking = True
        self.step(panic.span, StepKind.PANIC,
                  f"The program panics: {panic.message}. Rust unwinds the stack: every "
                  "live value is dropped on the way out, then the process exits with "
                  "status 101.")
        try:
            while self.envs:
                env = self.envs[-1]
                self.drop_temps(env)
                self.drop_scope(env, list(env.slots.items()), panic.span, unwinding=True)
                self.pop_frame(env, panic.span, "is unwound")
        except RustPanic as second:
            where = second.location or f"{self.path}:{second.span.line}:{second.span.col}"
            self.finish_step(second.span, StepKind.PANIC,
                             "A destructor panicked while the stack was unwinding from "
                             "another panic: Rust aborts the process here (exit status 134) "
                             "after printing a backtrace, which stackheap-tui cannot show.")
            return ("not supported yet: a panic inside `Drop::drop` while unwinding from "
                    f"another panic (Rust aborts with a backtrace), at {where}")
        return None


# std's stdout is a `LineWriter` over a 1 KiB buffer: each newline flushes the text up to
# it, and what follows stays in the buffer, lost if the process aborts.
STDOUT_BUFFER = 1024


def unflushed_lost(stdout: str) -> str:
    """What an aborted process had written to its stdout: up to its last newline (a
    last line of 1 KiB or more was flushed in part; kept whole, as the nearest)."""
    written = stdout.rfind("\n") + 1
    tail = stdout[written:]
    return stdout[:written] if len(tail.encode("utf-8")) < STDOUT_BUFFER else stdout

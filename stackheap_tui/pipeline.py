"""The four stages end to end: parse → check → run (recording) → a Trace."""

from __future__ import annotations

from stackheap_tui.lang.borrowck import borrow_check
from stackheap_tui.lang.check import check, check_types
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.syntax import parse
from stackheap_tui.machine.interpreter import DEFAULT_MAX_STEPS, Recording, run_to_end, start_run
from stackheap_tui.trace.trace import StepCounter, Trace


def compile_program(source: str) -> CheckedProgram:
    """Parse and check; raises CompileError with rustc-style diagnostics."""
    return check(parse(source))


def load(source: str, path: str, max_steps: int = DEFAULT_MAX_STEPS,
         keep_steps: bool = True) -> Trace:
    """Parse, check and run a program; raises CompileError if rustc would reject it.
    `keep_steps=False`: only the outcome is wanted (`--run`), no step is kept."""
    checked = check(parse(source))
    log = Trace(source, path) if keep_steps else StepCounter(source, path)
    return run_to_end(checked, source, path, log, max_steps)


# The errors of rustc's borrow checker (and the lifetime errors the Book's `dangle`
# meets): a program rejected only for these still has a meaning a machine can run,
# which is what "run it anyway" shows. Type errors, uninitialised reads (E0381) and
# syntax errors have none.
WHAT_IF_CODES = frozenset({
    "E0106", "E0382", "E0384", "E0499", "E0502", "E0503", "E0505", "E0506", "E0507",
    "E0508", "E0515", "E0594", "E0596", "E0597", "E0716",
})


def borrow_errors_only(source: str) -> list[Diagnostic] | None:
    """The borrow checker's errors, if they are the only reason rustc rejects `source`
    (None if it has other errors or none at all)."""
    found = checked_despite_borrows(source)
    return found[1] if found is not None else None


def checked_despite_borrows(source: str) -> tuple[CheckedProgram, list[Diagnostic]] | None:
    """The checked program and its borrow errors, if those are all rustc would say."""
    try:
        checked = check_types(parse(source))
    except CompileError:
        return None
    errors = borrow_check(checked)  # also records the moves the interpreter marks
    if not errors or any(error.code not in WHAT_IF_CODES for error in errors):
        return None
    return checked, errors


def load_what_if(source: str, path: str, max_steps: int = DEFAULT_MAX_STEPS) -> Trace:
    """Run a program the borrow checker rejected, as if it had not: memory errors are
    caught where they happen (`Outcome.violation`). Never used by `--run`."""
    found = checked_despite_borrows(source)
    if found is None:
        raise ValueError("only a program rejected by the borrow checker alone can run anyway")
    return run_to_end(found[0], source, path, Trace(source, path), max_steps, what_if=True)


def start(source: str, path: str, max_steps: int = DEFAULT_MAX_STEPS) -> Recording[Trace]:
    """Parse and check `source` (raises CompileError), then start recording its run on
    a background thread: the TUI shows the steps as they come."""
    checked = compile_program(source)
    return start_run(checked, source, path, Trace(source, path), max_steps)


def start_what_if(source: str, path: str, max_steps: int = DEFAULT_MAX_STEPS
                  ) -> Recording[Trace] | None:
    """Start a what-if run of a program rejected only by the borrow checker (None for any
    other program): it runs with real memory semantics and stops at the memory error."""
    found = checked_despite_borrows(source)
    if found is None:
        return None
    return start_run(found[0], source, path, Trace(source, path), max_steps, what_if=True)

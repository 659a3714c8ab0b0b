"""The four stages end to end: parse → check → run (recording) → a Trace.

The front end runs once per program opened: what the view shows beside the run (the
permissions of each place) or instead of it (a rejected program's errors told in
permissions, and whether it may run anyway) is worked out here, from the same checked
program, and handed over as data.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from stackheap_tui.lang.borrowck import FunctionAnalysis, borrow_check_analysed
from stackheap_tui.lang.check import check, check_types
from stackheap_tui.lang.check.threads import with_outlive_errors
from stackheap_tui.lang.check.unsafety import unsafety_diagnostics, with_unsafety
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.nesting import headroom
from stackheap_tui.lang.permission_errors import (
    EXPLAINED,
    PermissionExplanation,
    explain_analysis,
    for_diagnostic,
)
from stackheap_tui.lang.permissions import PermissionTable
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.syntax import parse
from stackheap_tui.machine import collector
from stackheap_tui.machine.interpreter import DEFAULT_MAX_STEPS, Recording, run_to_end, start_run
from stackheap_tui.machine.schedule import Schedule, current_schedule, use_schedule
from stackheap_tui.machine.std.io import EXIT_PANIC, failed_printing_to_stdout
from stackheap_tui.memory.records import Outcome
from stackheap_tui.trace.trace import StepCounter, Trace

# The errors of rustc's borrow checker (and the lifetime errors the Book's `dangle`
# meets): a program rejected only for these still has a meaning a machine can run,
# which is what "run it anyway" shows. Type errors, uninitialised reads (E0381) and
# syntax errors have none.
WHAT_IF_CODES = frozenset({
    "E0106", "E0382", "E0384", "E0499", "E0502", "E0503", "E0505", "E0506", "E0507",
    "E0508", "E0515", "E0594", "E0596", "E0597", "E0716",
})


class Rejected(CompileError):
    """A program that passed the type checker and was rejected by the borrow checker (or
    a lint after it), with what the failure screen shows beside the diagnostics."""

    def __init__(self, diagnostics: list[Diagnostic],
                 explanations: tuple[PermissionExplanation, ...], runs_anyway: bool) -> None:
        super().__init__(diagnostics)
        self.explanations = explanations  # of the diagnostics that have one, in their order
        self.runs_anyway = runs_anyway  # the borrow checker is rustc's only objection


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The front end, like the run (`recording`), without Python's cycle collector: it
    makes a syntax tree and side tables of millions of objects that live until it ends,
    and the collector would scan them again and again (a third of the CPU time of
    checking a megabyte of code). What it leaves in cycles is collected afterwards."""
    collecting = gc.isenabled()
    if collecting:
        collector.thaw()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            collector.resume()


def compile_program(source: str) -> CheckedProgram:
    """Parse and check; raises CompileError with rustc-style diagnostics."""
    with _no_cycle_collection():
        return check(parse(source))


def _checked(source: str, explain: bool = True) -> tuple[CheckedProgram, PermissionTable]:
    """Parse and check `source` as `compile_program` does, and the permissions of the
    program from the same analysis; a program the borrow checker rejects raises
    `Rejected`, its errors explained (unless not `explain`: no view will show them)."""
    with _no_cycle_collection():
        checked = check_types(parse(source))
        errors, functions = _borrow_checked(checked)
        if errors:
            explanations = _explanations(functions, errors, source) if explain else ()
            raise Rejected(errors, explanations, _runs_anyway(errors))
        return checked, PermissionTable(functions)


def _explanations(functions: list[FunctionAnalysis], errors: list[Diagnostic], source: str
                  ) -> tuple[PermissionExplanation, ...]:
    """The explanation in permissions of each error that has one, in the errors' order."""
    if not any(error.code in EXPLAINED for error in errors):
        return ()
    found = explain_analysis(functions, source)
    return tuple(e for error in errors if (e := for_diagnostic(found, error)) is not None)


def explain_source(source: str) -> list[PermissionExplanation]:
    """Every explainable borrow-check error of a program, in rustc's order ([] if the
    program fails earlier, or has none)."""
    found = _type_checked_and_analysed(source)
    return explain_analysis(found[2], source) if found is not None else []


def load(source: str, path: str, max_steps: int = DEFAULT_MAX_STEPS,
         keep_steps: bool = True) -> Trace:
    """Parse, check and run a program; raises CompileError if rustc would reject it
    (`Rejected` if the borrow checker did). `keep_steps=False`: only the outcome is
    wanted (`--run`), no step is kept."""
    with _no_cycle_collection():  # through the run: turned back on, the collector
        # would first sweep everything the front end made (a second per megabyte)
        checked, permissions = _checked(source, explain=keep_steps)
        log = Trace(source, path, permissions) if keep_steps else StepCounter(source, path)
        return run_to_end(checked, source, path, log, max_steps)


def borrow_errors_only(source: str) -> list[Diagnostic] | None:
    """The borrow checker's errors, if they are the only reason rustc rejects `source`
    (None if it has other errors or none at all)."""
    found = _despite_borrows(source)
    return found[1] if found is not None else None


def _runs_anyway(errors: list[Diagnostic]) -> bool:
    """Whether the borrow checker (and the lifetime rules) are rustc's only objection."""
    return all(error.code in WHAT_IF_CODES for error in errors if error.level == "error")


def _type_checked_and_analysed(source: str
                               ) -> tuple[CheckedProgram, list[Diagnostic],
                                          list[FunctionAnalysis]] | None:
    """A program that passes the type checker, with the borrow checker's errors and the
    analysis they came from (None if it fails earlier). The analysis also records the
    moves the interpreter marks."""
    with _no_cycle_collection():
        try:
            checked = check_types(parse(source))
            return (checked, *_borrow_checked(checked))
        except CompileError:  # a type error, or a construct the borrow checker refuses
            return None


def _borrow_checked(checked: CheckedProgram
                    ) -> tuple[list[Diagnostic], list[FunctionAnalysis]]:
    """The borrow checker's errors (or the late lints') and its analysis."""
    with headroom():  # as `check`: the borrow check recurses once or more per nesting level
        errors, functions = borrow_check_analysed(checked)
        unsafety = unsafety_diagnostics(checked)  # after: it reads the moves borrowck found
    return with_outlive_errors(with_unsafety(unsafety, errors), checked), functions


def _despite_borrows(source: str
                     ) -> tuple[CheckedProgram, list[Diagnostic], PermissionTable] | None:
    """The checked program, its borrow errors and its permissions, if those errors are all
    rustc would say."""
    found = _type_checked_and_analysed(source)
    if found is None:
        return None
    checked, errors, functions = found
    if not errors or not _runs_anyway(errors):
        return None
    return checked, errors, PermissionTable(functions)


def load_what_if(source: str, path: str, max_steps: int = DEFAULT_MAX_STEPS) -> Trace:
    """Run a program the borrow checker rejected, as if it had not: memory errors are
    caught where they happen (`Outcome.violation`). Never used by `--run`."""
    found = _despite_borrows(source)
    if found is None:
        raise ValueError("only a program rejected by the borrow checker alone can run anyway")
    checked, _, permissions = found
    trace = Trace(source, path, permissions)
    return run_to_end(checked, source, path, trace, max_steps, what_if=True)


def start_choosing(source: str, path: str, choices: tuple[int, ...],
                   max_steps: int = DEFAULT_MAX_STEPS) -> Recording[Trace]:
    """`start`, the schedule's first decisions made by `choices` (thread numbers; the
    TUI's `t` re-runs a program with another thread picked at a step)."""
    before = current_schedule()
    use_schedule(Schedule(before.policy, choices))
    try:
        return start(source, path, max_steps)
    finally:
        use_schedule(before)  # (the interpreter read it as it was made)


def start(source: str, path: str, max_steps: int = DEFAULT_MAX_STEPS) -> Recording[Trace]:
    """Parse and check `source` (raises CompileError, `Rejected` if the borrow checker
    rejects it), then start recording its run on a background thread: the TUI shows the
    steps as they come."""
    checked, permissions = _checked(source)
    trace = Trace(source, path, permissions)
    return start_run(checked, source, path, trace, max_steps)


def start_what_if(source: str, path: str, max_steps: int = DEFAULT_MAX_STEPS
                  ) -> Recording[Trace] | None:
    """Start a what-if run of a program rejected only by the borrow checker (None for any
    other program): it runs with real memory semantics and stops at the memory error."""
    found = _despite_borrows(source)
    if found is None:
        return None
    checked, _, permissions = found
    trace = Trace(source, path, permissions)
    return start_run(checked, source, path, trace, max_steps, what_if=True)


def stdout_failed(outcome: Outcome, problem: OSError) -> tuple[str, int] | None:
    """What the compiled program would have written to stderr, and its exit status, had
    its stdout failed as ours did (`problem`); None if it would not have noticed (its
    stdout never completed a line, and std ignores a failed flush at exit)."""
    if outcome.stderr_before_first_line is None:
        return None
    before = outcome.stderr[: outcome.stderr_before_first_line]
    return before + failed_printing_to_stdout(problem), EXIT_PANIC


"""The four stages end to end: parse → check → run (recording) → a Trace."""

from __future__ import annotations

from stackheap_tui.lang.check import check
from stackheap_tui.lang.syntax import parse
from stackheap_tui.machine.interpreter import DEFAULT_MAX_STEPS, run_program
from stackheap_tui.trace.trace import Trace


def compile_program(source: str) -> object:
    """Parse and check; raises CompileError with rustc-style diagnostics."""
    return check(parse(source))


def load(source: str, path: str, max_steps: int = DEFAULT_MAX_STEPS) -> Trace:
    """Parse, check and run a program; raises CompileError if rustc would reject it."""
    checked = check(parse(source))
    return run_program(checked, source, path, max_steps)

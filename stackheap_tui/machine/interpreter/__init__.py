"""Runs a checked program, recording every step (the machine's interpreter).

`Interpreter` (in `core.py`) is built of layers, a module each: ownership, slots,
drops, frames, running, places, patterns, expressions, operators, statements, control
flow and calls, over `state.py`; `recording.py` runs it on its own thread.
"""

from stackheap_tui.machine.interpreter.core import Interpreter
from stackheap_tui.machine.interpreter.env import Code, Env
from stackheap_tui.machine.interpreter.places import is_place
from stackheap_tui.machine.interpreter.recording import Recording, run_to_end, start_run
from stackheap_tui.machine.interpreter.signals import (
    ProcessExit,
    RustPanic,
    StackOverflow,
    StepLimitReached,
    UndefinedBehavior,
)
from stackheap_tui.machine.limits import DEFAULT_MAX_STEPS

__all__ = ["DEFAULT_MAX_STEPS", "Code", "Env", "Interpreter", "ProcessExit", "Recording",
           "RustPanic", "StackOverflow", "StepLimitReached", "UndefinedBehavior", "is_place",
           "run_to_end", "start_run"]

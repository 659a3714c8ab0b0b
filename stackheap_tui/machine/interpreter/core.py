"""The interpreter: one class made of its layers (see `state.py` for their order).

The checked AST is compiled once into Python closures (`Code = env -> value`), so
running a statement never re-dispatches on node types. Every memory change goes
through the recorder (`self.rec.apply(op)`), which is what makes the trace
replayable. Rust rules (types, moves, which method runs) come from the checker's side
tables; nothing here re-decides them.
"""

from __future__ import annotations

from stackheap_tui.machine.interpreter.calls import Calls
from stackheap_tui.machine.interpreter.running import Running


class Interpreter(Calls, Running):
    """Runs a checked program, recording every step into its step log."""

"""The seam between the machine and the trace: the machine changes memory only through a
`Recorder`, which applies each op to the running `Memory` and hands every finished step to
a `StepLog`. The trace stage implements `StepLog` (`trace.Trace`, `trace.StepCounter`);
the machine never imports it, so the pipeline chooses what keeps the steps.
"""

from __future__ import annotations

from typing import Any, Protocol

from stackheap_tui.lang.span import Span
from stackheap_tui.memory.explain import Explanation, LazyText
from stackheap_tui.memory.records import Outcome, StepKind
from stackheap_tui.memory.state import ADD_SLOT, PURGE, REMOVE_SLOTS, REPLACE_TOP, Memory, Op, Slot

NO_OPS: tuple[Op, ...] = ()


class StepLog(Protocol):
    """Where a run's steps go: appended one by one, then the outcome once."""

    def append(self, span: Span, kind: StepKind, explanation: Explanation,
               ops: Op | tuple[Op, ...], memory: Memory) -> None: ...

    def finish(self, outcome: Outcome) -> None: ...

    def __len__(self) -> int: ...


class Recorder:
    """The interpreter's side of the trace: applies ops and closes steps."""

    def __init__(self, trace: StepLog, memory: Memory, keep_tombstones: bool = False) -> None:
        self.trace = trace
        self.memory = memory
        self._ops: list[Op] = []
        self._popped: Slot | None = None  # the slot the last one-slot REMOVE_SLOTS took
        # What-if runs keep freed blocks drawn: a dangling pointer still has its target.
        self._purges = not keep_tombstones
        # The scheduler's decisions (`machine/schedule.py`), kept by a log that has a
        # `decisions` list (the trace); and what the next step says about the last one.
        self.decisions: list[Any] = getattr(trace, "decisions", [])
        self.choice_note = ""

    def apply(self, op: Op) -> Any:
        ops = self._ops
        if not ops and self.memory.tombstones and self._purges:
            # A new step begins: the last step's tombstones leave the picture first.
            ops.append((PURGE,))
            self.memory.apply((PURGE,))
        code = op[0]
        if code == REMOVE_SLOTS and op[2] == 1:
            self._popped = self.memory.frames[op[1]].slots[-1]
        elif code == ADD_SLOT and ops and ops[-1][0] == REMOVE_SLOTS and ops[-1][2] == 1:
            popped = self._popped
            frame = ops[-1][1]
            if (popped is not None and frame == len(self.memory.frames) - 1
                    and popped.name == op[1] and popped.ty == op[2]
                    and popped.scope == (op[5] if len(op) > 5 else ())):
                # A loop's variable popped and pushed again in one step: one small op
                # with the same outcome (same slot, same address, fresh value).
                ops[-1] = (REPLACE_TOP, frame, op[3], op[4])
                return self.memory.apply(op)
        ops.append(op)
        return self.memory.apply(op)

    def end_step(self, span: Span, kind: StepKind, explanation: Explanation) -> None:
        recorded = self._ops
        ops = NO_OPS if not recorded else recorded[0] if len(recorded) == 1 else tuple(recorded)
        self._ops = []
        memory = self.memory
        if len(memory.stacks) > 1:  # several threads: the step says which one made it
            who = f"[thread #{memory.current} `{memory.thread_names[memory.current]}`] "
            explanation = who + explanation if isinstance(explanation, str) else LazyText(
                (who, explanation))
        if self.choice_note:  # the schedule chose this thread among others
            explanation = LazyText((explanation, self.choice_note))
            self.choice_note = ""
        self.trace.append(span, kind, explanation, ops, memory)

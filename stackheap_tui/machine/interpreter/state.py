"""The interpreter's state, and how a step is recorded: the base of its layers.

The interpreter is one class (`core.Interpreter`) built of layers, one module each:
state → ownership → slots → drops → frames → (running) → places → patterns →
expressions → operators → statements → control flow → calls. Each layer sees the ones
below it; the compiler's recursion back down is declared here for the type checker.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.unsafety import has_unsafe_code
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span
from stackheap_tui.machine.heap_ops import Heap
from stackheap_tui.machine.interpreter.env import Code, Env
from stackheap_tui.machine.interpreter.signals import RustPanic, StepLimitReached
from stackheap_tui.machine.limits import DEFAULT_MAX_STEPS
from stackheap_tui.machine.schedule import current_schedule
from stackheap_tui.machine.std_panic_locations import LOCATIONS, RUSTC_LIBRARY
from stackheap_tui.memory.explain import Explanation, LazyText, Part
from stackheap_tui.memory.recorder import Recorder, StepLog
from stackheap_tui.memory.records import StepKind
from stackheap_tui.memory.state import STATIC_BASE, GuardedHeap, Memory, Scope
from stackheap_tui.memory.values import Ref

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter.core import Interpreter
    from stackheap_tui.machine.threads import Scheduler

TEMPORARY = "(temporary)"


def name_list(names: list[str]) -> str:
    quoted = [f"`{n}`" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def describe_expr(source: str, span: Span) -> str:
    return source[span.start: span.end]


class State:
    """What a run holds (the program, memory, the recorder, the frames), how a
    step is recorded and what the layers below the compiler call upward."""

    def __init__(self, checked: CheckedProgram, source: str, path: str, log: StepLog,
                 max_steps: int = DEFAULT_MAX_STEPS, what_if: bool = False) -> None:
        self.c = checked
        self.source = source
        self.path = path
        self.max_steps = max_steps
        # A what-if run executes a program the borrow checker rejected, to show the
        # memory error the rules prevent: freed blocks stay drawn (as tombstones, never
        # reused) and every read of freed or popped memory is checked.
        self.what_if = what_if
        # A program with `unsafe` code is checked as Miri checks it: the same guard as a
        # what-if run (freed blocks kept, never reused; every read checked), and undefined
        # behaviour ends the run with Miri's report (`machine/ub.py`).
        self.unsafe_code = has_unsafe_code(checked)
        self.checks_memory = what_if or self.unsafe_code
        self.dead_slots: list[tuple[str, str, int, int]] = []  # function, name, address, size
        self.push_notes: dict[tuple[int, int], Any] = {}  # (frame, slot) -> its push note
        self.last_push: dict[tuple[int, int], tuple[int, int]] = {}  # its (length, cap)
        self.trace = log
        self.memory = Memory()
        if self.checks_memory:
            self.memory.heap = GuardedHeap()
            self.memory.guarded = True
        self.rec = Recorder(self.trace, self.memory, keep_tombstones=self.checks_memory)
        self.envs: list[Env] = []
        self.closure_call_line: int | None = None  # where the closure being called is called
        self.bodies: dict[int, Code] = {}
        # While compiling a `move` closure's body: the Copy bindings it copies in.
        self.copied_captures: list[frozenset[int]] = []
        self.frame_sizes: dict[int, int] = {}
        # Every binding's start and prefix sums of sizes (see `Frames._binding_sizes`).
        self._bindings_by_start: tuple[list[int], list[int], list[int]] | None = None
        self.stack_used = 0  # the modelled size of the frames on the stack (debug build)
        self.statics: dict[str, int] = {}
        self.static_places: dict[str, Ref] = {}  # each `static mut`'s place (machine/statics.py)
        # Ids of the `&` expressions whose temporaries the `let` being compiled extends.
        self.extending: frozenset[int] = frozenset()
        # While compiling: the nested blocks the code being compiled is in (`memory.Scope`).
        self.block_scope: Scope = ()
        self.static_top = STATIC_BASE
        # Trait objects' vtables: (type, trait) -> static address, and each address's
        # concrete type with the function each method slot runs.
        self.vtables: dict[tuple[str, str], int] = {}
        self.vtable_targets: dict[int, tuple[T.Ty, dict[str, ast.FnItem]]] = {}
        self.heap = Heap(cast("Interpreter", self))
        self.current_span = checked.main.name_span  # the call a builtin panics at
        # The `Formatter`s of the program's own `fmt` calls running: where each writes.
        self.formatter_sinks: dict[int, Callable[[str], None]] = {}
        self.panicking = False
        self.scheduler: Scheduler | None = None  # made by the first `thread::spawn`
        self.schedule = current_schedule()  # (read now: the run records on its own thread)

    def finish_step(self, span: Span, kind: StepKind, text: str) -> None:
        with contextlib.suppress(Exception):
            self.rec.end_step(span, kind, text)

    def step(self, span: Span, kind: StepKind, explanation: Explanation) -> None:
        self.rec.end_step(span, kind, explanation)
        if len(self.trace) >= self.max_steps:
            raise StepLimitReached
        if self.scheduler is not None and self.scheduler.preempting:
            self.scheduler.preempt()  # (`--schedule round-robin`)

    def take_notes(self, env: Env, text: Explanation) -> Explanation:
        """This step's sentence: the facts noted while it ran, then `text`."""
        notes = env.notes
        if not notes:
            return text
        if len(notes) == 1 and not text and not isinstance(notes[0], str):
            return notes.pop()  # one lazy note says it all (an assignment in a loop)
        parts: list[Part] = []
        for note in env.notes:  # string notes are "kind:text"
            parts += [note.split(":", 1)[1] if isinstance(note, str) else note, " "]
        env.notes.clear()
        parts.append(text)
        if all(isinstance(part, str) for part in parts):
            return "".join(parts).strip()  # type: ignore[arg-type]
        return LazyText(tuple(parts))

    def panic_at(self, span: Span, message: str, std_case: str | None = None) -> RustPanic:
        """A panic at `span`; `std_case` names where std raises it in its own code, if it
        does (a key of `std_panic_locations.LOCATIONS`, measured from rustc)."""
        where = LOCATIONS.get(std_case) if std_case is not None else None
        return RustPanic(message, span, RUSTC_LIBRARY + where if where else None)

    if TYPE_CHECKING:
        # Defined by the layers above (the compiler, the calls); used by those below.
        def compile_expr(self, e: ast.Expr) -> Code: ...

        def compile_block(self, block: ast.Block, function_body: bool = False) -> Code: ...

        def call_function(self, item: ast.FnItem, args: list[Any], span: Span,
                          start: bool = False, why: str = "") -> Any: ...

"""Runs a checked program, recording every step into a `Trace`.

The checked AST is compiled once into Python closures (`Code = env -> value`),
so running a statement never re-dispatches on node types. Every memory change
goes through the recorder (`self.rec.apply(op)`), which is what makes the trace
replayable. Rust rules (types, moves, which method runs) come from the checker's
side tables; nothing here re-decides them.

Control flow that leaves blocks early (`break`, `continue`, `return`) travels as
Python exceptions, so every block on the way out drops its locals, as Rust does.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.program import Binding, CheckedProgram, FnInfo
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import arith, convert
from stackheap_tui.machine import std as builtins
from stackheap_tui.machine.heap_ops import Heap
from stackheap_tui.machine.limits import DEFAULT_MAX_STEPS  # also read from here
from stackheap_tui.machine.std_panic_locations import LOCATIONS, RUSTC_LIBRARY
from stackheap_tui.memory.explain import (
    Assigned,
    Bound,
    Explanation,
    LastOutput,
    Lazy,
    LazyText,
    LetText,
    Part,
    ShownValue,
)
from stackheap_tui.memory.ranges import index_range, slice_range_error
from stackheap_tui.memory.recorder import Recorder, StepLog
from stackheap_tui.memory.records import (
    DANGLING_STACK,
    DOUBLE_FREE,
    USE_AFTER_FREE,
    Outcome,
    SlotState,
    StepKind,
    Violation,
    format_address,
)
from stackheap_tui.memory.render import render_value
from stackheap_tui.memory.state import (
    ADD_SLOT,
    FREE,
    HEAP_SET,
    OUTPUT,
    POP_FRAME,
    PUSH_FRAME,
    REMOVE_SLOTS,
    SET_OWNER,
    SET_STATE,
    SET_VALUE,
    STACK_LIMIT,
    STATIC_BASE,
    FreedAccess,
    GuardedHeap,
    Memory,
)
from stackheap_tui.memory.values import HEAP, STACK, STATIC, Ref, Slice, replace_in

TEMPORARY = "(temporary)"
# A debug build's frame holds more than its named locals (spills, temporaries, the
# return address); this is added to each frame when measuring the 8 MiB stack.
FRAME_OVERHEAD = 48


class RustPanic(Exception):
    def __init__(self, message: str, span: Span, location: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.span = span  # the program's line the panic came from (the picture shows it)
        # Where rustc's binary says it panicked, when that is std's own source rather
        # than the caller's line (a method without `#[track_caller]`, e.g. `i32::pow`).
        self.location = location


class UndefinedBehavior(Exception):
    """A what-if run reached a memory error (see `Violation`)."""

    def __init__(self, kind: str, address: int, span: Span | None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.address = address
        self.span = span

    @classmethod
    def of_access(cls, access: FreedAccess, span: Span | None) -> UndefinedBehavior:
        """A read of freed heap memory, or through a pointer into a popped stack slot."""
        return cls(DANGLING_STACK if access.stack else USE_AFTER_FREE, access.address, span)


class StepLimitReached(Exception):
    pass


class StackOverflow(Exception):
    pass


class ProcessExit(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class _Break(Exception):
    def __init__(self, label: str | None, value: Any) -> None:
        self.label = label
        self.value = value


class _Continue(Exception):
    def __init__(self, label: str | None) -> None:
        self.label = label


class _Return(Exception):
    def __init__(self, value: Any) -> None:
        self.value = value


@dataclass
class Env:
    """One function activation: its frame and where each binding's slot is."""

    frame: int
    slots: dict[int, int] = field(default_factory=dict)  # id(binding) -> slot index
    temps: list[tuple[Any, T.Ty, Ref | None]] = field(default_factory=list)  # die at `;`
    # Facts for this step's explanation: "kind:text" strings, or lazy notes (assignments)
    # whose values are rendered only if the step is shown.
    notes: list[str | Lazy] = field(default_factory=list)
    moved_paths: dict[int, set[tuple[int, ...]]] = field(default_factory=dict)  # partial moves
    function: str = "main"
    # The `move` closures running now (innermost last): each one's own copies of the Copy
    # values it captured, id(binding) -> value (changes outside do not reach them).
    capture_frames: list[dict[int, Any]] = field(default_factory=list)


Code = Callable[[Env], Any]
PlaceCode = Callable[[Env], Any]  # returns a Ref or a Slice
StmtCode = Callable[[Env], None]


def is_place(e: ast.Expr) -> bool:
    """A place expression names existing memory; anything else makes a temporary."""
    if isinstance(e, ast.Path):
        return True
    if isinstance(e, ast.Unary) and e.op == "*":
        return True
    return (isinstance(e, ast.Field | ast.Index) and is_place(e.base)) or (isinstance(
        e, ast.Field | ast.Index) and isinstance(e.base, ast.Unary | ast.MethodCall | ast.Call))


def _name_list(names: list[str]) -> str:
    quoted = [f"`{n}`" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def describe_expr(source: str, span: Span) -> str:
    return source[span.start: span.end]


class Interpreter:
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
        self.dead_slots: list[tuple[str, str, int, int]] = []  # function, name, address, size
        self.push_notes: dict[tuple[int, int], Any] = {}  # (frame, slot) -> its push note
        self.last_push: dict[tuple[int, int], tuple[int, int]] = {}  # its (length, cap)
        self.trace = log
        self.memory = Memory()
        if what_if:
            self.memory.heap = GuardedHeap()
            self.memory.guarded = True
        self.rec = Recorder(self.trace, self.memory, keep_tombstones=what_if)
        self.envs: list[Env] = []
        self.bodies: dict[int, Code] = {}
        # While compiling a `move` closure's body: the Copy bindings it copies in.
        self.copied_captures: list[frozenset[int]] = []
        self.frame_sizes: dict[int, int] = {}
        self.stack_used = 0  # the modelled size of the frames on the stack (debug build)
        self.statics: dict[str, int] = {}
        self.static_top = STATIC_BASE
        self.heap = Heap(self)
        self.current_span = checked.main.name_span  # the call a builtin panics at
        self.panicking = False

    # ================= running =================
    def run(self) -> StepLog:
        main = self.c.main
        exit_code = 0
        stopped: str | None = None
        violation: Violation | None = None
        try:
            try:
                self.call_function(main, [], main.name_span, start=True)
            except RustPanic as panic:
                exit_code = 101
                self.report_panic(panic)
        except StepLimitReached:
            stopped = (f"stopped after {self.max_steps:,} steps (the --max-steps limit); "
                       "the steps so far can still be browsed")
        except StackOverflow:
            exit_code = 134
            self.rec.apply((OUTPUT, "stderr", f"\nthread 'main' ({os.getpid()}) has overflowed "
                            "its stack\nfatal runtime error: stack overflow, aborting\n"))
            self.finish_step(self.c.main.name_span, StepKind.PANIC,
                             "Stack overflow: the frames pushed by the recursion used up the "
                             "8 MiB stack of the main thread. Rust aborts the process "
                             "(no unwinding, no drops): exit status 134.")
        except (UndefinedBehavior, FreedAccess) as error:
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
        except Exception as problem:
            if not self.what_if:
                raise
            # A rejected program can reach states no accepted one can (a value read
            # after being moved out in part, ...): the what-if run says so and stops.
            stopped = ("the what-if run cannot go on from here: the rejected program "
                       f"reached a state the interpreter does not model ({problem})")
        self.trace.finish(Outcome(exit_code, self.memory.output_text("stdout"),
                                  self.memory.output_text("stderr"), stopped, violation))
        return self.trace

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

    def finish_step(self, span: Span, kind: StepKind, text: str) -> None:
        with contextlib.suppress(Exception):
            self.rec.end_step(span, kind, text)

    def step(self, span: Span, kind: StepKind, explanation: str) -> None:
        self.rec.end_step(span, kind, explanation)
        if len(self.trace) >= self.max_steps:
            raise StepLimitReached

    def report_panic(self, panic: RustPanic) -> None:
        where = panic.location or f"{self.path}:{panic.span.line}:{panic.span.col}"
        note = ("note: run with `RUST_BACKTRACE=1` environment variable to display a "
                "backtrace\n")
        text = f"\nthread 'main' ({os.getpid()}) panicked at {where}:\n{panic.message}\n{note}"
        self.rec.apply((OUTPUT, "stderr", text))
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
        except RustPanic:
            pass  # a panic while unwinding aborts; the first message stands

    # ================= frames and calls =================
    def call_function(self, item: ast.FnItem, args: list[Any], span: Span,
                      start: bool = False, why: str = "") -> Any:
        info: FnInfo = self.c.functions[id(item)]
        body = self.bodies.get(id(item))
        if body is None:
            body = self.compile_block(item.body, function_body=True)
            self.bodies[id(item)] = body
        name = item.name if info.owner is None else f"{info.owner}::{item.name}"
        frame_bytes = self.frame_bytes(item, info)
        if self.stack_used + frame_bytes > STACK_LIMIT:
            raise StackOverflow
        self.stack_used += frame_bytes
        frame = self.rec.apply((PUSH_FRAME, name, None if start else span.line))
        env = Env(frame, function=name)
        self.envs.append(env)
        for binding, value in zip(info.params, args, strict=True):
            self.add_binding(env, binding, value)
        if start:
            self.step(item.name_span, StepKind.START,
                      "The program starts: `main` gets a stack frame, empty for now. Each "
                      "local variable gets a slot in it when its `let` runs.")
        else:
            parts: list[Part] = [f"{why}Calls `{name}`: a new stack frame is pushed on top "
                                 "of the caller's"]
            for i, (b, v) in enumerate(zip(info.params, args, strict=True)):
                parts += [" with " if i == 0 else ", ", f"`{b.name}` = ", ShownValue(v, b.ty),
                          f" ({_how_passed(b.ty)})"]
            parts.append(".")
            self.step(item.name_span, StepKind.CALL, LazyText(tuple(parts)))
        try:
            try:
                result = body(env)
            except _Return as early:
                result = early.value
        finally:
            self.stack_used -= frame_bytes
        self.drop_temps(env)
        self.drop_scope(env, list(env.slots.items()), item.body.close_span)
        ret_ty = info.ret
        self.pop_frame(env, item.body.close_span, "returns", result, ret_ty)
        return result

    def frame_bytes(self, item: ast.FnItem, info: FnInfo) -> int:
        """A debug build's frame for this function: about twice its locals, plus overhead.

        Calibrated against rustc 1.95: `fn f(n: u64) -> u64 { 1 + f(n + 1) }` overflows
        the 8 MiB stack after about 130,000 calls (64 bytes a frame).
        """
        cached = self.frame_sizes.get(id(item))
        if cached is None:
            span = item.body.span
            sizes = [T.size_of(b.ty) for b in set(self.c.bindings.values())
                     if span.start <= b.span.start < span.end]
            sizes += [T.size_of(b.ty) for b in info.params]
            # Big locals (arrays) are copied again by moves and `for` loops in a debug build:
            # `[u64; 64]` in a recursive fn costs ~2 KiB a frame (rustc: ~3,900 frames).
            big = sum(size for size in sizes if size >= 128)
            cached = FRAME_OVERHEAD + 2 * sum(sizes) + 2 * big
            self.frame_sizes[id(item)] = cached
        return cached

    def remember_dead(self, frame: Any, first: int) -> None:
        """What-if runs: which variable a dangling stack pointer pointed at."""
        self.dead_slots.extend((frame.function, slot.name, slot.address, slot.size)
                               for slot in frame.slots[first:])

    def pop_frame(self, env: Env, span: Span, verb: str, result: Any = None,
                  ret_ty: T.Ty | None = None) -> None:
        frame = self.memory.frames[env.frame]
        names = [slot.name for slot in frame.slots]
        size = sum(slot.size for slot in frame.slots)
        if self.what_if:
            self.remember_dead(frame, 0)
        self.rec.apply((POP_FRAME,))
        self.envs.pop()
        contents = f" ({_name_list(names)}: {size} bytes)" if names else ""
        if verb != "returns":
            self.step(span, StepKind.DROP,
                      f"`{frame.function}` {verb}: its stack frame{contents} is popped."
                      + (" The process exits with status 101." if not self.envs else ""))
            return
        if not self.envs:
            self.step(span, StepKind.RETURN, f"`{frame.function}` returns: its stack frame"
                      f"{contents} is popped. The program ends with exit status 0.")
            return
        popped = f"`{frame.function}` returns: its stack frame{contents} is popped."
        if ret_ty is None or ret_ty == T.UNIT or isinstance(ret_ty, T.NeverTy):
            self.step(span, StepKind.RETURN, popped)
            return
        self.step(span, StepKind.RETURN, LazyText((
            popped, " It returns ", ShownValue(result, ret_ty),
            f" ({ret_ty}) to the caller, which stores it where the call was.")))

    # ================= bindings and slots =================
    def add_binding(self, env: Env, binding: Binding, value: Any) -> int:
        slot = self.rec.apply((ADD_SLOT, binding.name, binding.ty, value, SlotState.LIVE))
        env.slots[id(binding)] = slot
        self.claim(value, binding.ty, binding.name)
        return slot

    def place_name(self, place: Any) -> str:
        """How the picture names the owner at a place: `v`, `p.1`, `*b`."""
        if isinstance(place, Ref) and place.region == STACK:
            slot = self.memory.frames[place.root].slots[place.slot]
            return slot.name + "".join(f".{i}" for i in place.path)
        if isinstance(place, Ref) and place.region == HEAP and place.root in self.memory.heap:
            block = self.memory.heap[place.root]
            if block.kind == "vec" and place.path:
                return f"{block.owner}[{place.path[0]}]"
            return f"*{block.owner}"
        return TEMPORARY

    def adopt(self, place: Any, ty: T.Ty) -> None:
        """After a String/Vec at `place` changed, its (maybe new) buffer is owned there."""
        if isinstance(place, Ref):
            self.claim(self.memory.read(place), ty, self.place_name(place))

    def slot_ref(self, env: Env, slot_index: int) -> Ref:
        slot = self.memory.frames[env.frame].slots[slot_index]
        return Ref(STACK, env.frame, slot_index, (), slot.address)

    def temp_slot(self, env: Env, value: Any, ty: T.Ty) -> Ref:
        """Materialise a temporary in the frame (what `&String::from("x")` borrows)."""
        slot = self.rec.apply((ADD_SLOT, TEMPORARY, ty, value, SlotState.LIVE))
        ref = self.slot_ref(env, slot)
        env.temps.append((value, ty, ref))
        return ref

    def extended_slot(self, env: Env, key: int, value: Any, ty: T.Ty) -> Ref:
        """A temporary that lives to the end of its block, like a variable (`let r =
        &make();`): the scope drops it with its locals."""
        slot = self.rec.apply((ADD_SLOT, TEMPORARY, ty, value, SlotState.LIVE))
        env.slots[key] = slot
        return self.slot_ref(env, slot)

    # ================= drops =================
    def drop_scope(self, env: Env, owned: list[tuple[int, int]], span: Span,
                   unwinding: bool = False) -> None:
        """Drop a scope's live owners in reverse declaration order, one step each."""
        frame = self.memory.frames[env.frame]
        for _, slot_index in sorted(owned, key=lambda item: -item[1]):
            slot = frame.slots[slot_index]
            if slot.state is not SlotState.LIVE or not T.needs_drop(slot.ty):
                continue
            skip = env.moved_paths.get(slot_index, set())
            place = self.slot_ref(env, slot_index)
            try:
                freed = self.drop_value(slot.value, slot.ty, f"dropping `{slot.name}`", place,
                                        skip)
            except UndefinedBehavior as ub:
                ub.span = ub.span or span  # a what-if run's double free, at this `}`
                raise
            except RustPanic:
                # Its `Drop::drop` panicked: it counts as dropped, and the unwinding that
                # follows drops the others, not this one again.
                self.rec.apply((SET_STATE, env.frame, slot_index, SlotState.DROPPED,
                                "dropped"))
                raise
            self.rec.apply((SET_STATE, env.frame, slot_index, SlotState.DROPPED, "dropped"))
            why = ("the panic unwinds past it" if unwinding else "it goes out of scope here")
            partly = " (what was not moved out of it)" if skip else ""
            if freed:
                effect = (f"its {slot.ty} {self.describe_frees(freed)}. Rust frees heap memory "
                          "automatically when its owner goes out of scope; no explicit "
                          "deallocation is needed.")
            elif isinstance(slot.ty, T.AdtTy) and slot.ty.name == "Rc":
                effect = "this Rc gives up its share of the block."
            elif isinstance(slot.ty, T.AdtTy) and slot.ty.name in ("Ref", "RefMut"):
                effect = "the borrow of the RefCell ends, so it can be borrowed again."
            else:
                effect = f"its {slot.ty} has no heap memory to free."
            self.step(span, StepKind.DROP, self.take_notes(
                env, f"`{slot.name}`{partly} is dropped because {why}: {effect}"))

    def describe_frees(self, freed: list[tuple[int, int]]) -> str:
        if not freed:
            return "owns nothing on the heap, so nothing is freed"
        parts = [f"{size}-byte heap block at {format_address(address)}"
                 for address, size in freed]
        return "frees the " + " and the ".join(parts)

    def drop_value(self, value: Any, ty: T.Ty, reason: str, place: Ref | None = None,
                   skip: set[tuple[int, ...]] | None = None,
                   path: tuple[int, ...] = ()) -> list[tuple[int, int]]:
        """Run a value's destructors and free what it owns; returns the freed blocks."""
        if not self.what_if:
            return self.drop_owned(value, ty, reason, place, skip, path)
        try:
            return self.drop_owned(value, ty, reason, place, skip, path)
        except FreedAccess as access:
            # Dropping what is already freed: two owners of one block.
            raise UndefinedBehavior(DOUBLE_FREE, access.address, None) from None

    def drop_owned(self, value: Any, ty: T.Ty, reason: str, place: Ref | None,
                   skip: set[tuple[int, ...]] | None,
                   path: tuple[int, ...]) -> list[tuple[int, int]]:
        if skip and path in skip:
            return []
        freed: list[tuple[int, int]] = []
        if isinstance(ty, T.BoxTy):
            block = self.memory.heap[value]
            inner_place = Ref(HEAP, value, 0, (), value)
            if not (skip and (*path, -1) in skip):  # -1: the Box's contents were moved out
                freed.extend(self.drop_value(block.value, ty.inner, reason, inner_place, skip,
                                             (*path, -1)))
            self.rec.apply((FREE, value, f"freed by {reason}"))
            freed.append((value, block.size))
        elif isinstance(ty, T.TupleTy):
            offsets = T.field_offsets(ty)
            for i, (item, item_ty) in enumerate(zip(value, ty.items, strict=True)):
                freed.extend(self.drop_value(item, item_ty, reason, _child(place, i, offsets[i]),
                                             skip, (*path, i)))
        elif isinstance(ty, T.ArrayTy):
            size = T.size_of(ty.element)
            for i, item in enumerate(value):
                freed.extend(self.drop_value(item, ty.element, reason, _child(place, i, i * size),
                                             skip, (*path, i)))
        elif isinstance(ty, T.AdtTy):
            freed.extend(self.drop_adt(value, ty, reason, place, skip, path))
        return freed

    def drop_adt(self, value: Any, ty: T.AdtTy, reason: str, place: Ref | None,
                 skip: set[tuple[int, ...]] | None, path: tuple[int, ...]) -> list[tuple[int, int]]:
        freed: list[tuple[int, int]] = []
        if ty.name in ("String", "Vec"):
            ptr, cap, length = value
            if ty.name == "Vec" and cap and T.needs_drop(ty.args[0]):
                for i, item in enumerate(self.memory.heap[ptr].value[:length]):
                    element = Ref(HEAP, ptr, 0, (i,), ptr + i * T.size_of(ty.args[0]))
                    freed.extend(self.drop_value(item, ty.args[0], reason, element))
            if cap:
                size = self.memory.heap[ptr].size
                self.rec.apply((FREE, ptr, f"freed by {reason}"))
                freed.append((ptr, size))
            return freed
        if ty.name == "Rc":
            return self.heap.rc_release(value, ty, reason)
        if ty.name == "RefCell":
            return self.drop_value(value[1], ty.args[0], reason, None, skip, (*path, 1))
        if ty.name in ("Ref", "RefMut"):
            self.heap.release_guard(value, ty.name == "RefMut")
            return []
        defn = ty.defn
        if defn is None:
            return freed
        if defn.has_drop:
            self.run_drop_impl(value, ty, place)
        if defn.is_enum:
            variant = defn.variants[value[0]]
            fields = value[1:]
            offset = 1
        else:
            variant = defn.variants[0]
            fields = value
            offset = 0
        offsets = T.variant_offsets(ty, defn.variants.index(variant))
        for i, (item, item_ty) in enumerate(zip(fields, ty.variant_types(variant),
                                                strict=True)):
            child = _child(place, i + offset, offsets[i])
            freed.extend(self.drop_value(item, item_ty, reason, child, skip, (*path, i + offset)))
        return freed

    def run_drop_impl(self, value: Any, ty: T.AdtTy, place: Ref | None) -> None:
        """`impl Drop`: its `drop(&mut self)` runs like a call, before the fields drop."""
        items = self.c.items
        item = items.drop_impls[ty.name]  # type: ignore[attr-defined]
        env = self.envs[-1]
        temporary = place is None
        if place is None:
            place = self.temp_slot(env, value, ty)
            env.temps.pop()  # it dies right here, not at the `;`
        what = self.place_name(place) if not temporary else f"a {ty}"
        self.call_function(item, [place], item.name_span,
                           why=f"`{what}` is being dropped and `{ty}` implements `Drop`, so "
                           "Rust first runs its `drop(&mut self)` (fields are dropped after "
                           "it). ")
        if temporary and place.region == STACK:
            frame = self.memory.frames[place.root]
            if place.slot == len(frame.slots) - 1:
                self.rec.apply((REMOVE_SLOTS, place.root, 1))

    def drop_temps_since(self, env: Env, count: int) -> None:
        """Drop only the temporaries made since there were `count` of them."""
        if len(env.temps) > count:
            outer, env.temps = env.temps[:count], env.temps[count:]
            self.drop_temps(env)
            env.temps = outer

    def drop_temps(self, env: Env) -> None:
        """Temporaries die at the end of their statement, newest first."""
        while env.temps:
            value, ty, ref = env.temps.pop()
            skip = None
            moved = False
            if ref is not None and ref.region == STACK and ref.root == env.frame:
                # Parts a pattern moved out of the temporary are not dropped twice.
                slot = self.memory.frames[env.frame].slots[ref.slot]
                moved = slot.state is SlotState.MOVED
                skip = env.moved_paths.pop(ref.slot, None)
                value = slot.value
            freed = self.drop_value(value, ty, "dropping a temporary", ref, skip) if (
                T.needs_drop(ty) and not moved) else []
            if ref is not None and ref.region == STACK and ref.root == env.frame:
                frame = self.memory.frames[env.frame]
                if ref.slot == len(frame.slots) - 1:
                    self.rec.apply((REMOVE_SLOTS, env.frame, 1))
            if freed:
                env.notes.append(f"drop:The temporary {ty} is dropped at the end of the "
                                 f"statement and {self.describe_frees(freed)}.")

    def drop_temps_above(self, env: Env, first: int) -> None:
        """Temporaries living in slots the closing scope is about to pop die first."""
        keep = [t for t in env.temps if not (t[2] is not None and t[2].region == STACK
                                              and t[2].root == env.frame and t[2].slot >= first)]
        if len(keep) == len(env.temps):
            return
        dying = [t for t in env.temps if t not in keep]
        env.temps = dying
        self.drop_temps(env)
        env.temps = keep

    def new_slots(self, env: Env, before: int) -> list[tuple[int, int]]:
        """The (binding key, slot) pairs added since there were `before` of them.

        `env.slots` keeps insertion order and an inner scope removes exactly what it
        added, so a scope's own bindings are the ones after its starting count.
        """
        if len(env.slots) <= before:
            return []
        return list(itertools.islice(env.slots.items(), before, None))

    def pop_slots(self, env: Env, bindings: list[tuple[int, int]]) -> None:
        """Take a scope's slots (the top of the frame) off the stack, with their temporaries."""
        frame = self.memory.frames[env.frame]
        first = min(slot for _, slot in bindings)
        if self.what_if:
            self.remember_dead(frame, first)
        self.drop_temps_above(env, first)
        self.rec.apply((REMOVE_SLOTS, env.frame, len(frame.slots) - first))
        for key, _ in bindings:
            del env.slots[key]
        for slot in list(env.moved_paths):
            if slot >= first:
                del env.moved_paths[slot]

    def end_block(self, env: Env, bindings: list[tuple[int, int]], block: ast.Block) -> None:
        """`}` of a nested block: drops, then its slots leave the stack (one step)."""
        if not bindings:
            return
        span = block.close_span
        self.drop_scope(env, bindings, span)
        frame = self.memory.frames[env.frame]
        names = [frame.slots[slot].name for _, slot in bindings]
        size = sum(frame.slots[slot].size for _, slot in bindings)
        self.pop_slots(env, bindings)
        self.step(span, StepKind.SCOPE_END,
                  f"`}}` ends the block: {_name_list(names)} "
                  f"{'goes' if len(names) == 1 else 'go'} out of scope and "
                  f"{'its' if len(names) == 1 else 'their'} {size} bytes are popped off the "
                  "stack.")

    # ================= ownership bookkeeping =================
    def set_owner(self, address: int, owner: str) -> None:
        if self.memory.heap[address].owner != owner:  # a push keeps its owner: no op
            self.rec.apply((SET_OWNER, address, owner))

    def claim(self, value: Any, ty: T.Ty, owner: str) -> None:
        """Record who owns the heap blocks a value points to (after a move or a let)."""
        if isinstance(ty, T.BoxTy):
            self.set_owner(value, owner)
            self.claim(self.memory.heap[value].value, ty.inner, f"*{owner}")
        elif isinstance(ty, T.TupleTy):
            for i, (item, item_ty) in enumerate(zip(value, ty.items, strict=True)):
                self.claim(item, item_ty, f"{owner}.{i}")
        elif isinstance(ty, T.ArrayTy) and T.needs_drop(ty.element):
            for i, item in enumerate(value):
                self.claim(item, ty.element, f"{owner}[{i}]")
        elif isinstance(ty, T.AdtTy):
            if ty.name in ("String", "Vec"):
                ptr, cap, length = value
                if cap:
                    self.set_owner(ptr, owner)
                    if ty.name == "Vec" and T.needs_drop(ty.args[0]):
                        for i, item in enumerate(self.memory.heap[ptr].value[:length]):
                            self.claim(item, ty.args[0], f"{owner}[{i}]")
                return
            if ty.name == "RefCell":
                self.claim(value[1], ty.args[0], owner)
                return
            if ty.name in ("Rc", "Ref", "RefMut") or ty.defn is None:
                return
            if not T.needs_drop(ty):
                return
            defn = ty.defn
            variant = defn.variants[value[0]] if defn.is_enum else defn.variants[0]
            fields = value[1:] if defn.is_enum else value
            for name, item, item_ty in zip(variant.field_names, fields,
                                           ty.variant_types(variant), strict=True):
                self.claim(item, item_ty, f"{owner}.{name}")

    # ================= blocks and statements =================
    def compile_block(self, block: ast.Block, function_body: bool = False) -> Code:
        """A block's value; its bindings are dropped and popped at its `}`."""
        stmts = [self.compile_stmt(stmt) for stmt in block.stmts]
        tail = self.compile_expr(block.tail) if block.tail is not None else None
        if tail is not None and self.what_if:
            tail = self.located(tail, block.tail.span)  # type: ignore[union-attr]

        def run_block(env: Env) -> Any:
            before = len(env.slots)
            try:
                for stmt in stmts:
                    stmt(env)
                temps_before = len(env.temps)
                value = tail(env) if tail is not None else ()
                if not function_body:
                    # Edition 2024: the tail expression's temporaries are dropped at the
                    # end of the block, before its locals (not at the enclosing `;`).
                    self.drop_temps_since(env, temps_before)
            except (_Break, _Continue, _Return):
                if not function_body:
                    mine = self.new_slots(env, before)
                    self.drop_temps(env)
                    self.end_block(env, mine, block)
                raise
            if not function_body:
                mine = self.new_slots(env, before)
                self.end_block(env, mine, block)
            return value

        return run_block

    def compile_stmt(self, stmt: ast.Stmt) -> StmtCode:
        if isinstance(stmt, ast.Let):
            code = self.compile_let(stmt)
        elif isinstance(stmt, ast.ExprStmt):
            code = self.compile_expr_stmt(stmt)
        else:
            return lambda env: None  # `;` alone does nothing and is not a step
        return self.located(code, stmt.span) if self.what_if else code

    def located(self, code: Code, span: Span) -> Code:
        """What-if runs: a read of freed or popped memory becomes undefined behaviour
        at the innermost statement (or block tail) that made it."""

        def checked(env: Env) -> Any:
            try:
                return code(env)
            except FreedAccess as access:
                raise UndefinedBehavior.of_access(access, span) from None
            except UndefinedBehavior as ub:
                ub.span = ub.span or span  # a double free in a drop this statement made
                raise

        return checked

    def compile_let(self, stmt: ast.Let) -> StmtCode:
        pattern = stmt.pattern
        init = self.compile_expr(stmt.init) if stmt.init is not None else None
        init_is_place = stmt.init is not None and is_place(stmt.init)
        text = describe_expr(self.source, stmt.span).split("=")[0].replace("let ", "").strip()
        otherwise = self.compile_block(stmt.otherwise) if stmt.otherwise is not None else None
        if isinstance(pattern, ast.WildcardPattern):
            ty = self.c.type_of(stmt.init) if stmt.init is not None else T.UNIT
            # `let _ = v[0];` reads nothing, but the place is worked out (the bounds check).
            place_only = self.compile_place(stmt.init) if init_is_place and stmt.init else None

            def run_let_wildcard(env: Env) -> None:
                if init is not None and not init_is_place:
                    value = init(env)
                    env.temps.append((value, ty, None))  # `let _ = make();` drops at once
                elif place_only is not None:
                    place_only(env)  # `let _ = v;` does not even read `v`
                self.drop_temps(env)
                self.step(stmt.span, StepKind.STATEMENT,
                          self.take_notes(env, "`let _ = …` binds nothing: a new value is "
                                          "dropped at once; a variable is left untouched."))

            return run_let_wildcard
        simple = isinstance(pattern, ast.IdentPattern) and id(pattern) in self.c.bindings and (
            self.c.patterns.get(id(pattern)) is None or self.c.patterns[id(pattern)].is_binding)
        if simple:
            assert isinstance(pattern, ast.IdentPattern)
            binding = self.c.bindings[id(pattern)]
            if isinstance(stmt.init, ast.Unary) and stmt.init.op in ("&", "&mut"):
                # `let r = &temp…;`: a temporary the borrow reaches lives as long as `r`.
                init = self.with_coercion(stmt.init, self.compile_borrow(stmt.init,
                                                                         extended=True))
            return self.compile_simple_let(stmt, binding, init)
        matcher = self.compile_pattern(pattern)
        assert stmt.init is not None
        scrutinee = self.compile_scrutinee(stmt.init)

        def run_let_pattern(env: Env) -> None:
            value, place = scrutinee(env)
            bound = matcher(env, value, place)
            if bound is None:
                assert otherwise is not None
                otherwise(env)
                raise AssertionError("let-else's block must diverge")
            for binding, bound_value in bound:
                self.add_binding(env, binding, bound_value)
            self.drop_temps(env)
            names = ", ".join(f"`{b.name}`" for b, _ in bound)
            self.step(stmt.span, StepKind.STATEMENT,
                      self.take_notes(env, f"The pattern `{text}` takes the value apart: "
                                      f"{names or 'nothing'} "
                                      f"{'gets' if len(bound) == 1 else 'get'} slots."))

        return run_let_pattern

    def compile_simple_let(self, stmt: ast.Let, binding: Binding, init: Code | None) -> StmtCode:
        ty = binding.ty
        size = T.size_of(ty)
        moved_from = stmt.init.segments[0] if isinstance(stmt.init, ast.Path) and id(
            stmt.init) in self.c.moves else None
        copied_from = stmt.init.segments[0] if isinstance(stmt.init, ast.Path) and (
            moved_from is None) else None
        name = binding.name
        # The sentence, decided here once; LetText fills in the frame's function (F), the
        # slot's address (A) and the value as drawn (S) when the step is shown.
        where = "`\0F`'s stack frame"
        static_str = None
        if init is None:
            sentence = (f"`{name}` gets a slot in {where} ({ty}, {size} bytes at \0A) but no "
                        "value yet.")
        elif moved_from is not None:
            sentence = (f"`{name} = {moved_from}` moves the {ty}: its {size} bytes are copied "
                        f"into `{name}` (at \0A), which now owns what `{moved_from}` owned; "
                        f"`{moved_from}` can no longer be used. Nothing on the heap moved.")
        elif copied_from is not None and T.is_copy(ty):
            sentence = (f"`{name} = {copied_from}` copies the {ty} ({size} bytes): {ty} is "
                        f"`Copy`, so both `{copied_from}` and `{name}` stay usable.")
        elif isinstance(ty, T.BoxTy):
            sentence = (f"`{name}` ({ty}, {size} bytes at \0A on the stack) holds the address "
                        "\0S of its heap block and owns it.")
        elif isinstance(ty, T.RefTy):
            static_str = (f"`{name}` is a `&str` ({size} bytes at \0A: a pointer and a length) "
                          "pointing into the program's read-only static memory, where the "
                          "string literal's bytes live for the whole run. Nothing is "
                          "allocated on the heap.")
            sentence = (f"`{name}` is a reference ({size} bytes at \0A): it holds the "
                        "address \0S and borrows what is there; it owns nothing.")
        else:
            sentence = f"`{name}` is pushed onto {where}: {size} bytes at \0A holding \0S ({ty})."

        def run_let(env: Env) -> None:
            value = init(env) if init is not None else None
            state = SlotState.LIVE if init is not None else SlotState.UNINIT
            slot = self.rec.apply((ADD_SLOT, binding.name, ty, value, state))
            env.slots[id(binding)] = slot
            if init is not None:
                self.claim(value, ty, binding.name)
            if moved_from is not None:
                self.mark_moved_to(env, binding.name)
            self.drop_temps(env)
            frame = self.memory.frames[env.frame]
            template = static_str if static_str is not None and isinstance(
                value, Slice) and value.base.region == STATIC else sentence
            # Written out only if the step is shown: a `let` in a loop costs no text.
            text = LetText(template, frame.function, frame.slots[slot].address, value, ty)
            allocated = _has_note(env, "alloc:")
            kind = (StepKind.ALLOC if allocated else StepKind.MOVE if moved_from
                    else StepKind.STATEMENT)
            self.step(stmt.span, kind, self.take_notes(env, text))

        return run_let

    def mark_place_moved(self, place: Ref) -> None:
        """A pattern took (part of) a variable by value: whole or partial move."""
        if place.region == HEAP and self.envs:
            # Inside a Box held by a local (`let W(s) = *b;`): a move out of `b`'s
            # contents, path -1, so dropping `b` frees its block but not what moved.
            owner = self.box_slot_of(self.envs[-1], place.root)
            if owner is None:
                return
            for step in (-1, *place.path):
                owner = owner.child(step, place.address)
            place = owner
        env = next((e for e in reversed(self.envs) if e.frame == place.root), None)
        if env is None:
            return
        if not place.path:
            self.rec.apply((SET_STATE, place.root, place.slot, SlotState.MOVED, "moved"))
            return
        env.moved_paths.setdefault(place.slot, set()).add(place.path)
        slot = self.memory.frames[place.root].slots[place.slot]
        self.rec.apply((SET_STATE, place.root, place.slot, slot.state, "partially moved"))

    def box_slot_of(self, env: Env, block: int) -> Ref | None:
        """The local of this frame that is a Box pointing at `block`, if one is."""
        for index, slot in enumerate(self.memory.frames[env.frame].slots):
            if isinstance(slot.ty, T.BoxTy) and slot.value == block and (
                    slot.state is SlotState.LIVE):
                return self.slot_ref(env, index)
        return None

    def mark_moved_to(self, env: Env, destination: str) -> None:
        """Name where the values just moved out of this frame went (`moved → b`)."""
        frame = self.memory.frames[env.frame]
        for index, slot in enumerate(frame.slots):
            if slot.state is SlotState.MOVED and slot.note == "moved":
                self.rec.apply((SET_STATE, env.frame, index, SlotState.MOVED,
                                f"moved → {destination}"))

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

    def compile_expr_stmt(self, stmt: ast.ExprStmt) -> StmtCode:
        expr = stmt.expr
        code = self.compile_expr(expr)
        ty = self.c.type_of(expr)
        span = stmt.span
        # Everything that does not depend on the run is decided here, once.
        keeps_temp = T.needs_drop(ty) and not is_place(expr)
        if isinstance(expr, ast.BLOCK_LIKE):
            def run_block_stmt(env: Env) -> None:
                value = code(env)
                if keeps_temp:
                    env.temps.append((value, ty, None))
                self.drop_temps(env)
                if env.notes:
                    self.step(span, StepKind.STATEMENT, self.take_notes(env, ""))
                # otherwise a block's own statements were the steps

            return run_block_stmt
        keeps_temp = keeps_temp and not isinstance(expr, ast.Assign)
        prints = _prints(expr)
        plain_kind = StepKind.OUTPUT if prints else StepKind.STATEMENT
        effect = self.describe_effect(expr)

        def run_expr_stmt(env: Env) -> None:
            value = code(env)
            if keeps_temp:
                env.temps.append((value, ty, None))
            if env.temps:
                self.drop_temps(env)
            if not env.notes:
                self.step(span, plain_kind, effect)
                return
            self.step(span, _kind_of_notes(env.notes, plain_kind),
                      self.take_notes(env, effect if prints else ""))

        return run_expr_stmt

    def describe_effect(self, expr: ast.Expr) -> Explanation:
        """What a statement did, when nothing more specific was noted while it ran."""
        if _prints(expr):
            return LastOutput(expr.name, "stderr" if expr.name.startswith("e") else "stdout")
        if isinstance(expr, ast.Assign):
            return ""
        text = describe_expr(self.source, expr.span)
        if isinstance(expr, ast.Call | ast.MethodCall):
            return f"`{text}` is done; its result is not used."
        return f"`{text}` runs."

    # ================= expressions =================
    def compile_expr(self, e: ast.Expr) -> Code:
        method = getattr(self, "x_" + type(e).__name__)
        code: Code = method(e)
        return self.with_coercion(e, code)

    def with_coercion(self, e: ast.Expr, code: Code) -> Code:
        """Apply the deref/unsize coercion the checker chose here (`&String` -> `&str`)."""
        coerced = self.c.coercions.get(id(e))
        if coerced is not None:
            source_ty = self.c.type_of(e)
            inner = source_ty.inner if isinstance(source_ty, T.RefTy) else source_ty
            target = coerced

            def coerce(env: Env) -> Any:
                value = code(env)
                return self.deref_to(value, inner, target)

            return coerce
        return code

    def deref_to(self, place: Any, ty: T.Ty, target: T.Ty) -> Any:
        """Follow a reference value's deref chain until it points at a `target`."""
        steps = 0
        while steps < 8 and not _same_kind(ty, target):
            place, ty = self.deref_place(place, ty)
            steps += 1
        return place

    def x_IntLit(self, e: ast.IntLit) -> Code:
        value = e.value
        ty = self.c.type_of(e)
        if isinstance(ty, T.FloatTy):
            as_float = float(value)
            return lambda env: as_float
        if isinstance(ty, T.IntTy) and not ty.min <= value <= ty.max:
            value = arith.wrap(value, ty)
        return lambda env: value

    def x_FloatLit(self, e: ast.FloatLit) -> Code:
        value = e.value
        ty = self.c.type_of(e)
        if isinstance(ty, T.FloatTy) and ty.bits == 32:
            value = builtins.to_f32(value)
        return lambda env: value

    def x_BoolLit(self, e: ast.BoolLit) -> Code:
        value = e.value
        return lambda env: value

    def x_CharLit(self, e: ast.CharLit) -> Code:
        value = e.value
        return lambda env: value

    def x_StrLit(self, e: ast.StrLit) -> Code:
        data = e.value.encode("utf-8")
        address = self.static_address(e.value)
        base = Ref(STATIC, address, 0, (), address)
        value = Slice(base, 0, len(data), address, 1)
        return lambda env: value

    def static_address(self, text: str) -> int:
        address = self.statics.get(text)
        if address is None:
            address = self.static_top
            data = text.encode("utf-8")
            self.memory.statics[address] = data
            self.statics[text] = address
            self.static_top += max(1, len(data))
        return address

    def x_UnitLit(self, e: ast.UnitLit) -> Code:
        return lambda env: ()

    def x_Block(self, e: ast.Block) -> Code:
        return self.compile_block(e)

    def x_Path(self, e: ast.Path) -> Code:
        value_of = self.c.paths.get(id(e))
        if value_of is not None:
            return self.compile_path_value(e, value_of)
        binding = self.c.bindings[id(e)]
        key = id(binding)
        if self.copied_captures and key in self.copied_captures[-1]:
            return lambda env: env.capture_frames[-1][key]  # the closure's own copy
        moves = id(e) in self.c.moves
        memory = self.memory

        def read(env: Env) -> Any:
            slot_index = env.slots[key]
            value = memory.frames[env.frame].slots[slot_index].value
            if moves:
                self.rec.apply((SET_STATE, env.frame, slot_index, SlotState.MOVED, "moved"))
            return value

        return read

    def compile_path_value(self, e: ast.Path, value_of: Any) -> Code:
        if value_of.kind == "value":
            constant = value_of.value
            return lambda env: constant
        if value_of.kind == "const":
            const = value_of.const
            code = self.compile_expr(const.value)
            cache: list[Any] = []

            def read_const(env: Env) -> Any:
                if not cache:
                    cache.append(code(env))
                return cache[0]

            return read_const
        if value_of.kind == "variant":
            unit = (value_of.variant,)
            return lambda env: unit
        if value_of.kind == "builtin_fn":
            which = value_of.value
            if which == "String::from":
                function = builtins.Closure(lambda args: self.heap.string_from(
                    convert.bytes_of(self.memory, args[0], T.RefTy(T.STR))))
            elif which == "String::new":
                function = builtins.Closure(lambda args: (1, 0, 0))
            else:
                pick = max if which == "max" else min
                function = builtins.Closure(lambda args: pick(args[0], args[1]))
            return lambda env: function
        if value_of.kind == "fn":
            item = value_of.value
            span = e.span
            function = builtins.Closure(lambda args: self.call_function(item, args, span))
            return lambda env: function
        return lambda env: ()  # a unit struct has no bytes

    def panic_at(self, span: Span, message: str, std_case: str | None = None) -> RustPanic:
        """A panic at `span`; `std_case` names where std raises it in its own code, if it
        does (a key of `std_panic_locations.LOCATIONS`, measured from rustc)."""
        where = LOCATIONS.get(std_case) if std_case is not None else None
        return RustPanic(message, span, RUSTC_LIBRARY + where if where else None)

    # ---- places ----
    def compile_place(self, e: ast.Expr, extended: bool = False) -> PlaceCode:
        """Code that finds where a place expression's value lives (a `Ref` or `Slice`).

        A value with no place of its own (`"abc"[1..]`'s literal, `make().field`'s
        struct) is put in a temporary; an `extended` one (under `let r = &…;`) lives
        to the end of the block, as Rust extends it.
        """
        if isinstance(e, ast.Path):
            binding = self.c.bindings.get(id(e))
            if binding is None:
                code = self.compile_expr(e)
                ty = self.c.type_of(e)

                def const_place(env: Env) -> Ref:
                    return self.temp_slot(env, code(env), ty)

                return const_place
            key = id(binding)

            def slot_place(env: Env) -> Ref:
                return self.slot_ref(env, env.slots[key])

            return slot_place
        if isinstance(e, ast.Unary) and e.op == "*":
            operand = self.compile_expr(e.operand)
            operand_ty = self.c.type_of(e.operand)
            # `*cell.borrow_mut() += 1`: the guard is a temporary that lives to the `;`.
            temporary = not is_place(e.operand) and T.needs_drop(operand_ty)

            def deref_place(env: Env) -> Any:
                pointer = operand(env)
                if temporary:
                    env.temps.append((pointer, operand_ty, None))
                place, _ = self.deref_place_value(pointer, operand_ty)
                return place

            return deref_place
        if isinstance(e, ast.Field):
            return self.compile_field_place(e, extended)
        if isinstance(e, ast.Index):
            return self.compile_index_place(e, extended)
        # A value expression used as a place: it lives in a temporary.
        code = self.compile_expr(e)
        ty = self.c.type_of(e)
        key = id(e)

        def temporary(env: Env) -> Ref:
            if extended:
                return self.extended_slot(env, key, code(env), ty)
            return self.temp_slot(env, code(env), ty)

        return temporary

    def deref_place_value(self, pointer: Any, ty: T.Ty) -> tuple[Any, T.Ty]:
        """Where a pointer value (reference, Box, Rc, guard) leads, and the type there."""
        if isinstance(ty, T.RefTy):
            return pointer, ty.inner
        if isinstance(ty, T.BoxTy):
            return Ref(HEAP, pointer, 0, (), pointer), ty.inner
        if isinstance(ty, T.AdtTy) and ty.name == "Rc":
            return Ref(HEAP, pointer, 0, (2,), pointer + 16), ty.args[0]
        if isinstance(ty, T.AdtTy) and ty.name in ("Ref", "RefMut"):
            return pointer.child(1, pointer.address + 8), ty.args[0]
        raise TypeError(f"cannot dereference {ty}")

    def deref_place(self, place: Any, ty: T.Ty) -> tuple[Any, T.Ty]:
        """One autoderef step from a place of type `ty` (method calls, fields, coercions)."""
        if isinstance(ty, T.RefTy | T.BoxTy) or (isinstance(ty, T.AdtTy) and ty.name in (
                "Rc", "Ref", "RefMut")):
            return self.deref_place_value(self.memory.read(place), ty)
        if isinstance(ty, T.AdtTy) and ty.name in ("String", "Vec"):
            header = self.memory.read(place)
            base = convert.buffer_ref(header)
            if ty.name == "String":
                return Slice(base, 0, header[2], base.address, 1), T.STR
            size = T.size_of(ty.args[0])
            return Slice(base, 0, header[2], base.address, size), T.SliceTy(ty.args[0])
        if isinstance(ty, T.ArrayTy):
            return Slice(place, 0, ty.length, place.address, T.size_of(ty.element)), T.SliceTy(
                ty.element)
        raise TypeError(f"cannot dereference {ty}")

    def compile_field_place(self, e: ast.Field, extended: bool = False) -> PlaceCode:
        base = self.compile_place(e.base, extended)
        base_ty = self.c.type_of(e.base)
        derefs, index = self.c.fields[id(e)]

        def field_place(env: Env) -> Ref:
            place = base(env)
            ty = base_ty
            for _ in range(derefs):
                place, ty = self.deref_place(place, ty)
            offset = T.field_offsets(ty)[index] if T.field_offsets(ty) else 0
            return place.child(index, place.address + offset)

        return field_place

    def compile_index_place(self, e: ast.Index, extended: bool = False) -> PlaceCode:
        base = self.compile_place(e.base, extended)
        index = self.compile_expr(e.index)
        base_ty = self.c.type_of(e.base)
        index_ty = self.c.type_of(e.index)
        derefs, _ = self.c.fields[id(e)]
        bracket = e.bracket_span
        start_span = e.base.span
        is_range = isinstance(index_ty, T.AdtTy) and index_ty.name.startswith("Range")

        def index_place(env: Env) -> Any:
            place = base(env)
            ty = base_ty
            for _ in range(derefs):
                place, ty = self.deref_place(place, ty)
            position = index(env)
            is_array = isinstance(ty, T.ArrayTy)
            if not isinstance(place, Slice):
                place, ty = self.deref_place(place, ty)
            assert isinstance(place, Slice)
            if is_range:
                return self.slice_range(place, ty, position, index_ty, bracket)
            if position >= place.length:
                span = start_span if is_array else bracket
                raise self.panic_at(span, f"index out of bounds: the len is {place.length} but "
                                    f"the index is {position}")
            return place.element(position)

        return index_place

    def slice_range(self, place: Slice, ty: T.Ty, bounds: Any, range_ty: T.AdtTy,
                    span: Span) -> Slice:
        selected = index_range(range_ty.name, bounds, place.length)
        if isinstance(ty, T.StrTy):
            data = bytes(self.memory.read(place))
            builtins.check_str_slice(self, data, selected, span)
        else:
            problem = slice_range_error(selected, place.length)
            if problem is not None:  # indexing is `#[track_caller]`: the caller's line
                raise self.panic_at(span, problem[1])
        return place.sub(selected.start, selected.end)

    def x_Field(self, e: ast.Field) -> Code:
        place = self.compile_field_place(e)
        moves = id(e) in self.c.moves
        move_path = _move_path(e, self.c) if moves else None

        def read_field(env: Env) -> Any:
            where = place(env)
            value = self.memory.read(where)
            if move_path is not None:
                # A partial move; through a Box the path says so with -1 ("the contents").
                binding, path = move_path
                slot_index = env.slots[id(binding)]
                env.moved_paths.setdefault(slot_index, set()).add(path)
                slot = self.memory.frames[env.frame].slots[slot_index]
                self.rec.apply((SET_STATE, env.frame, slot_index, slot.state,
                                "partially moved"))
            return value

        return read_field

    def x_Index(self, e: ast.Index) -> Code:
        place = self.compile_index_place(e)

        def read_index(env: Env) -> Any:
            return self.memory.read(place(env))

        return read_index

    def write_place(self, place: Any, value: Any) -> None:
        """Store a value at a place: the root value is rebuilt (values are immutable)."""
        if isinstance(place, Slice):
            raise TypeError("cannot assign to a whole slice")
        root = self.memory.root_value(place)
        new_root = replace_in(root, place.path, value)
        if place.region == STACK:
            self.rec.apply((SET_VALUE, place.root, place.slot, new_root))
        elif place.region == HEAP:
            self.rec.apply((HEAP_SET, place.root, new_root))
        else:
            raise TypeError("static memory is read-only")

    # ---- operators ----
    def x_Unary(self, e: ast.Unary) -> Code:
        ty = self.c.type_of(e)
        if e.op in ("&", "&mut"):
            return self.compile_borrow(e)
        if e.op == "*":
            place = self.compile_place(e)
            moves = id(e) in self.c.moves
            operand_ty = self.c.type_of(e.operand)
            operand_is_place = is_place(e.operand)
            operand_code = self.compile_expr(e.operand) if not operand_is_place else None
            place_of_operand = self.compile_place(e.operand) if operand_is_place else None

            def deref(env: Env) -> Any:
                if operand_code is not None:
                    pointer = operand_code(env)
                    where, _ = self.deref_place_value(pointer, operand_ty)
                    if isinstance(operand_ty, T.BoxTy) and not T.is_copy(operand_ty.inner):
                        # `*make_box()` moves the contents out of a temporary Box: at the
                        # `;` only its block is freed (the contents now have an owner).
                        box_place = self.temp_slot(env, pointer, operand_ty)
                        self.mark_place_moved(box_place.child(-1, where.address))
                    elif T.needs_drop(operand_ty):
                        env.temps.append((pointer, operand_ty, None))
                else:
                    where = place(env)
                value = self.memory.read(where)
                if moves and isinstance(operand_ty, T.BoxTy) and operand_is_place:
                    # `*b` moves the value out of the Box: the block itself is freed when
                    # `b` is dropped, without dropping the moved-out value again.
                    box_place = place_of_operand(env)
                    if isinstance(box_place, Ref) and box_place.region == STACK:
                        self.mark_place_moved(box_place.child(-1, where.address))
                if isinstance(where, Ref) and where.region == HEAP:
                    env.notes.append(f"read:`{describe_expr(self.source, e.span)}` follows the "
                                     f"pointer to {format_address(where.address)} and reads "
                                     f"{render_value(value, ty, self.memory)}.")
                return value

            return deref
        operand = self.compile_expr(e.operand)
        operand_ty = self.c.type_of(e.operand)
        by_ref = isinstance(operand_ty, T.RefTy)
        memory = self.memory

        def value_of(env: Env) -> Any:
            v = operand(env)
            return memory.read(v) if by_ref else v

        if e.op == "-":
            if isinstance(ty, T.IntTy) and isinstance(e.operand, ast.IntLit):
                # `-128i8` is one literal, i8::MIN; negating the 128 would overflow.
                constant = arith.wrap(-e.operand.value, ty)
                return lambda env: constant
            if isinstance(ty, T.IntTy):
                span = e.span

                def negate(env: Env) -> int:
                    try:
                        return arith.int_negate(value_of(env), ty)
                    except arith.ArithmeticPanic as p:
                        raise self.panic_at(span, str(p)) from None

                return negate
            return lambda env: -value_of(env)
        if isinstance(ty, T.BoolTy):
            return lambda env: not value_of(env)
        assert isinstance(ty, T.IntTy)
        return lambda env: arith.int_not(value_of(env), ty)

    def compile_borrow(self, e: ast.Unary, extended: bool = False) -> Code:
        """`&place` points at the place; `&value` first puts the value in a temporary.

        An `extended` temporary (`let r = &make();`) lives until the end of the block,
        like a variable, instead of dying at the `;`.
        """
        operand = e.operand
        operand_ty = self.c.type_of(operand)
        if is_place(operand) or isinstance(operand, ast.Field | ast.Index):
            # `&temp.field` and `&temp[1..]` borrow into the temporary, which lives as
            # long as a temporary borrowed whole would (`&"abc"[1..]` is unsized: it can
            # only be a place inside its base).
            return self.compile_place(operand, extended)
        code = self.compile_expr(operand)
        key = id(e)

        def borrow_temporary(env: Env) -> Any:
            value = code(env)
            if not extended:
                return self.temp_slot(env, value, operand_ty)
            return self.extended_slot(env, key, value, operand_ty)

        return borrow_temporary

    def x_Binary(self, e: ast.Binary) -> Code:
        left = self.compile_expr(e.left)
        right = self.compile_expr(e.right)
        op = e.op
        if op == "&&":
            return lambda env: left(env) and right(env)
        if op == "||":
            return lambda env: left(env) or right(env)
        left_ty = self.c.type_of(e.left)
        right_ty = self.c.type_of(e.right)
        memory = self.memory
        if op in ("==", "!=", "<", ">", "<=", ">="):
            test = arith.COMPARISONS[op]
            if isinstance(left_ty, T.IntTy | T.BoolTy | T.CharTy) and isinstance(
                    right_ty, T.IntTy | T.BoolTy | T.CharTy):
                return lambda env: test(left(env), right(env))  # values compare as they are

            def compare(env: Env) -> bool:
                a = convert.key_of(memory, left(env), left_ty)
                b = convert.key_of(memory, right(env), right_ty)
                return arith.compare(op, a, b)

            return compare
        ty = self.c.type_of(e)
        if T.is_string(ty):
            return self.compile_string_add(e, left, right)
        left_ref = isinstance(left_ty, T.RefTy)
        right_ref = isinstance(right_ty, T.RefTy)
        if isinstance(ty, T.BoolTy):
            table = {"&": lambda a, b: a and b, "|": lambda a, b: a or b,
                     "^": lambda a, b: a != b}
            combine = table[op]
            return lambda env: combine(left(env), right(env))
        span = e.span
        if isinstance(ty, T.FloatTy):
            bits = ty.bits

            def float_binary(env: Env) -> float:
                a = left(env)
                b = right(env)
                a = memory.read(a) if left_ref else a
                b = memory.read(b) if right_ref else b
                return builtins.float_op(op, a, b, bits)

            return float_binary
        assert isinstance(ty, T.IntTy), ty

        operate = arith.int_operator(op, ty)
        if not left_ref and not right_ref:
            def int_values(env: Env) -> int:
                try:
                    return operate(left(env), right(env))
                except arith.ArithmeticPanic as p:
                    raise self.panic_at(span, str(p)) from None

            return int_values

        def binary(env: Env) -> int:
            a = left(env)
            b = right(env)
            a = memory.read(a) if left_ref else a
            b = memory.read(b) if right_ref else b
            try:
                return operate(a, b)
            except arith.ArithmeticPanic as p:
                raise self.panic_at(span, str(p)) from None

        return binary

    def compile_string_add(self, e: ast.Binary, left: Code, right: Code) -> Code:
        right_ty = self.c.type_of(e.right)

        def string_add(env: Env) -> Any:
            header = left(env)
            text = convert.bytes_of(self.memory, right(env), right_ty)
            result = self.heap.string_push_bytes(header, text, "+")
            env.notes.append(f"alloc:`+` appends {len(text)} bytes to the left String's "
                             "buffer (growing it if needed) and moves the String on: no new "
                             "String is made for the left side.")
            return result

        return string_add

    def x_Assign(self, e: ast.Assign) -> Code:
        value_code = self.compile_expr(e.value)
        target = e.target
        if isinstance(target, ast.Path) and target.segments == ("_",):
            discarded = self.c.type_of(e.value)
            if is_place(e.value):
                # `_ = b;` neither moves nor drops `b`; the place is still worked out
                # (`_ = v[9];` checks the index).
                place_only = self.compile_place(e.value)
                return lambda env: place_only(env) and None

            def discard(env: Env) -> None:
                env.temps.append((value_code(env), discarded, None))  # dropped at the `;`

            return discard
        ty = self.c.type_of(target)
        value_ty = self.c.type_of(e.value)
        op = e.op[:-1] if e.op != "=" else None
        span = e.span
        place_code = self.compile_place(target)
        target_text = describe_expr(self.source, target.span)
        value_is_ref = isinstance(value_ty, T.RefTy) and not isinstance(ty, T.RefTy)
        drops = T.needs_drop(ty)
        now = f"`{target_text}` is now "
        operate = arith.int_operator(op, ty) if op and isinstance(ty, T.IntTy) else None

        def combine(old: Any, new: Any) -> Any:
            if op is None:
                return new
            if value_is_ref and not T.is_string(ty):
                new = self.memory.read(new)
            if isinstance(ty, T.BoolTy):
                return {"&": old and new, "|": old or new, "^": old != new}[op]
            if isinstance(ty, T.FloatTy):
                return builtins.float_op(op, old, new, ty.bits)
            if T.is_string(ty):
                return self.heap.string_push_bytes(
                    old, convert.bytes_of(self.memory, new, value_ty), "+=")
            try:
                return operate(old, new)  # type: ignore[misc]
            except arith.ArithmeticPanic as p:
                raise self.panic_at(span, str(p)) from None

        captured = self.c.bindings.get(id(target)) if isinstance(target, ast.Path) else None
        if captured is not None and self.copied_captures and (
                id(captured) in self.copied_captures[-1]):
            key = id(captured)

            def assign_own_copy(env: Env) -> None:
                """`n += 1` inside a `move` closure changes its copy, not the outer `n`."""
                own = env.capture_frames[-1]
                new = value_code(env)
                own[key] = combine(own[key], new)

            return assign_own_copy

        def assign(env: Env) -> None:
            new = value_code(env)
            place = place_code(env)
            was_live = True
            slot = None
            if isinstance(place, Ref) and place.region == STACK and not place.path:
                slot = self.memory.frames[place.root].slots[place.slot]
                was_live = slot.state is SlotState.LIVE
            # `s.g = …` after `s.g` was moved out: the field holds nothing to drop, and is
            # whole again afterwards.
            refilled = (isinstance(place, Ref) and place.region == STACK and place.path
                        and place.root == env.frame and any(
                            place.path[:len(path)] == path
                            for path in env.moved_paths.get(place.slot, ())))
            old = self.memory.read(place) if was_live else None
            result = combine(old, new)
            dropped = ""
            if op is None and was_live and not refilled and old is not None and drops:
                # Rust drops the old value in place first (its Drop sees it), then writes.
                skip = env.moved_paths.get(place.slot) if slot is not None else None
                freed = self.drop_value(old, ty, f"overwriting `{target_text}`",
                                        place if isinstance(place, Ref) else None, skip)
                dropped = (f"; its old value was dropped first and "
                           f"{self.describe_frees(freed)}")
            self.write_place(place, result)
            if refilled:
                paths = env.moved_paths[place.slot]
                paths.discard(place.path)
                if not paths:
                    del env.moved_paths[place.slot]
                    self.rec.apply((SET_STATE, place.root, place.slot, SlotState.LIVE, ""))
            if (slot is not None and slot.state is not SlotState.LIVE) or (
                    slot is not None and place.slot in env.moved_paths):
                self.rec.apply((SET_STATE, place.root, place.slot, SlotState.LIVE, ""))
                env.moved_paths.pop(place.slot, None)
            if drops:
                self.claim(result, ty, target_text)
                env.notes.append(LazyText((now, ShownValue(result, ty), dropped, ".")))
            else:
                # Rendered only if the step is shown: a loop's `i += 1` costs no text.
                env.notes.append(Assigned(now, result, old if was_live else None, ty))
            return None

        binding = self.c.bindings.get(id(target)) if isinstance(target, ast.Path) else None
        if binding is None or drops:
            return assign
        key = id(binding)
        live = SlotState.LIVE

        def assign_local(env: Env) -> None:
            """`x = v` / `x += v` on a local that owns no heap memory: the common case."""
            new = value_code(env)
            frame = env.frame
            index = env.slots[key]
            slot = self.memory.frames[frame].slots[index]
            was_live = slot.state is live
            old = slot.value if was_live else None
            result = combine(old, new) if op is not None else new
            self.rec.apply((SET_VALUE, frame, index, result))
            if not was_live or index in env.moved_paths:
                self.rec.apply((SET_STATE, frame, index, live, ""))
                env.moved_paths.pop(index, None)
            env.notes.append(Assigned(now, result, old, ty))

        return assign_local

    def x_Cast(self, e: ast.Cast) -> Code:
        code = self.compile_expr(e.expr)
        source = self.c.type_of(e.expr)
        target = self.c.type_of(e)
        return lambda env: builtins.cast(code(env), source, target)

    def x_TupleExpr(self, e: ast.TupleExpr) -> Code:
        items = [self.compile_expr(item) for item in e.items]
        types = [self.c.type_of(item) for item in e.items]
        return lambda env: tuple(self.evaluate_all(env, items, types))

    def x_ArrayExpr(self, e: ast.ArrayExpr) -> Code:
        items = [self.compile_expr(item) for item in e.items]
        types = [self.c.type_of(item) for item in e.items]
        return lambda env: tuple(self.evaluate_all(env, items, types))

    def evaluate_all(self, env: Env, codes: list[Code], types: list[T.Ty]) -> list[Any]:
        """Evaluate operands in order; if one panics, unwinding drops the ones already
        made (`two(D, boom())` drops the first `D`), as Rust's temporaries are."""
        values: list[Any] = []
        try:
            for code in codes:
                values.append(code(env))
        except RustPanic:
            env.temps.extend((value, ty, None) for value, ty in zip(values, types, strict=False)
                             if T.needs_drop(ty))
            raise
        return values

    def x_ArrayRepeat(self, e: ast.ArrayRepeat) -> Code:
        value = self.compile_expr(e.value)
        ty = self.c.type_of(e)
        assert isinstance(ty, T.ArrayTy)
        count = ty.length
        return lambda env: (value(env),) * count

    def x_RangeExpr(self, e: ast.RangeExpr) -> Code:
        start = self.compile_expr(e.start) if e.start is not None else None
        end = self.compile_expr(e.end) if e.end is not None else None

        def make_range(env: Env) -> tuple[Any, ...]:
            parts = []
            if start is not None:
                parts.append(start(env))
            if end is not None:
                parts.append(end(env))
            return tuple(parts)

        return make_range

    # ---- control flow ----
    def x_If(self, e: ast.If) -> Code:
        then = self.compile_block(e.then)
        otherwise = self.compile_expr(e.otherwise) if e.otherwise is not None else None
        cond_text = describe_expr(self.source, e.cond.span)
        if isinstance(e.cond, ast.LetCond):
            return self.compile_if_let(e, then, otherwise)
        cond = self.compile_expr(e.cond)
        cond_span = e.cond.span

        def run_if(env: Env) -> Any:
            taken = cond(env)
            branch = "the `if` block runs" if taken else (
                "the `else` branch runs" if otherwise is not None else "the block is skipped")
            self.drop_temps(env)
            self.step(cond_span, StepKind.STATEMENT,
                      self.take_notes(env, f"`{cond_text}` is {'true' if taken else 'false'}, "
                                      f"so {branch}."))
            if taken:
                return then(env)
            if otherwise is not None:
                return otherwise(env)
            return ()

        return run_if

    def compile_if_let(self, e: ast.If, then: Code, otherwise: Code | None) -> Code:
        cond = e.cond
        assert isinstance(cond, ast.LetCond)
        scrutinee = self.compile_scrutinee(cond.value)
        matcher = self.compile_pattern(cond.pattern)
        text = describe_expr(self.source, cond.pattern.span)

        def run_if_let(env: Env) -> Any:
            temps_before = len(env.temps)
            value, place = scrutinee(env)
            bound = matcher(env, value, place)
            before = len(env.slots)
            if bound is not None:
                for binding, bound_value in bound:
                    self.add_binding(env, binding, bound_value)
            self.step(cond.span, StepKind.STATEMENT, self.take_notes(
                env, f"The value {'matches' if bound is not None else 'does not match'} "
                f"`{text}`" + (", so the block runs." if bound is not None else ".")))
            try:
                if bound is not None:
                    result = then(env)
                elif otherwise is not None:
                    # Edition 2024: the scrutinee's temporaries are gone before `else`.
                    self.drop_temps_since(env, temps_before)
                    result = otherwise(env)
                else:
                    result = ()
            finally:
                mine = self.new_slots(env, before)
                if mine:
                    self.end_block(env, mine, e.then)
            self.drop_temps(env)
            return result

        return run_if_let

    def compile_scrutinee(self, e: ast.Expr) -> Callable[[Env], tuple[Any, Any]]:
        """A matched value and, when it has one, its place (for `ref` bindings)."""
        if is_place(e):
            place = self.compile_place(e)

            def scrutinee_place(env: Env) -> tuple[Any, Any]:
                # Reading is not moving: the bindings that take parts by value move them.
                where = place(env)
                return self.memory.read(where), where

            return scrutinee_place
        code = self.compile_expr(e)
        ty = self.c.type_of(e)

        def scrutinee_value(env: Env) -> tuple[Any, Any]:
            value = code(env)
            if T.needs_drop(ty):
                ref = self.temp_slot(env, value, ty)
                return value, ref
            return value, None

        return scrutinee_value

    def x_Match(self, e: ast.Match) -> Code:
        scrutinee = self.compile_scrutinee(e.scrutinee)
        arms = [(arm, self.compile_pattern(arm.pattern),
                 self.compile_expr(arm.guard) if arm.guard is not None else None,
                 self.compile_expr(arm.body)) for arm in e.arms]
        scrutinee_text = describe_expr(self.source, e.scrutinee.span)

        def run_match(env: Env) -> Any:
            value, place = scrutinee(env)
            for arm, matcher, guard, body in arms:
                bound = matcher(env, value, place)
                if bound is None:
                    continue
                before = len(env.slots)
                for binding, bound_value in bound:
                    self.add_binding(env, binding, bound_value)
                if guard is not None and not guard(env):
                    mine = self.new_slots(env, before)
                    if mine:
                        self.pop_slots(env, mine)
                    continue
                pattern_text = describe_expr(self.source, arm.pattern.span)
                self.step(arm.pattern.span, StepKind.STATEMENT, self.take_notes(
                    env, f"`match {scrutinee_text}`: the first arm that matches is "
                    f"`{pattern_text}`, so its code runs."))
                try:
                    result = body(env)
                finally:
                    mine = self.new_slots(env, before)
                    if mine:
                        self.end_arm(env, mine, arm)
                self.drop_temps(env)
                return result
            raise AssertionError("the checker proved this match exhaustive")

        return run_match

    def end_arm(self, env: Env, bindings: list[tuple[int, int]], arm: ast.MatchArm) -> None:
        span = arm.body.span
        block = arm.body if isinstance(arm.body, ast.Block) else ast.Block(span, (), None)
        self.end_block(env, bindings, block)

    def x_Loop(self, e: ast.Loop) -> Code:
        body = self.compile_block(e.body)
        label = e.label

        def run_loop(env: Env) -> Any:
            while True:
                stop, value = run_loop_body(body, env, label)
                if stop:
                    return value

        return run_loop

    def x_While(self, e: ast.While) -> Code:
        body = self.compile_block(e.body)
        label = e.label
        if isinstance(e.cond, ast.LetCond):
            return self.compile_while_let(e, body)
        cond = self.compile_expr(e.cond)
        cond_text = describe_expr(self.source, e.cond.span)
        cond_span = e.cond.span

        runs = f"`{cond_text}` is true, so the loop body runs."
        ends = f"`{cond_text}` is false, so the loop ends."

        def run_while(env: Env) -> Any:
            while True:
                taken = cond(env)
                if env.temps:
                    self.drop_temps(env)
                self.step(cond_span, StepKind.STATEMENT,
                          self.take_notes(env, runs if taken else ends))
                if not taken:
                    return ()
                if run_loop_body(body, env, label)[0]:
                    return ()

        return run_while

    def compile_while_let(self, e: ast.While, body: Code) -> Code:
        cond = e.cond
        assert isinstance(cond, ast.LetCond)
        scrutinee = self.compile_scrutinee(cond.value)
        matcher = self.compile_pattern(cond.pattern)
        label = e.label
        text = describe_expr(self.source, cond.pattern.span)
        block = e.body

        def run_while_let(env: Env) -> Any:
            while True:
                value, place = scrutinee(env)
                bound = matcher(env, value, place)
                if bound is None:
                    self.drop_temps(env)
                    self.step(cond.span, StepKind.STATEMENT, self.take_notes(
                        env, f"The value no longer matches `{text}`, so the loop ends."))
                    return ()
                before = len(env.slots)
                for binding, bound_value in bound:
                    self.add_binding(env, binding, bound_value)
                self.step(cond.span, StepKind.STATEMENT, self.take_notes(
                    env, f"The value matches `{text}`, so the loop body runs."))
                try:
                    if run_loop_body(body, env, label)[0]:
                        return ()
                finally:
                    mine = self.new_slots(env, before)
                    if mine:
                        self.end_block(env, mine, block)
                    self.drop_temps(env)

        return run_while_let

    def x_For(self, e: ast.For) -> Code:
        iterable = self.compile_expr(e.iterable)
        iterable_ty = self.c.type_of(e.iterable)
        body = self.compile_block(e.body)
        matcher = self.compile_pattern(e.pattern)
        label = e.label
        pattern_text = describe_expr(self.source, e.pattern.span)
        head_span = Span(e.span.line, e.span.col, e.iterable.span.end_line,
                         e.iterable.span.end_col, e.span.start, e.iterable.span.end)
        block = e.body

        def run_for(env: Env) -> Any:
            source = iterable(env)
            items = builtins.iterate(self, env, source, iterable_ty, e.iterable.span)
            # Temporaries of the loop's head (`for x in [a, b].iter()`, a RefCell guard)
            # live until the loop ends, not just to the first statement of the body.
            head_temps, env.temps = env.temps, []
            try:
                self.run_iterations(env, items, matcher, body, label, head_span, pattern_text,
                                    block)
            finally:
                close = getattr(items, "close", None)
                if close is not None:
                    close()
                env.temps = head_temps + env.temps
            self.step(head_span, StepKind.STATEMENT, f"The `for` loop over "
                      f"`{describe_expr(self.source, e.iterable.span)}` has no more items: "
                      "the loop ends.")
            return ()

        return run_for

    def run_iterations(self, env: Env, items: Any, matcher: Any, body: Code,
                       label: str | None, head_span: Span, pattern_text: str,
                       block: ast.Block) -> None:
        head = f"Next iteration of `for {pattern_text}`: "
        explained: Bound | None = None
        for item in items:
            before = len(env.slots)
            bound = matcher(env, item, None)
            assert bound is not None
            for binding, bound_value in bound:
                self.add_binding(env, binding, bound_value)
            if explained is None:  # the same bindings every iteration
                explained = Bound(head, tuple(b.name for b, _ in bound))
            self.step(head_span, StepKind.STATEMENT, self.take_notes(env, explained))
            try:
                body(env)
            except _Break as b:
                if b.label is None or b.label == label:
                    self.end_iteration(env, before, block)
                    return
                self.end_iteration(env, before, block)
                raise
            except _Continue as c:
                if c.label is not None and c.label != label:
                    self.end_iteration(env, before, block)
                    raise
            except _Return:
                self.end_iteration(env, before, block)
                raise
            self.end_iteration(env, before, block)

    def end_iteration(self, env: Env, before: int, block: ast.Block) -> None:
        mine = self.new_slots(env, before)
        if not mine:
            return
        self.drop_scope(env, mine, block.close_span)
        self.pop_slots(env, mine)

    def x_Break(self, e: ast.Break) -> Code:
        value = self.compile_expr(e.value) if e.value is not None else None
        label = e.label
        span = e.span

        def run_break(env: Env) -> Any:
            result = value(env) if value is not None else ()
            self.drop_temps(env)
            self.step(span, StepKind.STATEMENT, self.take_notes(env, "`break` leaves the loop."))
            raise _Break(label, result)

        return run_break

    def x_Continue(self, e: ast.Continue) -> Code:
        label = e.label
        span = e.span

        def run_continue(env: Env) -> Any:
            self.drop_temps(env)
            self.step(span, StepKind.STATEMENT, self.take_notes(
                env, "`continue` skips to the loop's next iteration."))
            raise _Continue(label)

        return run_continue

    def x_Return(self, e: ast.Return) -> Code:
        value = self.compile_expr(e.value) if e.value is not None else None
        span = e.span

        def run_return(env: Env) -> Any:
            result = value(env) if value is not None else ()
            self.drop_temps(env)
            self.step(span, StepKind.STATEMENT, self.take_notes(
                env, "`return` leaves the function early."))
            raise _Return(result)

        return run_return

    def x_Try(self, e: ast.Try) -> Code:
        code = self.compile_expr(e.expr)
        ty = self.c.type_of(e.expr)
        assert isinstance(ty, T.AdtTy)
        is_option = ty.name == "Option"
        to_string = self.c.conversions.get(id(e)) == "String::from"

        def run_try(env: Env) -> Any:
            value = code(env)
            if is_option:
                if value[0] == 0:
                    raise _Return((0,))
                return value[1]
            if value[0] == 1:
                error = value[1]
                if to_string:  # `?` converts the error with `From`: &str -> String
                    error = self.heap.string_from(convert.bytes_of(self.memory, error,
                                                                   T.RefTy(T.STR)))
                raise _Return((1, error))
            return value[1]

        return run_try

    def x_Unsafe(self, e: ast.Unsafe) -> Code:
        raise TypeError("unsafe is rejected by the checker")

    def x_LetCond(self, e: ast.LetCond) -> Code:
        raise TypeError("let conditions are compiled by if/while")

    # ---- structs, enums, closures ----
    def x_StructLit(self, e: ast.StructLit) -> Code:
        callee = self.c.callees[id(e)]
        adt = callee.adt
        assert adt is not None and adt.defn is not None
        variant = adt.defn.variants[callee.variant]
        count = len(variant.field_names)
        inits = [(variant.field_names.index(f.name), self.compile_expr(f.value))
                 for f in e.fields]
        base_place = self.compile_place(e.base) if e.base is not None and is_place(
            e.base) else None
        base = self.compile_expr(e.base) if e.base is not None and base_place is None else None
        given = {i for i, _ in inits}
        taken = [i for i in range(count) if i not in given]
        field_types = adt.variant_types(variant)
        offsets = T.field_offsets(adt)
        is_enum = adt.defn.is_enum
        index = callee.variant

        init_codes = [code for _, code in inits]
        init_types = [field_types[i] for i, _ in inits]

        def build_struct(env: Env) -> Any:
            values: list[Any] = [None] * count
            for (i, _), value in zip(inits, self.evaluate_all(env, init_codes, init_types),
                                     strict=True):
                values[i] = value
            if base_place is not None:
                where = base_place(env)
                rest = self.memory.read(where)
                for i in taken:
                    values[i] = rest[i]
                    if not T.is_copy(field_types[i]) and isinstance(where, Ref) and (
                            where.region == STACK):
                        # `..base` moves the fields it takes: `base` is partially moved.
                        self.mark_place_moved(where.child(i, where.address + offsets[i]))
            elif base is not None:
                rest = base(env)
                for i in taken:
                    values[i] = rest[i]
            return (index, *values) if is_enum else tuple(values)

        return build_struct

    def x_Closure(self, e: ast.Closure) -> Code:
        copied = self.copy_captures(e) if e.is_move else frozenset()
        self.copied_captures.append(copied)
        try:
            body = self.compile_expr(e.body)
        finally:
            self.copied_captures.pop()
        matchers = [self.compile_pattern(p.pattern) for p in e.params]

        end = e.body.close_span if isinstance(e.body, ast.Block) else e.body.span

        def make_closure(env: Env) -> Any:
            slots = self.memory.frames[env.frame].slots
            own = {key: (env.capture_frames[-1][key] if env.capture_frames and key in
                         env.capture_frames[-1] else slots[env.slots[key]].value)
                   for key in copied}

            def call(args: list[Any]) -> Any:
                if copied:
                    env.capture_frames.append(own)
                try:
                    return run(args)
                finally:
                    if copied:
                        env.capture_frames.pop()

            def run(args: list[Any]) -> Any:
                before = len(env.slots)
                for matcher, arg in zip(matchers, args, strict=True):
                    bound = matcher(env, arg, None)
                    assert bound is not None
                    for binding, value in bound:
                        self.add_binding(env, binding, value)
                temps_before = len(env.temps)
                finished = False
                try:
                    try:
                        result = body(env)
                    except _Return as r:
                        result = r.value
                    finished = True
                    return result
                finally:
                    # The closure's own temporaries die with its body, before its slots go.
                    self.drop_temps_since(env, temps_before)
                    mine = self.new_slots(env, before)
                    if mine:
                        if finished:  # parameters taken by value are dropped as it returns
                            self.drop_scope(env, mine, end)
                        self.pop_slots(env, mine)

            return builtins.Closure(call)

        return make_closure

    def copy_captures(self, e: ast.Closure) -> frozenset[int]:
        """The Copy variables a `move` closure copies in: bindings its body names that
        are declared outside it."""
        inner: set[int] = set()
        named: dict[int, T.Ty] = {}
        stack: list[Any] = [e]
        while stack:
            node = stack.pop()
            binding = self.c.bindings.get(id(node))
            if binding is not None:
                if isinstance(node, ast.IdentPattern):
                    inner.add(id(binding))
                elif isinstance(node, ast.Path):
                    named[id(binding)] = binding.ty
            for name in getattr(node, "__slots__", ()):
                value = getattr(node, name, None)
                for child in value if isinstance(value, tuple) else (value,):
                    if hasattr(child, "__slots__") and not isinstance(child, Span):
                        stack.append(child)
        return frozenset(key for key, ty in named.items()
                         if key not in inner and T.is_copy(ty) and not isinstance(ty, T.RefTy))

    # ---- patterns ----
    def compile_pattern(self, pat: ast.Pattern) -> Callable[[Env, Any, Any], Any]:
        """Code that matches a value: a list of (binding, value) or None if no match."""
        c = self.c
        info = c.patterns.get(id(pat))
        derefs = info.derefs if info is not None else 0
        inner = self._compile_pattern(pat)
        if not derefs:
            return inner
        memory = self.memory

        def peel(env: Env, value: Any, place: Any) -> Any:
            for _ in range(derefs):
                place = value
                value = memory.read(value)
            return inner(env, value, place)

        return peel

    def _compile_pattern(self, pat: ast.Pattern) -> Callable[[Env, Any, Any], Any]:
        c = self.c
        info = c.patterns.get(id(pat))
        if isinstance(pat, ast.WildcardPattern | ast.RestPattern):
            return lambda env, value, place: []
        if isinstance(pat, ast.IdentPattern) and info is not None and info.is_binding:
            binding = c.bindings[id(pat)]
            by_ref = binding.by_ref

            moves = not by_ref and not T.is_copy(binding.ty)

            def bind(env: Env, value: Any, place: Any) -> Any:
                if by_ref:
                    if place is None:
                        place = self.temp_slot(env, value, info.ty)
                    return [(binding, place)]
                if moves and isinstance(place, Ref) and place.region in (STACK, HEAP):
                    self.mark_place_moved(place)  # (HEAP: out of a Box a local holds)
                return [(binding, value)]

            return bind
        if isinstance(pat, ast.BindingPattern):
            first = self.compile_pattern(pat.binding)
            second = self.compile_pattern(pat.pattern)

            def bind_at(env: Env, value: Any, place: Any) -> Any:
                rest = second(env, value, place)
                if rest is None:
                    return None
                return first(env, value, place) + rest

            return bind_at
        if isinstance(pat, ast.OrPattern):
            alternatives = [self.compile_pattern(a) for a in pat.alternatives]

            def either(env: Env, value: Any, place: Any) -> Any:
                for alternative in alternatives:
                    bound = alternative(env, value, place)
                    if bound is not None:
                        return bound
                return None

            return either
        if isinstance(pat, ast.RefPattern):
            sub = self.compile_pattern(pat.pattern)
            memory = self.memory
            return lambda env, value, place: sub(env, memory.read(value), value)
        if isinstance(pat, ast.LiteralPattern):
            literal = self.compile_expr(pat.value)
            ty = info.ty if info is not None else self.c.type_of(pat.value)
            lit_ty = self.c.type_of(pat.value)
            memory = self.memory

            def equal(env: Env, value: Any, place: Any) -> Any:
                a = convert.key_of(memory, value, ty)
                b = convert.key_of(memory, literal(env), lit_ty)
                return [] if a == b else None

            return equal
        if isinstance(pat, ast.RangePattern):
            low = self.compile_expr(pat.start) if pat.start is not None else None
            high = self.compile_expr(pat.end) if pat.end is not None else None
            inclusive = pat.inclusive

            def in_range(env: Env, value: Any, place: Any) -> Any:
                if low is not None and value < low(env):
                    return None
                if high is not None:
                    top = high(env)
                    if value > top or (not inclusive and value == top):
                        return None
                return []

            return in_range
        if isinstance(pat, ast.TuplePattern):
            items = c.expanded.get(id(pat), pat.items)
            subs = [self.compile_pattern(p) for p in items]  # type: ignore[arg-type]
            ty = info.ty if info is not None else None
            return self._sequence_matcher(subs, ty, 0)
        if isinstance(pat, ast.SlicePattern):
            items = c.expanded.get(id(pat), pat.items)
            subs = [self.compile_pattern(p) for p in items]  # type: ignore[arg-type]
            array = info.ty if info is not None else None
            size = T.size_of(array.element) if isinstance(array, T.ArrayTy) else 0
            return self._sequence_matcher(subs, None, 0, tuple(i * size for i in range(
                len(subs))))
        if isinstance(pat, ast.IdentPattern | ast.PathPattern | ast.TupleStructPattern):
            assert info is not None
            const = c.pattern_consts.get(id(pat))
            if const is not None:
                const_code = self.compile_expr(const.value)
                return lambda env, value, place: [] if value == const_code(env) else None
            items = ()
            if isinstance(pat, ast.TupleStructPattern):
                items = c.expanded.get(id(pat), pat.items)  # type: ignore[assignment]
            subs = [self.compile_pattern(p) for p in items]  # type: ignore[arg-type]
            return self._variant_matcher(info, subs)
        if isinstance(pat, ast.StructPattern):
            assert info is not None and info.adt is not None
            subs_by_index = {i: self.compile_pattern(f.pattern)
                             for f, i in zip(pat.fields, info.field_indexes, strict=False)}
            defn = info.adt.defn
            assert defn is not None
            count = len(defn.variants[info.variant].field_names)
            subs = [subs_by_index.get(i, lambda env, value, place: []) for i in range(count)]
            return self._variant_matcher(info, subs)
        raise TypeError(f"pattern {type(pat).__name__}")

    def _sequence_matcher(self, subs: list[Any], ty: T.Ty | None, offset: int,
                          known: tuple[int, ...] = ()) -> Callable[[Env, Any, Any], Any]:
        offsets = known or (T.field_offsets(ty) if ty is not None and isinstance(
            ty, T.TupleTy | T.AdtTy) else ())

        def match_items(env: Env, value: Any, place: Any) -> Any:
            bound: list[Any] = []
            for i, sub in enumerate(subs):
                child = None
                if place is not None and isinstance(place, Ref):
                    extra = offsets[i] if i < len(offsets) else 0
                    child = place.child(i + offset, place.address + extra)
                result = sub(env, value[i + offset], child)
                if result is None:
                    return None
                bound.extend(result)
            return bound

        return match_items

    def _variant_matcher(self, info: Any, subs: list[Any]) -> Callable[[Env, Any, Any], Any]:
        adt = info.adt
        if adt is None or adt.defn is None or not adt.defn.is_enum:
            return self._sequence_matcher(subs, adt, 0)
        variant = info.variant
        fields = self._sequence_matcher(subs, None, 1, T.variant_offsets(adt, variant))

        def match_variant(env: Env, value: Any, place: Any) -> Any:
            if value[0] != variant:
                return None
            return fields(env, value, place)

        return match_variant

    # ---- calls ----
    def x_Call(self, e: ast.Call) -> Code:
        callee = self.c.callees[id(e)]
        args = [self.compile_expr(arg) for arg in e.args]
        if callee.kind == "fn":
            item = callee.item
            assert item is not None
            span = e.span

            arg_types = [self.c.type_of(arg) for arg in e.args]

            def call_user(env: Env) -> Any:
                values = self.evaluate_all(env, args, arg_types)
                self.mark_moved_to(env, f"{item.name}()")
                self.step_call_site(env, e)
                return self.call_function(item, values, span)

            return call_user
        if callee.kind in ("variant", "struct"):
            is_enum = callee.kind == "variant"
            index = callee.variant

            field_types = [self.c.type_of(arg) for arg in e.args]

            def construct(env: Env) -> Any:
                values = tuple(self.evaluate_all(env, args, field_types))
                return (index, *values) if is_enum else values

            return construct
        if callee.kind == "closure":
            closure = self.compile_expr(e.callee)

            def call_closure(env: Env) -> Any:
                function = closure(env)
                return function.call([code(env) for code in args])

            return call_closure
        return builtins.compile_call(self, e, callee, args)

    def step_call_site(self, env: Env, e: ast.Call | ast.MethodCall) -> None:
        """Before a call pushes a frame, pending notes (temporaries, reads) get their step."""
        if env.notes:
            self.step(e.span, StepKind.STATEMENT, self.take_notes(env, ""))

    def x_MethodCall(self, e: ast.MethodCall) -> Code:
        callee = self.c.callees[id(e)]
        args = [self.compile_expr(arg) for arg in e.args]
        receiver = self.compile_receiver(e, callee.self_mode, callee.derefs)
        if callee.kind == "fn":
            item = callee.item
            assert item is not None
            span = e.span

            def call_method(env: Env) -> Any:
                recv, _ = receiver(env)
                values = [recv, *(code(env) for code in args)]
                self.step_call_site(env, e)
                return self.call_function(item, values, span)

            return call_method
        return builtins.compile_method(self, e, callee, receiver, args)

    def compile_receiver(self, e: ast.MethodCall, mode: str,
                         derefs: int) -> Callable[[Env], tuple[Any, T.Ty]]:
        """The receiver after autoderef: a place for `&self`/`&mut self`, else the value."""
        recv_expr = e.receiver
        recv_ty = self.c.type_of(recv_expr)
        if mode in ("ref", "mut"):
            place = self.compile_place(recv_expr)

            def receiver_place(env: Env) -> tuple[Any, T.Ty]:
                where = place(env)
                ty = recv_ty
                for _ in range(derefs):
                    where, ty = self.deref_place(where, ty)
                return where, ty

            return receiver_place
        value = self.compile_expr(recv_expr)
        if derefs == 0:
            return lambda env: (value(env), recv_ty)
        place = self.compile_place(recv_expr)

        def receiver_value(env: Env) -> tuple[Any, T.Ty]:
            where = place(env)
            ty = recv_ty
            for _ in range(derefs):
                where, ty = self.deref_place(where, ty)
            return self.memory.read(where), ty

        return receiver_value

    def x_MacroCall(self, e: ast.MacroCall) -> Code:
        return builtins.compile_macro(self, e)


def run_loop_body(body: Code, env: Env, label: str | None) -> tuple[bool, Any]:
    """One pass of a loop's body: (True, value) when a `break` for this loop ends it;
    `continue` for this loop just ends the pass; other loops' break/continue go up."""
    try:
        body(env)
    except _Break as b:
        if b.label is None or b.label == label:
            return True, b.value
        raise
    except _Continue as c:
        if c.label is not None and c.label != label:
            raise
    return False, None


def _how_passed(ty: T.Ty) -> str:
    if isinstance(ty, T.RefTy):
        return "borrowed"
    return "copied" if T.is_copy(ty) else "moved in"


def _child(place: Ref | None, index: int, offset: int) -> Ref | None:
    return place.child(index, place.address + offset) if place is not None else None


def _same_kind(ty: T.Ty, target: T.Ty) -> bool:
    if type(ty) is not type(target):
        return False
    if isinstance(ty, T.AdtTy) and isinstance(target, T.AdtTy):
        return ty.name == target.name
    return True


def _move_path(e: ast.Field, checked: CheckedProgram) -> tuple[Binding, tuple[int, ...]] | None:
    """The local and the path a field move takes from it (`node.name` through a Box)."""
    steps: list[int] = []
    current: ast.Expr = e
    while isinstance(current, ast.Field):
        derefs, index = checked.fields[id(current)]
        steps[:0] = [-1] * derefs + [index]
        current = current.base
    if isinstance(current, ast.Path) and id(current) in checked.bindings:
        return checked.bindings[id(current)], tuple(steps)
    return None


def _prints(expr: ast.Expr) -> bool:
    return isinstance(expr, ast.MacroCall) and expr.name in (
        "println", "print", "eprintln", "eprint")


def _kind_of_notes(notes: list[str | Lazy], plain: StepKind) -> StepKind:
    """An allocation or a drop noted during a statement makes it that kind of step."""
    kind = plain
    for note in notes:
        if isinstance(note, str):
            if note.startswith("alloc:"):
                return StepKind.ALLOC
            if note.startswith("drop:"):
                kind = StepKind.DROP
    return kind


def _has_note(env: Env, prefix: str) -> bool:
    return any(isinstance(note, str) and note.startswith(prefix) for note in env.notes)


# Deep Rust recursion becomes deep Python recursion: a program may recurse until its
# 8 MiB stack overflows (about 130,000 frames of a small function), so the run gets
# its own thread with a big C stack and a matching Python recursion limit.
_RUN_STACK_BYTES = 1 << 30
_RUN_RECURSION_LIMIT = 4_000_000


LogT = TypeVar("LogT", bound=StepLog)


class Recording(Generic[LogT]):
    """A run in progress on its own thread: `trace` grows while `done` is unset.

    The trace is append-only, so readers (the TUI) may look at any step below
    `len(trace)` while the interpreter keeps recording; `wait()` re-raises a failure.
    """

    def __init__(self, interpreter: Interpreter, log: LogT) -> None:
        self.trace = log
        self.done = threading.Event()
        self.failure: BaseException | None = None
        self._interpreter = interpreter
        self._thread: threading.Thread | None = None

    def _work(self) -> None:
        # A run allocates millions of small objects and frees few of them until the
        # end; the cycle collector would rescan them all again and again.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._interpreter.run()
        except BaseException as problem:  # re-raised in the caller's thread by wait()
            self.failure = problem
        finally:
            if collecting:
                gc.enable()
            self.done.set()

    def start(self) -> Recording[LogT]:
        old_limit = sys.getrecursionlimit()
        old_size = threading.stack_size()
        try:
            # The limit is process-wide; it stays raised while any run records.
            sys.setrecursionlimit(max(old_limit, _RUN_RECURSION_LIMIT))
            threading.stack_size(_RUN_STACK_BYTES)
            self._thread = threading.Thread(target=self._work, name="stackheap-run",
                                            daemon=True)
            self._thread.start()
        finally:
            threading.stack_size(old_size)
        return self

    def wait(self, timeout: float | None = None) -> LogT:
        """Block until the run ends (or `timeout` passes); re-raise what broke it."""
        self.done.wait(timeout)
        if self.failure is not None:
            raise self.failure
        return self.trace


def start_run(checked: CheckedProgram, source: str, path: str, log: LogT,
              max_steps: int = DEFAULT_MAX_STEPS, what_if: bool = False) -> Recording[LogT]:
    """Start recording into `log` on a background thread and return at once (the TUI
    streams the steps as they come)."""
    return Recording(Interpreter(checked, source, path, log, max_steps, what_if), log).start()


def run_to_end(checked: CheckedProgram, source: str, path: str, log: LogT,
               max_steps: int = DEFAULT_MAX_STEPS, what_if: bool = False) -> LogT:
    """Run to the end, recording into `log`, and return it."""
    old_limit = sys.getrecursionlimit()
    try:
        return start_run(checked, source, path, log, max_steps, what_if).wait()
    finally:
        sys.setrecursionlimit(old_limit)

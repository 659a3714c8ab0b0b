"""Runs a checked program, recording every step into a `Trace`.

The checked AST is compiled once into Python closures (`Code = env -> value`),
so running a statement never re-dispatches on node types. Every memory change
goes through the recorder (`self.rec.apply(op)`), which is what makes the trace
replayable. Rust rules (types, moves, which uses copy) come from the checker's
side tables; nothing here re-decides them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.checked import Binding, CheckedProgram, FormatInfo
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import arith
from stackheap_tui.machine import formatting as fmt
from stackheap_tui.machine.memory import (
    ADD_SLOT,
    ALLOC,
    FREE,
    HEAP_SET,
    OUTPUT,
    POP_FRAME,
    PUSH_FRAME,
    REMOVE_SLOTS,
    SET_OWNER,
    SET_STATE,
    SET_VALUE,
    Memory,
    render_value,
)
from stackheap_tui.trace.model import Outcome, SlotState, StepKind, format_address
from stackheap_tui.trace.trace import Recorder, Trace

DEFAULT_MAX_STEPS = 1_000_000
TEMPORARY = "(temporary)"


class RustPanic(Exception):
    def __init__(self, message: str, span: Span) -> None:
        super().__init__(message)
        self.message = message
        self.span = span


class StepLimitReached(Exception):
    pass


@dataclass
class Env:
    """One function activation: its frame and where each binding's slot is."""

    frame: int
    slots: dict[int, int] = field(default_factory=dict)  # id(binding) -> slot index
    temps: list[tuple[Any, T.Ty]] = field(default_factory=list)  # dropped at the `;`
    notes: list[str] = field(default_factory=list)  # facts for this step's explanation


Code = Callable[[Env], Any]
StmtCode = Callable[[Env], None]


def is_place(e: ast.Expr) -> bool:
    """A place expression names existing memory; anything else makes a temporary."""
    if isinstance(e, ast.Path):
        return True
    if isinstance(e, ast.Unary) and e.op == "*":
        return is_place(e.operand)
    return False


def _name_list(names: list[str]) -> str:
    quoted = [f"`{n}`" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


class Interpreter:
    def __init__(self, checked: CheckedProgram, source: str, path: str,
                 max_steps: int = DEFAULT_MAX_STEPS) -> None:
        self.c = checked
        self.path = path
        self.max_steps = max_steps
        self.trace = Trace(source, path)
        self.memory = Memory()
        self.rec = Recorder(self.trace, self.memory)
        self.envs: list[Env] = []

    # ================= running =================
    def run(self) -> Trace:
        main = self.c.main
        body = self.compile_block(main.body)
        exit_code = 0
        stopped: str | None = None
        try:
            self.rec.apply((PUSH_FRAME, "main", None))
            env = Env(0)
            self.envs.append(env)
            self.step(main.name_span, StepKind.START,
                      "The program starts: `main` gets a stack frame, empty for now. Each "
                      "local variable gets a slot in it when its `let` runs.")
            body(env)
            self.drop_scope(env, list(env.slots.items()), main.body.close_span)
            self.pop_frame(env, main.body.close_span, "returns")
        except RustPanic as panic:
            exit_code = 101
            self.report_panic(panic)
        except StepLimitReached:
            stopped = (f"stopped after {self.max_steps:,} steps (the --max-steps limit); "
                       "the steps so far can still be browsed")
        self.trace.finish(Outcome(exit_code, self.memory.output_text("stdout"),
                                  self.memory.output_text("stderr"), stopped))
        return self.trace

    def step(self, span: Span, kind: StepKind, explanation: str) -> None:
        self.rec.end_step(span, kind, explanation)
        if len(self.trace) >= self.max_steps:
            raise StepLimitReached

    def report_panic(self, panic: RustPanic) -> None:
        where = f"{self.path}:{panic.span.line}:{panic.span.col}"
        text = (f"\nthread 'main' ({os.getpid()}) panicked at {where}:\n{panic.message}\n"
                "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n")
        self.rec.apply((OUTPUT, "stderr", text))
        try:
            self.step(panic.span, StepKind.PANIC,
                      f"The program panics: {panic.message}. Rust unwinds the stack: every "
                      "live value is dropped on the way out, then the process exits with "
                      "status 101.")
            while self.envs:
                env = self.envs[-1]
                self.drop_scope(env, list(env.slots.items()), panic.span, unwinding=True)
                self.pop_frame(env, panic.span, "is unwound")
        except StepLimitReached:
            pass

    # ================= scopes, drops, frames =================
    def slot_name(self, env: Env, slot: int) -> str:
        return self.memory.frames[env.frame].slots[slot].name

    def drop_scope(self, env: Env, owned: list[tuple[int, int]], span: Span,
                   unwinding: bool = False) -> None:
        """Drop a scope's live owners in reverse declaration order, one step each."""
        frame = self.memory.frames[env.frame]
        for _, slot_index in sorted(owned, key=lambda item: -item[1]):
            slot = frame.slots[slot_index]
            if slot.state is not SlotState.LIVE or not T.needs_drop(slot.ty):
                continue
            freed = self.drop_value(slot.value, slot.ty, f"dropping `{slot.name}`")
            self.rec.apply((SET_STATE, env.frame, slot_index, SlotState.DROPPED, "dropped"))
            why = ("the panic unwinds past it" if unwinding else "it goes out of scope here")
            self.step(span, StepKind.DROP,
                      f"`{slot.name}` is dropped because {why}: its {slot.ty} "
                      f"{self.describe_frees(freed)} automatically. Rust frees heap memory "
                      "when its owner goes out of scope; no explicit deallocation is needed.")

    def describe_frees(self, freed: list[tuple[int, int]]) -> str:
        if not freed:
            return "owns nothing on the heap, so nothing is freed"
        parts = [f"{size}-byte heap block at {format_address(address)}"
                 for address, size in freed]
        return "frees the " + " and the ".join(parts)

    def drop_value(self, value: Any, ty: T.Ty, reason: str) -> list[tuple[int, int]]:
        """Drop a value: a Box drops what it points to, then frees its block."""
        freed: list[tuple[int, int]] = []
        if isinstance(ty, T.BoxTy):
            block = self.memory.heap[value]
            freed.extend(self.drop_value(block.value, ty.inner, reason))
            self.rec.apply((FREE, value, f"freed by {reason}"))
            freed.append((value, block.size))
        elif isinstance(ty, T.TupleTy):
            for item, item_ty in zip(value, ty.items, strict=True):
                freed.extend(self.drop_value(item, item_ty, reason))
        return freed

    def end_block(self, env: Env, bindings: list[tuple[int, int]], block: ast.Block) -> None:
        """`}` of a nested block: drops, then its slots leave the stack (one step)."""
        if not bindings:
            return
        span = block.close_span
        self.drop_scope(env, bindings, span)
        names = [self.slot_name(env, slot) for _, slot in bindings]
        frame = self.memory.frames[env.frame]
        size = sum(frame.slots[slot].size for _, slot in bindings)
        self.rec.apply((REMOVE_SLOTS, env.frame, len(bindings)))
        for key, _ in bindings:
            del env.slots[key]
        self.step(span, StepKind.SCOPE_END,
                  f"`}}` ends the block: {_name_list(names)} "
                  f"{'goes' if len(names) == 1 else 'go'} out of scope and "
                  f"{'its' if len(names) == 1 else 'their'} {size} bytes are popped off the "
                  "stack.")

    def pop_frame(self, env: Env, span: Span, verb: str) -> None:
        frame = self.memory.frames[env.frame]
        names = [slot.name for slot in frame.slots]
        size = sum(slot.size for slot in frame.slots)
        self.rec.apply((POP_FRAME,))
        self.envs.pop()
        contents = f" ({_name_list(names)}: {size} bytes)" if names else ""
        ending = (" The program ends with exit status 0." if verb == "returns"
                  else " The process exits with status 101.")
        self.step(span, StepKind.RETURN if verb == "returns" else StepKind.DROP,
                  f"`{frame.function}` {verb}: its stack frame{contents} is popped.{ending}")

    # ================= ownership bookkeeping =================
    def claim(self, value: Any, ty: T.Ty, owner: str) -> None:
        """Record who owns the heap blocks a value points to (after a move or a let)."""
        if isinstance(ty, T.BoxTy):
            self.rec.apply((SET_OWNER, value, owner))
            self.claim(self.memory.heap[value].value, ty.inner, f"*{owner}")
        elif isinstance(ty, T.TupleTy):
            for i, (item, item_ty) in enumerate(zip(value, ty.items, strict=True)):
                self.claim(item, item_ty, f"{owner}.{i}")

    # ================= statements =================
    def compile_block(self, block: ast.Block) -> Code:
        """A block's value; nested bindings are dropped and popped at its `}`."""
        stmts = [self.compile_stmt(stmt) for stmt in block.stmts]
        tail = self.compile_expr(block.tail) if block.tail is not None else None
        is_body = block is self.c.main.body

        def run_block(env: Env) -> Any:
            before = set(env.slots)
            for stmt in stmts:
                stmt(env)
            value = tail(env) if tail is not None else ()
            if not is_body:
                mine = [(k, v) for k, v in env.slots.items() if k not in before]
                self.end_block(env, mine, block)
            return value

        return run_block

    def compile_stmt(self, stmt: ast.Stmt) -> StmtCode:
        if isinstance(stmt, ast.Let):
            return self.compile_let(stmt)
        if isinstance(stmt, ast.ExprStmt):
            return self.compile_expr_stmt(stmt)
        return lambda env: None  # `;` alone does nothing and is not a step

    def compile_let(self, stmt: ast.Let) -> StmtCode:
        pattern = stmt.pattern
        assert isinstance(pattern, ast.IdentPattern)
        binding = self.c.bindings[id(pattern)]
        init = self.compile_expr(stmt.init) if stmt.init is not None else None
        ty = binding.ty
        size = T.size_of(ty)
        moved_from = (stmt.init.segments[0] if isinstance(stmt.init, ast.Path)
                      and id(stmt.init) in self.c.moves else None)

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
            address = format_address(frame.slots[slot].address)
            where = f"{frame.function}'s stack frame"
            if init is None:
                text = (f"`{binding.name}` gets a slot in {where} ({ty}, {size} bytes at "
                        f"{address}) but no value yet.")
            elif moved_from is not None:
                text = (f"`{binding.name} = {moved_from}` moves the {ty}: the {size}-byte "
                        f"pointer is copied into `{binding.name}` (at {address}), which now "
                        f"owns the heap block; `{moved_from}` can no longer be used. The heap "
                        "block itself did not move.")
            elif isinstance(ty, T.BoxTy):
                text = (f"`{binding.name}` ({ty}, {size} bytes at {address} on the stack) "
                        f"holds the address {self.render(value, ty)} of its heap block and owns "
                        "it.")
            else:
                text = (f"`{binding.name}` is pushed onto {where}: {size} bytes at {address} "
                        f"holding {self.render(value, ty)} ({ty}).")
            allocated = any(note.startswith("alloc:") for note in env.notes)
            kind = (StepKind.ALLOC if allocated else StepKind.MOVE if moved_from
                    else StepKind.STATEMENT)
            self.step(stmt.span, kind, self.take_notes(env, text))

        return run_let

    def mark_moved_to(self, env: Env, destination: str) -> None:
        frame = self.memory.frames[env.frame]
        for index, slot in enumerate(frame.slots):
            if slot.state is SlotState.MOVED and slot.note == "moved":
                self.rec.apply((SET_STATE, env.frame, index, SlotState.MOVED,
                                f"moved → {destination}"))

    def take_notes(self, env: Env, text: str) -> str:
        notes = [note.split(":", 1)[1] for note in env.notes]
        env.notes.clear()
        return " ".join([*notes, text]) if notes else text

    def drop_temps(self, env: Env) -> None:
        """Temporaries die at the end of their statement, newest first."""
        while env.temps:
            value, ty = env.temps.pop()
            freed = self.drop_value(value, ty, "dropping a temporary")
            if freed:
                env.notes.append(f"drop:The temporary {ty} is dropped at the end of the "
                                 f"statement and {self.describe_frees(freed)}.")

    def compile_expr_stmt(self, stmt: ast.ExprStmt) -> StmtCode:
        expr = stmt.expr
        code = self.compile_expr(expr)
        ty = self.c.type_of(expr)
        block_like = isinstance(expr, ast.BLOCK_LIKE)

        def run_expr_stmt(env: Env) -> None:
            value = code(env)
            if block_like:
                if T.needs_drop(ty):
                    env.temps.append((value, ty))
                    self.drop_temps(env)
                if env.notes:
                    self.step(stmt.span, StepKind.DROP, self.take_notes(env, ""))
                return  # a block's own statements were the steps
            if T.needs_drop(ty) and not isinstance(expr, ast.Assign):
                env.temps.append((value, ty))
            self.drop_temps(env)
            kind = StepKind.OUTPUT if isinstance(expr, ast.MacroCall) else StepKind.STATEMENT
            self.step(stmt.span, kind, self.take_notes(env, self.describe_effect(expr, env)))

        return run_expr_stmt

    def describe_effect(self, expr: ast.Expr, env: Env) -> str:
        if isinstance(expr, ast.MacroCall):
            text = self.memory.outputs[self.memory.output_count - 1][1] if (
                self.memory.output_count) else ""
            stream = "stderr" if expr.name.startswith("e") else "stdout"
            shown = text.rstrip("\n")
            return f"`{expr.name}!` prints “{shown}” to {stream}."
        if isinstance(expr, ast.Assign):
            return ""  # the assignment wrote its own note
        return "The expression is evaluated and its value discarded."

    # ================= expressions =================
    def compile_expr(self, e: ast.Expr) -> Code:
        method = getattr(self, "x_" + type(e).__name__)
        code: Code = method(e)
        return code

    def render(self, value: Any, ty: T.Ty) -> str:
        return render_value(value, ty)

    def x_IntLit(self, e: ast.IntLit) -> Code:
        value = e.value
        ty = self.c.type_of(e)
        if isinstance(ty, T.IntTy) and not ty.min <= value <= ty.max:
            # rustc rejects out-of-range literals at compile time (overflowing_literals).
            value = arith.wrap(value, ty)
        return lambda env: value

    def x_BoolLit(self, e: ast.BoolLit) -> Code:
        value = e.value
        return lambda env: value

    def x_UnitLit(self, e: ast.UnitLit) -> Code:
        return lambda env: ()

    def x_Block(self, e: ast.Block) -> Code:
        return self.compile_block(e)

    def x_Path(self, e: ast.Path) -> Code:
        binding = self.c.bindings[id(e)]
        key = id(binding)
        moves = id(e) in self.c.moves
        memory = self.memory

        def read(env: Env) -> Any:
            slot_index = env.slots[key]
            value = memory.frames[env.frame].slots[slot_index].value
            if moves:
                self.rec.apply((SET_STATE, env.frame, slot_index, SlotState.MOVED, "moved"))
            return value

        return read

    def panic_at(self, span: Span, message: str) -> RustPanic:
        return RustPanic(message, span)

    def x_Unary(self, e: ast.Unary) -> Code:
        operand = self.compile_expr(e.operand)
        ty = self.c.type_of(e)
        if e.op == "*":
            box_ty = self.c.type_of(e.operand)
            operand_is_place = is_place(e.operand)
            memory = self.memory
            name = e.operand.segments[0] if isinstance(e.operand, ast.Path) else None

            def deref(env: Env) -> Any:
                address = operand(env)
                if not operand_is_place and T.needs_drop(box_ty):
                    env.temps.append((address, box_ty))
                value = memory.heap[address].value
                if name is not None:
                    env.notes.append(f"read:`*{name}` follows the pointer to the heap block at "
                                     f"{format_address(address)} and reads "
                                     f"{self.render(value, ty)}.")
                return value

            return deref
        if e.op == "-":
            if isinstance(ty, T.IntTy):
                span = e.span

                def negate(env: Env) -> int:
                    try:
                        return arith.int_negate(operand(env), ty)
                    except arith.ArithmeticPanic as p:
                        raise self.panic_at(span, str(p)) from None

                return negate
            return lambda env: -operand(env)
        if isinstance(ty, T.BoolTy):
            return lambda env: not operand(env)
        assert isinstance(ty, T.IntTy)
        return lambda env: arith.int_not(operand(env), ty)

    def x_Binary(self, e: ast.Binary) -> Code:
        left = self.compile_expr(e.left)
        right = self.compile_expr(e.right)
        op = e.op
        if op == "&&":
            return lambda env: left(env) and right(env)
        if op == "||":
            return lambda env: left(env) or right(env)
        if op in ("==", "!=", "<", ">", "<=", ">="):
            return lambda env: arith.compare(op, left(env), right(env))
        ty = self.c.type_of(e)
        if isinstance(ty, T.BoolTy):
            table = {"&": lambda a, b: a and b, "|": lambda a, b: a or b,
                     "^": lambda a, b: a != b}
            combine = table[op]
            return lambda env: combine(left(env), right(env))
        assert isinstance(ty, T.IntTy)
        span = e.span

        def binary(env: Env) -> int:
            a = left(env)
            b = right(env)
            try:
                return arith.int_binary(op, a, b, ty)
            except arith.ArithmeticPanic as p:
                raise self.panic_at(span, str(p)) from None

        return binary

    def x_Assign(self, e: ast.Assign) -> Code:
        value_code = self.compile_expr(e.value)
        target = e.target
        ty = self.c.type_of(target)
        op = e.op[:-1] if e.op != "=" else None
        span = e.span
        memory = self.memory

        def combine(old: Any, new: Any) -> Any:
            if op is None:
                return new
            if isinstance(ty, T.BoolTy):
                return {"&": old and new, "|": old or new, "^": old != new}[op]
            try:
                return arith.int_binary(op, old, new, ty)  # type: ignore[arg-type]
            except arith.ArithmeticPanic as p:
                raise self.panic_at(span, str(p)) from None

        if isinstance(target, ast.Path):
            binding: Binding = self.c.bindings[id(target)]
            key = id(binding)
            name = binding.name

            def assign_slot(env: Env) -> None:
                new = value_code(env)
                slot_index = env.slots[key]
                slot = memory.frames[env.frame].slots[slot_index]
                old = slot.value
                result = combine(old, new)
                was_live = slot.state is SlotState.LIVE
                self.rec.apply((SET_VALUE, env.frame, slot_index, result))
                if slot.state is not SlotState.LIVE:
                    self.rec.apply((SET_STATE, env.frame, slot_index, SlotState.LIVE, ""))
                self.claim(result, ty, name)
                text = f"`{name}` is now {self.render(result, ty)}"
                if was_live and old is not None and T.needs_drop(ty):
                    freed = self.drop_value(old, ty, f"overwriting `{name}`")
                    text += (f"; its old value is dropped first and "
                             f"{self.describe_frees(freed)}")
                elif was_live and old is not None:
                    text += f" (was {self.render(old, ty)})"
                env.notes.append("assign:" + text + ".")

            return assign_slot
        assert isinstance(target, ast.Unary) and target.op == "*"
        pointer = self.compile_expr(target.operand)
        name = target.operand.segments[0] if isinstance(target.operand, ast.Path) else "it"

        def assign_through(env: Env) -> None:
            new = value_code(env)
            address = pointer(env)
            old = memory.heap[address].value
            result = combine(old, new)
            self.rec.apply((HEAP_SET, address, result))
            owner = self.memory.heap[address].owner
            self.claim(result, ty, f"*{owner}")
            text = (f"assign:Writes {self.render(result, ty)} into the heap block at "
                    f"{format_address(address)} that `{name}` points to")
            if T.needs_drop(ty):
                # The old value is dropped as it is overwritten, like `x = new`.
                freed = self.drop_value(old, ty, f"overwriting `*{name}`")
                env.notes.append(f"{text}; the old {ty} is dropped and "
                                 f"{self.describe_frees(freed)}.")
            else:
                env.notes.append(f"{text} (was {self.render(old, ty)}).")

        return assign_through

    def x_Call(self, e: ast.Call) -> Code:
        # The checker admits only `Box::new(value)` so far.
        arg = self.compile_expr(e.args[0])
        box_ty = self.c.type_of(e)
        assert isinstance(box_ty, T.BoxTy)
        inner = box_ty.inner
        size = T.size_of(inner)

        def box_new(env: Env) -> int:
            value = arg(env)
            address = self.rec.apply((ALLOC, inner, size, value, TEMPORARY))
            self.claim(value, inner, f"*{format_address(address)}")
            env.notes.append(f"alloc:`Box::new` allocates {size} bytes on the heap at "
                             f"{format_address(address)} and moves {self.render(value, inner)} "
                             "into it.")
            return address

        return box_new

    def x_MacroCall(self, e: ast.MacroCall) -> Code:
        info: FormatInfo = self.c.formats[id(e)]
        positional = [self.compile_format_arg(arg) for arg in info.positional]
        named = [(name, self.compile_format_arg(arg)) for name, arg in info.named]
        bound = info.bound
        suffix = "\n" if info.newline else ""
        stream = info.stream

        def print_macro(env: Env) -> tuple[()]:
            values = [code(env) for code in positional]
            names = {name: code(env) for name, code in named}
            text = fmt.render(bound, values, names) + suffix
            self.rec.apply((OUTPUT, stream, text))
            return ()

        return print_macro

    def compile_format_arg(self, arg: ast.Expr) -> Callable[[Env], fmt.FmtValue]:
        code = self.compile_expr(arg)
        ty = self.c.type_of(arg)
        arg_is_place = is_place(arg)

        def value(env: Env) -> fmt.FmtValue:
            raw = code(env)
            if not arg_is_place and T.needs_drop(ty):
                env.temps.append((raw, ty))  # a borrowed temporary lives to the `;`
            return self.to_fmt(raw, ty)

        return value

    def to_fmt(self, value: Any, ty: T.Ty) -> fmt.FmtValue:
        if isinstance(ty, T.IntTy):
            return fmt.FInt(value, ty.bits, ty.signed)
        if isinstance(ty, T.BoolTy):
            return fmt.FBool(value)
        if isinstance(ty, T.BoxTy):
            return self.to_fmt(self.memory.heap[value].value, ty.inner)
        if isinstance(ty, T.TupleTy):
            return fmt.FTuple(None, tuple(self.to_fmt(v, t) for v, t in zip(value, ty.items,
                                                                              strict=True)))
        raise fmt.FormatError(f"cannot format {ty}")


def run_program(checked: CheckedProgram, source: str, path: str,
                max_steps: int = DEFAULT_MAX_STEPS) -> Trace:
    return Interpreter(checked, source, path, max_steps).run()

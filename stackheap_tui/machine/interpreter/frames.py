"""Frames and calls: a call pushes a frame, runs the body and pops the frame as it returns."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any, cast

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.program import Binding, CheckedProgram, FnInfo
from stackheap_tui.lang.span import Span
from stackheap_tui.machine.interpreter.drops import Drops
from stackheap_tui.machine.interpreter.env import Env
from stackheap_tui.machine.interpreter.signals import Return, StackOverflow
from stackheap_tui.machine.interpreter.state import name_list
from stackheap_tui.machine.statics import define_statics
from stackheap_tui.memory.explain import LazyText, Part, ShownValue
from stackheap_tui.memory.records import StepKind
from stackheap_tui.memory.state import POP_FRAME, PUSH_FRAME, STACK_LIMIT

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Interpreter

# A debug build's frame holds more than its named locals (spills, temporaries, the
# return address); this is added to each frame when measuring the 8 MiB stack.
FRAME_OVERHEAD = 48
_BIG = 128  # bytes: a local this big is copied again by moves in a debug build


class Frames(Drops):
    """Calling a function: its frame, its size on the stack, its return."""

    def call_function(self, item: ast.FnItem, args: list[Any], span: Span,
                      start: bool = False, why: str = "") -> Any:
        info: FnInfo = self.c.functions[id(item)]
        body = self.bodies.get(id(item))
        if body is None:
            body = self.compile_block(item.body, function_body=True)
            self.bodies[id(item)] = body
        name = item.name if info.owner is None else f"{info.owner}::{item.name}"
        if info.owner is not None and info.trait is not None:
            name = f"<{info.owner} as {info.trait}>::{item.name}"
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
                      "local variable gets a slot in it when its `let` runs."
                      + define_statics(cast("Interpreter", self), env))
        else:
            parts: list[Part] = [f"{why}Calls `{name}`: a new stack frame is pushed on top "
                                 "of the caller's"]
            for i, (b, v) in enumerate(zip(info.params, args, strict=True)):
                parts += [" with " if i == 0 else ", ", f"`{b.name}` = ", ShownValue(v, b.ty),
                          f" ({_how_passed(b.ty)})"]
            parts.append(".")
            self.step(item.name_span, StepKind.CALL, LazyText(tuple(parts)))
        # The frame's bytes stay counted until the drops at its `}` are done: a `Drop`
        # that makes another value of its own type recurses through them and overflows.
        try:
            try:
                result = body(env)
            except Return as early:
                result = early.value
            self.drop_temps(env)
            self.drop_scope(env, list(env.slots.items()), item.body.close_span)
        finally:
            self.stack_used -= frame_bytes
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
            params = [L.size_of(b.ty) for b in info.params]
            if id(item) in self.c.copies:  # its spans are shared: its own bindings, walked
                sizes = [L.size_of(b.ty) for b in _bindings_in(self.c, item.body)]
                total, big = sum(sizes), sum(size for size in sizes if size >= _BIG)
            else:
                starts, totals, bigs = self._binding_sizes()
                first = bisect.bisect_left(starts, span.start)
                last = bisect.bisect_left(starts, span.end)
                total, big = totals[last] - totals[first], bigs[last] - bigs[first]
            # Big locals (arrays) are copied again by moves and `for` loops in a debug build:
            # `[u64; 64]` in a recursive fn costs ~2 KiB a frame (rustc: ~3,900 frames).
            total += sum(params)
            big += sum(size for size in params if size >= _BIG)
            cached = FRAME_OVERHEAD + 2 * total + 2 * big
            self.frame_sizes[id(item)] = cached
        return cached

    def _binding_sizes(self) -> tuple[list[int], list[int], list[int]]:
        """Every binding's start, in order, with prefix sums of their sizes (all, and the
        big ones): a function's locals are those starting inside its body, found by
        bisection, so sizing every frame costs n log n, not functions × bindings."""
        if self._bindings_by_start is None:
            shared = {id(b) for info in self.c.functions.values()
                      if id(info.item) in self.c.copies
                      for b in (*_bindings_in(self.c, info.item.body), *info.params)}
            found = sorted((b.span.start, L.size_of(b.ty)) for b in set(self.c.bindings.values())
                           if id(b) not in shared)
            totals, bigs = [0], [0]
            for _, size in found:
                totals.append(totals[-1] + size)
                bigs.append(bigs[-1] + (size if size >= _BIG else 0))
            self._bindings_by_start = ([start for start, _ in found], totals, bigs)
        return self._bindings_by_start

    def pop_frame(self, env: Env, span: Span, verb: str, result: Any = None,
                  ret_ty: T.Ty | None = None) -> None:
        frame = self.memory.frames[env.frame]
        names = [slot.name for slot in frame.slots]
        size = sum(slot.size for slot in frame.slots)
        if self.checks_memory:
            self.remember_dead(frame, 0)
        self.rec.apply((POP_FRAME,))
        self.envs.pop()
        contents = f" ({name_list(names)}: {size} bytes)" if names else ""
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


def _how_passed(ty: T.Ty) -> str:
    if isinstance(ty, T.RefTy):
        return "borrowed"
    return "copied" if T.is_copy(ty) else "moved in"


def _bindings_in(checked: CheckedProgram, body: ast.Block) -> list[Binding]:
    """The `let` and pattern bindings inside one function body (closures' included)."""
    found: dict[int, Binding] = {}
    stack: list[object] = [body]
    while stack:
        node = stack.pop()
        stack.extend(ast.children(node))
        binding = checked.bindings.get(id(node))
        if binding is not None and not isinstance(node, ast.Path):  # a use, not a binding
            found[id(binding)] = binding
    return list(found.values())

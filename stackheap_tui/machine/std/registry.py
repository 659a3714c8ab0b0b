"""The tables the std library registers into: std functions by path (`Box::new`) and std
methods by the checker's key (`Vec::push`, see `lang/std/method_signatures.py`), and the
two compilers that look a call up in them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.program import Callee

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter

Code = Callable[["Env"], Any]
MethodImpl = Callable[["Interpreter", "Env", Any, T.Ty, list[Any], ast.MethodCall], Any]
FunctionImpl = Callable[["CallSite"], Code]

METHODS: dict[str, MethodImpl] = {}
FUNCTIONS: dict[str, FunctionImpl] = {}
# Calls on an iterator whose order is a HashMap's (set by `maps`): it runs the call.
Guard = Callable[[MethodImpl, "Interpreter", "Env", Any, T.Ty, list[Any], ast.MethodCall], Any]
ORDER_GUARD: list[Guard] = []


@dataclass(frozen=True)
class CallSite:
    """One call of a std function being compiled: what its entry builds the code from."""

    interp: Interpreter
    e: ast.Call
    callee: Callee
    args: list[Code]
    arg_tys: list[T.Ty]
    ty: T.Ty  # the call's type

    def values(self, env: Env) -> list[Any]:
        """The arguments' values, evaluated with the call's span current."""
        self.interp.current_span = self.e.span
        return [code(env) for code in self.args]


def method(*keys: str) -> Callable[[MethodImpl], MethodImpl]:
    """Register a std method under the checker's keys."""

    def register(fn: MethodImpl) -> MethodImpl:
        for key in keys:
            METHODS[key] = fn
        return fn

    return register


def function(*keys: str) -> Callable[[FunctionImpl], FunctionImpl]:
    """Register a std function (its code builder) under the checker's callee keys."""

    def register(fn: FunctionImpl) -> FunctionImpl:
        for key in keys:
            FUNCTIONS[key] = fn
        return fn

    return register


def compile_call(interp: Interpreter, e: ast.Call, callee: Callee, args: list[Code]) -> Code:
    """The code of a call of a std function (`Box::new(x)`, `std::mem::swap(a, b)`)."""
    site = CallSite(interp, e, callee, args, [interp.c.type_of(a) for a in e.args],
                    interp.c.type_of(e))
    build = FUNCTIONS.get(callee.key)
    if build is None:
        raise TypeError(f"no builtin {callee.key}")
    return build(site)


def compile_method(interp: Interpreter, e: ast.MethodCall, callee: Callee,
                   receiver: Callable[[Env], tuple[Any, T.Ty]], args: list[Code]) -> Code:
    """The code of a call of a std method (`v.push(x)`)."""
    impl = METHODS.get(callee.key)
    if impl is None:
        raise TypeError(f"no builtin method {callee.key}")
    span = e.span
    # Closures given by value that own what was moved into them: a std method calls
    # them and drops them as it returns (an adaptor keeps its closure instead).
    owning = [i for i, arg in enumerate(e.args) if T.needs_drop(interp.c.type_of(arg))
              and isinstance(interp.c.type_of(arg), T.FnTy)]
    keeps = isinstance(interp.c.type_of(e), T.IterTy)

    def call(env: Env) -> Any:
        recv, recv_ty = receiver(env)
        values = [code(env) for code in args]
        interp.current_span = e.method_span
        if ORDER_GUARD and (isinstance(recv_ty, T.IterTy) or e.method == "collect"):
            result = ORDER_GUARD[0](impl, interp, env, recv, recv_ty, values, e)
        else:
            result = impl(interp, env, recv, recv_ty, values, e)
        interp.current_span = span
        if owning and not keeps:
            for i in owning:
                interp.drop_closure(values[i], f"`{e.method}` dropping its closure")
        return result

    return call


def result_type(interp: Interpreter, e: ast.MethodCall) -> T.Ty:
    """A method call's type."""
    return interp.c.type_of(e)


def arg_type(interp: Interpreter, e: ast.MethodCall, i: int) -> T.Ty:
    """The type of a method call's argument `i`."""
    return interp.c.type_of(e.args[i])

"""`std::sync::atomic` at run time: an atomic is its number (or bool); every operation
is one step of one thread, so each is indivisible and sequentially consistent whatever
`Ordering` it names (docs/threads.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.std.atomics import ATOMICS, ORDERING_DEF
from stackheap_tui.machine.interpreter.env import Env
from stackheap_tui.machine.std.registry import CallSite, Code, function, method

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Interpreter


@function("Atomic::new")
def _new(site: CallSite) -> Code:
    values = site.values
    return lambda env: values(env)[0]


def _wrap(value: int, ty: T.Ty) -> int:
    """`fetch_add`/`fetch_sub` wrap around on overflow, as std's atomics do."""
    assert isinstance(ty, T.IntTy)
    bits = {"usize": 64, "isize": 64}.get(ty.name) or int(ty.name[1:])
    value &= (1 << bits) - 1
    if ty.name.startswith("i") and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def _ordering(value: Any) -> str:
    return ORDERING_DEF.variants[value[0]].name


def _kind(recv_ty: T.Ty) -> tuple[str, T.Ty]:
    atomic = recv_ty.inner if isinstance(recv_ty, T.RefTy) else recv_ty
    assert isinstance(atomic, T.AdtTy)
    return atomic.name, ATOMICS[atomic.name]


@method("Atomic::load")
def _load(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
          e: ast.MethodCall) -> Any:
    value = interp.memory.read(recv)
    env.notes.append(f"atomic:`load` reads {value} in one indivisible step "
                     f"(`Ordering::{_ordering(values[0])}`).")
    return value


@method("Atomic::store")
def _store(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
           e: ast.MethodCall) -> Any:
    interp.write_place(recv, values[0])
    env.notes.append(f"atomic:`store` writes {values[0]} in one indivisible step "
                     f"(`Ordering::{_ordering(values[1])}`).")
    return ()


_UPDATES: dict[str, Callable[[Any, Any], Any]] = {
    "fetch_add": lambda old, arg: old + arg, "fetch_sub": lambda old, arg: old - arg,
    "fetch_max": max, "fetch_min": min, "swap": lambda old, arg: arg,
    "fetch_and": lambda old, arg: old & arg, "fetch_or": lambda old, arg: old | arg,
    "fetch_xor": lambda old, arg: old ^ arg,
}


def _update(name: str) -> None:
    change = _UPDATES[name]

    def update(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
               e: ast.MethodCall) -> Any:
        old = interp.memory.read(recv)
        _, inner = _kind(recv_ty)
        new = change(old, values[0])
        new = bool(new) if isinstance(inner, T.BoolTy) else _wrap(new, inner)
        interp.write_place(recv, new)
        env.notes.append(f"atomic:`{name}` reads {str(old).lower()} and writes "
                         f"{str(new).lower()} in one indivisible step (no other thread can "
                         f"come between; `Ordering::{_ordering(values[1])}`); it returns "
                         "the old value.")
        return old

    method(f"Atomic::{name}")(update)


for _name in _UPDATES:
    _update(_name)


@method("Atomic::compare_exchange")
def _compare_exchange(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty,
                      values: list[Any], e: ast.MethodCall) -> Any:
    old = interp.memory.read(recv)
    current, new = values[0], values[1]
    if old == current:
        interp.write_place(recv, new)
        env.notes.append(f"atomic:`compare_exchange` finds {old} as expected and writes "
                         f"{new}: `Ok({old})`.")
        return (0, old)
    env.notes.append(f"atomic:`compare_exchange` finds {old}, not {current}: nothing "
                     f"changes, `Err({old})`.")
    return (1, old)


@method("Atomic::into_inner")
def _into_inner(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty, values: list[Any],
                e: ast.MethodCall) -> Any:
    return recv

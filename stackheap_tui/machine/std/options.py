"""Option and Result at run time: their methods and std's `unwrap` panics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.machine import convert
from stackheap_tui.machine.std.registry import method
from stackheap_tui.machine.std.values import clone_value, default_value
from stackheap_tui.memory import formatting as fmt
from stackheap_tui.memory.values import Ref

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter


def _unwrap_failed(interp: Interpreter, e: ast.MethodCall, value: Any, ty: T.AdtTy,
                   message: str | None) -> Any:
    if ty.name == "Option":
        text = message if message is not None else "called `Option::unwrap()` on a `None` value"
        raise interp.panic_at(e.method_span, text)
    error = fmt.debug_string(convert.to_fmt(interp.memory, value[1], ty.args[1]))
    head = message if message is not None else "called `Result::unwrap()` on an `Err` value"
    raise interp.panic_at(e.method_span, f"{head}: {error}")


@method(*(f"Option::{n}" for n in (
    "unwrap", "expect", "unwrap_or", "is_some", "is_none", "take", "as_ref", "as_mut",
    "unwrap_or_default", "replace", "copied", "cloned", "map", "and_then", "unwrap_or_else",
    "filter", "ok_or", "flatten", "map_or", "map_or_else", "xor", "or", "and")))
def _option(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
            e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.AdtTy)
    name = e.method
    mem = interp.memory
    value = mem.read(recv) if isinstance(recv, Ref) and name in (
        "is_some", "is_none", "take", "as_ref", "as_mut", "replace") else recv
    some = value[0] == 1
    if name == "unwrap":
        return value[1] if some else _unwrap_failed(interp, e, value, ty, None)
    if name == "expect":
        if some:
            return value[1]
        return _unwrap_failed(interp, e, value, ty, convert.text_of(mem, args[0], T.RefTy(T.STR)))
    if name == "unwrap_or":
        return value[1] if some else args[0]
    if name == "unwrap_or_default":
        return value[1] if some else default_value(ty.args[0])
    if name == "is_some":
        return some
    if name == "is_none":
        return not some
    if name == "take":
        interp.write_place(recv, (0,))
        return value
    if name == "replace":
        interp.write_place(recv, (1, args[0]))
        return value
    if name in ("as_ref", "as_mut"):
        return (1, recv.child(1, recv.address)) if some else (0,)
    if name in ("copied", "cloned"):
        pointer = ty.args[0]
        assert isinstance(pointer, T.RefTy | T.BoxTy)
        return (1, clone_value(interp, mem.read(value[1]), pointer.inner)) if some else (0,)
    if name == "map":
        return (1, args[0].call([value[1]])) if some else (0,)
    if name == "and_then":
        return args[0].call([value[1]]) if some else (0,)
    if name == "unwrap_or_else":
        return value[1] if some else args[0].call([])
    if name == "filter":
        if some and args[0].call([interp.temp_slot(env, value[1], ty.args[0])]):
            return value
        return (0,)
    if name == "ok_or":
        return (0, value[1]) if some else (1, args[0])
    if name == "flatten":
        return value[1] if some else (0,)
    if name in ("xor", "or", "and"):
        other = args[0]
        other_some = other[0] == 1
        if name == "and":
            return other if some else (0,)
        if name == "or":
            return value if some else other
        return value if some and not other_some else other if other_some and not some else (0,)
    if name == "map_or":
        return args[1].call([value[1]]) if some else args[0]
    if name == "map_or_else":
        return args[1].call([value[1]]) if some else args[0].call([])
    raise TypeError(name)


@method(*(f"Result::{n}" for n in (
    "unwrap", "expect", "unwrap_or", "is_ok", "is_err", "ok", "err", "unwrap_err",
    "unwrap_or_default", "map", "map_err", "unwrap_or_else", "and_then")))
def _result(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
            e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.AdtTy)
    name = e.method
    mem = interp.memory
    value = mem.read(recv) if isinstance(recv, Ref) and name in ("is_ok", "is_err") else recv
    ok = value[0] == 0
    if name == "unwrap":
        return value[1] if ok else _unwrap_failed(interp, e, value, ty, None)
    if name == "expect":
        if ok:
            return value[1]
        return _unwrap_failed(interp, e, value, ty, convert.text_of(mem, args[0], T.RefTy(T.STR)))
    if name == "unwrap_err":
        if not ok:
            return value[1]
        shown = fmt.debug_string(convert.to_fmt(mem, value[1], ty.args[0]))
        raise interp.panic_at(e.method_span, "called `Result::unwrap_err()` on an `Ok` value: "
                              + shown)
    if name == "unwrap_or":
        return value[1] if ok else args[0]
    if name == "unwrap_or_default":
        return value[1] if ok else default_value(ty.args[0])
    if name == "is_ok":
        return ok
    if name == "is_err":
        return not ok
    if name == "ok":
        return (1, value[1]) if ok else (0,)
    if name == "err":
        return (0,) if ok else (1, value[1])
    if name == "map":
        return (0, args[0].call([value[1]])) if ok else value
    if name == "map_err":
        return value if ok else (1, args[0].call([value[1]]))
    if name == "and_then":
        return args[0].call([value[1]]) if ok else value
    if name == "unwrap_or_else":
        return value[1] if ok else args[0].call([value[1]])
    raise TypeError(name)

"""`std::mem::MaybeUninit` at run time: its bytes hold a `T` or nothing yet (`UNINIT`).
`write` stores a value (safe); `assume_init` (unsafe) hands the `T` out, and doing so
before anything was written is undefined behaviour, stopped as Miri stops it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.machine.std.manually_drop import label_owned
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.machine.ub import UNINIT_READ, MiriError
from stackheap_tui.memory.values import UNINIT, Uninit

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter


@function("MaybeUninit::uninit")
def _uninit(site: CallSite) -> Code:
    return lambda env: UNINIT


@function("MaybeUninit::new")
def _new(site: CallSite) -> Code:
    values = site.values
    return lambda env: values(env)[0]


def initialised(value: Any, ty: T.Ty) -> Any:
    """`value` as a `ty`, or None if some of its bytes are uninitialised where a `ty` needs
    them initialised (anything but a `MaybeUninit`, or arrays and tuples of them)."""
    if T.is_adt(ty, "MaybeUninit"):
        return value
    if isinstance(value, Uninit):
        if isinstance(ty, T.ArrayTy):
            items = [initialised(UNINIT, ty.element) for _ in range(ty.length)]
            return None if any(item is None for item in items) else tuple(items)
        if isinstance(ty, T.TupleTy) and ty.items:
            items = [initialised(UNINIT, item) for item in ty.items]
            return None if any(item is None for item in items) else tuple(items)
        return None
    if isinstance(ty, T.ArrayTy) and isinstance(value, tuple):
        items = [initialised(item, ty.element) for item in value]
        return None if any(item is None for item in items) else tuple(items)
    if isinstance(ty, T.TupleTy) and isinstance(value, tuple):
        items = [initialised(item, t) for item, t in zip(value, ty.items, strict=True)]
        return None if any(item is None for item in items) else tuple(items)
    return value


@method("MaybeUninit::write", "MaybeUninit::assume_init")
def _maybe_uninit(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                  e: ast.MethodCall) -> Any:
    if e.method == "write":
        interp.write_place(recv, args[0])  # (the old bytes are not dropped: never a T)
        if T.is_adt(ty, "MaybeUninit"):
            assert isinstance(ty, T.AdtTy)
            label_owned(interp, args[0], ty.args[0], "in a MaybeUninit: never dropped unless "
                        "assume_init takes it out")
        env.notes.append("note:`write` puts the value in the `MaybeUninit`'s bytes: from now "
                         "on they hold an initialised value.")
        return recv  # `&mut T` to the same bytes
    assert isinstance(ty, T.AdtTy)
    value = initialised(recv, ty.args[0])
    if value is None:
        raise MiriError(UNINIT_READ, "using uninitialized data, but this operation requires "
                        "initialized memory", 0, e.span,
                        explanation="Undefined behaviour: `assume_init` promises the "
                        "`MaybeUninit` holds a value, but nothing was ever written to it.")
    return value

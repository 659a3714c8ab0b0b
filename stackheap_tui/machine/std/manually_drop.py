"""`std::mem::ManuallyDrop` at run time: a `ManuallyDrop<T>` is its `T`, the same bytes,
but nothing drops it: its heap blocks stay allocated unless the program calls
`ManuallyDrop::drop` (unsafe) or takes the value back out (`into_inner`, `take`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import types as T
from stackheap_tui.machine.std.registry import CallSite, Code, function

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter

NEVER_FREED = "in a ManuallyDrop: never freed unless dropped by hand"


def _owned_block(value: Any, ty: T.Ty) -> int | None:
    if isinstance(ty, T.BoxTy):
        return int(value)
    if isinstance(ty, T.AdtTy) and ty.name in ("String", "Vec") and value[1]:
        return int(value[0])
    return None


def label_owned(interp: Interpreter, value: Any, ty: T.Ty, owner: str) -> None:
    address = _owned_block(value, ty)
    if address is not None:
        interp.set_owner(address, owner)


@function("ManuallyDrop::new")
def _new(site: CallSite) -> Code:
    interp = site.interp
    values = site.values
    ty = site.arg_tys[0]
    if T.needs_drop(ty) and _owned_block_kind(ty) is None and not _drop_only(ty):
        from stackheap_tui.machine.allocation import NotSupportedAtRun
        raise NotSupportedAtRun(f"`ManuallyDrop` of a `{ty}`", site.e.span)

    def new(env: Env) -> Any:
        (value,) = values(env)
        label_owned(interp, value, ty, NEVER_FREED)
        env.notes.append("note:`ManuallyDrop::new` wraps the value: the same bytes, but Rust "
                         "will not drop it at the end of its scope.")
        return value

    return new


def _owned_block_kind(ty: T.Ty) -> str | None:
    if isinstance(ty, T.BoxTy):
        return "box"
    if isinstance(ty, T.AdtTy) and ty.name in ("String", "Vec"):
        return ty.name
    return None


def _drop_only(ty: T.Ty) -> bool:
    """A value whose drop is only its own `impl Drop` (no field owns anything)."""
    return isinstance(ty, T.AdtTy) and ty.defn is not None and not any(
        T.needs_drop(t) for v in ty.defn.variants for t in ty.variant_types(v))


@function("ManuallyDrop::into_inner")
def _into_inner(site: CallSite) -> Code:
    interp = site.interp
    values = site.values
    assert isinstance(site.arg_tys[0], T.AdtTy)
    inner = site.arg_tys[0].args[0]

    def into_inner(env: Env) -> Any:
        (value,) = values(env)
        label_owned(interp, value, inner, "(ManuallyDrop::into_inner)")
        return value

    return into_inner


@function("ManuallyDrop::take")
def _take(site: CallSite) -> Code:
    interp = site.interp
    values = site.values

    def take(env: Env) -> Any:
        (place,) = values(env)
        return interp.memory.read(place)

    return take


@function("ManuallyDrop::drop")
def _drop(site: CallSite) -> Code:
    interp = site.interp
    values = site.values
    wrapper = site.arg_tys[0]
    assert isinstance(wrapper, T.RefTy) and isinstance(wrapper.inner, T.AdtTy)
    inner = wrapper.inner.args[0]

    def drop(env: Env) -> Any:
        (place,) = values(env)
        freed = interp.drop_value(interp.memory.read(place), inner, "`ManuallyDrop::drop`",
                                  place)
        env.notes.append(f"drop:`ManuallyDrop::drop` drops the value in place: "
                         f"{interp.describe_frees(freed)}. The wrapper still holds its bytes; "
                         "using it again would be undefined behaviour.")
        return ()

    return drop

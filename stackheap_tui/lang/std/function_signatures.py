"""Signatures of the standard-library functions the subset supports (`Box::new`,
`String::from`, `std::mem::drop`, ...), and which `From` conversions between
primitives std implements.

`function_signature(name, hint, fresh, turbofish)` answers what a call of the path
`name` (without its `std::` prefix) takes and returns: its key (what the machine runs,
`mem::drop` and `drop` alike are "drop"), parameter types and return type. `hint` is the
type the call's context expects (`let b: Box<i32> = Box::new(..)`), `fresh` makes an
inference variable, `turbofish` lowers the call's first written type argument
(`Vec::<u8>::new()`), if it has one. The functions whose type depends on the
argument's own type (`Vec::from`, `u64::from`) and `size_of` and kin are the
checker's (`check/calls.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from stackheap_tui.lang import types as T
from stackheap_tui.lang.std import atomics, collections, raw_pointers, threads

Fresh = Callable[[], T.Ty]
Params = tuple[T.Ty, ...]


@dataclass(frozen=True, slots=True)
class FunctionSig:
    key: str  # "Box::new": what the machine runs
    params: Params
    ret: T.Ty


def _box_new(hint: T.Ty | None, fresh: Fresh, turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    # (`Box<dyn Shape>` expected: the value boxed is a concrete type, unsized after)
    inner = hint.inner if isinstance(hint, T.BoxTy) and not isinstance(
        hint.inner, T.DynTy) else fresh()
    return (inner,), T.BoxTy(inner)


def _vec_new(params: Params) -> Callable[[T.Ty | None, Fresh, Fresh | None],
                                         tuple[Params, T.Ty]]:
    def signature(hint: T.Ty | None, fresh: Fresh,
                  turbofish: Fresh | None) -> tuple[Params, T.Ty]:
        element = hint.args[0] if isinstance(hint, T.AdtTy) and T.is_vec(hint) else fresh()
        if turbofish is not None:
            element = turbofish()
        return params, T.vec(element)
    return signature


def _rc_new(hint: T.Ty | None, fresh: Fresh, turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    inner = hint.args[0] if isinstance(hint, T.AdtTy) and hint.name == "Rc" else fresh()
    return (inner,), T.rc(inner)


def _rc_clone(hint: T.Ty | None, fresh: Fresh, turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    inner = fresh()
    return (T.RefTy(T.rc(inner)),), T.rc(inner)


def _rc_count(hint: T.Ty | None, fresh: Fresh, turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    return (T.RefTy(T.rc(fresh())),), T.USIZE


def _rc_ptr_eq(hint: T.Ty | None, fresh: Fresh, turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    inner = fresh()
    return (T.RefTy(T.rc(inner)), T.RefTy(T.rc(inner))), T.BOOL


def _rc_downgrade(hint: T.Ty | None, fresh: Fresh,
                  turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    inner = fresh()
    return (T.RefTy(T.rc(inner)),), T.AdtTy("Weak", (inner,))


def _weak_new(hint: T.Ty | None, fresh: Fresh, turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    inner = hint.args[0] if isinstance(hint, T.AdtTy) and hint.name == "Weak" else fresh()
    return (), T.AdtTy("Weak", (inner,))


def _cell_new(hint: T.Ty | None, fresh: Fresh, turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    inner = fresh()
    return (inner,), T.AdtTy("Cell", (inner,))


def _refcell_new(hint: T.Ty | None, fresh: Fresh,
                 turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    inner = fresh()
    return (inner,), T.refcell(inner)


def _drop(hint: T.Ty | None, fresh: Fresh, turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    return (fresh(),), T.UNIT


def _mem_swap(hint: T.Ty | None, fresh: Fresh, turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    inner = fresh()
    return (T.RefTy(inner, True), T.RefTy(inner, True)), T.UNIT


def _mem_replace(hint: T.Ty | None, fresh: Fresh,
                 turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    inner = fresh()
    return (T.RefTy(inner, True), inner), inner


def _mem_take(hint: T.Ty | None, fresh: Fresh, turbofish: Fresh | None) -> tuple[Params, T.Ty]:
    inner = fresh()
    return (T.RefTy(inner, True),), inner


def _fixed(params: Params, ret: T.Ty) -> Callable[[T.Ty | None, Fresh, Fresh | None],
                                                  tuple[Params, T.Ty]]:
    def signature(hint: T.Ty | None, fresh: Fresh,
                  turbofish: Fresh | None) -> tuple[Params, T.Ty]:
        return params, ret
    return signature


# The path (without `std::`) -> (the machine's key, the signature for this call).
_FUNCTIONS: dict[str, tuple[str, Callable[[T.Ty | None, Fresh, Fresh | None],
                                          tuple[Params, T.Ty]]]] = {
    "Box::new": ("Box::new", _box_new),
    "String::new": ("String::new", _fixed((), T.STRING)),
    "String::from": ("String::from", _fixed((T.RefTy(T.STR),), T.STRING)),
    "String::from_str": ("String::from_str", _fixed((T.RefTy(T.STR),), T.STRING)),
    "String::with_capacity": ("String::with_capacity", _fixed((T.USIZE,), T.STRING)),
    "Vec::new": ("Vec::new", _vec_new(())),
    "Vec::with_capacity": ("Vec::with_capacity", _vec_new((T.USIZE,))),
    "Rc::new": ("Rc::new", _rc_new),
    "Rc::clone": ("Rc::clone", _rc_clone),
    "Rc::strong_count": ("Rc::strong_count", _rc_count),
    "Rc::weak_count": ("Rc::weak_count", _rc_count),
    "Rc::ptr_eq": ("Rc::ptr_eq", _rc_ptr_eq),
    "RefCell::new": ("RefCell::new", _refcell_new),
    "Rc::downgrade": ("Rc::downgrade", _rc_downgrade),
    "Weak::new": ("Weak::new", _weak_new),
    "Cell::new": ("Cell::new", _cell_new),
    "drop": ("drop", _drop),
    "mem::drop": ("drop", _drop),
    "mem::swap": ("mem::swap", _mem_swap),
    "mem::replace": ("mem::replace", _mem_replace),
    "mem::take": ("mem::take", _mem_take),
    "process::exit": ("process::exit", _fixed((T.I32,), T.NeverTy())),
    "char::from_u32": ("char::from_u32", _fixed((T.U32,), T.option(T.CHAR))),
    "char::from_digit": ("char::from_digit", _fixed((T.U32, T.U32), T.option(T.CHAR))),
    "char::from": ("char::from", _fixed((T.U8,), T.CHAR)),
}


def function_signature(name: str, hint: T.Ty | None, fresh: Fresh,
                       turbofish: Fresh | None) -> FunctionSig | None:
    """The signature of a call of the std function `name`, or None if it is not one."""
    entry = _FUNCTIONS.get(name)
    if entry is None:
        made = (collections.function(name, hint, fresh, turbofish)
                or raw_pointers.function(name, hint, fresh, turbofish)
                or threads.function(name, hint, fresh, turbofish)
                or atomics.function(name))
        return FunctionSig(*made) if made is not None else None
    key, signature = entry
    params, ret = signature(hint, fresh, turbofish)
    return FunctionSig(key, params, ret)


def lossless(source: T.Ty, target: T.Ty) -> bool:
    """Whether std implements `From<source>` for the primitive `target` (`u64::from(x)`)."""
    if isinstance(source, T.IntTy) and isinstance(target, T.IntTy):
        return (source.signed == target.signed and source.bits <= target.bits) or (
            not source.signed and target.signed and source.bits < target.bits)
    if isinstance(source, T.IntTy) and isinstance(target, T.FloatTy):
        return source.bits < target.bits // 2 + 1 + (8 if target.bits == 64 else 0)
    if isinstance(source, T.FloatTy) and isinstance(target, T.FloatTy):
        return source.bits <= target.bits
    if isinstance(source, T.CharTy) and isinstance(target, T.IntTy):
        return target.bits >= 32 and not target.signed
    if isinstance(source, T.BoolTy) and isinstance(target, T.IntTy):
        return True
    return isinstance(source, T.InferTy)

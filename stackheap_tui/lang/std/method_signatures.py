"""Signatures of the standard-library methods the subset supports.

`method_signature(receiver, name, fresh)` answers what rustc's method lookup would
find on one autoderef step of the receiver: how `self` is taken, the parameter
types and the return type. The checker walks the autoderef chain (`&String` →
`String` → `str`) and asks at each step, as rustc probes candidates. The runtime
side of each method lives in `machine/std/` under the same key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from stackheap_tui.lang import types as T
from stackheap_tui.lang.std import atomics


@dataclass(frozen=True, slots=True)
class MethodSig:
    key: str  # "Vec::push": what the machine runs
    self_mode: str  # "ref" (&self), "mut" (&mut self) or "value" (self)
    params: tuple[T.Ty, ...]
    ret: T.Ty


Fresh = Callable[[], T.Ty]

STR_REF = T.RefTy(T.STR)
PARSE_ERRORS = ("ParseIntError", "ParseFloatError", "ParseBoolError", "ParseCharError")
INT_METHODS_SAME = ("abs", "pow", "wrapping_add", "wrapping_sub", "wrapping_mul", "min", "max",
                    "saturating_add", "saturating_sub", "saturating_mul", "rem_euclid",
                    "signum", "wrapping_neg", "isqrt")


U8_ASCII = frozenset({
    "is_ascii_digit", "is_ascii_alphabetic", "is_ascii_uppercase", "is_ascii_lowercase",
    "is_ascii_punctuation", "is_ascii", "is_ascii_alphanumeric", "is_ascii_whitespace",
    "to_ascii_uppercase", "to_ascii_lowercase",
})


def method_signature(recv: T.Ty, name: str, fresh: Fresh) -> MethodSig | None:
    """The method `name` on exactly this receiver type (no autoderef), or None."""
    if name in ("as_ptr", "as_mut_ptr", "is_null", "add", "sub", "offset", "get_unchecked",
                "get_unchecked_mut"):
        from stackheap_tui.lang.std import raw_pointers  # (it builds on MethodSig)
        if T.is_raw_ptr(recv):
            assert isinstance(recv, T.AdtTy)
            return raw_pointers.pointer_method(recv, name)
        found = raw_pointers.as_ptr_method(recv, name)
        if found is not None:
            return found
    if isinstance(recv, T.IntTy):
        return _int_method(recv, name)
    if isinstance(recv, T.FloatTy):
        return _float_method(recv, name)
    if isinstance(recv, T.CharTy):
        return _char_method(name)
    if isinstance(recv, T.BoolTy):
        return _generic_method(recv, name)
    if isinstance(recv, T.StrTy):
        return _str_method(name, fresh)
    if isinstance(recv, T.SliceTy):
        return _slice_method(recv, name, fresh)
    if isinstance(recv, T.ArrayTy):
        if name in ("len", "iter", "iter_mut", "contains", "first", "last", "get", "sort",
                    "is_empty", "reverse", "swap", "join", "concat", "to_vec"):
            return None  # found on the slice after unsizing
        if name == "into_iter":
            return MethodSig("Array::into_iter", "value", (),
                             T.IterTy(recv.element, "IntoIter", (recv,)))
        return _generic_method(recv, name)
    if isinstance(recv, T.IterTy):
        return _iter_method(recv, name, fresh)
    if isinstance(recv, T.AdtTy) and recv.name == "Ordering" and name in ("then", "reverse"):
        params = (recv,) if name == "then" else ()
        return MethodSig(f"Ordering::{name}", "value", params, recv)
    if isinstance(recv, T.AdtTy) and recv.name in ("HashMap", "HashSet", "Entry", "VecDeque",
                                                   "BTreeMap", "BTreeSet", "BinaryHeap"):
        from stackheap_tui.lang.std import collections  # (it builds on MethodSig)
        found = collections.deque_method(recv, name, fresh) if recv.name == "VecDeque" else (
            collections.heap_method(recv, name, fresh) if recv.name == "BinaryHeap" else
            collections.method(recv, name, fresh))
        return found or _generic_method(recv, name)
    if isinstance(recv, T.AdtTy) and recv.name in atomics.ATOMICS:
        atomic = atomics.method(recv, name)
        return MethodSig(*atomic) if atomic is not None else None
    if isinstance(recv, T.AdtTy) and recv.name in ("JoinHandle", "Mutex", "Sender", "Receiver",
                                                   "RwLock", "PoisonError", "SyncSender", "Condvar",
                                                   "Thread", "Scope", "ScopedJoinHandle",
                                                   "Builder"):
        from stackheap_tui.lang.std import threads  # (it builds on MethodSig's fields)
        joined = threads.method(recv, name, fresh)
        return MethodSig(*joined) if joined is not None else None
    if isinstance(recv, T.AdtTy):
        table = {"String": _string_method, "Vec": _vec_method, "Option": _option_method,
                 "Result": _result_method, "Rc": _rc_method, "Arc": _rc_method,
                 "RefCell": _refcell_method,
                 "Weak": _weak_method, "Cell": _cell_method,
                 "MaybeUninit": _maybe_uninit_method,
                 "Range": _range_method, "RangeInclusive": _range_method,
                 "RangeFrom": _range_method}
        handler = table.get(recv.name)
        if handler is not None:
            sig = handler(recv, name, fresh)
            if sig is not None:
                return sig
        return _generic_method(recv, name)
    if isinstance(recv, T.TupleTy | T.RefTy | T.BoxTy):
        return _generic_method(recv, name)
    return None


def comparison_method(recv: T.Ty, name: str) -> MethodSig | None:
    """`eq`/`ne`/`cmp`/`partial_cmp` with `Self` = `recv` (the derivable comparisons)."""
    return _generic_method(recv, name) if name in ("eq", "ne", "cmp", "partial_cmp") else None


def _generic_method(recv: T.Ty, name: str) -> MethodSig | None:
    """Methods from derivable traits: clone, eq, cmp, to_string via Display."""
    if name == "clone" and is_clone(recv):
        return MethodSig("clone", "ref", (), recv)
    if name in ("eq", "ne"):
        return MethodSig(name, "ref", (T.RefTy(recv),), T.BOOL)
    if name in ("cmp",):
        return MethodSig("cmp", "ref", (T.RefTy(recv),), T.AdtTy("Ordering", (),
                                                                     T.ORDERING_DEF))
    if name in ("partial_cmp",):
        return MethodSig("partial_cmp", "ref", (T.RefTy(recv),),
                         T.option(T.AdtTy("Ordering", (), T.ORDERING_DEF)))
    if name == "to_string" and _is_display(recv):
        return MethodSig("to_string", "ref", (), T.STRING)
    return None


def is_clone(ty: T.Ty) -> bool:
    """Whether `ty` is `Clone` (std's impls, or a derive)."""
    if T.is_copy(ty):
        return True
    if isinstance(ty, T.AdtTy):
        if ty.name in ("String", "Vec", "Option", "Result", "Rc", "Arc", "RefCell"):
            return True
        if ty.name == "Weak":
            return True
        if ty.name in ("HashMap", "HashSet", "VecDeque", "BTreeMap", "BTreeSet", "BinaryHeap"):
            return all(is_clone(a) or (isinstance(a, T.InferTy) and a.kind in ("int", "float"))
                       for a in ty.args)
        return ty.defn is not None and "Clone" in ty.defn.derives and all(
            is_clone(a) for a in ty.args)
    if isinstance(ty, T.BoxTy):
        return is_clone(ty.inner)
    if isinstance(ty, T.TupleTy):
        return all(is_clone(t) for t in ty.items)
    if isinstance(ty, T.ArrayTy):
        return is_clone(ty.element)
    return False


def _is_display(ty: T.Ty) -> bool:
    return isinstance(ty, T.IntTy | T.FloatTy | T.BoolTy | T.CharTy | T.StrTy) or T.is_string(ty)


def _int_method(recv: T.IntTy, name: str) -> MethodSig | None:
    same = recv
    if name in ("abs", "signum", "wrapping_neg", "isqrt"):
        return MethodSig(f"int::{name}", "value", (), same)
    ret: T.Ty
    if name in ("pow", "wrapping_pow", "checked_pow", "saturating_pow"):
        ret = T.option(same) if name.startswith("checked") else same
        return MethodSig(f"int::{name}", "value", (T.U32,), ret)
    if name in ("wrapping_add", "wrapping_sub", "wrapping_mul", "saturating_add",
                "saturating_sub", "saturating_mul", "min", "max", "rem_euclid", "div_euclid",
                "wrapping_div", "wrapping_rem", "abs_diff"):
        ret = same
        if name == "abs_diff":
            ret = T.IntTy("u" + recv.name[1:]) if recv.signed else same
        return MethodSig(f"int::{name}", "value", (same,), ret)
    if name in ("checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem"):
        return MethodSig(f"int::{name}", "value", (same,), T.option(same))
    if name in ("overflowing_add", "overflowing_sub", "overflowing_mul"):
        return MethodSig(f"int::{name}", "value", (same,), T.TupleTy((same, T.BOOL)))
    if name in ("count_ones", "count_zeros", "leading_zeros", "trailing_zeros"):
        return MethodSig(f"int::{name}", "value", (), T.U32)
    if name in ("is_positive", "is_negative", "is_power_of_two"):
        return MethodSig(f"int::{name}", "value", (), T.BOOL)
    if name == "clamp":
        return MethodSig("int::clamp", "value", (same, same), same)
    if recv.name == "u8" and name in U8_ASCII:
        ret = T.BOOL if name.startswith("is_") else same
        return MethodSig(f"u8::{name}", "ref", (), ret)
    return _generic_method(recv, name)


def _float_method(recv: T.FloatTy, name: str) -> MethodSig | None:
    if name in ("sqrt", "abs", "floor", "ceil", "round", "trunc", "sin", "cos", "tan", "exp",
                "ln", "log10", "log2", "fract", "signum", "recip", "cbrt", "to_degrees",
                "to_radians"):
        return MethodSig(f"float::{name}", "value", (), recv)
    if name in ("powf", "min", "max", "atan2", "hypot", "log"):
        return MethodSig(f"float::{name}", "value", (recv,), recv)
    if name == "powi":
        return MethodSig("float::powi", "value", (T.I32,), recv)
    if name in ("is_nan", "is_finite", "is_infinite", "is_sign_negative", "is_sign_positive"):
        return MethodSig(f"float::{name}", "value", (), T.BOOL)
    if name == "clamp":
        return MethodSig("float::clamp", "value", (recv, recv), recv)
    return _generic_method(recv, name)


def _char_method(name: str) -> MethodSig | None:
    if name in ("is_alphabetic", "is_numeric", "is_alphanumeric", "is_whitespace",
                "is_uppercase", "is_lowercase", "is_ascii_digit", "is_ascii_alphabetic",
                "is_ascii_uppercase", "is_ascii_lowercase", "is_ascii_punctuation",
                "is_ascii", "is_ascii_alphanumeric", "is_ascii_whitespace", "is_control"):
        return MethodSig(f"char::{name}", "ref" if name.startswith("is_ascii") else "value",
                         (), T.BOOL)
    if name in ("to_ascii_uppercase", "to_ascii_lowercase"):
        return MethodSig(f"char::{name}", "ref", (), T.CHAR)
    if name in ("to_uppercase", "to_lowercase"):
        return MethodSig(f"char::{name}", "value", (), T.IterTy(T.CHAR, "ToCase"))
    if name == "len_utf8":
        return MethodSig("char::len_utf8", "value", (), T.USIZE)
    if name == "to_digit":
        return MethodSig("char::to_digit", "value", (T.U32,), T.option(T.U32))
    return _generic_method(T.CHAR, name)


def _str_method(name: str, fresh: Fresh) -> MethodSig | None:
    simple: dict[str, tuple[tuple[T.Ty, ...], T.Ty]] = {
        "len": ((), T.USIZE), "is_empty": ((), T.BOOL),
        "to_uppercase": ((), T.STRING), "to_lowercase": ((), T.STRING),
        "to_string": ((), T.STRING), "to_owned": ((), T.STRING),
        "trim": ((), STR_REF), "trim_start": ((), STR_REF), "trim_end": ((), STR_REF),
        "chars": ((), T.IterTy(T.CHAR, "Chars")), "bytes": ((), T.IterTy(T.U8, "Bytes")),
        "split_whitespace": ((), T.IterTy(STR_REF, "SplitWhitespace")),
        "lines": ((), T.IterTy(STR_REF, "Lines")),
        "char_indices": ((), T.IterTy(T.TupleTy((T.USIZE, T.CHAR)), "CharIndices")),
        "repeat": ((T.USIZE,), T.STRING),
        "as_bytes": ((), T.RefTy(T.SliceTy(T.U8))),
        "to_ascii_uppercase": ((), T.STRING), "to_ascii_lowercase": ((), T.STRING),
        "into": ((), T.STRING),
        "is_char_boundary": ((T.USIZE,), T.BOOL),
    }
    if name in simple:
        params, ret = simple[name]
        return MethodSig(f"str::{name}", "ref", params, ret)
    if name in ("contains", "starts_with", "ends_with"):
        return MethodSig(f"str::{name}", "ref", (fresh(),), T.BOOL)  # &str or char
    if name == "find":
        return MethodSig("str::find", "ref", (fresh(),), T.option(T.USIZE))
    if name in ("split", "split_terminator"):
        return MethodSig("str::split", "ref", (fresh(),), T.IterTy(STR_REF, "Split"))
    if name == "replace":
        return MethodSig("str::replace", "ref", (fresh(), STR_REF), T.STRING)
    if name == "split_once":
        return MethodSig("str::split_once", "ref", (fresh(),),
                         T.option(T.TupleTy((STR_REF, STR_REF))))
    if name == "parse":  # the error type follows the target (see `Checker.parse_error_type`)
        return MethodSig("str::parse", "ref", (), T.result(fresh(), fresh()))
    return None


def _string_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    table: dict[str, tuple[str, tuple[T.Ty, ...], T.Ty]] = {
        "push": ("mut", (T.CHAR,), T.UNIT), "push_str": ("mut", (STR_REF,), T.UNIT),
        "capacity": ("ref", (), T.USIZE), "as_str": ("ref", (), STR_REF),
        "clear": ("mut", (), T.UNIT), "pop": ("mut", (), T.option(T.CHAR)),
        "insert": ("mut", (T.USIZE, T.CHAR), T.UNIT), "remove": ("mut", (T.USIZE,), T.CHAR),
        "truncate": ("mut", (T.USIZE,), T.UNIT), "insert_str": ("mut", (T.USIZE, STR_REF), T.UNIT),
        "reserve": ("mut", (T.USIZE,), T.UNIT), "shrink_to_fit": ("mut", (), T.UNIT),
        "into_bytes": ("value", (), T.vec(T.U8)), "len": ("ref", (), T.USIZE),
        "is_empty": ("ref", (), T.BOOL),
    }
    if name in table:
        mode, params, ret = table[name]
        return MethodSig(f"String::{name}", mode, params, ret)
    if name == "clone":
        return MethodSig("clone", "ref", (), recv)
    return None


def _slice_method(recv: T.SliceTy, name: str, fresh: Fresh) -> MethodSig | None:
    e = recv.element
    table: dict[str, tuple[str, tuple[T.Ty, ...], T.Ty]] = {
        "len": ("ref", (), T.USIZE), "is_empty": ("ref", (), T.BOOL),
        "iter": ("ref", (), T.IterTy(T.RefTy(e), "Iter")),
        "iter_mut": ("mut", (), T.IterTy(T.RefTy(e, True), "IterMut")),
        "contains": ("ref", (T.RefTy(e),), T.BOOL),
        "first": ("ref", (), T.option(T.RefTy(e))), "last": ("ref", (), T.option(T.RefTy(e))),
        "get": ("ref", (T.USIZE,), T.option(T.RefTy(e))),
        "sort": ("mut", (), T.UNIT), "sort_unstable": ("mut", (), T.UNIT),
        "reverse": ("mut", (), T.UNIT), "swap": ("mut", (T.USIZE, T.USIZE), T.UNIT),
        "to_vec": ("ref", (), T.vec(e)),
        "windows": ("ref", (T.USIZE,), T.IterTy(T.RefTy(T.SliceTy(e)), "Windows")),
        "chunks": ("ref", (T.USIZE,), T.IterTy(T.RefTy(T.SliceTy(e)), "Chunks")),
        "fill": ("mut", (e,), T.UNIT),
    }
    if name in table:
        mode, params, ret = table[name]
        return MethodSig(f"slice::{name}", mode, params, ret)
    if name in ("join", "concat"):
        if (isinstance(e, T.RefTy) and isinstance(e.inner, T.StrTy)) or T.is_string(e):
            return MethodSig(f"slice::{name}", "ref", (STR_REF,) if name == "join" else (),
                             T.STRING)
        inner = e.inner if isinstance(e, T.RefTy) else e
        if name == "concat" and (T.is_vec(inner) or isinstance(inner, T.ArrayTy | T.SliceTy)):
            # `[[1, 2], [3]].concat()`: the elements' elements, cloned into one Vec
            item = inner.args[0] if isinstance(inner, T.AdtTy) else (
                inner.element if isinstance(inner, T.ArrayTy | T.SliceTy) else T.UNIT)
            return MethodSig("slice::concat", "ref", (), T.vec(item))
        return None
    ordering = T.AdtTy("Ordering", (), T.ORDERING_DEF)
    if name == "sort_by_key":
        return MethodSig("slice::sort_by_key", "mut", (T.FnTy((T.RefTy(e),), fresh()),), T.UNIT)
    if name == "sort_by":
        return MethodSig("slice::sort_by", "mut", (T.FnTy((T.RefTy(e), T.RefTy(e)), ordering),),
                         T.UNIT)
    if name == "binary_search":
        return MethodSig("slice::binary_search", "ref", (T.RefTy(e),),
                         T.result(T.USIZE, T.USIZE))
    if name in ("rotate_left", "rotate_right"):
        return MethodSig(f"slice::{name}", "mut", (T.USIZE,), T.UNIT)
    if name == "split_at":
        part = T.RefTy(T.SliceTy(e))
        return MethodSig("slice::split_at", "ref", (T.USIZE,), T.TupleTy((part, part)))
    if name == "split_at_mut":
        part = T.RefTy(T.SliceTy(e), True)
        return MethodSig("slice::split_at_mut", "mut", (T.USIZE,), T.TupleTy((part, part)))
    if name == "copy_from_slice":
        return MethodSig("slice::copy_from_slice", "mut", (T.RefTy(T.SliceTy(e)),), T.UNIT)
    return None


def _vec_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    e = recv.args[0]
    table: dict[str, tuple[str, tuple[T.Ty, ...], T.Ty]] = {
        "push": ("mut", (e,), T.UNIT), "pop": ("mut", (), T.option(e)),
        "len": ("ref", (), T.USIZE), "capacity": ("ref", (), T.USIZE),
        "is_empty": ("ref", (), T.BOOL),
        "insert": ("mut", (T.USIZE, e), T.UNIT), "remove": ("mut", (T.USIZE,), e),
        "clear": ("mut", (), T.UNIT), "truncate": ("mut", (T.USIZE,), T.UNIT),
        "reserve": ("mut", (T.USIZE,), T.UNIT), "shrink_to_fit": ("mut", (), T.UNIT),
        "into_iter": ("value", (), T.IterTy(e, "IntoIter")),
        "swap_remove": ("mut", (T.USIZE,), e),
        "extend_from_slice": ("mut", (T.RefTy(T.SliceTy(e)),), T.UNIT),
        "as_slice": ("ref", (), T.RefTy(T.SliceTy(e))),
        "dedup": ("mut", (), T.UNIT),
        "get_mut": ("mut", (T.USIZE,), T.option(T.RefTy(e, True))),
        "first_mut": ("mut", (), T.option(T.RefTy(e, True))),
        "last_mut": ("mut", (), T.option(T.RefTy(e, True))),
    }
    if name in table:
        mode, params, ret = table[name]
        return MethodSig(f"Vec::{name}", mode, params, ret)
    if name == "clone":
        return MethodSig("clone", "ref", (), recv)
    if name == "retain":
        return MethodSig("Vec::retain", "mut", (T.FnTy((T.RefTy(e),), T.BOOL),), T.UNIT)
    if name == "drain":
        return MethodSig("Vec::drain", "mut", (fresh(),), T.IterTy(e, "Drain"))
    if name == "extend":
        return MethodSig("Vec::extend", "mut", (fresh(),), T.UNIT)
    return None


def _option_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    inner = recv.args[0]
    table: dict[str, tuple[str, tuple[T.Ty, ...], T.Ty]] = {
        "unwrap": ("value", (), inner), "expect": ("value", (STR_REF,), inner),
        "unwrap_or": ("value", (inner,), inner), "is_some": ("ref", (), T.BOOL),
        "is_none": ("ref", (), T.BOOL), "take": ("mut", (), recv),
        "as_ref": ("ref", (), T.option(T.RefTy(inner))),
        "as_mut": ("mut", (), T.option(T.RefTy(inner, True))),
        "unwrap_or_default": ("value", (), inner),
        "replace": ("mut", (inner,), recv),
    }
    if name in table:
        mode, params, ret = table[name]
        return MethodSig(f"Option::{name}", mode, params, ret)
    if name in ("copied", "cloned") and isinstance(inner, T.RefTy):
        return MethodSig(f"Option::{name}", "value", (), T.option(inner.inner))
    if name == "map":
        out = fresh()
        return MethodSig("Option::map", "value", (T.FnTy((inner,), out),), T.option(out))
    if name == "and_then":
        out = fresh()
        return MethodSig("Option::and_then", "value", (T.FnTy((inner,), T.option(out)),),
                         T.option(out))
    if name == "unwrap_or_else":
        return MethodSig("Option::unwrap_or_else", "value", (T.FnTy((), inner),), inner)
    if name == "filter":
        return MethodSig("Option::filter", "value", (T.FnTy((T.RefTy(inner),), T.BOOL),), recv)
    if name == "ok_or":
        err = fresh()
        return MethodSig("Option::ok_or", "value", (err,), T.result(inner, err))
    if name == "flatten" and isinstance(inner, T.AdtTy) and inner.name == "Option":
        return MethodSig("Option::flatten", "value", (), inner)
    if name in ("xor", "or", "and"):
        return MethodSig(f"Option::{name}", "value", (recv,), recv)
    if name == "map_or":
        out = fresh()
        return MethodSig("Option::map_or", "value", (out, T.FnTy((inner,), out)), out)
    if name == "map_or_else":
        out = fresh()
        return MethodSig("Option::map_or_else", "value", (T.FnTy((), out),
                                                          T.FnTy((inner,), out)), out)
    return None


def _result_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    ok, err = recv.args
    table: dict[str, tuple[str, tuple[T.Ty, ...], T.Ty]] = {
        "unwrap": ("value", (), ok), "expect": ("value", (STR_REF,), ok),
        "unwrap_or": ("value", (ok,), ok), "is_ok": ("ref", (), T.BOOL),
        "is_err": ("ref", (), T.BOOL), "ok": ("value", (), T.option(ok)),
        "err": ("value", (), T.option(err)), "unwrap_err": ("value", (), err),
        "unwrap_or_default": ("value", (), ok),
    }
    if name in table:
        mode, params, ret = table[name]
        return MethodSig(f"Result::{name}", mode, params, ret)
    if name == "map":
        out = fresh()
        return MethodSig("Result::map", "value", (T.FnTy((ok,), out),), T.result(out, err))
    if name == "and_then":
        out = fresh()
        return MethodSig("Result::and_then", "value", (T.FnTy((ok,), T.result(out, err)),),
                         T.result(out, err))
    if name == "map_err":
        out = fresh()
        return MethodSig("Result::map_err", "value", (T.FnTy((err,), out),), T.result(ok, out))
    if name == "unwrap_or_else":
        return MethodSig("Result::unwrap_or_else", "value", (T.FnTy((err,), ok),), ok)
    return None


def _rc_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    if name == "clone":
        return MethodSig("Rc::clone", "ref", (), recv)
    return None


def _weak_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    if name == "upgrade":
        return MethodSig("Weak::upgrade", "ref", (), T.option(T.rc(recv.args[0])))
    if name in ("strong_count", "weak_count"):
        return MethodSig(f"Weak::{name}", "ref", (), T.USIZE)
    if name == "clone":
        return MethodSig("Weak::clone", "ref", (), recv)
    return None


def _maybe_uninit_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    """`write` (safe) and `assume_init` (unsafe); reading it uninitialised is UB."""
    inner = recv.args[0]
    if name == "write":
        return MethodSig("MaybeUninit::write", "mut", (inner,), T.RefTy(inner, True))
    if name == "assume_init":
        return MethodSig("MaybeUninit::assume_init", "value", (), inner)
    return None


def _cell_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    inner = recv.args[0]
    numeric = isinstance(inner, T.InferTy) and inner.kind in ("int", "float")
    if name == "get" and (T.is_copy(inner) or numeric):
        return MethodSig("Cell::get", "ref", (), inner)
    if name == "set":
        return MethodSig("Cell::set", "ref", (inner,), T.UNIT)
    if name == "replace":
        return MethodSig("Cell::replace", "ref", (inner,), inner)
    if name == "into_inner":
        return MethodSig("Cell::into_inner", "value", (), inner)
    return None


def _refcell_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    inner = recv.args[0]
    if name == "borrow":
        return MethodSig("RefCell::borrow", "ref", (), T.AdtTy("Ref", (inner,)))
    if name == "borrow_mut":
        return MethodSig("RefCell::borrow_mut", "ref", (), T.AdtTy("RefMut", (inner,)))
    if name == "into_inner":
        return MethodSig("RefCell::into_inner", "value", (), inner)
    if name == "replace":
        return MethodSig("RefCell::replace", "ref", (inner,), inner)
    return None


def _range_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    as_iter = T.IterTy(recv.args[0], "Range", (recv,))
    if name == "contains" and recv.name != "RangeFrom":
        return MethodSig("Range::contains", "ref", (T.RefTy(recv.args[0]),), T.BOOL)
    if recv.name == "RangeFrom" and name in ("rev", "count", "sum", "product", "max", "min",
                                             "last", "collect", "for_each", "fold",
                                             "partition", "unzip", "max_by_key",
                                             "min_by_key", "max_by", "min_by"):
        return None  # endless: std has no such method for it (or it never returns)
    return _iter_method(as_iter, name, fresh)


def _iter_method(recv: T.IterTy, name: str, fresh: Fresh) -> MethodSig | None:
    item = recv.item

    def adaptor(out: T.Ty, kind: str, params: tuple[T.Ty, ...] = ()) -> MethodSig:
        """An adaptor's type records what it is made of (for its layout): the iterator
        it adapts and its arguments' types (unified with them once they are checked)."""
        return MethodSig(f"iter::{name}", "value", params,
                         T.IterTy(out, kind, (recv, *(fresh() for _ in params))))

    if name == "rev":
        return adaptor(item, "Rev")
    if name == "enumerate":
        return adaptor(T.TupleTy((T.USIZE, item)), "Enumerate")
    if name in ("skip", "take", "step_by"):
        return adaptor(item, {"skip": "Skip", "take": "Take", "step_by": "StepBy"}[name],
                       (T.USIZE,))
    if name in ("cloned", "copied"):
        base = item.inner if isinstance(item, T.RefTy) else item
        return adaptor(base, name.capitalize())
    if name == "map":
        out = fresh()
        return adaptor(out, "Map", (T.FnTy((item,), out),))
    if name in ("filter", "take_while", "skip_while"):
        kind = {"filter": "Filter", "take_while": "TakeWhile", "skip_while": "SkipWhile"}[name]
        return adaptor(item, kind, (T.FnTy((T.RefTy(item),), T.BOOL),))
    if name == "inspect":
        return adaptor(item, "Inspect", (T.FnTy((T.RefTy(item),), T.UNIT),))
    if name in ("filter_map", "map_while"):
        out = fresh()
        return adaptor(out, "FilterMap" if name == "filter_map" else "MapWhile",
                       (T.FnTy((item,), T.option(out)),))
    if name == "zip":
        return adaptor(T.TupleTy((item, fresh())), "Zip", (fresh(),))
    if name == "chain":
        return adaptor(item, "Chain", (fresh(),))
    if name == "peekable":
        return adaptor(item, "Peekable")
    if name == "peek" and recv.kind == "Peekable":
        return MethodSig("iter::peek", "mut", (), T.option(T.RefTy(item)))
    if name == "fuse":
        return adaptor(item, "Fuse")
    if name == "scan":
        state, out = fresh(), fresh()
        return adaptor(out, "Scan", (state, T.FnTy((T.RefTy(state, True), item),
                                                   T.option(out))))
    if name == "flat_map":
        return adaptor(fresh(), "FlatMap", (T.FnTy((item,), fresh()),))
    if name == "flatten":
        inner = item.inner if isinstance(item, T.RefTy) else item
        if (isinstance(inner, T.AdtTy) and T.is_vec(inner)) or isinstance(inner, T.ArrayTy):
            element = inner.args[0] if isinstance(inner, T.AdtTy) else inner.element
            flat = T.RefTy(element) if isinstance(item, T.RefTy) else element
            return adaptor(flat, "Flatten")
        if isinstance(inner, T.AdtTy) and inner.name == "Option":
            flat = T.RefTy(inner.args[0]) if isinstance(item, T.RefTy) else inner.args[0]
            return adaptor(flat, "Flatten")
        return None
    return _iter_consumer(item, name, fresh)


def _iter_consumer(item: T.Ty, name: str, fresh: Fresh) -> MethodSig | None:
    if name == "count":
        return MethodSig("iter::count", "value", (), T.USIZE)
    if name in ("sum", "product"):
        base = item.inner if isinstance(item, T.RefTy) else item
        return MethodSig(f"iter::{name}", "value", (), base)
    if name == "nth":
        return MethodSig("iter::nth", "mut", (T.USIZE,), T.option(item))
    if name in ("max", "min", "last", "next"):
        return MethodSig(f"iter::{name}", "value" if name != "next" else "mut", (),
                         T.option(item))
    if name == "collect":
        return MethodSig("iter::collect", "value", (), fresh())
    if name in ("any", "all"):
        return MethodSig(f"iter::{name}", "mut", (T.FnTy((item,), T.BOOL),), T.BOOL)
    if name == "position":
        return MethodSig("iter::position", "mut", (T.FnTy((item,), T.BOOL),),
                         T.option(T.USIZE))
    if name == "find":
        return MethodSig("iter::find", "mut", (T.FnTy((T.RefTy(item),), T.BOOL),),
                         T.option(item))
    if name == "find_map":
        found = T.option(fresh())
        return MethodSig("iter::find_map", "mut", (T.FnTy((item,), found),), found)
    if name == "fold":
        acc = fresh()
        return MethodSig("iter::fold", "value", (acc, T.FnTy((acc, item), acc)), acc)
    if name == "for_each":
        return MethodSig("iter::for_each", "value", (T.FnTy((item,), T.UNIT),), T.UNIT)
    if name in ("max_by_key", "min_by_key"):
        return MethodSig(f"iter::{name}", "value", (T.FnTy((T.RefTy(item),), fresh()),),
                         T.option(item))
    if name in ("max_by", "min_by"):
        ordering = T.AdtTy("Ordering", (), T.ORDERING_DEF)
        return MethodSig(f"iter::{name}", "value", (T.FnTy((T.RefTy(item), T.RefTy(item)),
                                                           ordering),), T.option(item))
    if name == "partition":
        target = fresh()
        return MethodSig("iter::partition", "value", (T.FnTy((T.RefTy(item),), T.BOOL),),
                         T.TupleTy((target, target)))
    if name == "unzip" and isinstance(item, T.TupleTy) and len(item.items) == 2:
        return MethodSig("iter::unzip", "value", (), T.TupleTy((fresh(), fresh())))
    return None

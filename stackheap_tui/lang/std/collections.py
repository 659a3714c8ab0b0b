"""`HashMap` and `HashSet` as the checker sees them: their constructors, methods, the
`Entry` API, what a `for` loop over one yields, and which key types the subset runs.

The run-time side is `machine/std/maps.py`, under the same keys (`HashMap::insert`).
"""

from __future__ import annotations

from collections.abc import Callable

from stackheap_tui.lang import types as T
from stackheap_tui.lang.std.method_signatures import MethodSig

Fresh = Callable[[], T.Ty]

COLLECTIONS = ("HashMap", "HashSet", "BTreeMap", "BTreeSet")
MAPS = ("HashMap", "BTreeMap")  # (the others are sets of keys)
BTREES = ("BTreeMap", "BTreeSet")  # ordered by `Ord`: iteration in key order (btree.py)
# The `Entry` of `map.entry(key)`: its own type, holding `&mut` the map.
ENTRY = "Entry"
# `HashMap` and `HashSet` iterators: the items come in the table's bucket order, which
# differs from run to run of rustc's binary (RandomState seeds the hasher).
UNORDERED_KINDS = frozenset({"HashMapIter", "HashMapKeys", "HashMapValues", "HashMapIntoIter",
                             "HashSetIter", "HashSetIntoIter"})
# Methods that take the key by reference (`K: Borrow<Q>`, `&Q` given).
BORROWED_KEY = frozenset({
    *(f"{m}::{n}" for m in MAPS for n in ("get", "get_mut", "contains_key", "remove")),
    *(f"{s}::{n}" for s in ("HashSet", "BTreeSet") for n in ("contains", "remove"))})


def hashmap(key: T.Ty, value: T.Ty) -> T.AdtTy:
    return T.AdtTy("HashMap", (key, value))


def hashset(key: T.Ty) -> T.AdtTy:
    return T.AdtTy("HashSet", (key,))


def is_collection(ty: T.Ty) -> bool:
    return isinstance(ty, T.AdtTy) and ty.name in COLLECTIONS


def entry_type(ty: T.AdtTy) -> T.Ty:
    """What a table's bucket holds: `(K, V)` for a map, `K` for a set."""
    return T.TupleTy(ty.args) if ty.name in MAPS else ty.args[0]


def method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    """The method `name` on a `HashMap`, `HashSet` or `Entry` receiver, or None."""
    if recv.name == ENTRY:
        return _entry_method(recv, name, fresh)
    if recv.name in BTREES:
        return _btree_method(recv, name, fresh)
    if recv.name == "HashSet":
        return _set_method(recv, name, fresh)
    k, v = recv.args
    table: dict[str, tuple[str, tuple[T.Ty, ...], T.Ty]] = {
        "insert": ("mut", (k, v), T.option(v)),
        "get": ("ref", (fresh(),), T.option(T.RefTy(v))),
        "get_mut": ("mut", (fresh(),), T.option(T.RefTy(v, True))),
        "contains_key": ("ref", (fresh(),), T.BOOL),
        "remove": ("mut", (fresh(),), T.option(v)),
        "len": ("ref", (), T.USIZE), "is_empty": ("ref", (), T.BOOL),
        "capacity": ("ref", (), T.USIZE), "clear": ("mut", (), T.UNIT),
        "entry": ("mut", (k,), T.AdtTy(ENTRY, (k, v))),
        "iter": ("ref", (), T.IterTy(T.TupleTy((T.RefTy(k), T.RefTy(v))), "HashMapIter")),
        "iter_mut": ("mut", (), T.IterTy(T.TupleTy((T.RefTy(k), T.RefTy(v, True))),
                                         "HashMapIter")),
        "keys": ("ref", (), T.IterTy(T.RefTy(k), "HashMapKeys")),
        "values": ("ref", (), T.IterTy(T.RefTy(v), "HashMapValues")),
        "values_mut": ("mut", (), T.IterTy(T.RefTy(v, True), "HashMapValues")),
        "into_iter": ("value", (), T.IterTy(T.TupleTy((k, v)), "HashMapIntoIter")),
        "into_keys": ("value", (), T.IterTy(k, "HashMapIntoIter")),
        "into_values": ("value", (), T.IterTy(v, "HashMapIntoIter")),
    }
    if name in table:
        mode, params, ret = table[name]
        return MethodSig(f"HashMap::{name}", mode, params, ret)
    return None


def _set_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    k = recv.args[0]
    table: dict[str, tuple[str, tuple[T.Ty, ...], T.Ty]] = {
        "insert": ("mut", (k,), T.BOOL),
        "contains": ("ref", (fresh(),), T.BOOL),
        "remove": ("mut", (fresh(),), T.BOOL),
        "len": ("ref", (), T.USIZE), "is_empty": ("ref", (), T.BOOL),
        "capacity": ("ref", (), T.USIZE), "clear": ("mut", (), T.UNIT),
        "iter": ("ref", (), T.IterTy(T.RefTy(k), "HashSetIter")),
        "into_iter": ("value", (), T.IterTy(k, "HashSetIntoIter")),
    }
    if name in table:
        mode, params, ret = table[name]
        return MethodSig(f"HashSet::{name}", mode, params, ret)
    return None


def _entry_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    v = recv.args[1]
    slot = T.RefTy(v, True)
    if name == "or_insert":
        return MethodSig("Entry::or_insert", "value", (v,), slot)
    if name == "or_insert_with":
        return MethodSig("Entry::or_insert_with", "value", (T.FnTy((), v),), slot)
    if name == "or_default":
        return MethodSig("Entry::or_default", "value", (), slot)
    if name == "and_modify":
        return MethodSig("Entry::and_modify", "value", (T.FnTy((slot,), T.UNIT),), recv)
    return None


def _btree_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    """The methods of a `BTreeMap<K, V>` / `BTreeSet<K>` the subset runs (the run-time side
    is `machine/std/btree.py`)."""
    k = recv.args[0]
    table: dict[str, tuple[str, tuple[T.Ty, ...], T.Ty]]
    common: dict[str, tuple[str, tuple[T.Ty, ...], T.Ty]] = {
        "len": ("ref", (), T.USIZE), "is_empty": ("ref", (), T.BOOL),
        "clear": ("mut", (), T.UNIT),
    }
    if recv.name == "BTreeSet":
        kr = T.RefTy(k)
        table = {
            "insert": ("mut", (k,), T.BOOL), "contains": ("ref", (fresh(),), T.BOOL),
            "remove": ("mut", (fresh(),), T.BOOL),
            "iter": ("ref", (), T.IterTy(kr, "BTreeSetIter")),
            "into_iter": ("value", (), T.IterTy(k, "BTreeSetIntoIter")),
            "first": ("ref", (), T.option(kr)), "last": ("ref", (), T.option(kr)),
            "pop_first": ("mut", (), T.option(k)), "pop_last": ("mut", (), T.option(k)),
            "range": ("ref", (fresh(),), T.IterTy(kr, "BTreeSetRange")),
            "retain": ("mut", (T.FnTy((kr,), T.BOOL),), T.UNIT),
            **{op: ("ref", (T.RefTy(recv),), T.IterTy(kr, "BTreeSetOp"))
               for op in ("union", "intersection", "difference", "symmetric_difference")},
            **common,
        }
    else:
        v = recv.args[1]
        pair = T.TupleTy((T.RefTy(k), T.RefTy(v)))
        table = {
            "insert": ("mut", (k, v), T.option(v)),
            "get": ("ref", (fresh(),), T.option(T.RefTy(v))),
            "get_mut": ("mut", (fresh(),), T.option(T.RefTy(v, True))),
            "contains_key": ("ref", (fresh(),), T.BOOL),
            "remove": ("mut", (fresh(),), T.option(v)),
            "entry": ("mut", (k,), T.AdtTy(ENTRY, (k, v))),
            "iter": ("ref", (), T.IterTy(pair, "BTreeMapIter")),
            "iter_mut": ("mut", (), T.IterTy(T.TupleTy((T.RefTy(k), T.RefTy(v, True))),
                                             "BTreeMapIter")),
            "keys": ("ref", (), T.IterTy(T.RefTy(k), "BTreeMapKeys")),
            "values": ("ref", (), T.IterTy(T.RefTy(v), "BTreeMapValues")),
            "values_mut": ("mut", (), T.IterTy(T.RefTy(v, True), "BTreeMapValues")),
            "into_iter": ("value", (), T.IterTy(T.TupleTy((k, v)), "BTreeMapIntoIter")),
            "first_key_value": ("ref", (), T.option(pair)),
            "last_key_value": ("ref", (), T.option(pair)),
            "pop_first": ("mut", (), T.option(T.TupleTy((k, v)))),
            "pop_last": ("mut", (), T.option(T.TupleTy((k, v)))),
            "range": ("ref", (fresh(),), T.IterTy(pair, "BTreeMapRange")),
            "retain": ("mut", (T.FnTy((T.RefTy(k), T.RefTy(v, True)), T.BOOL),), T.UNIT),
            **common,
        }
    if name in table:
        mode, params, ret = table[name]
        return MethodSig(f"{recv.name}::{name}", mode, params, ret)
    return None


def heap_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    """The methods of a `BinaryHeap<T>` the subset runs (`machine/std/heaps.py`)."""
    e = recv.args[0]
    table: dict[str, tuple[str, tuple[T.Ty, ...], T.Ty]] = {
        "push": ("mut", (e,), T.UNIT), "pop": ("mut", (), T.option(e)),
        "peek": ("ref", (), T.option(T.RefTy(e))),
        "len": ("ref", (), T.USIZE), "is_empty": ("ref", (), T.BOOL),
        "capacity": ("ref", (), T.USIZE), "clear": ("mut", (), T.UNIT),
        "into_sorted_vec": ("value", (), T.vec(e)), "into_vec": ("value", (), T.vec(e)),
        "iter": ("ref", (), T.IterTy(T.RefTy(e), "Iter")),
    }
    if name in table:
        mode, params, ret = table[name]
        return MethodSig(f"BinaryHeap::{name}", mode, params, ret)
    return None


def for_item(ty: T.Ty) -> T.Ty | None:
    """What `for x in <ty>` binds for a map or set (owned or borrowed), or None."""
    mutable = False
    borrowed = isinstance(ty, T.RefTy)
    if isinstance(ty, T.RefTy):
        mutable = ty.mutable
        ty = ty.inner
    if not isinstance(ty, T.AdtTy) or ty.name not in COLLECTIONS:
        return None
    if ty.name not in MAPS:
        return T.RefTy(ty.args[0]) if borrowed else ty.args[0]
    k, v = ty.args
    if not borrowed:
        return T.TupleTy((k, v))
    return T.TupleTy((T.RefTy(k), T.RefTy(v, mutable)))


def key_supported(key: T.Ty) -> bool:
    """Key types whose hashing and equality the subset models: integers, `bool`, `char`,
    `String`, `&str`, and tuples and references of them."""
    if isinstance(key, T.IntTy | T.BoolTy | T.CharTy):
        return True
    if isinstance(key, T.InferTy):
        return key.kind == "int"  # an integer literal's type, fixed later
    if T.is_string(key):
        return True
    if isinstance(key, T.RefTy):
        return isinstance(key.inner, T.StrTy) or key_supported(key.inner)
    if isinstance(key, T.TupleTy):
        return bool(key.items) and all(key_supported(t) for t in key.items)
    return False


def borrowed_key_ok(key: T.Ty, given: T.Ty) -> bool | None:
    """`map.get(given)` with keys `key`: whether `given` is `&Q` with `K: Borrow<Q>` (`Q`
    is `K`, `str` for `String` keys, `T` for `&T` keys); None when not sure."""
    if not isinstance(given, T.RefTy):
        return None
    q = given.inner
    if q == key:
        return True
    if T.is_string(key) and isinstance(q, T.StrTy):
        return True
    if isinstance(key, T.RefTy) and q == key.inner:
        return True
    return None


def function(name: str, hint: T.Ty | None, fresh: Fresh,
             turbofish: Fresh | None) -> tuple[str, tuple[T.Ty, ...], T.Ty] | None:
    """`HashMap::new()`, `HashMap::with_capacity(n)`, `HashSet::new()`, ...: the machine's
    key, the parameters and the type made."""
    kind, _, ctor = name.partition("::")
    if kind not in (*COLLECTIONS, "VecDeque", "BinaryHeap") or ctor not in (
            "new", "with_capacity") or (kind in BTREES and ctor != "new"):
        return None
    params: tuple[T.Ty, ...] = (T.USIZE,) if ctor == "with_capacity" else ()
    if isinstance(hint, T.AdtTy) and hint.name == kind:
        made: T.Ty = hint
    elif kind == "VecDeque":
        made = deque(fresh())
    elif kind in ("BTreeSet", "BinaryHeap"):
        made = T.AdtTy(kind, (fresh(),))
    elif kind == "BTreeMap":
        made = T.AdtTy(kind, (fresh(), fresh()))
    else:
        made = hashmap(fresh(), fresh()) if kind == "HashMap" else hashset(fresh())
    return f"{kind}::{ctor}", params, made


# ---- VecDeque ----
def deque(element: T.Ty) -> T.AdtTy:
    return T.AdtTy("VecDeque", (element,))


def deque_method(recv: T.AdtTy, name: str, fresh: Fresh) -> MethodSig | None:
    """The methods of a `VecDeque<T>` the subset runs."""
    e = recv.args[0]
    table: dict[str, tuple[str, tuple[T.Ty, ...], T.Ty]] = {
        "push_back": ("mut", (e,), T.UNIT), "push_front": ("mut", (e,), T.UNIT),
        "pop_back": ("mut", (), T.option(e)), "pop_front": ("mut", (), T.option(e)),
        "front": ("ref", (), T.option(T.RefTy(e))), "back": ("ref", (), T.option(T.RefTy(e))),
        "get": ("ref", (T.USIZE,), T.option(T.RefTy(e))),
        "len": ("ref", (), T.USIZE), "is_empty": ("ref", (), T.BOOL),
        "capacity": ("ref", (), T.USIZE), "clear": ("mut", (), T.UNIT),
        "contains": ("ref", (T.RefTy(e),), T.BOOL),
        "iter": ("ref", (), T.IterTy(T.RefTy(e), "VecDequeIter")),
        "into_iter": ("value", (), T.IterTy(e, "VecDequeIntoIter")),
    }
    if name in table:
        mode, params, ret = table[name]
        return MethodSig(f"VecDeque::{name}", mode, params, ret)
    return None


def deque_for_item(ty: T.Ty) -> T.Ty | None:
    """What `for x in` a `VecDeque` (owned or borrowed) binds, or None."""
    if isinstance(ty, T.RefTy) and isinstance(ty.inner, T.AdtTy) and (
            ty.inner.name == "VecDeque") and not ty.mutable:
        return T.RefTy(ty.inner.args[0])
    if isinstance(ty, T.AdtTy) and ty.name == "VecDeque":
        return ty.args[0]
    return None

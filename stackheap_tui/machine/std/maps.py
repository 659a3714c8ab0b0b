"""`HashMap` and `HashSet` at run time, laid out as hashbrown lays them out.

A table is one heap block: the buckets (each a `(K, V)` or a `K`), then the control bytes
(one per bucket, plus 16 more). Its header on the stack is `(ptr, buckets, len)`; an
empty table points at no block (std's is a shared static singleton). Bucket counts and
sizes are std's (rustc 1.95, measured): the smallest table has 4 buckets (8 for 2- and
3-byte entries, 16 for 1-byte ones), a table holds 7/8 of its buckets (one less under 8
buckets), and a full table grows into a new block twice as big (the entries rehashed
over, the old block freed).

Where an entry lives depends on its hash, which std seeds randomly per run: here entry
i sits in bucket i (one arrangement a run may have), and iterating yields that order.
Output that would show it is refused (see `unordered_output`): a `for` loop over more
than one entry that prints, `{:?}` of more than one entry, a Vec collected from one and
printed before it is sorted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, NamedTuple

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.std.collections import entry_type
from stackheap_tui.machine import convert
from stackheap_tui.machine.allocation import NotSupportedAtRun, check_allocation
from stackheap_tui.machine.std.registry import (
    ORDER_GUARD,
    CallSite,
    Code,
    arg_type,
    function,
    method,
)
from stackheap_tui.machine.std.values import IterValue, clone_value
from stackheap_tui.memory.records import OwnerPath, format_address
from stackheap_tui.memory.state import ALLOC, FREE, HEAP_APPEND, HEAP_SET, REMOVE_SLOTS
from stackheap_tui.memory.values import HEAP, Ref

if TYPE_CHECKING:
    from stackheap_tui.lang.span import Span
    from stackheap_tui.machine.interpreter import Env, Interpreter

GROUP_WIDTH = 16  # SSE2: control bytes are probed 16 at a time
ORDER_REFUSAL = "output that depends on HashMap iteration order"


# ---- the table's geometry (hashbrown's) ----
def buckets_for(capacity: int, entry_size: int) -> int:
    """hashbrown's `capacity_to_buckets`, with its small-table minimum."""
    if capacity < 15:
        capacity = max(capacity, 14 if entry_size <= 1 else 7 if entry_size <= 3 else 3)
    if capacity < 8:
        return 4 if capacity < 4 else 8
    adjusted = capacity * 8 // 7
    return 1 << (adjusted - 1).bit_length()


def capacity_of(buckets: int) -> int:
    """How many entries a table of `buckets` holds before it grows."""
    if buckets == 0:
        return 0
    return buckets - 1 if buckets < 8 else buckets // 8 * 7


def ctrl_offset(buckets: int, entry_size: int) -> int:
    return (buckets * entry_size + GROUP_WIDTH - 1) // GROUP_WIDTH * GROUP_WIDTH


def table_size(buckets: int, entry_size: int) -> int:
    return ctrl_offset(buckets, entry_size) + buckets + GROUP_WIDTH


def bucket_address(ptr: int, buckets: int, entry_size: int, index: int) -> int:
    """Buckets sit below the control bytes, bucket 0 nearest them."""
    return ptr + ctrl_offset(buckets, entry_size) - (index + 1) * entry_size


@dataclass(frozen=True)
class UnorderedIter(IterValue):
    """The items of a map or set with more than one entry, in the table's order, which
    differs from run to run of rustc's binary."""


# ---- the machine's index: key -> bucket, per table block ----
class Tables:
    """Per table block, its keys' positions: lookups stay O(1) however big the map."""

    def __init__(self, interp: Interpreter) -> None:
        self.interp = interp
        self.index: dict[int, tuple[dict[Any, int], int]] = {}
        self.tainted: set[int] = set()  # Vec buffers collected in a table's order
        self.loops = 0  # `for` loops walking a table of more than one entry

    def positions(self, ptr: int, key_ty: T.Ty, entries: Any, is_map: bool) -> dict[Any, int]:
        cached = self.index.get(ptr)
        if cached is not None and cached[1] == len(entries):
            return cached[0]
        mem = self.interp.memory
        found = {convert.key_of(mem, entry[0] if is_map else entry, key_ty): i
                 for i, entry in enumerate(entries)}
        self.index[ptr] = (found, len(entries))
        return found

    def forget(self, ptr: int) -> None:
        self.index.pop(ptr, None)


def tables(interp: Interpreter) -> Tables:
    found = getattr(interp, "_hash_tables", None)
    if found is None:
        found = Tables(interp)
        interp._hash_tables = found  # type: ignore[attr-defined]
    return found


def unordered_output(interp: Interpreter, span: Span | None = None) -> None:
    """Called before the program prints: refuse if what it prints may show a table's order."""
    state = getattr(interp, "_hash_tables", None)
    if state is None:
        return
    if state.loops:
        raise NotSupportedAtRun(ORDER_REFUSAL, span)
    heap = interp.memory.heap
    live = {a for a in state.tainted if a in heap and not heap[a].freed}
    state.tainted = live
    if live:
        raise NotSupportedAtRun(ORDER_REFUSAL, span)


def untaint(interp: Interpreter, ptr: int) -> None:
    """A Vec sorted: its order no longer comes from a table."""
    state = getattr(interp, "_hash_tables", None)
    if state is not None:
        state.tainted.discard(ptr)


def taint(interp: Interpreter, ptr: int) -> None:
    tables(interp).tainted.add(ptr)


# ---- reading a table ----
class _Layout(NamedTuple):
    is_map: bool
    key: T.Ty
    entry: T.Ty  # `(K, V)` or `K`
    size: int  # of an entry
    key_at: int  # offsets in an entry
    value_at: int
    owns_heap: bool  # entries hold heap blocks (a String key, say)


_LAYOUTS: dict[int, tuple[T.AdtTy, _Layout]] = {}  # by the type's identity: hashing a
# type walks it, and a loop of inserts asks every time


def _layout(ty: T.AdtTy) -> _Layout:
    found = _LAYOUTS.get(id(ty))
    if found is not None and found[0] is ty:
        return found[1]
    entry = entry_type(ty)
    key_at, value_at = (L.field_offsets(entry)[:2] if isinstance(entry, T.TupleTy)
                        else (0, 0))
    made = _Layout(ty.name == "HashMap", ty.args[0], entry, L.size_of(entry), key_at,
                   value_at, T.needs_drop(entry))
    _LAYOUTS[id(ty)] = (ty, made)
    return made


def _parts(ty: T.AdtTy) -> tuple[bool, T.Ty, T.Ty, int]:
    """(is a map, the key type, the entry type, the entry's size)."""
    layout = _layout(ty)
    return layout.is_map, layout.key, layout.entry, layout.size


def entries_of(interp: Interpreter, header: Any) -> tuple[Any, ...]:
    ptr, buckets, _length = header
    if not buckets:
        return ()
    return tuple(interp.memory.heap[ptr].value)


def _element_ref(header: Any, entry_size: int, index: int, path: tuple[int, ...],
                 offset: int = 0) -> Ref:
    ptr, buckets, _ = header
    address = bucket_address(ptr, buckets, entry_size, index) + offset
    return Ref(HEAP, ptr, 0, (index, *path), address)


def _field_offsets(ty: T.AdtTy) -> tuple[int, int]:
    layout = _layout(ty)
    return layout.key_at, layout.value_at


def item_refs(header: Any, ty: T.AdtTy, what: str, mutable: bool = False) -> tuple[Any, ...]:
    """The references an iteration yields: `(&K, &V)` pairs, keys or values."""
    is_map, _key, _entry, size = _parts(ty)
    _, _, length = header
    key_at, value_at = _field_offsets(ty)
    refs: list[Any] = []
    for i in range(length):
        if not is_map:
            refs.append(_element_ref(header, size, i, ()))
            continue
        key = _element_ref(header, size, i, (0,), key_at)
        value = _element_ref(header, size, i, (1,), value_at)
        refs.append(key if what == "keys" else value if what == "values" else (key, value))
    return tuple(refs)


def _iter(items: tuple[Any, ...]) -> IterValue:
    return UnorderedIter(items) if len(items) > 1 else IterValue(items)


# ---- changing a table ----
def _grow(interp: Interpreter, place: Ref, header: Any, ty: T.AdtTy,
          needed: int) -> tuple[int, int, int]:
    """Make room for `needed` entries: a new, bigger block, the entries moved over, the
    old block freed (or a first block for an empty table)."""
    ptr, buckets, length = header
    if needed <= capacity_of(buckets):
        return header
    _is_map, _key, entry, size = _parts(ty)
    new_buckets = buckets_for(max(needed, capacity_of(buckets) + 1), size)
    total = table_size(new_buckets, size)
    check_allocation(total, interp.current_span)
    entries = entries_of(interp, header)
    owner = interp.memory.heap[ptr].owner if buckets else "(temporary)"
    new_ptr = interp.rec.apply((ALLOC, entry, total, entries, owner, "hashmap"))
    state = tables(interp)
    state.forget(new_ptr)
    capacity = capacity_of(new_buckets)
    if buckets:
        interp.rec.apply((FREE, ptr, "freed: the table grew into a bigger block"))
        state.forget(ptr)
        _note(interp, f"The table was full ({length} of {capacity_of(buckets)} entries), so "
              f"it grows: a new {total}-byte block at {format_address(new_ptr)} "
              f"({new_buckets} buckets, room for {capacity}), every entry is rehashed into "
              f"it, and the old block at {format_address(ptr)} is freed.")
    else:
        _note(interp, f"The first insert allocates the table: {total} bytes at "
              f"{format_address(new_ptr)}: {new_buckets} buckets of {size} bytes, then "
              f"{new_buckets + GROUP_WIDTH} control bytes (room for {capacity} entries).")
    new_header = (new_ptr, new_buckets, length)
    interp.write_place(place, new_header)
    interp.adopt(place, ty)
    return new_header


def _note(interp: Interpreter, text: str) -> None:
    if interp.envs:
        interp.envs[-1].notes.append("alloc:" + text)


def _set_entries(interp: Interpreter, place: Ref, header: Any,
                 entries: tuple[Any, ...]) -> tuple[int, int, int]:
    ptr, buckets, _ = header
    interp.rec.apply((HEAP_SET, ptr, entries))
    tables(interp).forget(ptr)
    new_header = (ptr, buckets, len(entries))
    interp.write_place(place, new_header)
    return new_header


def _append(interp: Interpreter, place: Ref, header: Any, ty: T.AdtTy, entry: Any,
            key: Any) -> int:
    """Store a new entry (room already made); its index."""
    ptr, buckets, length = header
    interp.rec.apply((HEAP_APPEND, ptr, (entry,)))
    state = tables(interp)
    cached = state.index.get(ptr)
    if cached is not None and cached[1] == length:
        cached[0][key] = length
        state.index[ptr] = (cached[0], length + 1)
    interp.write_place(place, (ptr, buckets, length + 1))
    if _layout(ty).owns_heap:
        owner = interp.memory.heap[ptr].owner
        interp.claim(entry, entry_type(ty), OwnerPath(f"{owner}[entry {length}]", ptr, "",
                                                      f"[entry {length}]"))
    return length


def _lookup(interp: Interpreter, header: Any, ty: T.AdtTy, key: Any) -> int | None:
    ptr, buckets, _ = header
    if not buckets:
        return None
    is_map, key_ty, _entry, _size = _parts(ty)
    return tables(interp).positions(ptr, key_ty, interp.memory.heap[ptr].value,
                                    is_map).get(key)


def _given_key(interp: Interpreter, e: ast.MethodCall, arg: Any) -> Any:
    """The key a `&Q` argument names, comparable with the stored keys."""
    return convert.key_of(interp.memory, arg, arg_type(interp, e, 0))


def _remove_at(interp: Interpreter, place: Ref, header: Any, ty: T.AdtTy,
               index: int) -> Any:
    entries = entries_of(interp, header)
    _set_entries(interp, place, header, entries[:index] + entries[index + 1:])
    interp.adopt(place, ty)
    return entries[index]


def insert(interp: Interpreter, place: Ref, ty: T.AdtTy, key: Any,
           value: Any | None) -> tuple[bool, Any]:
    """Insert `key` (with `value` in a map): (whether it was new, the old value)."""
    mem = interp.memory
    is_map, key_ty, _entry, size = _parts(ty)
    header = mem.read(place)
    found_key = convert.key_of(mem, key, key_ty)
    index = _lookup(interp, header, ty, found_key)
    if index is not None:
        interp.drop_value(key, key_ty, "`insert` (the map keeps its own key)")
        if not is_map:
            return False, None
        ptr = header[0]
        old = mem.heap[ptr].value[index][1]
        interp.write_place(_element_ref(header, size, index, (1,)), value)
        interp.adopt(place, ty)
        return False, old
    header = _grow(interp, place, header, ty, header[2] + 1)
    _append(interp, place, header, ty, (key, value) if is_map else key, found_key)
    return True, None


# ---- the std functions and methods ----
@function("HashMap::new", "HashSet::new", "HashMap::with_capacity", "HashSet::with_capacity")
def _new(site: CallSite) -> Code:
    ty = site.ty
    assert isinstance(ty, T.AdtTy)
    interp = site.interp
    values = site.values
    _is_map, _key, entry, size = _parts(ty)

    def make(env: Env) -> Any:
        args = values(env)
        wanted = args[0] if args else 0
        if not wanted:
            return (0, 0, 0)
        buckets = buckets_for(wanted, size)
        total = table_size(buckets, size)
        check_allocation(total, interp.current_span)
        ptr = interp.rec.apply((ALLOC, entry, total, (), "(temporary)", "hashmap"))
        tables(interp).forget(ptr)
        return (ptr, buckets, 0)

    return make


@method(*(f"HashMap::{n}" for n in (
    "insert", "get", "get_mut", "contains_key", "remove", "len", "is_empty", "capacity",
    "clear", "entry", "iter", "iter_mut", "keys", "values", "values_mut", "into_iter",
    "into_keys", "into_values")),
    *(f"HashSet::{n}" for n in (
        "insert", "contains", "remove", "len", "is_empty", "capacity", "clear", "iter",
        "into_iter")))
def _table(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
           e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.AdtTy)
    name = e.method
    mem = interp.memory
    header = mem.read(recv) if isinstance(recv, Ref) else recv
    _ptr, buckets, length = header
    is_map, key_ty, entry, size = _parts(ty)
    if name == "len":
        return length
    if name == "is_empty":
        return length == 0
    if name == "capacity":
        return capacity_of(buckets)
    if name == "insert":
        new, old = insert(interp, recv, ty, args[0], args[1] if is_map else None)
        if not is_map:
            return new
        return (0,) if new else (1, old)
    if name in ("get", "get_mut", "contains_key", "contains", "remove"):
        index = _lookup(interp, header, ty, _given_key(interp, e, args[0]))
        if name in ("contains_key", "contains"):
            return index is not None
        if name == "remove":
            if index is None:
                return (0,) if is_map else False
            removed = _remove_at(interp, recv, header, ty, index)
            if not is_map:
                interp.drop_value(removed, key_ty, "`remove`")
                return True
            interp.drop_value(removed[0], key_ty, "`remove` (the key)")
            return (1, removed[1])
        if index is None:
            return (0,)
        return (1, _element_ref(header, size, index, (1,), _field_offsets(ty)[1]))
    if name == "clear":
        for item in entries_of(interp, header):
            interp.drop_value(item, entry, "`clear`")
        if buckets:
            _set_entries(interp, recv, header, ())
        return ()
    if name == "entry":
        return (recv, args[0])
    if name in ("iter", "iter_mut", "keys", "values", "values_mut"):
        what = {"keys": "keys", "values": "values", "values_mut": "values"}.get(name, "pairs")
        return _iter(item_refs(header, ty, what))
    if name == "into_iter":
        return _iter(tuple(_consume(interp, header, ty)))
    if name in ("into_keys", "into_values"):
        kept, dropped = (0, 1) if name == "into_keys" else (1, 0)
        dropped_ty = ty.args[dropped]
        if T.needs_drop(dropped_ty) and not T.is_string(dropped_ty):
            # std drops each one as the iteration reaches it; here the iteration is eager
            raise NotSupportedAtRun(f"`{name}` of a map whose other half needs dropping",
                                    e.method_span)
        pairs = tuple(_consume(interp, header, ty))
        for pair in pairs:
            interp.drop_value(pair[dropped], dropped_ty, f"`{name}`")
        return _iter(tuple(pair[kept] for pair in pairs))
    raise TypeError(name)


def _consume(interp: Interpreter, header: Any, ty: T.AdtTy) -> Iterator[Any]:
    """`for (k, v) in map` / `map.into_iter()`: the entries move out, the block is freed."""
    items = entries_of(interp, header)
    ptr, buckets, _ = header
    if buckets:
        interp.rec.apply((FREE, ptr, "freed: the table was consumed by `into_iter`"))
        tables(interp).forget(ptr)
    yield from items


@method("Entry::or_insert", "Entry::or_insert_with", "Entry::or_default", "Entry::and_modify")
def _entry(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
           e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.AdtTy)
    if len(recv) == 3:  # a `BTreeMap`'s entry: (the map's place, the key, the map's type)
        from stackheap_tui.machine.std import btree  # (btree builds on this module's peers)
        return btree.entry(interp, env, recv, ty, args, e)
    place, key = recv
    table_ty = T.AdtTy("HashMap", ty.args)
    _is_map, key_ty, _entry_ty, size = _parts(table_ty)
    mem = interp.memory
    header = mem.read(place)
    index = _lookup(interp, header, table_ty, convert.key_of(mem, key, key_ty))
    value_at = _field_offsets(table_ty)[1]
    if e.method == "and_modify":
        if index is not None:
            args[0].call([_element_ref(header, size, index, (1,), value_at)])
        return recv
    if index is None:
        if e.method == "or_insert":
            value = args[0]
        elif e.method == "or_insert_with":
            value = args[0].call([])
        else:
            from stackheap_tui.machine.std.values import default_value
            value = default_value(ty.args[1])
        insert(interp, place, table_ty, key, value)
        header = mem.read(place)
        index = header[2] - 1
    else:
        interp.drop_value(key, key_ty, "the entry (the map keeps its own key)")
        if e.method == "or_insert":
            interp.drop_value(args[0], ty.args[1], "`or_insert` (the key was there)")
    return _element_ref(header, size, index, (1,), value_at)


# ---- what the rest of the machine asks ----
def iterate(interp: Interpreter, source: Any, ty: T.Ty) -> Iterable[Any] | None:
    """What a `for` loop walks over a map or set (None if `ty` is not one); a walk over
    more than one entry forbids printing until it ends."""
    if isinstance(source, UnorderedIter):
        return _watched(interp, source.items)
    owned = ty
    mutable = False
    if isinstance(owned, T.RefTy):
        mutable = owned.mutable
        owned = owned.inner
    if not (isinstance(owned, T.AdtTy) and owned.name in ("HashMap", "HashSet")):
        return None
    if isinstance(ty, T.RefTy):
        header = interp.memory.read(source)
        items = item_refs(header, owned, "pairs", mutable)
    else:
        items = tuple(_consume(interp, source, owned))
    return _watched(interp, items) if len(items) > 1 else items


def _watched(interp: Interpreter, items: Iterable[Any]) -> Iterator[Any]:
    with watching(interp):
        yield from items


def watched(interp: Interpreter, items: Iterable[Any]) -> Iterator[Any]:
    """A `for` loop over an adaptor chain on a table's items: nothing may print in it."""
    return _watched(interp, items)


@contextmanager
def watching(interp: Interpreter) -> Iterator[None]:
    """While a table's items are walked in its order: printing would show that order."""
    state = tables(interp)
    state.loops += 1
    try:
        yield
    finally:
        state.loops -= 1


def unordered(it: IterValue) -> IterValue:
    """An iterator (a lazy adaptor too) over the items of a table of more than one entry,
    marked as such: later methods on it are guarded by `_guard`."""
    if isinstance(it, UnorderedIter):
        return it
    return UnorderedIter(**{f.name: getattr(it, f.name) for f in fields(it)})


def drop(interp: Interpreter, value: Any, ty: T.AdtTy, reason: str) -> list[tuple[int, int]]:
    """Dropping a map or set: its entries, then its block."""
    ptr, buckets, _ = value
    freed: list[tuple[int, int]] = []
    if not buckets:
        return freed
    entry = entry_type(ty)
    if T.needs_drop(entry):
        size = L.size_of(entry)
        for i, item in enumerate(interp.memory.heap[ptr].value):
            place = _element_ref(value, size, i, ())
            freed.extend(interp.drop_value(item, entry, reason, place))
    size = interp.memory.heap[ptr].size
    interp.rec.apply((FREE, ptr, f"freed by {reason}"))
    tables(interp).forget(ptr)
    freed.append((ptr, size))
    return freed


def claim(interp: Interpreter, value: Any, ty: T.AdtTy, owner: str) -> None:
    ptr, buckets, _ = value
    if buckets and interp.set_owner(ptr, owner) and T.needs_drop(entry_type(ty)):
        for i, item in enumerate(interp.memory.heap[ptr].value):
            interp.claim(item, entry_type(ty), OwnerPath(f"{owner}[entry {i}]", ptr, "",
                                                         f"[entry {i}]"))


def clone(interp: Interpreter, value: Any, ty: T.AdtTy) -> Any:
    """`map.clone()`: a block of the same bucket count, each entry cloned."""
    ptr, buckets, length = value
    if not buckets:
        return value
    entry = entry_type(ty)
    items = tuple(clone_value(interp, v, entry) for v in interp.memory.heap[ptr].value)
    new_ptr = interp.rec.apply((ALLOC, entry, interp.memory.heap[ptr].size, items,
                                "(temporary)", "hashmap"))
    tables(interp).forget(new_ptr)
    return (new_ptr, buckets, length)


# Consumers whose result does not depend on the order of the items (integers only: a
# float sum rounds differently in another order).
_ORDER_FREE = frozenset({"count", "max", "min", "any", "all", "len"})
_INT_ORDER_FREE = frozenset({"sum", "product"})
_KEEPS_ORDER = frozenset({"map", "filter", "cloned", "copied", "filter_map"})


def _guard(impl: Any, interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
           e: ast.MethodCall) -> Any:
    """A method on an iterator over a table of more than one entry: order-free consumers
    run, adaptors keep the mark (their closures may not print), `collect` marks the Vec
    it makes until it is sorted; anything else would show the table's order: refused."""
    source = interp.memory.read(recv) if isinstance(recv, Ref) else recv
    name = e.method
    made = interp.c.type_of(e)
    if name == "collect" and isinstance(made, T.AdtTy) and made.name in ("HashMap", "HashSet"):
        return collect(interp, source, ty, made, e)
    if name == "collect" and isinstance(made, T.AdtTy) and made.name in ("BTreeMap", "BTreeSet"):
        return _collect_tree(interp, source, ty, made, e)
    if not isinstance(source, UnorderedIter):
        return impl(interp, env, recv, ty, args, e)
    item = ty.item if isinstance(ty, T.IterTy) else None
    while isinstance(item, T.RefTy):
        item = item.inner
    if name in _ORDER_FREE or (name in _INT_ORDER_FREE and isinstance(item, T.IntTy)):
        # The result does not depend on the order, but the closures of the adaptors it
        # runs (iterators are lazy) may not print in it.
        with watching(interp):
            return impl(interp, env, recv, ty, args, e)
    if name in _KEEPS_ORDER or name == "collect":
        state = tables(interp)
        state.loops += 1  # a closure printing here would print in the table's order
        try:
            result = impl(interp, env, recv, ty, args, e)
        finally:
            state.loops -= 1
        if isinstance(result, IterValue):
            return unordered(result)  # (the adaptor runs later: its closures are watched then)
        made = interp.c.type_of(e)
        if isinstance(made, T.AdtTy) and made.name in ("Vec", "String") and result[1]:
            taint(interp, result[0])
        elif not (isinstance(made, T.AdtTy) and made.name in ("HashMap", "HashSet")):
            raise NotSupportedAtRun(ORDER_REFUSAL, e.method_span)
        return result
    raise NotSupportedAtRun(ORDER_REFUSAL, e.method_span)


# Adaptors whose size hint's lower bound is their source's (std's `size_hint`).
_SAME_HINT = frozenset({"map", "enumerate", "cloned", "copied", "rev", "zip"})
_EXACT_SOURCES = frozenset({"iter", "into_iter", "iter_mut", "keys", "values", "values_mut",
                            "bytes"})


def _lower_bound(interp: Interpreter, e: ast.Expr, items: tuple[Any, ...]) -> int | None:
    """The lower bound of the collected iterator's `size_hint`, which `collect` reserves
    (None: not known here, refused)."""
    while isinstance(e, ast.MethodCall) and e.method in _SAME_HINT:
        e = e.receiver
    if isinstance(e, ast.MethodCall) and e.method in _EXACT_SOURCES:
        return len(items)
    if isinstance(e, ast.MethodCall) and e.method in ("filter", "filter_map", "skip_while",
                                                      "take_while", "split_whitespace",
                                                      "split", "lines", "flat_map", "flatten"):
        return 0
    if isinstance(e, ast.MethodCall) and e.method == "chars" and all(
            isinstance(c, str) for c in items):
        return (sum(len(c.encode("utf-8")) for c in items) + 3) // 4
    if isinstance(e, ast.RangeExpr):
        return len(items)
    return None


def collect(interp: Interpreter, source: Any, ty: T.Ty, made: T.AdtTy,
            e: ast.MethodCall) -> Any:
    """`collect()` into a map or set: std reserves the iterator's lower size bound, then
    inserts each item (a later value for a key replaces the earlier one)."""
    from stackheap_tui.machine.std.iterators import as_items  # (iterators imports this)
    items = as_items(interp, interp.envs[-1], source, ty)
    lower = _lower_bound(interp, e.receiver, items)
    if lower is None:
        raise NotSupportedAtRun(f"collecting this iterator into a `{made.name}` (its size "
                                "hint decides the capacity)", e.method_span)
    return _fill(interp, made, items, lower)


@function("HashMap::from", "HashSet::from")
def _from_array(site: CallSite) -> Code:
    """`HashMap::from([(k, v), ...])`: std's `from_iter`, reserving the array's length."""
    made = site.ty
    assert isinstance(made, T.AdtTy)
    interp = site.interp
    values = site.values

    def build(env: Env) -> Any:
        items = tuple(values(env)[0])
        return _fill(interp, made, items, len(items))

    return build


def _fill(interp: Interpreter, made: T.AdtTy, items: tuple[Any, ...], lower: int) -> Any:
    """A new table of `items`, after reserving `lower` entries (what `from_iter` does)."""
    env = interp.envs[-1]
    place = interp.temp_slot(env, (0, 0, 0), made)
    env.temps.pop()  # the table is the call's value, not a temporary to drop
    if lower:
        _grow(interp, place, (0, 0, 0), made, lower)
    is_map = made.name == "HashMap"
    for item in items:
        insert(interp, place, made, item[0] if is_map else item, item[1] if is_map else None)
    header = interp.memory.read(place)
    frame = interp.memory.frames[place.root]
    if place.slot == len(frame.slots) - 1:
        interp.rec.apply((REMOVE_SLOTS, place.root, 1))
    return header


def _collect_tree(interp: Interpreter, source: Any, ty: T.Ty, made: T.AdtTy,
                  e: ast.MethodCall) -> Any:
    """`collect()` into a `BTreeMap`/`BTreeSet`: the tree orders the items by key, so a
    table's order does not show, unless a key comes twice (the last value wins)."""
    from stackheap_tui.machine.std import btree
    from stackheap_tui.machine.std.iterators import as_items
    if not isinstance(source, UnorderedIter):
        return btree.fill(interp, made, as_items(interp, interp.envs[-1], source, ty))
    with watching(interp):  # the adaptors' closures run in the table's order
        items = as_items(interp, interp.envs[-1], source, ty)
    keys = [convert.key_of(interp.memory, item[0] if made.name == "BTreeMap" else item,
                           made.args[0]) for item in items]
    if made.name == "BTreeMap" and len(set(keys)) != len(keys):
        raise NotSupportedAtRun(ORDER_REFUSAL, e.method_span)
    return btree.fill(interp, made, items)


ORDER_GUARD.append(_guard)


def index(interp: Interpreter, place: Ref, ty: T.AdtTy, key: Any, key_ty: T.Ty,
          bracket: Span) -> Ref:
    """`map[&key]`: the value's place, or std's panic (reported at the `[`)."""
    header = interp.memory.read(place)
    found = _lookup(interp, header, ty, convert.key_of(interp.memory, key, key_ty))
    if found is None:
        raise interp.panic_at(bracket, "no entry found for key")
    _is_map, _key, _entry, size = _parts(ty)
    return _element_ref(header, size, found, (1,), _field_offsets(ty)[1])

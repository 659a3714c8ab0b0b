"""`BTreeMap` and `BTreeSet` at run time, as std lays them out.

The header on the stack is `(root, height, len)`: 24 bytes, the root `0` while no node
was ever allocated (`BTreeMap::new` allocates nothing). A node is one heap block: std's
`LeafNode<K, V>` (parent pointer, parent index and length as two `u16`, then the arrays
`keys: [K; 11]` and `vals: [V; 11]`, reordered by rustc, largest alignment first), its
value here the entries in key order (`(K, V)` for a map, `K` for a set).

Measured with rustc 1.95 and a counting `#[global_allocator]`:
- the first insert allocates the root leaf: 104 bytes for `<i32, i32>`, 24 for a
  `BTreeSet<u8>`, 320 for `<String, i32>`, 368 for `<i64, String>` (8 + 4 + 11 keys +
  11 values, rounded up to the alignment); key 0 of an `<i32, i32>` leaf sits at +8,
  value 0 at +52;
- the 12th insert splits the leaf: a second leaf (104 B) and an internal root (200 B:
  the leaf's fields then 12 edges) are allocated; `pop_first` back to 11 entries merges
  them again, freeing both;
- removing the last entry keeps the empty root leaf; `clear` and the drop free it.

This subset models the single root leaf exactly: a map of up to 11 entries. A twelfth
entry (std's first split) is refused at run time rather than drawn wrongly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.std.collections import entry_type
from stackheap_tui.machine import convert
from stackheap_tui.machine.allocation import NotSupportedAtRun
from stackheap_tui.machine.std.registry import CallSite, Code, arg_type, function, method
from stackheap_tui.machine.std.values import IterValue, clone_value
from stackheap_tui.memory.records import OwnerPath, format_address
from stackheap_tui.memory.state import ALLOC, FREE, HEAP_SET
from stackheap_tui.memory.values import HEAP, Ref

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter

B = 6
CAPACITY = 2 * B - 1  # keys in a node
EMPTY = (0, 0, 0)


# ---- the node's layout ----
def _arrays(ty: T.AdtTy) -> tuple[T.Ty, T.Ty]:
    return ty.args[0], ty.args[1] if ty.name == "BTreeMap" else T.UNIT


def node_offsets(ty: T.AdtTy) -> tuple[int, int, int]:
    """(the leaf's size, the offset of `keys`, the offset of `vals`): rustc orders the
    fields by alignment, largest first (ties in declaration order)."""
    key, value = _arrays(ty)
    fields = [("parent", 8, 8), ("parent_idx", 2, 2), ("len", 2, 2),
              ("keys", CAPACITY * L.size_of(key), L.align_of(key)),
              ("vals", CAPACITY * L.size_of(value), L.align_of(value))]
    at = 0
    offsets: dict[str, int] = {}
    align = 1
    for name, size, field_align in sorted(fields, key=lambda f: -f[2]):
        at = (at + field_align - 1) // field_align * field_align
        offsets[name] = at
        at += size
        align = max(align, field_align)
    return (at + align - 1) // align * align, offsets["keys"], offsets["vals"]


def _key_ref(header: Any, ty: T.AdtTy, index: int) -> Ref:
    ptr = header[0]
    _size, keys, _vals = node_offsets(ty)
    path = (index,) if ty.name == "BTreeSet" else (index, 0)
    return Ref(HEAP, ptr, 0, path, ptr + keys + index * L.size_of(ty.args[0]))


def _value_ref(header: Any, ty: T.AdtTy, index: int) -> Ref:
    ptr = header[0]
    _size, _keys, vals = node_offsets(ty)
    return Ref(HEAP, ptr, 0, (index, 1), ptr + vals + index * L.size_of(ty.args[1]))


def _pair_ref(header: Any, ty: T.AdtTy, index: int) -> Any:
    if ty.name == "BTreeSet":
        return _key_ref(header, ty, index)
    return (_key_ref(header, ty, index), _value_ref(header, ty, index))


# ---- reading ----
def entries(interp: Interpreter, header: Any) -> tuple[Any, ...]:
    ptr, _height, length = header
    if not ptr:
        return ()
    return tuple(interp.memory.heap[ptr].value)[:length]


def _key(interp: Interpreter, entry: Any, ty: T.AdtTy) -> Any:
    return convert.key_of(interp.memory, entry[0] if ty.name == "BTreeMap" else entry,
                          ty.args[0])


def _search(interp: Interpreter, header: Any, ty: T.AdtTy, key: Any) -> tuple[bool, int]:
    """(found, index): where `key` is, or where it would go (std's linear search of a node)."""
    for i, entry in enumerate(entries(interp, header)):
        here = _key(interp, entry, ty)
        if here == key:
            return True, i
        if here > key:
            return False, i
    return False, header[2]


# ---- changing ----
def _note(interp: Interpreter, text: str) -> None:
    if interp.envs:
        interp.envs[-1].notes.append("alloc:" + text)


def _store(interp: Interpreter, place: Ref, header: Any, ty: T.AdtTy,
           items: tuple[Any, ...]) -> tuple[int, int, int]:
    ptr = header[0]
    interp.rec.apply((HEAP_SET, ptr, items))
    made = (ptr, 0, len(items))
    interp.write_place(place, made)
    interp.adopt(place, ty)
    return made


def insert(interp: Interpreter, place: Ref, ty: T.AdtTy, key: Any,
           value: Any | None) -> tuple[bool, Any]:
    """Insert `key` (with `value` in a map): (whether it was new, the old value)."""
    mem = interp.memory
    header = mem.read(place)
    key_ty = ty.args[0]
    found, index = _search(interp, header, ty, convert.key_of(mem, key, key_ty))
    is_map = ty.name == "BTreeMap"
    items = entries(interp, header)
    if found:
        interp.drop_value(key, key_ty, "`insert` (the map keeps its own key)")
        if not is_map:
            return False, None
        old = items[index][1]
        interp.write_place(_value_ref(header, ty, index), value)
        interp.adopt(place, ty)
        return False, old
    if len(items) == CAPACITY:
        raise NotSupportedAtRun(f"a `{ty.name}` of more than {CAPACITY} entries (std splits "
                                "its node then; the split is not modelled)", interp.current_span)
    if not header[0]:
        size = node_offsets(ty)[0]
        owner = "(temporary)"
        ptr = interp.rec.apply((ALLOC, entry_type(ty), size, (), owner, "btree"))
        _note(interp, f"The first insert allocates the root node: a {size}-byte leaf at "
              f"{format_address(ptr)} with room for {CAPACITY} keys"
              f"{' and their values' if is_map else ''}.")
        header = (ptr, 0, 0)
        interp.write_place(place, header)
    entry = (key, value) if is_map else key
    made = _store(interp, place, header, ty, (*items[:index], entry, *items[index:]))
    if T.needs_drop(entry_type(ty)):
        _claim_entries(interp, made, ty, interp.memory.heap[made[0]].owner)
    return True, None


def _claim_entries(interp: Interpreter, header: Any, ty: T.AdtTy, owner: str) -> None:
    ptr = header[0]
    for i, item in enumerate(entries(interp, header)):
        interp.claim(item, entry_type(ty), OwnerPath(f"{owner}[entry {i}]", ptr, "",
                                                     f"[entry {i}]"))


def _remove_at(interp: Interpreter, place: Ref, header: Any, ty: T.AdtTy, index: int) -> Any:
    items = entries(interp, header)
    _store(interp, place, header, ty, items[:index] + items[index + 1:])
    return items[index]


def _given_key(interp: Interpreter, e: ast.MethodCall, arg: Any) -> Any:
    return convert.key_of(interp.memory, arg, arg_type(interp, e, 0))


@function("BTreeMap::new", "BTreeSet::new")
def _new(site: CallSite) -> Code:
    def make(env: Env) -> Any:
        return EMPTY  # no node yet: `new` allocates nothing

    return make


_SHARED = ("insert", "remove", "len", "is_empty", "clear", "iter", "into_iter", "pop_first",
           "pop_last", "range")


@method(*(f"BTreeMap::{n}" for n in (
    *_SHARED, "get", "get_mut", "contains_key", "entry", "iter_mut", "keys", "values",
    "values_mut", "first_key_value", "last_key_value")),
    *(f"BTreeSet::{n}" for n in (*_SHARED, "contains", "first", "last", "union",
                                 "intersection", "difference", "symmetric_difference")))
def _tree(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
          e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.AdtTy)
    name = e.method
    mem = interp.memory
    header = mem.read(recv) if isinstance(recv, Ref) else recv
    ptr, _height, length = header
    is_map = ty.name == "BTreeMap"
    if name == "len":
        return length
    if name == "is_empty":
        return length == 0
    if name == "insert":
        new, old = insert(interp, recv, ty, args[0], args[1] if is_map else None)
        if not is_map:
            return new
        return (0,) if new else (1, old)
    if name in ("get", "get_mut", "contains_key", "contains", "remove"):
        found, index = _search(interp, header, ty, _given_key(interp, e, args[0]))
        if name in ("contains_key", "contains"):
            return found
        if name == "remove":
            if not found:
                return (0,) if is_map else False
            removed = _remove_at(interp, recv, header, ty, index)
            if not is_map:
                interp.drop_value(removed, ty.args[0], "`remove`")
                return True
            interp.drop_value(removed[0], ty.args[0], "`remove` (the key)")
            return (1, removed[1])
        return (1, _value_ref(header, ty, index)) if found else (0,)
    if name in ("first_key_value", "last_key_value", "first", "last"):
        if not length:
            return (0,)
        return (1, _pair_ref(header, ty, 0 if name.startswith("first") else length - 1))
    if name in ("pop_first", "pop_last"):
        if not length:
            return (0,)
        return (1, _remove_at(interp, recv, header, ty, 0 if name == "pop_first" else length - 1))
    if name == "clear":
        if ptr:
            drop(interp, header, ty, "`clear`")
        interp.write_place(recv, EMPTY)
        return ()
    if name == "entry":
        return (recv, args[0], ty)
    if name in ("iter", "iter_mut", "keys", "values", "values_mut"):
        if name in ("keys", "values", "values_mut"):
            make = _key_ref if name == "keys" else _value_ref
            return IterValue(tuple(make(header, ty, i) for i in range(length)))
        return IterValue(tuple(_pair_ref(header, ty, i) for i in range(length)))
    if name == "range":
        return IterValue(_range(interp, header, ty, args[0], arg_type(interp, e, 0), e))
    if name == "into_iter":
        return IterValue(tuple(consume(interp, header)))
    if name in ("union", "intersection", "difference", "symmetric_difference"):
        return IterValue(_set_op(interp, header, mem.read(args[0]), ty, name))
    raise TypeError(name)


def _range(interp: Interpreter, header: Any, ty: T.AdtTy, bounds: Any, bounds_ty: T.Ty,
           e: ast.MethodCall) -> tuple[Any, ...]:
    """`range(a..b)` and its kin: the entries whose keys lie in the range; std panics on a
    range that starts after it ends."""
    assert isinstance(bounds_ty, T.AdtTy)
    kind = bounds_ty.name
    element = bounds_ty.args[0]
    mem = interp.memory
    low = convert.key_of(mem, bounds[0], element) if kind in (
        "Range", "RangeInclusive", "RangeFrom") else None
    high = convert.key_of(mem, bounds[-1], element) if kind in (
        "Range", "RangeInclusive", "RangeTo", "RangeToInclusive") else None
    inclusive = kind in ("RangeInclusive", "RangeToInclusive")
    if low is not None and high is not None and low > high:
        # std panics inside its own sources (btree/search.rs), not measured here
        raise NotSupportedAtRun(f"a `{ty.name}` range that starts after it ends",
                                e.method_span)
    found: list[Any] = []
    for i, entry in enumerate(entries(interp, header)):
        key = _key(interp, entry, ty)
        if low is not None and key < low:
            continue
        if high is not None and (key > high or (key == high and not inclusive)):
            break
        found.append(_pair_ref(header, ty, i))
    return tuple(found)


def _set_op(interp: Interpreter, mine: Any, theirs: Any, ty: T.AdtTy,
            op: str) -> tuple[Any, ...]:
    """The merged walk of two sets in key order: references into both sets."""
    left = [(_key(interp, v, ty), _key_ref(mine, ty, i))
            for i, v in enumerate(entries(interp, mine))]
    right = [(_key(interp, v, ty), _key_ref(theirs, ty, i))
             for i, v in enumerate(entries(interp, theirs))]
    right_keys = {k for k, _ in right}
    left_keys = {k for k, _ in left}
    if op == "intersection":
        return tuple(r for k, r in left if k in right_keys)
    if op == "difference":
        return tuple(r for k, r in left if k not in right_keys)
    if op == "union":
        merged = left + [(k, r) for k, r in right if k not in left_keys]
    else:
        merged = [(k, r) for k, r in left if k not in right_keys] + [
            (k, r) for k, r in right if k not in left_keys]
    merged.sort(key=lambda kr: kr[0])
    return tuple(r for _k, r in merged)


def consume(interp: Interpreter, header: Any) -> Iterator[Any]:
    """`into_iter` / `for x in map`: the entries move out in key order, the node is freed."""
    items = entries(interp, header)
    if header[0]:
        interp.rec.apply((FREE, header[0], "freed: the tree was consumed by `into_iter`"))
    yield from items


def entry(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
          e: ast.MethodCall) -> Any:
    """The `Entry` API on a `BTreeMap` (called by `maps`' entry methods)."""
    place, key, table_ty = recv
    mem = interp.memory
    header = mem.read(place)
    key_ty = table_ty.args[0]
    found, index = _search(interp, header, table_ty, convert.key_of(mem, key, key_ty))
    if e.method == "and_modify":
        if found:
            args[0].call([_value_ref(header, table_ty, index)])
        return recv
    if not found:
        if e.method == "or_insert":
            value = args[0]
        elif e.method == "or_insert_with":
            value = args[0].call([])
        else:
            from stackheap_tui.machine.std.values import default_value
            value = default_value(table_ty.args[1])
        insert(interp, place, table_ty, key, value)
        header = mem.read(place)
    else:
        interp.drop_value(key, key_ty, "the entry (the map keeps its own key)")
        if e.method == "or_insert":
            interp.drop_value(args[0], table_ty.args[1], "`or_insert` (the key was there)")
    return _value_ref(header, table_ty, index)


# ---- what the rest of the machine asks ----
def iterate(interp: Interpreter, source: Any, ty: T.Ty) -> Iterable[Any] | None:
    """What a `for` loop walks over a tree (None if `ty` is not one): key order."""
    owned = ty.inner if isinstance(ty, T.RefTy) else ty
    if not (isinstance(owned, T.AdtTy) and owned.name in ("BTreeMap", "BTreeSet")):
        return None
    if isinstance(ty, T.RefTy):
        header = interp.memory.read(source)
        return tuple(_pair_ref(header, owned, i) for i in range(header[2]))
    return tuple(consume(interp, source))


def drop(interp: Interpreter, value: Any, ty: T.AdtTy, reason: str) -> list[tuple[int, int]]:
    """Its entries in key order (each key, then its value), then the node."""
    ptr = value[0]
    freed: list[tuple[int, int]] = []
    if not ptr:
        return freed
    entry = entry_type(ty)
    if T.needs_drop(entry):
        for i, item in enumerate(entries(interp, value)):
            place = Ref(HEAP, ptr, 0, (i,), ptr)
            freed.extend(interp.drop_value(item, entry, reason, place))
    size = interp.memory.heap[ptr].size
    interp.rec.apply((FREE, ptr, f"freed by {reason}"))
    freed.append((ptr, size))
    return freed


def claim(interp: Interpreter, value: Any, ty: T.AdtTy, owner: str) -> None:
    ptr = value[0]
    if ptr and interp.set_owner(ptr, owner) and T.needs_drop(entry_type(ty)):
        _claim_entries(interp, value, ty, owner)


def clone(interp: Interpreter, value: Any, ty: T.AdtTy) -> Any:
    """`map.clone()`: a new node, each entry cloned."""
    ptr, height, length = value
    if not ptr:
        return value
    entry = entry_type(ty)
    items = tuple(clone_value(interp, v, entry) for v in entries(interp, value))
    new_ptr = interp.rec.apply((ALLOC, entry, interp.memory.heap[ptr].size, items,
                                "(temporary)", "btree"))
    return (new_ptr, height, length)


def fill(interp: Interpreter, made: T.AdtTy, items: Iterable[Any]) -> Any:
    """A new tree of `items`, inserted one by one (`collect`, `from`): a later value for a
    key replaces the earlier one."""
    env = interp.envs[-1]
    place = interp.temp_slot(env, EMPTY, made)
    env.temps.pop()  # the tree is the call's value, not a temporary to drop
    is_map = made.name == "BTreeMap"
    for item in items:
        insert(interp, place, made, item[0] if is_map else item, item[1] if is_map else None)
    header = interp.memory.read(place)
    from stackheap_tui.memory.state import REMOVE_SLOTS
    frame = interp.memory.frames[place.root]
    if place.slot == len(frame.slots) - 1:
        interp.rec.apply((REMOVE_SLOTS, place.root, 1))
    return header


@function("BTreeMap::from", "BTreeSet::from")
def _from_array(site: CallSite) -> Code:
    made = site.ty
    assert isinstance(made, T.AdtTy)
    interp = site.interp
    values = site.values

    def build(env: Env) -> Any:
        return fill(interp, made, tuple(values(env)[0]))

    return build


def index(interp: Interpreter, place: Ref, ty: T.AdtTy, key: Any, key_ty: T.Ty,
          bracket: Any) -> Ref:
    """`map[&key]`: the value's place, or std's panic (reported at the `[`)."""
    header = interp.memory.read(place)
    found, at = _search(interp, header, ty, convert.key_of(interp.memory, key, key_ty))
    if not found:
        raise interp.panic_at(bracket, "no entry found for key")
    return _value_ref(header, ty, at)

"""`BTreeMap` and `BTreeSet` at run time, node by node as std builds them.

The header on the stack is `(root, height, len)`: 24 bytes, the root `0` while no node
was ever allocated (`BTreeMap::new` allocates nothing). A node is one heap block: std's
`LeafNode<K, V>` (parent pointer, parent index and length as two `u16`, then the arrays
`keys: [K; 11]` and `vals: [V; 11]`, reordered by rustc, largest alignment first), its
value here the entries in key order (`(K, V)` for a map, `K` for a set); an
`InternalNode` is the same followed by 12 edges, its value `(entries, edges)`.

Insertion and removal follow std's `alloc/src/collections/btree` (rustc 1.95): a full
node splits at std's `splitpoint`, the root split adds a level above; a removal takes an
internal entry's in-order predecessor from its leaf, an underfull node (fewer than 5
keys) merges with a sibling when both fit in one node, else steals through the parent,
and an emptied internal root is popped. Checked against rustc on random sequences of up
to 900 inserts, removes, `pop_first` and `pop_last`: a counting `#[global_allocator]`
program maps each key's address to its node, and the nodes match ours key for key.

Measured with rustc 1.95 and a counting `#[global_allocator]`:
- the first insert allocates the root leaf: 104 bytes for `<i32, i32>`, 24 for a
  `BTreeSet<u8>`, 320 for `<String, i32>`, 368 for `<i64, String>` (8 + 4 + 11 keys +
  11 values, rounded up to the alignment); key 0 of an `<i32, i32>` leaf sits at +8,
  value 0 at +52;
- the 12th insert splits the leaf: a second leaf (104 B) and an internal root (200 B:
  the leaf's fields then 12 edges) are allocated, in that order; `pop_first` back to 11
  entries merges them again, freeing both;
- removing the last entry keeps the empty root leaf; `clear` and the drop free it.
"""

from __future__ import annotations

from bisect import bisect_left
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
_OWNS: dict[int, tuple[T.AdtTy, bool]] = {}  # by the type's identity (asked every insert)


def _owns_heap(ty: T.AdtTy) -> bool:
    """Whether the entries need dropping (a `String` key, say)."""
    found = _OWNS.get(id(ty))
    if found is None or found[0] is not ty:
        found = (ty, T.needs_drop(entry_type(ty)))
        _OWNS[id(ty)] = found
    return found[1]


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


# ---- reading: a leaf's value is its entries; an internal node's (entries, edges) ----
def _node(interp: Interpreter, ptr: int, height: int) -> tuple[tuple[Any, ...], tuple[int, ...]]:
    value = interp.memory.heap[ptr].value
    if not height:
        return (value if isinstance(value, tuple) else tuple(value)), ()
    return tuple(value[0]), tuple(value[1])


def _entry_ref(ty: T.AdtTy, ptr: int, height: int, index: int, part: int | None) -> Ref:
    """The place of entry `index`'s key (part 0 of a map, None of a set) or value (1)."""
    _size, keys, vals = node_offsets(ty)
    prefix = (0,) if height else ()
    if part == 1:
        return Ref(HEAP, ptr, 0, (*prefix, index, 1), ptr + vals + index * L.size_of(ty.args[1]))
    path = (*prefix, index) if part is None else (*prefix, index, 0)
    return Ref(HEAP, ptr, 0, path, ptr + keys + index * L.size_of(ty.args[0]))


def _pair(ty: T.AdtTy, ptr: int, height: int, index: int) -> Any:
    if ty.name == "BTreeSet":
        return _entry_ref(ty, ptr, height, index, None)
    return (_entry_ref(ty, ptr, height, index, 0), _entry_ref(ty, ptr, height, index, 1))


def _walk(interp: Interpreter, ptr: int, height: int) -> Iterator[tuple[int, int, int, Any]]:
    """Every entry in key order: (node, its height, index, the entry)."""
    items, edges = _node(interp, ptr, height)
    for i, item in enumerate(items):
        if height:
            yield from _walk(interp, edges[i], height - 1)
        yield ptr, height, i, item
    if height:
        yield from _walk(interp, edges[len(items)], height - 1)


def _positions(interp: Interpreter, header: Any) -> list[tuple[int, int, int, Any]]:
    root, height, _length = header
    return list(_walk(interp, root, height)) if root else []


def entries(interp: Interpreter, header: Any) -> tuple[Any, ...]:
    return tuple(item for *_where, item in _positions(interp, header))


def _refs(interp: Interpreter, header: Any, ty: T.AdtTy, part: str = "pairs") -> tuple[Any, ...]:
    made: list[Any] = []
    for ptr, height, i, _item in _positions(interp, header):
        if part == "keys":
            made.append(_entry_ref(ty, ptr, height, i, 0 if ty.name == "BTreeMap" else None))
        elif part == "values":
            made.append(_entry_ref(ty, ptr, height, i, 1))
        else:
            made.append(_pair(ty, ptr, height, i))
    return tuple(made)


def _key(interp: Interpreter, entry: Any, ty: T.AdtTy) -> Any:
    key = entry[0] if ty.name == "BTreeMap" else entry
    if isinstance(ty.args[0], T.IntTy | T.CharTy | T.BoolTy):
        return key  # (its own order: `key_of` would return it as it is)
    return convert.key_of(interp.memory, key, ty.args[0])


def _search(interp: Interpreter, header: Any, ty: T.AdtTy,
            key: Any) -> tuple[bool, int, int, int, list[tuple[int, int]]]:
    """std's `search_tree`: (found, node, its height, index, the path of (internal node,
    edge) taken from the root): the key's entry, or the leaf edge where it would go."""
    ptr, height, _length = header
    path: list[tuple[int, int]] = []
    plain = isinstance(ty.args[0], T.IntTy | T.CharTy | T.BoolTy)
    is_map = ty.name == "BTreeMap"
    while True:
        items, edges = _node(interp, ptr, height)
        if plain:  # the keys are their own order (std scans linearly; the answer is one)
            keys = [e[0] for e in items] if is_map else list(items)
        else:
            keys = [_key(interp, e, ty) for e in items]
        index = bisect_left(keys, key)
        if index < len(keys) and keys[index] == key:
            return True, ptr, height, index, path
        if not height:
            return False, ptr, 0, index, path
        path.append((ptr, index))
        ptr, height = edges[index], height - 1


# ---- changing ----
def _note(interp: Interpreter, text: str) -> None:
    if interp.envs:
        interp.envs[-1].notes.append("alloc:" + text)


def _set_node(interp: Interpreter, ptr: int, height: int, items: tuple[Any, ...],
              edges: tuple[int, ...] = ()) -> None:
    interp.rec.apply((HEAP_SET, ptr, (items, edges) if height else items))


def _new_node(interp: Interpreter, ty: T.AdtTy, height: int, items: tuple[Any, ...],
              edges: tuple[int, ...], owner: str) -> int:
    size = node_offsets(ty)[0] + (8 * (CAPACITY + 1) if height else 0)
    value = (items, edges) if height else items
    return int(interp.rec.apply((ALLOC, entry_type(ty), size, value, owner,
                                 "btree" if not height else "btree_internal")))


def _splitpoint(edge: int) -> tuple[int, bool, int]:
    """std's `splitpoint`: (the middle entry's index, insert into the left half?, at)."""
    if edge < B - 1:
        return B - 2, True, edge
    if edge == B - 1:
        return B - 1, True, edge
    if edge == B:
        return B - 1, False, 0
    return B, False, edge - (B + 1)


def _insert_new(interp: Interpreter, place: Ref, header: Any, ty: T.AdtTy, entry: Any,
                leaf: int, index: int, path: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """std's `insert_recursing`: insert into the leaf, splitting full nodes on the way up
    (each split allocates its right half; a root split allocates a new root above)."""
    root, height, length = header
    owner = interp.memory.heap[root].owner
    node, level, edge = leaf, 0, index
    right_edge: int | None = None
    touched = [(leaf, 0)]
    while True:
        items, edges = _node(interp, node, level)
        if len(items) < CAPACITY:
            new_edges = edges if right_edge is None else (
                *edges[:edge + 1], right_edge, *edges[edge + 1:])
            _set_node(interp, node, level, (*items[:edge], entry, *items[edge:]), new_edges)
            break
        middle, left_side, at = _splitpoint(edge)
        left_items, up, right_items = items[:middle], items[middle], items[middle + 1:]
        left_edges, right_edges = edges[:middle + 1], edges[middle + 1:]
        if left_side:
            left_items = (*left_items[:at], entry, *left_items[at:])
            if right_edge is not None:
                left_edges = (*left_edges[:at + 1], right_edge, *left_edges[at + 1:])
        else:
            right_items = (*right_items[:at], entry, *right_items[at:])
            if right_edge is not None:
                right_edges = (*right_edges[:at + 1], right_edge, *right_edges[at + 1:])
        _set_node(interp, node, level, left_items, left_edges)
        sibling = _new_node(interp, ty, level, right_items, right_edges, owner)
        _note(interp, f"A full node splits: its upper half moves to a new node at "
              f"{format_address(sibling)} and its middle key goes up a level.")
        entry, right_edge = up, sibling
        touched.append((sibling, level))
        if not path:  # the root split: a new root above (`push_internal_level`)
            root = _new_node(interp, ty, level + 1, (entry,), (node, sibling), owner)
            _note(interp, f"The root split: a new internal root at {format_address(root)} "
                  f"holds the middle key, the tree is {level + 2} levels tall.")
            height = level + 1
            touched.append((root, height))
            break
        node, edge = path.pop()
        level += 1
        touched.append((node, level))
    made = (root, height, length + 1)
    interp.write_place(place, made)
    interp.adopt(place, ty)
    return touched


def insert(interp: Interpreter, place: Ref, ty: T.AdtTy, key: Any,
           value: Any | None) -> tuple[bool, Any]:
    """Insert `key` (with `value` in a map): (whether it was new, the old value)."""
    mem = interp.memory
    header = mem.read(place)
    key_ty = ty.args[0]
    is_map = ty.name == "BTreeMap"
    if not header[0]:
        size = node_offsets(ty)[0]
        ptr = _new_node(interp, ty, 0, (), (), "(temporary)")
        _note(interp, f"The first insert allocates the root node: a {size}-byte leaf at "
              f"{format_address(ptr)} with room for {CAPACITY} keys"
              f"{' and their values' if is_map else ''}.")
        header = (ptr, 0, 0)
        interp.write_place(place, header)
        interp.adopt(place, ty)
    found, node, height, index, path = _search(interp, header, ty,
                                               convert.key_of(mem, key, key_ty))
    if found:
        interp.drop_value(key, key_ty, "`insert` (the map keeps its own key)")
        if not is_map:
            return False, None
        slot = _entry_ref(ty, node, height, index, 1)
        old = mem.read(slot)
        interp.write_place(slot, value)
        interp.adopt(place, ty)
        return False, old
    touched = _insert_new(interp, place, header, ty, (key, value) if is_map else key, node,
                          index, path)
    if _owns_heap(ty):
        made = mem.read(place)
        for ptr, level in touched:
            _claim_node(interp, made, ty, ptr, level, mem.heap[made[0]].owner)
    return True, None


def _claim_node(interp: Interpreter, header: Any, ty: T.AdtTy, ptr: int, level: int,
                owner: Any) -> None:
    """The owned parts of a node's entries (a String key's buffer, say), labelled by
    their place: `m[entry 2]` in the root, `m[entry 2 of node 0x…]` below it."""
    items, _edges = _node(interp, ptr, level)
    for i, item in enumerate(items):
        where = f"[entry {i}]" if ptr == header[0] else (
            f"[entry {i} of node {format_address(ptr)}]")
        interp.claim(item, entry_type(ty), OwnerPath(f"{owner}{where}", ptr, "", where))


def _claim_entries(interp: Interpreter, header: Any, ty: T.AdtTy, owner: Any) -> None:
    root, height, _length = header
    for ptr, level in _nodes_with_height(interp, root, height):
        _claim_node(interp, header, ty, ptr, level, owner)


def _nodes_with_height(interp: Interpreter, ptr: int, height: int) -> Iterator[tuple[int, int]]:
    _items, edges = _node(interp, ptr, height)
    yield ptr, height
    for child in edges:
        yield from _nodes_with_height(interp, child, height - 1)


MIN_LEN = B - 1  # fewest keys in a node other than the root


def _remove_at(interp: Interpreter, place: Ref, header: Any, ty: T.AdtTy, node: int,
               height: int, index: int, path: list[tuple[int, int]]) -> Any:
    """std's `remove_kv_tracking`: take the entry out of its leaf (an internal node's entry
    is replaced by its in-order predecessor, taken from the leaf); an underfull node merges
    with a sibling or steals from it, up the tree; an emptied internal root is popped (the
    tree one level shorter). The emptied root leaf stays allocated."""
    root, tree_height, length = header
    if not height:
        removed, emptied = _remove_leaf_kv(interp, ty, node, index, path)
    else:
        items, edges = _node(interp, node, height)
        removed = items[index]
        leaf_path = [*path, (node, index)]
        ptr, level = edges[index], height - 1
        while level:
            below, below_edges = _node(interp, ptr, level)
            leaf_path.append((ptr, len(below)))
            ptr, level = below_edges[len(below)], level - 1
        last = len(_node(interp, ptr, 0)[0]) - 1
        predecessor, emptied = _remove_leaf_kv(interp, ty, ptr, last, leaf_path)
        # the original entry may have moved in the rebalancing: found again by its key
        _found, at, at_height, at_index, _p = _search(interp, (root, tree_height, length), ty,
                                                      _key(interp, removed, ty))
        held, held_edges = _node(interp, at, at_height)
        _set_node(interp, at, at_height,
                  (*held[:at_index], predecessor, *held[at_index + 1:]), held_edges)
    if emptied:  # `pop_internal_level`: the root's only child is the new root
        _items, edges = _node(interp, root, tree_height)
        interp.rec.apply((FREE, root, "freed: the emptied root was popped"))
        root, tree_height = edges[0], tree_height - 1
    interp.write_place(place, (root, tree_height, length - 1))
    interp.adopt(place, ty)
    if tree_height and _owns_heap(ty):  # entries may have changed nodes
        _claim_entries(interp, (root, tree_height, length - 1), ty, interp.memory.heap[root].owner)
    return removed


def _remove_leaf_kv(interp: Interpreter, ty: T.AdtTy, leaf: int, index: int,
                    path: list[tuple[int, int]]) -> tuple[Any, bool]:
    """(the entry, whether the internal root was emptied)."""
    items, _edges = _node(interp, leaf, 0)
    _set_node(interp, leaf, 0, (*items[:index], *items[index + 1:]))
    if len(items) - 1 >= MIN_LEN or not path:
        return items[index], False
    parent, edge = path[-1]
    kv = edge - 1 if edge > 0 else 0
    if _can_merge(interp, parent, 1, kv):
        _merge(interp, ty, parent, 1, kv)
    else:
        _steal(interp, parent, 1, kv, 1, edge > 0)
    return items[index], not _fix_ancestors(interp, ty, path[:-1], parent, 1)


def _fix_ancestors(interp: Interpreter, ty: T.AdtTy, path: list[tuple[int, int]], node: int,
                   level: int) -> bool:
    """std's `fix_node_and_affected_ancestors`: False when the root was emptied."""
    while True:
        length = len(_node(interp, node, level)[0])
        if length >= MIN_LEN:
            return True
        if not path:
            return length > 0
        parent, edge = path.pop()
        kv = edge - 1 if edge > 0 else 0
        if _can_merge(interp, parent, level + 1, kv):
            _merge(interp, ty, parent, level + 1, kv)
            node, level = parent, level + 1
            continue
        _steal(interp, parent, level + 1, kv, MIN_LEN - length, edge > 0)
        return True


def _children(interp: Interpreter, parent: int, level: int, kv: int) -> tuple[Any, ...]:
    items, edges = _node(interp, parent, level)
    left, right = edges[kv], edges[kv + 1]
    return (items, edges, left, right, *_node(interp, left, level - 1),
            *_node(interp, right, level - 1))


def _can_merge(interp: Interpreter, parent: int, level: int, kv: int) -> bool:
    *_parent, left_items, _le, right_items, _re = _children(interp, parent, level, kv)
    return len(left_items) + 1 + len(right_items) <= CAPACITY


def _merge(interp: Interpreter, ty: T.AdtTy, parent: int, level: int, kv: int) -> None:
    """The parent's entry `kv` and the right child move into the left child; the right
    child is freed."""
    items, edges, left, right, li, le, ri, re = _children(interp, parent, level, kv)
    _set_node(interp, left, level - 1, (*li, items[kv], *ri), (*le, *re))
    _set_node(interp, parent, level, (*items[:kv], *items[kv + 1:]),
              (*edges[:kv + 1], *edges[kv + 2:]))
    interp.rec.apply((FREE, right, "freed: merged into its left sibling"))


def _steal(interp: Interpreter, parent: int, level: int, kv: int, count: int,
           from_left: bool) -> None:
    """std's `bulk_steal_left` / `bulk_steal_right`: `count` entries rotate through the
    parent's entry `kv` from the fuller sibling (with their edges)."""
    items, edges, left, right, li, le, ri, re = _children(interp, parent, level, kv)
    if from_left:
        taken = li[len(li) - count:]
        new_left, new_up, new_right = li[:len(li) - count], taken[0], (*taken[1:], items[kv], *ri)
        new_le, new_re = le[:len(le) - count] if le else (), (*le[len(le) - count:], *re)
    else:
        new_left, new_up, new_right = (*li, items[kv], *ri[:count - 1]), ri[count - 1], ri[count:]
        new_le, new_re = (*le, *re[:count]), re[count:]
    _set_node(interp, left, level - 1, tuple(new_left), tuple(new_le))
    _set_node(interp, right, level - 1, tuple(new_right), tuple(new_re))
    _set_node(interp, parent, level, (*items[:kv], new_up, *items[kv + 1:]), edges)


def _given_key(interp: Interpreter, e: ast.MethodCall, arg: Any) -> Any:
    return convert.key_of(interp.memory, arg, arg_type(interp, e, 0))


@function("BTreeMap::new", "BTreeSet::new")
def _new(site: CallSite) -> Code:
    def make(env: Env) -> Any:
        return EMPTY  # no node yet: `new` allocates nothing

    return make


_SHARED = ("insert", "remove", "len", "is_empty", "clear", "iter", "into_iter", "pop_first",
           "pop_last", "range", "retain")


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
    root, _height, length = header
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
        if not root:
            return False if name in ("contains_key", "contains") or (
                name == "remove" and not is_map) else (0,)
        found, node, height, index, path = _search(interp, header, ty,
                                                   _given_key(interp, e, args[0]))
        if name in ("contains_key", "contains"):
            return found
        if name == "remove":
            if not found:
                return (0,) if is_map else False
            removed = _remove_at(interp, recv, header, ty, node, height, index, path)
            if not is_map:
                interp.drop_value(removed, ty.args[0], "`remove`")
                return True
            interp.drop_value(removed[0], ty.args[0], "`remove` (the key)")
            return (1, removed[1])
        return (1, _entry_ref(ty, node, height, index, 1)) if found else (0,)
    if name in ("first_key_value", "last_key_value", "first", "last", "pop_first", "pop_last"):
        if not length:
            return (0,)
        where = _positions(interp, header)[0 if "first" in name else -1]
        if name.startswith("pop"):
            _found, node, height, index, path = _search(interp, header, ty,
                                                        _key(interp, where[3], ty))
            return (1, _remove_at(interp, recv, header, ty, node, height, index, path))
        return (1, _pair(ty, *where[:3]))
    if name == "clear":
        if root:
            drop(interp, header, ty, "`clear`")
        interp.write_place(recv, EMPTY)
        return ()
    if name == "entry":
        return (recv, args[0], ty)
    if name == "retain":
        _retain(interp, recv, ty, args[0])
        return ()
    if name in ("iter", "iter_mut", "keys", "values", "values_mut"):
        part = {"keys": "keys", "values": "values", "values_mut": "values"}.get(name, "pairs")
        return IterValue(_refs(interp, header, ty, part))
    if name == "range":
        return IterValue(_range(interp, header, ty, args[0], arg_type(interp, e, 0), e))
    if name == "into_iter":
        return IterValue(tuple(consume(interp, header)))
    if name in ("union", "intersection", "difference", "symmetric_difference"):
        return IterValue(_set_op(interp, header, mem.read(args[0]), ty, name))
    raise TypeError(name)


def _retain(interp: Interpreter, place: Ref, ty: T.AdtTy, keep: Any) -> None:
    """std's `retain` (`extract_if` with the test negated): the closure sees each entry in
    key order; an entry it rejects is removed there and then (and dropped)."""
    after: Any = None  # the key of the last entry looked at
    while True:
        header = interp.memory.read(place)
        positions = _positions(interp, header)
        if after is not None:
            positions = [p for p in positions if _key(interp, p[3], ty) > after]
        if not positions:
            return
        ptr, height, index, item = positions[0]
        after = _key(interp, item, ty)
        if ty.name == "BTreeMap":
            wanted = keep.call([_entry_ref(ty, ptr, height, index, 0),
                                _entry_ref(ty, ptr, height, index, 1)])
        else:
            wanted = keep.call([_entry_ref(ty, ptr, height, index, None)])
        if not wanted:
            header = interp.memory.read(place)
            _found, node, at_height, at, path = _search(interp, header, ty, after)
            removed = _remove_at(interp, place, header, ty, node, at_height, at, path)
            interp.drop_value(removed, entry_type(ty), "`retain`")


def _range(interp: Interpreter, header: Any, ty: T.AdtTy, bounds: Any, bounds_ty: T.Ty,
           e: ast.MethodCall) -> tuple[Any, ...]:
    """`range(a..b)` and its kin: the entries whose keys lie in the range."""
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
    for ptr, height, i, entry in _positions(interp, header):
        key = _key(interp, entry, ty)
        if low is not None and key < low:
            continue
        if high is not None and (key > high or (key == high and not inclusive)):
            break
        found.append(_pair(ty, ptr, height, i))
    return tuple(found)


def _set_op(interp: Interpreter, mine: Any, theirs: Any, ty: T.AdtTy,
            op: str) -> tuple[Any, ...]:
    """The merged walk of two sets in key order: references into both sets."""
    left = [(_key(interp, v, ty), _pair(ty, p, h, i))
            for p, h, i, v in _positions(interp, mine)]
    right = [(_key(interp, v, ty), _pair(ty, p, h, i))
             for p, h, i, v in _positions(interp, theirs)]
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


def _nodes_in_drop_order(interp: Interpreter, ptr: int, height: int) -> Iterator[int]:
    """A node after every node under it: the order std's dying walk frees them."""
    _items, edges = _node(interp, ptr, height)
    for child in edges:
        yield from _nodes_in_drop_order(interp, child, height - 1)
    yield ptr


def consume(interp: Interpreter, header: Any) -> Iterator[Any]:
    """`into_iter` / `for x in map`: the entries move out in key order, the nodes are
    freed (all at the start here; std frees each as its walk leaves it)."""
    items = entries(interp, header)
    root, height, _length = header
    if root:
        for ptr in list(_nodes_in_drop_order(interp, root, height)):
            interp.rec.apply((FREE, ptr, "freed: the tree was consumed by `into_iter`"))
    yield from items


def entry(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
          e: ast.MethodCall) -> Any:
    """The `Entry` API on a `BTreeMap` (called by `maps`' entry methods)."""
    place, key, table_ty = recv
    mem = interp.memory
    header = mem.read(place)
    key_ty = table_ty.args[0]
    wanted = convert.key_of(mem, key, key_ty)
    found = False
    if header[0]:
        found, node, height, index, _path = _search(interp, header, table_ty, wanted)
    if e.method == "and_modify":
        if found:
            args[0].call([_entry_ref(table_ty, node, height, index, 1)])
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
        found, node, height, index, _path = _search(interp, mem.read(place), table_ty, wanted)
    else:
        interp.drop_value(key, key_ty, "the entry (the map keeps its own key)")
        if e.method == "or_insert":
            interp.drop_value(args[0], table_ty.args[1], "`or_insert` (the key was there)")
    return _entry_ref(table_ty, node, height, index, 1)


# ---- what the rest of the machine asks ----
def iterate(interp: Interpreter, source: Any, ty: T.Ty) -> Iterable[Any] | None:
    """What a `for` loop walks over a tree (None if `ty` is not one): key order."""
    owned = ty.inner if isinstance(ty, T.RefTy) else ty
    if not (isinstance(owned, T.AdtTy) and owned.name in ("BTreeMap", "BTreeSet")):
        return None
    if isinstance(ty, T.RefTy):
        return _refs(interp, interp.memory.read(source), owned)
    return tuple(consume(interp, source))


def drop(interp: Interpreter, value: Any, ty: T.AdtTy, reason: str) -> list[tuple[int, int]]:
    """Its entries in key order (each key, then its value), each node freed once the walk
    leaves it (a leaf after its last entry, an internal node after its last edge)."""
    root, height, _length = value
    freed: list[tuple[int, int]] = []
    if root:
        _drop_node(interp, root, height, ty, reason, freed)
    return freed


def _drop_node(interp: Interpreter, ptr: int, height: int, ty: T.AdtTy, reason: str,
               freed: list[tuple[int, int]]) -> None:
    items, edges = _node(interp, ptr, height)
    entry = entry_type(ty)
    for i, item in enumerate(items):
        if height:
            _drop_node(interp, edges[i], height - 1, ty, reason, freed)
        if T.needs_drop(entry):
            place = Ref(HEAP, ptr, 0, ((0, i) if height else (i,)), ptr)
            freed.extend(interp.drop_value(item, entry, reason, place))
    if height:
        _drop_node(interp, edges[len(items)], height - 1, ty, reason, freed)
    size = interp.memory.heap[ptr].size
    interp.rec.apply((FREE, ptr, f"freed by {reason}"))
    freed.append((ptr, size))


def claim(interp: Interpreter, value: Any, ty: T.AdtTy, owner: Any) -> None:
    """The tree's nodes (and what its entries own) labelled with their owner; nothing to
    do when the root already has it (each insert asks: the walk would cost O(n))."""
    root, height, _length = value
    if not root:
        return
    current = interp.memory.heap[root].owner
    if not interp.set_owner(root, owner) or (
            current == owner and not isinstance(current, OwnerPath)):
        return
    for ptr in list(_nodes_in_drop_order(interp, root, height)):
        interp.set_owner(ptr, owner)
    if _owns_heap(ty):
        _claim_entries(interp, value, ty, owner)


def clone(interp: Interpreter, value: Any, ty: T.AdtTy) -> Any:
    """`map.clone()`: std's `clone_subtree`, the same shape node by node, each entry
    cloned (the first child before its parent, then the parent's other children)."""
    root, height, length = value
    if not root:
        return value
    return (_clone_node(interp, root, height, ty), height, length)


def _clone_node(interp: Interpreter, ptr: int, height: int, ty: T.AdtTy) -> int:
    items, edges = _node(interp, ptr, height)
    entry = entry_type(ty)
    if not height:
        return _new_node(interp, ty, 0, tuple(clone_value(interp, v, entry) for v in items),
                         (), "(temporary)")
    first = _clone_node(interp, edges[0], height - 1, ty)
    made = _new_node(interp, ty, height, (), (first,), "(temporary)")
    copies: list[Any] = []
    children = [first]
    for i, item in enumerate(items):
        copies.append(clone_value(interp, item, entry))
        children.append(_clone_node(interp, edges[i + 1], height - 1, ty))
    _set_node(interp, made, height, tuple(copies), tuple(children))
    return made


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
    if header[0]:
        found, node, height, at, _path = _search(interp, header, ty,
                                                 convert.key_of(interp.memory, key, key_ty))
        if found:
            return _entry_ref(ty, node, height, at, 1)
    raise interp.panic_at(bracket, "no entry found for key")

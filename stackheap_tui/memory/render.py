"""Memory → the plain-data picture every view reads (`Snapshot`), values as text.

Values are written in Rust's own literal syntax where there is one (`5`, `'a'`,
`"hi"`, `Point { x: 1, y: 2 }`, `Some(3)`) and pointers as addresses, so the
picture reads like the program and shows where every pointer leads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.std.atomics import ATOMICS
from stackheap_tui.lang.types import RANGE_KINDS
from stackheap_tui.memory import formatting as fmt
from stackheap_tui.memory.ranges import written_ends
from stackheap_tui.memory.raw_pointers import raw_target, render_raw
from stackheap_tui.memory.records import (
    AllocationView,
    FrameView,
    Printed,
    SlotState,
    SlotView,
    Snapshot,
    StaticView,
    ThreadView,
    Vtable,
    format_address,
)
from stackheap_tui.memory.value_rows import byte_layout, field_head, field_rows
from stackheap_tui.memory.values import HEAP, STACK, UNINIT, DynRef, RawPtr, Ref, Slice
from stackheap_tui.memory.variants import variant_fields

if TYPE_CHECKING:
    from stackheap_tui.memory.state import Allocation, Frame, Memory

_MAX_ITEMS = 16  # long Vecs are abbreviated in the picture, never in program output
_MAX_TEXT = 240  # bytes of a long string the picture shows (a 1 MB literal: its start)


def text_value(data: bytes | bytearray, total: int | None = None) -> str:
    """A string's bytes (`data`, the first of its `total`) as the picture writes them:
    Rust's Debug form, a long one cut after `_MAX_TEXT` bytes (`"aaaa"… 999,760 more
    bytes`), so that a step with a 1 MB string on screen costs what is shown."""
    total = len(data) if total is None else total
    if total <= _MAX_TEXT:
        return fmt.debug_string(fmt.FStr(bytes(data).decode("utf-8", "replace")))
    shown = bytes(data[:_MAX_TEXT]).decode("utf-8", "ignore")  # (a cut char is left out)
    rest = total - len(shown.encode("utf-8"))
    return f"{fmt.debug_string(fmt.FStr(shown))}… {rest:,} more bytes"

_View = TypeVar("_View", FrameView, AllocationView)
_Made = tuple[object, "FrameView | AllocationView"]
_last_views: dict[int, _Made] = {}
"""The frame and block views of the last picture made, by `id` of the machine object each
was made from (held, so no id is reused while here). Memory is copy-on-write: a frame or
block that the memory being drawn does not own is never changed again, so stepping reuses
the views of everything the step left alone and a step costs what it changed, not what
the picture holds (1,000 blocks and 200 frames: ~4 ms drawn whole, ~0.3 ms reused)."""

_last_output: tuple[object, int, str, str] | None = None  # (outputs list, count, out, err)
_last_statics: tuple[object, int, tuple[StaticView, ...]] | None = None


class _Watched:
    """The memory as `render_value` sees it, noting whether it was looked at: a value
    drawn from other memory (a reference shows its target) may change without its own
    frame or block changing, so its view is made again at every picture."""

    __slots__ = ("looked", "memory")

    def __init__(self, memory: Memory) -> None:
        self.memory = memory
        self.looked = False

    def __getattr__(self, name: str) -> Any:
        self.looked = True
        return getattr(self.memory, name)


def snapshot_of(memory: Memory, step: int, *, output: bool = True,
                newest: int | None = None) -> Snapshot:
    """The picture of `memory` after step `step`. `output=False` leaves `stdout` and
    `stderr` empty (for a caller that follows the output itself, as `--trace` and `--json`
    do: joining it at every step would cost the square of the run); `newest=N` draws only
    the newest N frames (the rest are left out of `frames`)."""
    global _last_views
    # Built anew and swapped in whole, never changed in place: a picture made on another
    # thread at the same time at worst misses a reuse.
    last: dict[int, _Made] = _last_views
    made: dict[int, _Made] = {}
    watched = _Watched(memory)

    def view_of(thing: Any, owned: bool, make: Callable[[Any, Memory], _View]) -> _View:
        found = last.get(id(thing))
        if found is not None and found[0] is thing:
            made[id(thing)] = found
            return found[1]  # type: ignore[return-value]
        watched.looked = False
        view = make(thing, cast("Memory", watched))
        # Not kept: what this memory may still change in place (see `Memory._frame`),
        # and what was drawn from other memory.
        if not (owned or watched.looked):
            made[id(thing)] = (thing, view)
        return view

    own_frames, own_blocks = memory._own_frames, memory._own_blocks
    first = 0 if newest is None else max(0, len(memory.frames) - newest)
    first = max(first, memory.first_own_frame)  # (a scoped thread's parent's frames)
    frames = tuple(view_of(memory.frames[index], index in own_frames, _frame_view)
                   for index in range(first, len(memory.frames)))
    # `get`: a what-if run's heap guards `[]` against freed blocks, which are drawn here.
    # Owners are named when drawn (`Snapshot.owner_of`): a move renames a whole list.
    heap_views = [view_of(memory.heap.get(address), address in own_blocks, _allocation_view)
                  for address in sorted(memory.heap) if address not in memory.data]
    heap = tuple(heap_views)
    if newest is None:  # a partial picture keeps the last whole one's views for reuse
        _last_views = made
    stdout, stderr = _output_of(memory) if output else ("", "")
    threads = _threads_of(memory, frames) if len(memory.stacks) > 1 else ()
    return Snapshot(step, frames, heap, stdout, stderr, _statics_of(memory) + _data_of(memory),
                    Printed(memory.outputs, memory.output_count), threads)


def _threads_of(memory: Memory, running: tuple[FrameView, ...]) -> tuple[ThreadView, ...]:
    """Every thread's stack; another thread's frames are drawn as that thread sees memory
    (a pointer into a stack means into its own thread's stack)."""
    from stackheap_tui.memory.state import SWITCH_THREAD  # (state builds on this module)
    views = []
    for index, name in enumerate(memory.thread_names):
        if index == memory.current:
            views.append(ThreadView(index, name, running, True))
            continue
        seen = memory.copy()
        seen.apply((SWITCH_THREAD, index, name))
        views.append(ThreadView(index, name, tuple(_frame_view(frame, seen)
                                                   for frame in seen.frames[
                                                       seen.first_own_frame:]), False))
    return tuple(views)


def _frame_view(frame: Frame, memory: Memory) -> FrameView:
    slots = []
    seen: set[str] = set()
    for slot in reversed(frame.slots):
        note = slot.note
        if slot.name in seen and not note:
            note = "shadowed"
        seen.add(slot.name)
        text = render_value(slot.value, slot.ty, memory, slot.state)
        live = slot.state is not SlotState.UNINIT and slot.value is not None
        fields = (field_rows(slot.value, slot.ty, memory)
                  if live and isinstance(slot.ty, T.TupleTy | T.AdtTy) else ())
        layout = byte_layout(slot.value, slot.ty, memory, text) if live else None
        slots.append(SlotView(slot.name, str(slot.ty), slot.size, slot.address, text,
                              slot.state, pointer_target(slot.value, slot.ty), note,
                              fields, field_head(slot.value, slot.ty) if fields else "",
                              layout, slot.scope, vtable_target(slot.value, slot.ty, memory)
                              if live else None))
    slots.reverse()
    return FrameView(frame.function, frame.call_line, tuple(slots))


def _output_of(memory: Memory) -> tuple[str, str]:
    """(stdout, stderr) so far; output is append-only and shared by every copy, so the
    text is joined again only when something was printed since the last picture."""
    global _last_output
    last = _last_output
    if last is not None and last[0] is memory.outputs and last[1] == memory.output_count:
        return last[2], last[3]
    stdout, stderr = memory.output_text("stdout"), memory.output_text("stderr")
    _last_output = (memory.outputs, memory.output_count, stdout, stderr)
    return stdout, stderr


def _statics_of(memory: Memory) -> tuple[StaticView, ...]:
    """The string literals; their table is shared by every copy and only ever grows."""
    global _last_statics
    last = _last_statics
    if last is not None and last[0] is memory.statics and last[1] == len(memory.statics):
        return last[2]
    statics = tuple(StaticView(address, data.bytes, data.text, "vtable")
                    if isinstance(data, Vtable) else StaticView(address, len(data),
                                                                text_value(data))
                    for address, data in sorted(memory.statics.items()))
    _last_statics = (memory.statics, len(memory.statics), statics)
    return statics


def _data_of(memory: Memory) -> tuple[StaticView, ...]:
    """The `static mut`s (blocks of kind "static" in the writable data region)."""
    blocks = [memory.heap.get(address) for address in memory.data]
    return tuple(StaticView(block.address, block.size, f"static mut {block.owner}: {block.ty} "
                            f"= {render_value(block.value, block.ty, memory)}", "static mut")
                 for block in blocks if block is not None)


def _allocation_view(block: Allocation, memory: Memory) -> AllocationView:
    ty = block.ty
    if block.kind == "string":
        text = text_value(block.value)
        return AllocationView(block.address, block.size, "[u8]", text, block.owner, block.freed,
                              block.note, "string", len(block.value), block.size, 1)
    if block.kind == "vec":
        size = L.size_of(ty)
        items = [render_value(v, ty, memory) for v in block.value[:_MAX_ITEMS]]
        if len(block.value) > _MAX_ITEMS:
            items.append(f"… {len(block.value) - _MAX_ITEMS} more")
        capacity = block.size // size if size else len(block.value)
        return AllocationView(block.address, block.size, f"[{ty}]", "[" + ", ".join(items) + "]",
                              block.owner, block.freed, block.note, "vec", len(block.value),
                              capacity, size)
    if block.kind == "hashmap":
        return _table_view(block, memory)
    if block.kind in ("btree", "btree_internal"):
        return _node_view(block, memory)
    if block.kind == "ring":
        size = L.size_of(ty)
        slots = ["·" if v is None else render_value(v, ty, memory)
                 for v in block.value[:_MAX_ITEMS]]
        if len(block.value) > _MAX_ITEMS:
            slots.append(f"… {len(block.value) - _MAX_ITEMS} more")
        used = sum(v is not None for v in block.value)
        return AllocationView(block.address, block.size, f"ring buffer [{ty}]",
                              "[" + ", ".join(slots) + "] (· = free slot)", block.owner,
                              block.freed, block.note, "ring", used, len(block.value), size)
    if block.kind == "channel":  # (senders alive, receiver alive, the values in flight)
        senders, receiving, queue = block.value
        shown = ", ".join(render_value(v, ty, memory) for v in queue[:_MAX_ITEMS])
        return AllocationView(block.address, block.size, f"channel of {ty}",
                              f"[{shown}] in flight; {senders} Sender(s), Receiver "
                              f"{'alive' if receiving else 'dropped'}", block.owner,
                              block.freed, block.note)
    if block.kind == "rc":
        strong, weak, inner = block.value
        shown = render_value(inner, ty, memory) if strong else "(dropped: only Weaks left)"
        # std's names for the block: `RcBox` behind an `Rc`, `ArcInner` behind an `Arc`
        # (the block's owner names which: "(shared by its Arcs)")
        inner = "ArcInner" if block.owner.endswith("Arcs)") else "RcBox"
        return AllocationView(block.address, block.size, f"{inner}<{ty}>", shown, block.owner,
                              block.freed, block.note, "rc", strong=strong, weak=weak - 1)
    return AllocationView(block.address, block.size, str(ty), render_value(block.value, ty, memory),
                          block.owner, block.freed, block.note)


def _node_view(block: Allocation, memory: Memory) -> AllocationView:
    """A B-tree node (std's `LeafNode<K, V>`, or an `InternalNode` with 12 edges after
    it): its keys in order, then their values (and the children it points to); std keeps
    up to 11 keys in a node."""
    ty = block.ty
    internal = block.kind == "btree_internal"
    items, edges = block.value if internal else (block.value, ())
    kind = "internal node (InternalNode" if internal else "leaf node (LeafNode"
    if isinstance(ty, T.TupleTy) and len(ty.items) == 2:
        key_ty, value_ty = ty.items
        keys = [render_value(v[0], key_ty, memory) for v in items]
        vals = [render_value(v[1], value_ty, memory) for v in items]
        title = f"B-tree {kind}<{key_ty}, {value_ty}>): {len(keys)} of 11 keys"
        shown = f"keys [{', '.join(keys)}], vals [{', '.join(vals)}]"
    else:
        keys = [render_value(v, ty, memory) for v in items]
        title = f"B-tree {kind}<{ty}, SetValZST>): {len(keys)} of 11 keys"
        shown = f"keys [{', '.join(keys)}]"
    if internal:
        shown += f", edges [{', '.join(format_address(e) for e in edges)}]"
    return AllocationView(block.address, block.size, title, shown, block.owner, block.freed,
                          block.note, block.kind, len(items), 11, L.size_of(ty))


def _table_view(block: Allocation, memory: Memory) -> AllocationView:
    """A HashMap/HashSet table: its buckets, then its control bytes, in one block. Which
    bucket holds which entry follows the keys' hashes, seeded afresh by each run of
    rustc's binary: the picture shows one arrangement, and says so."""
    ty = block.ty
    size = L.size_of(ty)
    buckets = 4
    while buckets < 1 << 40:
        if -(-buckets * size // 16) * 16 + buckets + 16 == block.size:
            break
        buckets *= 2
    capacity = buckets - 1 if buckets < 8 else buckets // 8 * 7
    if isinstance(ty, T.TupleTy) and len(ty.items) == 2:
        entries = [f"{render_value(v[0], ty.items[0], memory)}: "
                   f"{render_value(v[1], ty.items[1], memory)}" for v in block.value[:_MAX_ITEMS]]
    else:
        entries = [render_value(v, ty, memory) for v in block.value[:_MAX_ITEMS]]
    if len(block.value) > _MAX_ITEMS:
        entries.append(f"… {len(block.value) - _MAX_ITEMS} more")
    order = " (bucket order differs from run to run)" if len(block.value) > 1 else ""
    return AllocationView(block.address, block.size,
                          f"hash table: {buckets} buckets of {ty}, {buckets + 16} control bytes",
                          "{" + ", ".join(entries) + "}" + order, block.owner, block.freed,
                          block.note, "hashmap", len(block.value), capacity, size)


def pointer_target(value: Any, ty: T.Ty) -> int | None:
    """Where a pointer value leads (for the picture's arrows), or None."""
    if isinstance(value, RawPtr):
        return raw_target(value)
    if isinstance(value, Ref | Slice | DynRef):
        return value.address
    if isinstance(ty, T.BoxTy) and isinstance(value, int):
        return value
    if isinstance(ty, T.AdtTy) and ty.name in ("Rc", "Arc", "Weak") and isinstance(value, int):
        return value or None
    if isinstance(ty, T.AdtTy) and ty.name in ("String", "Vec", "HashMap", "HashSet") and (
            isinstance(value, tuple)):
        ptr, cap, _ = value
        return ptr if cap else None
    if isinstance(ty, T.AdtTy) and ty.name == "VecDeque" and isinstance(value, tuple):
        return value[0] if value[1] else None
    if isinstance(ty, T.AdtTy) and ty.name in ("BTreeMap", "BTreeSet") and isinstance(value,
                                                                                     tuple):
        return value[0] or None
    if isinstance(ty, T.AdtTy) and ty.name == "BinaryHeap" and isinstance(value, tuple):
        return value[0] if value[1] else None
    return None


def vtable_target(value: Any, ty: T.Ty, memory: Memory) -> int | None:
    """A trait object's second word: its vtable's address in the static region."""
    if isinstance(value, DynRef):
        return value.vtable
    if isinstance(ty, T.BoxTy) and isinstance(ty.inner, T.DynTy) and isinstance(value, int):
        return _vtable_of(memory, value, ty.inner.trait)
    return None


def _dangles(pointer: Ref | Slice, memory: Memory) -> bool:
    """A pointer whose target was freed or popped (only a what-if run has one)."""
    ref = pointer.base if isinstance(pointer, Slice) else pointer
    if ref.region == HEAP:
        block = memory.heap.get(ref.root)
        return block is None or block.freed
    if ref.region == STACK:
        return not memory.stack_place_alive(ref)
    return False


def render_value(value: Any, ty: T.Ty, memory: Memory | None = None,
                 state: SlotState = SlotState.LIVE) -> str:
    """A value as the picture shows it: Rust literal syntax, pointers as addresses."""
    if state is SlotState.UNINIT or value is None:
        return "?"
    if isinstance(ty, T.BoolTy):
        return "true" if value else "false"
    if isinstance(ty, T.CharTy):
        return f"'{fmt.escape_debug_char(value)}'" if isinstance(value, str) else str(value)
    if isinstance(ty, T.FloatTy):
        return fmt.debug_string(fmt.FFloat(value, ty.bits))
    if isinstance(value, RawPtr):
        return render_raw(value, memory)
    if isinstance(value, Slice | Ref) and memory is not None and _dangles(value, memory):
        base = value.base if isinstance(value, Slice) else value
        gone = "a freed block" if base.region == HEAP else "a popped slot"
        return f"{format_address(value.address)} → {gone}!"
    if isinstance(value, DynRef):  # a trait object: data pointer, vtable pointer
        return (f"{format_address(value.address)} (vtable "
                f"{format_address(value.vtable)})")
    if isinstance(value, Slice):
        shown = format_address(value.address)
        if memory is not None and isinstance(ty, T.RefTy) and isinstance(ty.inner, T.StrTy):
            try:
                # Only the bytes shown are read (a slice of a 1 MB literal, say).
                data = memory.read(value.sub(0, min(value.length, _MAX_TEXT)))
                text = text_value(data, value.length)
                return f"{shown} → {text}"
            except (KeyError, IndexError, TypeError):
                return shown
        return f"{shown} (len {value.length})"
    if isinstance(value, Ref):
        shown = format_address(value.address)
        inner = ty.inner if isinstance(ty, T.RefTy) else None
        if memory is not None and isinstance(inner, T.IntTy | T.FloatTy | T.BoolTy | T.CharTy):
            try:
                return f"{shown} → {render_value(memory.read(value), inner)}"
            except (KeyError, IndexError, TypeError):
                return shown
        return shown
    if isinstance(ty, T.BoxTy) and isinstance(ty.inner, T.DynTy) and memory is not None:
        vtable = _vtable_of(memory, value, ty.inner.trait)
        if vtable is not None:  # the fat pointer's second word
            return f"{format_address(value)} (vtable {format_address(vtable)})"
    if isinstance(ty, T.BoxTy):
        return format_address(value)
    if isinstance(ty, T.RefTy):
        return format_address(value) if isinstance(value, int) else "?"
    if isinstance(ty, T.TupleTy):
        fields = ", ".join(render_value(v, t, memory) for v, t in zip(value, ty.items,
                                                                       strict=True))
        return f"({fields},)" if len(ty.items) == 1 else f"({fields})"
    if isinstance(ty, T.ArrayTy):
        items = [render_value(v, ty.element, memory) for v in value[:_MAX_ITEMS]]
        if len(value) > _MAX_ITEMS:
            items.append("…")
        return "[" + ", ".join(items) + "]"
    if isinstance(ty, T.AdtTy):
        return _render_adt(value, ty, memory)
    if isinstance(ty, T.FnTy):
        if ty.pointer:  # the function it points to
            name = getattr(value, "name", "")
            return f"fn {name}" if name else "fn (a closure's code)"
        return render_closure(value, memory)
    if isinstance(ty, T.IterTy):
        return render_iterator(value, memory) if hasattr(value, "kind") else "iterator"
    return str(value)


def render_closure(closure: Any, memory: Memory | None) -> str:
    """A closure (machine/std `Closure`, read by its fields) as the struct of its
    captures: a pointer to each place it borrows, the value of each it owns."""
    held = getattr(closure, "held", ())
    if not held:
        return "closure"
    fields: list[str] = []
    for h in held:
        if h.owned and memory is not None:
            try:
                shown = render_value(memory.read(h.place), h.ty, memory)
            except (KeyError, IndexError, TypeError):
                shown = "?"
            fields.append(f"{h.text}: {shown}")
        elif h.place is not None:
            fields.append(f"{h.text}: &→ {format_address(h.place.address)}")
        else:
            fields.append(f"{h.text}: {render_value(h.value, h.ty, memory)}")
    return f"closure {{ {', '.join(fields)} }}"


_ITER_NAMES = {"map": "Map", "filter": "Filter", "filter_map": "FilterMap",
               "enumerate": "Enumerate", "zip": "Zip", "chain": "Chain", "take": "Take",
               "skip": "Skip", "take_while": "TakeWhile", "skip_while": "SkipWhile",
               "map_while": "MapWhile", "step_by": "StepBy", "rev": "Rev",
               "peekable": "Peekable", "flat_map": "FlatMap", "flatten": "Flatten",
               "scan": "Scan", "inspect": "Inspect", "cloned": "Cloned", "copied": "Copied",
               "fuse": "Fuse"}


def render_iterator(it: Any, memory: Memory | None) -> str:
    """An iterator value (machine/std/values.py `IterValue`, read by its fields) as the
    struct it is: where its source stands, and each adaptor's own state."""
    kind = it.kind
    if kind == "items":
        left = it.stop - it.pos
        if it.state is not None:  # a Vec's IntoIter: it owns the buffer
            return f"IntoIter {{ buf: {format_address(it.state)}, {left} left }}"
        if left and isinstance(it.items[it.pos], Ref):
            return f"Iter {{ next: {format_address(it.items[it.pos].address)}, {left} left }}"
        return f"Iter {{ {left} left }}"
    if kind == "range":
        start, end = it.state
        return f"{start}..{'' if end is None else end}"
    if kind == "user":  # the program's `impl Iterator`: its own struct
        return render_value(it.state[0], it.state[1], memory)
    name = _ITER_NAMES.get(kind, kind)
    fields: list[str] = []
    if it.inner is not None:
        fields.append(f"iter: {render_iterator(it.inner, memory)}")
    elif kind in ("chain", "fuse"):
        fields.append("iter: None (used up)")
    if it.other is not None:
        fields.append(f"other: {render_iterator(it.other, memory)}")
    if kind in ("enumerate",):
        fields.append(f"count: {it.state}")
    elif kind in ("take", "skip"):
        fields.append(f"n: {it.state}")
    elif kind == "step_by":
        fields.append(f"step: {it.state[0]}")
    elif kind in ("take_while", "skip_while"):
        fields.append(f"flag: {'true' if it.state else 'false'}")
    elif kind == "scan":
        fields.append(f"state: {render_value(it.state[0], it.state[1], memory)}")
    elif kind == "peekable" and it.state is not None:
        fields.append("peeked: yes")
    if it.fn is not None:
        fields.append("f: closure")
    return f"{name} {{ {', '.join(fields)} }}"


def _vtable_of(memory: Memory, address: int, trait: str) -> int | None:
    """The vtable a `Box<dyn Trait>` at `address` points to: its block's type's."""
    block = memory.heap.get(address)
    if block is None:
        return None
    shown = Vtable.type_name_of(block.ty)
    return next((at for at, data in memory.statics.items() if isinstance(data, Vtable)
                 and data.type_name == shown and data.trait == trait), None)


def _render_adt(value: Any, ty: T.AdtTy, memory: Memory | None) -> str:
    if ty.name in ("String", "Vec"):
        ptr, cap, length = value
        where = format_address(ptr) if cap else "dangling"
        return f"{ty.name} {{ ptr: {where}, cap: {cap}, len: {length} }}"
    if ty.name in ("Rc", "Arc", "Sender", "Receiver", "SyncSender"):
        return format_address(value)
    if ty.name in ("JoinHandle", "ScopedJoinHandle"):  # its thread (docs/threads.md)
        return f"thread #{value}"
    if ty.name == "Scope":  # the scope's spawned threads (docs/threads.md)
        return "the scope of `thread::scope`"
    if ty.name == "Weak":
        return format_address(value) + " (weak)" if value else "dangling (Weak::new())"
    if ty.name == "MaybeUninit":
        return "uninit" if value is UNINIT else render_value(value, ty.args[0], memory)
    if ty.name in ATOMICS:
        return f"{ty.name}({render_value(value, ATOMICS[ty.name], memory)})"
    if ty.name in ("Cell", "ManuallyDrop"):
        return f"{ty.name} {{ value: {render_value(value, ty.args[0], memory)} }}"
    if ty.name in ("HashMap", "HashSet"):
        ptr, buckets, length = value
        if not buckets:
            return f"{ty.name} {{ table: empty (no heap block), len: 0 }}"
        capacity = buckets - 1 if buckets < 8 else buckets // 8 * 7
        return (f"{ty.name} {{ table: {format_address(ptr)}, buckets: {buckets}, len: {length}, "
                f"cap: {capacity} }}")
    if ty.name in ("BTreeMap", "BTreeSet"):
        root, height, length = value
        where = format_address(root) if root else "none (no node yet)"
        return f"{ty.name} {{ root: {where}, height: {height}, length: {length} }}"
    if ty.name == "BinaryHeap":
        ptr, cap, length = value
        where = format_address(ptr) if cap else "dangling"
        return f"BinaryHeap {{ data: Vec {{ ptr: {where}, cap: {cap}, len: {length} }} }}"
    if ty.name == "VecDeque":
        ptr, cap, head, length = value
        where = format_address(ptr) if cap else "dangling"
        return f"VecDeque {{ ptr: {where}, cap: {cap}, head: {head}, len: {length} }}"
    if ty.name == "Entry":
        return f"Entry {{ map: {format_address(value[0].address)} }}"
    if ty.name == "RefCell":
        flag, inner = value
        return f"RefCell {{ borrow: {flag}, value: {render_value(inner, ty.args[0], memory)} }}"
    if ty.name == "Condvar":  # the threads waiting on it
        waiting = ", ".join(f"#{t}" for t in value[0])
        return f"Condvar {{ waiting: {waiting} }}" if waiting else "Condvar { no one waiting }"
    if ty.name == "RwLock":  # who holds it: a writer thread, or the reader threads
        writer, readers, poisoned, inner = value
        held = f"written by thread #{writer - 1}" if writer else (
            f"read by thread{'s' if len(readers) > 1 else ''} "
            + ", ".join(f"#{r}" for r in readers) if readers else "unlocked")
        return (f"RwLock {{ {held}{', poisoned' if poisoned else ''}, data: "
                f"{render_value(inner, ty.args[0], memory)} }}")
    if ty.name in ("Ref", "RefMut", "MutexGuard", "PoisonError", "RwLockReadGuard",
                   "RwLockWriteGuard"):
        return format_address(value.address) if isinstance(value, Ref) else "?"
    if ty.name == "Mutex":  # who holds the lock: thread #k (k+1 is stored; 0 unlocked)
        owner, poisoned, inner = value
        held = f"locked by thread #{owner - 1}" if owner else "unlocked"
        return (f"Mutex {{ {held}{', poisoned' if poisoned else ''}, data: "
                f"{render_value(inner, ty.args[0], memory)} }}")
    if ty.name in RANGE_KINDS:  # its written ends, as the program wrote them: `1..=3`
        start, end, dots = written_ends(
            ty.name, [render_value(end, ty.args[0], memory) for end in value])
        return (start or "") + dots + (end or "")
    if ty.defn is None:
        return str(value)
    variant, fields, types = variant_fields(value, ty)
    shown = [render_value(v, t, memory) for v, t in zip(fields, types, strict=True)]
    name = variant.name
    if ty.defn.is_enum and ty.name not in ("Option", "Result", "Ordering"):
        name = f"{ty.name}::{variant.name}"
    if variant.kind == "unit":
        return name
    if variant.kind == "tuple":
        return f"{name}({', '.join(shown)})"
    pairs = ", ".join(f"{n}: {v}" for n, v in zip(variant.field_names, shown, strict=True))
    return f"{name} {{ {pairs} }}"

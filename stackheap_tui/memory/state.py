"""The machine's memory: stack frames of typed slots, heap allocations, output.

Every change goes through `apply(op)`, the one mutation path. The interpreter
calls it while running and the trace calls it to replay a step's ops onto a
checkpoint, so a picture rebuilt for step n is the picture the run had at step n.

Ops are small tuples `(OPCODE, args...)`; values inside them are immutable
(ints, bools, tuples), so a memory copy never deep-copies a value.
"""

from __future__ import annotations

from typing import Any

from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.memory import render
from stackheap_tui.memory.records import SlotState, Snapshot, Vtable
from stackheap_tui.memory.values import HEAP, STACK, STATIC, Place, Ref, Slice, get_in

STACK_TOP = 0x7FFC_E000  # main's frame starts here; the stack grows down
STACK_LIMIT = 8 * 1024 * 1024  # main's thread has 8 MiB of stack, as on Linux
HEAP_BASE = 0x5555_A010
RETURN_ADDRESS_BYTES = 16  # return address + saved frame pointer, pushed by each call

STATIC_BASE = 0x5555_5555_6000  # read-only data (string literals) of the executable
DATA_BASE = 0x5555_555A_6000  # writable data (`static mut`), above the read-only data

# The ops: `(OPCODE, fields...)` tuples, one shape per opcode, each applied by
# `Memory.apply`, which returns what the op made (or None). `frame` is a frame index
# (negative counts from the top), `slot` an index into that frame's slots, `address` a
# heap block's address, `value` an immutable value (see `values`), `ty` a `types.Ty`,
# `state` a `records.SlotState`.
#
#   PUSH_FRAME    (function: str, call_line: int | None) -> the new frame's index
#   POP_FRAME     ()
#   ADD_SLOT      (name: str, ty, value, state[, scope]) -> the slot's index in the top frame;
#                 `scope`: the nested blocks it is declared in (see `Scope`), outermost first
#   SET_VALUE     (frame, slot, value)
#   SET_STATE     (frame, slot, state, note: str)
#   REMOVE_SLOTS  (frame, count: int): the frame's top `count` slots go
#   ALLOC         (ty, size: int, value, owner: str, kind: str = "box") -> the address
#   HEAP_SET      (address, value)
#   FREE          (address, note: str): the block stays, a tombstone, until the next PURGE
#   PURGE         (): the tombstones disappear and their chunks can be reused
#   SET_OWNER     (address, owner: str)
#   OUTPUT        (stream: str, text: str): stream is "stdout" or "stderr"
#   HEAP_APPEND   (address, items: tuple | bytes): a Vec/String buffer grows at its end
#   SLOT_PUSH     (frame, slot, value): `v.push(value)` on a Vec held in a slot, with room
#                 to spare: the buffer gains the value and the header's length grows
#   REPLACE_TOP   (frame, value, state) -> the slot's index: the frame's top slot popped
#                 and pushed again with the same name and type (a `for` loop's variable,
#                 iteration after iteration)
#   SWITCH_THREAD (thread: int, name: str[, parent: int, shared: int]): the Rust thread
#                 `thread` runs from now on (a new index starts a thread with an empty
#                 stack of its own; a scoped thread's starts with its parent's first
#                 `shared` frames, which it may borrow from); frame indices in the other
#                 ops are into the running thread's stack (see docs/threads.md)
#   STATIC_ALLOC  (address, ty, size: int, value, name: str): a `static mut` in the writable
#                 data region, defined as the program starts; an allocation of kind
#                 "static" (never freed), written with HEAP_SET, drawn in the static region
#
# Ops stay plain tuples at run time: the trace packs them into arrays (see `trace`).
PUSH_FRAME, POP_FRAME, ADD_SLOT, SET_VALUE, SET_STATE, REMOVE_SLOTS = range(6)
ALLOC, HEAP_SET, FREE, PURGE, SET_OWNER, OUTPUT = range(6, 12)
HEAP_APPEND = 12
SLOT_PUSH = 13
REPLACE_TOP = 14
SWITCH_THREAD = 15
STATIC_ALLOC = 16
THREAD_STACK_GAP = 0x0080_0000  # each spawned thread's stack is 8 MiB below the last

Op = tuple[Any, ...]  # one of the shapes above

Scope = tuple[tuple[int, int], ...]
"""The nested blocks (not the function's body) a variable is declared in, outermost
first, each as the lines of its `{` and `}`: `((8, 11),)` for `z` in `{ let z = ..; }`.
Its storage is part of the function's frame all the same; it is live only inside."""


class Slot:
    __slots__ = ("address", "name", "note", "prev_sp", "scope", "serial", "size", "state",
                 "ty", "value")

    def __init__(self, name: str, ty: T.Ty, address: int, size: int, value: Any,
                 state: SlotState, prev_sp: int) -> None:
        self.name = name
        self.ty = ty
        self.address = address
        self.size = size
        self.value = value
        self.state = state
        self.note = ""
        self.prev_sp = prev_sp  # the frame's stack pointer before this slot was pushed
        self.serial = 0  # which slot ever pushed this is: a raw pointer into a popped one
        # must not reach the slot pushed at its address later
        self.scope: Scope = ()  # the nested blocks it is declared in

    def copy(self) -> Slot:
        twin = Slot(self.name, self.ty, self.address, self.size, self.value, self.state,
                    self.prev_sp)
        twin.note = self.note
        twin.serial = self.serial
        twin.scope = self.scope
        return twin


class Frame:
    __slots__ = ("base", "call_line", "function", "slots", "sp")

    def __init__(self, function: str, call_line: int | None, base: int) -> None:
        self.function = function
        self.call_line = call_line
        self.base = base
        self.sp = base
        self.slots: list[Slot] = []

    def copy(self) -> Frame:
        twin = Frame(self.function, self.call_line, self.base)
        twin.sp = self.sp
        twin.slots = [slot.copy() for slot in self.slots]
        return twin


class Allocation:
    """A heap block. `ty` is what it holds: the Box's `T`, a Vec's element type, `u8`
    for a String's bytes, the Rc's `T` (the block then holds `(strong, weak, value)`)."""

    __slots__ = ("address", "freed", "kind", "note", "owner", "size", "ty", "value")

    def __init__(self, address: int, size: int, ty: T.Ty, value: Any, owner: str,
                 kind: str = "box") -> None:
        self.address = address
        self.size = size
        self.ty = ty
        self.value = value
        self.owner = owner
        self.kind = kind  # "box", "vec", "string" or "rc"
        self.freed = False
        self.note = ""

    def copy(self) -> Allocation:
        value = self.value
        if isinstance(value, list | bytearray | SharedPrefix):
            value = value.copy()  # a growing buffer is mutable: the copy gets its own
        twin = Allocation(self.address, self.size, self.ty, value, self.owner, self.kind)
        twin.freed = self.freed
        twin.note = self.note
        return twin


class SharedPrefix:
    """A checkpoint's view of a growing buffer: the first `length` items of the list (or
    bytearray) the running memory goes on appending to.

    A running memory changes a buffer it owns only at its end (`_heap_append`,
    `_slot_push`; every other change replaces the value), so the prefix a checkpoint
    saw stays as it was, and a checkpoint costs a pointer per buffer, not a copy of it.
    """

    __slots__ = ("items", "length")

    def __init__(self, items: list[Any] | bytearray) -> None:
        self.items = items
        self.length = len(items)

    def copy(self) -> list[Any] | bytearray:
        return self.items[: self.length]


class FreedAccess(Exception):
    """A what-if run touched memory that is no longer its own (see `GuardedHeap`)."""

    def __init__(self, address: int, stack: bool = False, stale: bool = False) -> None:
        super().__init__(address)
        self.address = address
        self.stack = stack  # a popped stack slot rather than a freed heap block
        self.stale = stale  # past a live buffer's length: an element removed since


class GuardedHeap(dict[int, Allocation]):
    """The heap of a what-if run: looking up a freed block raises `FreedAccess`.

    Only `heap[address]` is guarded (`get`, iteration and copies are plain dict
    operations), so the interpreter's every read of a block is checked while the
    picture, which draws freed blocks as tombstones, is not.
    """

    def __getitem__(self, address: int) -> Allocation:
        block = self.get(address)
        if block is None or block.freed:
            raise FreedAccess(address)
        return block


def _chunk_size(size: int) -> int:
    # glibc malloc: 8 bytes of header, 16-byte granularity, 32-byte minimum chunk.
    return max(32, (size + 8 + 15) // 16 * 16)


class Memory:
    def __init__(self, outputs: list[tuple[str, str]] | None = None,
                 statics: dict[int, bytes | Vtable] | None = None) -> None:
        self.frames: list[Frame] = []  # the running thread's stack
        # Every Rust thread's stack (index 0 is main's), its name, and which one runs.
        self.stacks: list[list[Frame]] = [self.frames]
        self.thread_names: list[str] = ["main"]
        self.current = 0
        # A scoped thread's stack starts with its parent's first frames (those it may
        # borrow from): thread -> (parent, how many frames), kept in step at each switch.
        self.borrowed: dict[int, tuple[int, int]] = {}
        # String literals never change, so every copy shares one table.
        # ... and the vtables of trait objects, drawn there too.
        self.statics: dict[int, bytes | Vtable] = statics if statics is not None else {}
        self.heap: dict[int, Allocation] = {}
        self.heap_top = HEAP_BASE
        self.data: tuple[int, ...] = ()  # the `static mut` blocks' addresses (see STATIC_ALLOC)
        self.free_chunks: list[tuple[int, int]] = []  # (address, chunk size), reusable
        # Output is append-only, so copies share one list and keep only a count.
        self.outputs: list[tuple[str, str]] = outputs if outputs is not None else []
        self.output_count = 0
        self.tombstones: list[int] = []
        self.guarded = False  # a what-if run: reads of freed or popped memory raise
        self.slots_pushed = 0  # the serial of the last slot pushed (see `Slot.serial`)
        # Copy-on-write: a copy shares frames and heap blocks with the original until
        # one of them changes; these hold what this memory may change in place. That
        # keeps a checkpoint of a 100,000-frame recursion a list copy, not a deep copy.
        self._own_frames: set[int] = set()
        self._own_blocks: set[int] = set()
        # A checkpoint's blocks whose value is a `SharedPrefix`: only its copies are read.
        self._prefixed: tuple[int, ...] = ()
        self._dispatch = (
            self._push_frame, self._pop_frame, self._add_slot, self._set_value,
            self._set_state, self._remove_slots, self._alloc, self._heap_set, self._free,
            self._purge, self._set_owner, self._output, self._heap_append, self._slot_push,
            self._replace_top, self._switch_thread, self._static_alloc,
        )

    def copy(self) -> Memory:
        twin = Memory(self.outputs, self.statics)
        twin.frames = list(self.frames)
        twin.stacks = [twin.frames if i == self.current else list(stack)
                       for i, stack in enumerate(self.stacks)]
        if len(self.stacks) > 1:
            twin.thread_names = list(self.thread_names)
            twin.current = self.current
            twin.borrowed = self.borrowed
        twin.heap = dict(self.heap)
        self._own_frames = set()
        self._own_blocks = set()
        twin.heap_top = self.heap_top
        twin.data = self.data
        twin.slots_pushed = self.slots_pushed
        twin.free_chunks = list(self.free_chunks)
        twin.output_count = self.output_count
        twin.tombstones = list(self.tombstones)
        for address in self._prefixed:  # a copy of a checkpoint gets buffers of its own
            twin.heap[address] = self.heap[address].copy()
            twin._own_blocks.add(address)
        return twin

    def checkpoint(self) -> Memory:
        """A copy kept for replaying later steps, cheap even with big buffers.

        Like `copy`, but the growing buffers are not copied: the checkpoint keeps a
        `SharedPrefix` of each and this memory keeps its own block, appending on. A
        checkpoint is only ever copied (`copy` turns the prefixes into buffers again).
        """
        owned = self._own_blocks
        twin = self.copy()
        prefixed = []
        for address, block in list(self.heap.items()):
            if isinstance(block.value, list | bytearray):
                if address not in owned:  # shared with a copy: append only to our own
                    block = self.heap[address] = block.copy()
                frozen = Allocation(address, block.size, block.ty, SharedPrefix(block.value),
                                    block.owner, block.kind)
                frozen.freed = block.freed
                frozen.note = block.note
                twin.heap[address] = frozen
                prefixed.append(address)
                self._own_blocks.add(address)  # no other memory shares this block
        twin._prefixed = tuple(prefixed)
        return twin

    def apply(self, op: Op) -> Any:
        return self._dispatch[op[0]](*op[1:])

    def _frame(self, index: int) -> Frame:
        """A frame this memory may change (copied first if it is shared)."""
        if index < 0:
            index += len(self.frames)
        if index not in self._own_frames:
            self.frames[index] = self.frames[index].copy()
            self._own_frames.add(index)
        return self.frames[index]

    def _block(self, address: int) -> Allocation:
        if address not in self._own_blocks:
            self.heap[address] = self.heap[address].copy()
            self._own_blocks.add(address)
        return self.heap[address]

    # ---- the ops ----
    def _push_frame(self, function: str, call_line: int | None) -> int:
        base = self.frames[-1].sp - RETURN_ADDRESS_BYTES if (
            len(self.frames) > self.first_own_frame) else (
            STACK_TOP - self.current * THREAD_STACK_GAP)
        self.frames.append(Frame(function, call_line, base))
        self._own_frames.add(len(self.frames) - 1)
        return len(self.frames) - 1

    def _pop_frame(self) -> None:
        self.frames.pop()
        self._own_frames.discard(len(self.frames))

    def _add_slot(self, name: str, ty: T.Ty, value: Any, state: SlotState,
                  scope: Scope = ()) -> int:
        frame = self._frame(-1)
        size, align = L.layout(ty)
        address = (frame.sp - size) // align * align
        slot = Slot(name, ty, address, size, value, state, frame.sp)
        slot.scope = scope
        self.slots_pushed += 1
        slot.serial = self.slots_pushed
        frame.slots.append(slot)
        frame.sp = address
        return len(frame.slots) - 1

    def _set_value(self, frame: int, slot: int, value: Any) -> None:
        self._frame(frame).slots[slot].value = value

    def _set_state(self, frame: int, slot: int, state: SlotState, note: str) -> None:
        target = self._frame(frame).slots[slot]
        target.state = state
        target.note = note

    def _remove_slots(self, frame: int, count: int) -> None:
        owner = self._frame(frame)
        if count:
            owner.sp = owner.slots[-count].prev_sp
            del owner.slots[-count:]

    def _alloc(self, ty: T.Ty, size: int, value: Any, owner: str, kind: str = "box") -> int:
        chunk = _chunk_size(size)
        # A freed chunk of the same size class is reused first, as malloc's bins do.
        reuse = next((i for i, (_, free) in enumerate(self.free_chunks) if free == chunk), None)
        if reuse is not None:
            address = self.free_chunks.pop(reuse)[0]
        else:
            address = self.heap_top
            self.heap_top += chunk
        self.heap[address] = Allocation(address, size, ty, value, owner, kind)
        self._own_blocks.add(address)
        return address

    def _static_alloc(self, address: int, ty: T.Ty, size: int, value: Any, name: str) -> None:
        self.heap[address] = Allocation(address, size, ty, value, name, "static")
        self._own_blocks.add(address)
        self.data = (*self.data, address)

    def _heap_set(self, address: int, value: Any) -> None:
        self._block(address).value = value

    def _heap_append(self, address: int, items: Any) -> None:
        """Append to a buffer in place: a push records only what it adds, not the buffer.

        The op's `items` stay immutable (a tuple or bytes); the block's value becomes a
        list or bytearray that this memory owns (copy-on-write copies it for others)."""
        block = self._block(address)
        if isinstance(block.value, tuple):
            block.value = list(block.value)
        elif isinstance(block.value, bytes):
            block.value = bytearray(block.value)
        block.value.extend(items)

    def _replace_top(self, frame: int, value: Any, state: SlotState) -> int:
        slots = self._frame(frame).slots
        top = slots[-1]  # this memory's own copy: `_frame` copied the frame's slots
        top.value = value
        top.state = state
        top.note = ""
        return len(slots) - 1

    def _slot_push(self, frame: int, slot: int, value: Any) -> None:
        target = self._frame(frame).slots[slot]
        ptr, cap, length = target.value
        block = self._block(ptr)
        if isinstance(block.value, tuple):
            block.value = list(block.value)  # owned by this memory from now on (see above)
        block.value.append(value)
        target.value = (ptr, cap, length + 1)

    def _free(self, address: int, note: str) -> None:
        block = self._block(address)
        block.freed = True
        block.note = note
        self.tombstones.append(address)

    def _purge(self) -> None:
        """Tombstones are shown for the step that freed them, then disappear."""
        for address in self.tombstones:
            block = self.heap.pop(address)
            self._own_blocks.discard(address)
            self.free_chunks.append((address, _chunk_size(block.size)))
        self.tombstones = []

    def _set_owner(self, address: int, owner: str) -> None:
        self._block(address).owner = owner

    def _switch_thread(self, thread: int, name: str, parent: int = -1, shared: int = 0
                       ) -> None:
        if thread == len(self.stacks):
            self.stacks.append([])
            self.thread_names.append(name)
            if parent >= 0:  # a scoped thread: its parent's frames it may borrow from
                self.borrowed = {**self.borrowed, thread: (parent, shared)}
        # The frames a scoped thread shares with its parent go back to the parent as it
        # stops, and come from it as it starts (one thread runs at a time).
        if self.current in self.borrowed:
            parent_of, count = self.borrowed[self.current]
            self.stacks[parent_of][:count] = self.frames[:count]
        self.current = thread
        self.frames = self.stacks[thread]
        if thread in self.borrowed:
            parent_of, count = self.borrowed[thread]
            self.frames[:count] = self.stacks[parent_of][:count]
        self._own_frames = set()  # (copy-on-write: the frames this memory may change)

    @property
    def first_own_frame(self) -> int:
        """The running thread's first frame of its own (a scoped thread's stack starts
        with its parent's frames, which it may borrow from)."""
        return self.borrowed[self.current][1] if self.current in self.borrowed else 0

    def _output(self, stream: str, text: str) -> None:
        if self.output_count == len(self.outputs):
            self.outputs.append((stream, text))
        self.output_count += 1

    # ---- reading ----
    def weight(self) -> int:
        """How much a checkpoint of this picture costs, in values (frames, blocks, elements)."""
        total = len(self.frames) * 8 + len(self.heap)
        for block in self.heap.values():
            if isinstance(block.value, list | bytearray):
                total += len(block.value)
        return total

    def stack_bytes(self) -> int:
        top = STACK_TOP - self.current * THREAD_STACK_GAP
        return top - self.frames[-1].sp if len(self.frames) > self.first_own_frame else 0

    def output_text(self, stream: str) -> str:
        return "".join(t for s, t in self.outputs[: self.output_count] if s == stream)

    def stderr_before_first_line(self) -> int | None:
        """The length of stderr written before stdout completed its first line (None if it
        never did): where a Rust program first writes its line-buffered stdout."""
        written = 0
        for stream, text in self.outputs[: self.output_count]:
            if stream == "stderr":
                written += len(text)
            elif "\n" in text:
                return written
        return None

    def read(self, place: Place) -> Any:
        """The value at a place: a `Ref`'s value, or a `Slice`'s elements (or bytes)."""
        if isinstance(place, Slice):
            whole = self.read(place.base)
            if self.guarded and place.start + place.length > len(whole):
                raise FreedAccess(place.address, stale=True)
            return whole[place.start: place.start + place.length]
        try:
            return get_in(self.root_value(place), place.path)
        except IndexError:
            if self.guarded:  # a what-if run: a reference to an element since removed
                raise FreedAccess(place.address, stale=True) from None
            raise

    def check_stack_place(self, ref: Ref) -> None:
        """A what-if run's pointer into the stack must still lead to a live slot.

        The borrow checker rejects every program that could use a slot after its
        scope or its function ended, so only a what-if run can fail this.
        """
        if not self.stack_place_alive(ref):
            raise FreedAccess(ref.address, stack=True)

    def stack_place_alive(self, ref: Ref) -> bool:
        """Whether a pointer into the stack still leads into a slot that is there."""
        frames = self.frames
        if ref.root >= len(frames) or ref.slot >= len(frames[ref.root].slots):
            return False
        slot = frames[ref.root].slots[ref.slot]
        return slot.address <= ref.address <= slot.address + slot.size

    def root_value(self, ref: Ref) -> Any:
        if ref.region == STACK:
            if self.guarded:
                self.check_stack_place(ref)
            return self.frames[ref.root].slots[ref.slot].value
        if ref.region == HEAP:
            return self.heap[ref.root].value
        if ref.region == STATIC:
            return self.statics[ref.root]
        return ()  # the dangling pointer of an empty String / Vec: nothing there

    def view(self, step: int) -> Snapshot:
        return render.snapshot_of(self, step)

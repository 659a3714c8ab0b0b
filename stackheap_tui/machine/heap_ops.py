"""Heap-owning std types at run time: `String` and `Vec` buffers, `Rc` blocks, `RefCell` flags.

Capacities grow exactly as the standard library grows them (measured with rustc
1.95, see RUST_FACTS.md): when a push or reserve does not fit, the new capacity
is `max(2 * cap, needed, MIN)` with `MIN` 8 for one-byte elements, 4 up to 1024
bytes, else 1. A growth is a reallocation: a new block, the elements copied, the
old block freed (a tombstone for that step).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.machine.allocation import check_allocation
from stackheap_tui.memory.records import format_address
from stackheap_tui.memory.state import ALLOC, FREE, HEAP_APPEND, HEAP_SET
from stackheap_tui.memory.values import Ref

if TYPE_CHECKING:
    from stackheap_tui.lang.span import Span
    from stackheap_tui.machine.interpreter import Interpreter
    from stackheap_tui.memory.state import Memory

RC_HEADER = 16  # strong and weak counts, before the value


def min_capacity(element_size: int) -> int:
    if element_size == 1:
        return 8
    return 4 if element_size <= 1024 else 1


def dangling(element_ty: T.Ty) -> int:
    """An empty Vec/String's pointer: non-null, aligned, pointing at nothing."""
    return max(1, L.align_of(element_ty))


class Heap:
    """The std heap types' buffers and blocks, changed through the interpreter's recorder."""

    def __init__(self, interp: Interpreter) -> None:
        self.interp = interp

    @property
    def memory(self) -> Memory:
        return self.interp.memory

    def note(self, text: str) -> None:
        if self.interp.envs:
            self.interp.envs[-1].notes.append("alloc:" + text)

    # ---- buffers ----
    def new_buffer(self, kind: str, element_ty: T.Ty, capacity: int, contents: Any,
                   owner: str = "(temporary)") -> tuple[int, int, int]:
        """A String/Vec header for a fresh buffer (no block at all when capacity is 0)."""
        length = len(contents)
        if capacity == 0:
            return (dangling(element_ty), 0, 0)
        size = capacity * L.size_of(element_ty)
        check_allocation(size, self.interp.current_span)
        ptr = self.interp.rec.apply((ALLOC, element_ty, size, contents, owner, kind))
        what = ("byte" if kind == "string" else f"{element_ty} element") + (
            "s" if capacity != 1 else "")
        article = "An" if str(size)[0] == "8" or size in (11, 18) else "A"
        self.note(f"{article} {size}-byte buffer is allocated on the heap at "
                  f"{format_address(ptr)} (room for {capacity} {what}, {length} in use).")
        return (ptr, capacity, length)

    def string_from(self, data: bytes, capacity: int | None = None) -> tuple[int, int, int]:
        return self.new_buffer("string", T.U8, len(data) if capacity is None else capacity,
                               bytes(data))

    def vec_from(self, element_ty: T.Ty, items: tuple[Any, ...],
                 capacity: int | None = None) -> tuple[int, int, int]:
        return self.new_buffer("vec", element_ty, len(items) if capacity is None else capacity,
                               tuple(items))

    def contents(self, header: tuple[int, int, int]) -> Any:
        ptr, cap, _length = header
        if not cap:
            return ()
        return self.memory.heap[ptr].value

    def reserve(self, header: tuple[int, int, int], kind: str, element_ty: T.Ty,
                additional: int, exact: bool = False) -> tuple[int, int, int]:
        """Make room for `additional` more elements, reallocating as std does."""
        ptr, cap, length = header
        needed = length + additional
        if needed <= cap:
            return header
        size = L.size_of(element_ty)
        new_cap = needed if exact else max(2 * cap, needed, min_capacity(size))
        check_allocation(new_cap * size, self.interp.current_span)
        contents = self.contents(header)
        contents = bytes(contents) if kind == "string" else tuple(contents)  # ops stay immutable
        new_ptr = self.interp.rec.apply((ALLOC, element_ty, new_cap * size, contents,
                                         self.owner_of(ptr, cap), kind))
        unit = "bytes" if kind == "string" else "elements"
        tables = getattr(self.interp, "_hash_tables", None)
        if tables is not None and ptr in tables.tainted:  # (see `std.maps.unordered_output`)
            tables.tainted.add(new_ptr)  # still in a HashMap's order
        if cap:
            self.interp.rec.apply((FREE, ptr, "freed: reallocated to a bigger buffer"))
            self.note(f"The buffer was full ({length} of {cap} {unit}), so it is reallocated: "
                      f"a new {new_cap * size}-byte block at {format_address(new_ptr)} (capacity "
                      f"{new_cap}), the {length} {unit} are copied over, and the old block "
                      f"at {format_address(ptr)} is freed.")
        else:
            self.note(f"The first buffer is allocated: {new_cap * size} bytes at "
                      f"{format_address(new_ptr)} (capacity {new_cap}).")
        return (new_ptr, new_cap, length)

    def shrink(self, header: tuple[int, int, int], kind: str,
               element_ty: T.Ty) -> tuple[int, int, int]:
        """`shrink_to_fit`: reallocate to exactly the length (no block at all for 0)."""
        ptr, cap, length = header
        if cap == length:
            return header
        contents = self.contents(header)
        contents = bytes(contents) if kind == "string" else tuple(contents)
        owner = self.owner_of(ptr, cap)
        self.interp.rec.apply((FREE, ptr, "freed: shrunk to fit"))
        if length == 0:
            return (dangling(element_ty), 0, 0)
        size = length * L.size_of(element_ty)
        new_ptr = self.interp.rec.apply((ALLOC, element_ty, size, contents, owner, kind))
        return (new_ptr, length, length)

    def owner_of(self, ptr: int, cap: int) -> str:
        if cap and ptr in self.memory.heap:
            owner: str = self.memory.heap[ptr].owner
            return owner
        return "(temporary)"

    def set_contents(self, header: tuple[int, int, int], contents: Any) -> tuple[int, int, int]:
        ptr, cap, _ = header
        if isinstance(contents, list):
            contents = tuple(contents)
        elif isinstance(contents, bytearray):
            contents = bytes(contents)
        if cap:
            self.interp.rec.apply((HEAP_SET, ptr, contents))
        return (ptr, cap, len(contents))

    def string_push_bytes(self, header: tuple[int, int, int], data: bytes,
                          why: str) -> tuple[int, int, int]:
        header = self.reserve(header, "string", T.U8, len(data))
        return self.append(header, bytes(data))

    def vec_push(self, header: tuple[int, int, int], element_ty: T.Ty,
                 value: Any) -> tuple[int, int, int]:
        header = self.reserve(header, "vec", element_ty, 1)
        return self.append(header, (value,))

    def append(self, header: tuple[int, int, int], items: Any) -> tuple[int, int, int]:
        """Grow the buffer's used part at its end (capacity already reserved)."""
        ptr, cap, length = header
        if items:
            self.interp.rec.apply((HEAP_APPEND, ptr, items))
        return (ptr, cap, length + len(items))

    # ---- Rc ----
    def rc_new(self, value: Any, inner_ty: T.Ty, name: str = "Rc") -> int:
        size = RC_HEADER + L.size_of(inner_ty)
        size = (size + 7) // 8 * 8
        address: int = self.interp.rec.apply((ALLOC, inner_ty, size, (1, 1, value),
                                              f"(shared by its {name}s)", "rc"))
        self.interp.claim(value, inner_ty, f"(the {name} block at {format_address(address)})")
        self.note(f"`{name}::new` allocates {size} bytes at {format_address(address)}: the strong "
                  "count (1), the weak count, then the value.")
        return address

    def rc_clone(self, address: int, name: str = "Rc") -> int:
        strong, weak, value = self.memory.heap[address].value
        self.interp.rec.apply((HEAP_SET, address, (strong + 1, weak, value)))
        if self.interp.envs:
            self.interp.envs[-1].notes.append(
                f"rc:`{name}::clone` copies the pointer and raises the strong count to "
                f"{strong + 1}; the value itself is not copied.")
        return address

    def rc_release(self, address: int, ty: T.AdtTy, reason: str) -> list[tuple[int, int]]:
        strong, weak, value = self.memory.heap[address].value
        if strong > 1:
            self.interp.rec.apply((HEAP_SET, address, (strong - 1, weak, value)))
            if self.interp.envs:
                self.interp.envs[-1].notes.append(
                    f"rc:The strong count of the {ty.name} block at {format_address(address)} "
                    f"drops to {strong - 1}; the value stays because other {ty.name}s still "
                    "share it.")
            return []
        self.interp.rec.apply((HEAP_SET, address, (0, weak, value)))
        inner_place = Ref("heap", address, 0, (2,), address + RC_HEADER)
        freed = self.interp.drop_value(value, ty.args[0], reason, inner_place)
        size = self.memory.heap[address].size
        _, weak, _ = self.memory.heap[address].value  # (the value's drop may drop Weaks)
        if weak > 1:  # Weaks still point here: the value is gone, the block stays
            self.interp.rec.apply((HEAP_SET, address, (0, weak - 1, None)))
            if self.interp.envs:
                self.interp.envs[-1].notes.append(
                    f"rc:The last Rc of the block at {format_address(address)} is gone, so its "
                    f"value is dropped; the block itself stays while {weak - 1} Weak "
                    f"pointer{'s' if weak != 2 else ''} still point{'' if weak != 2 else 's'} "
                    "at it (their `upgrade` now gives `None`).")
            return freed
        self.interp.rec.apply((FREE, address, f"freed by {reason} (the last {ty.name})"))
        return [*freed, (address, size)]

    # ---- Weak ----
    def weak_new(self, address: int) -> int:
        """`Rc::downgrade` / `Weak::clone`: one more weak count (0: `Weak::new()`)."""
        if address:
            strong, weak, value = self.memory.heap[address].value
            self.interp.rec.apply((HEAP_SET, address, (strong, weak + 1, value)))
        return address

    def weak_upgrade(self, address: int) -> Any:
        """`weak.upgrade()`: `Some(Rc)` (one more strong count) while the value lives."""
        if not address:
            return (0,)
        strong, weak, value = self.memory.heap[address].value
        if strong == 0:
            return (0,)
        self.interp.rec.apply((HEAP_SET, address, (strong + 1, weak, value)))
        return (1, address)

    def weak_release(self, address: int, reason: str) -> list[tuple[int, int]]:
        if not address:
            return []
        strong, weak, value = self.memory.heap[address].value
        if weak > 1 or strong:
            self.interp.rec.apply((HEAP_SET, address, (strong, weak - 1, value)))
            return []
        size = self.memory.heap[address].size
        self.interp.rec.apply((FREE, address, f"freed by {reason} (the last Weak)"))
        return [(address, size)]

    # ---- RefCell ----
    def borrow_cell(self, cell: Ref, mutable: bool) -> Ref:
        flag, value = self.memory.read(cell)
        if mutable and flag != 0:
            raise self.interp.panic_at(self.interp_span(), "RefCell already borrowed")
        if not mutable and flag < 0:
            raise self.interp.panic_at(self.interp_span(), "RefCell already mutably borrowed")
        self.interp.write_place(cell, (-1 if mutable else flag + 1, value))
        return cell

    def interp_span(self) -> Span:
        return self.interp.current_span

    def release_guard(self, cell: Ref, mutable: bool) -> None:
        flag, value = self.memory.read(cell)
        self.interp.write_place(cell, (0 if mutable else flag - 1, value))

"""How Rust values are held while a program runs.

Values are immutable Python data, so a memory picture can be copied cheaply:
- integers, floats, bools; a `char` is a one-character `str`;
- tuples, arrays and structs are tuples (struct fields in declaration order);
- an enum value is `(variant index, *fields)`: `None` is `(0,)`, `Some(5)` is `(1, 5)`;
- `Box<T>` and `Rc<T>` are the heap address of their block;
- `String` and `Vec<T>` are the header `(ptr, cap, len)`; the heap block holds the
  bytes (`bytes`) or the elements (a tuple of `len` values);
- `RefCell<T>` is `(borrow flag, value)`; `Ref`/`RefMut` guards are the cell's place;
- a reference is a *place*: `Ref` (a thin pointer to a stack slot, heap block or
  static, plus a path of indexes into the value there) or `Slice` (a fat pointer:
  `&str`, `&[T]`: a run of elements of a sequence), or `DynRef` (a trait object's
  fat pointer: the value's `Ref` and its vtable's static address).
"""

from __future__ import annotations

from typing import Any, NamedTuple

STACK, HEAP, STATIC, NOWHERE = "stack", "heap", "static", "nowhere"


class Ref(NamedTuple):
    """A thin pointer to a place: where the value lives and the path into it."""

    region: str  # STACK, HEAP or STATIC
    root: int  # frame index (stack) or block address (heap, static)
    slot: int  # slot index in the frame (stack only)
    path: tuple[int, ...]  # indexes into tuples: fields, elements, enum payloads
    address: int  # the byte address, for the picture and `{:p}`

    def child(self, index: int, address: int) -> Ref:
        return Ref(self.region, self.root, self.slot, (*self.path, index), address)


class Slice(NamedTuple):
    """A fat pointer: `length` elements (or bytes) of the sequence at `base`, from `start`."""

    base: Ref  # the place holding the whole sequence (a tuple, or `bytes` for text)
    start: int
    length: int
    address: int  # of the first element
    element_size: int

    def element(self, index: int) -> Ref:
        return self.base.child(self.start + index, self.address + index * self.element_size)

    def sub(self, start: int, end: int) -> Slice:
        return Slice(self.base, self.start + start, end - start,
                     self.address + start * self.element_size, self.element_size)


class DynRef(NamedTuple):
    """A trait object's fat pointer (`&dyn Shape`): the value's place, and the address of
    the vtable (in the static region) of its concrete type for that trait."""

    data: Ref
    vtable: int

    @property
    def address(self) -> int:
        return self.data.address


class RawPtr(NamedTuple):
    """A raw pointer (`*const T`, `*mut T`) that is not simply a reference's place: its
    address and its provenance, what it may reach (Miri's view of a pointer).

    A pointer made from a reference is that reference's `Ref` (it may reach only that
    value); this one is made by `as_ptr`, pointer arithmetic or `ptr::null`.
    """

    address: int
    run: Ref | None  # the lone value (`lone`) or the sequence the pointer indexes; None: null
    at: int  # the element pointed at, in the sequence (a lone value: its offset, 0)
    lo: int  # the elements it may access: lo <= index < hi
    hi: int
    end: int  # the elements of the allocation: arithmetic may go from 0 up to `end`
    size: int  # the element's size, the step of `add`
    lone: bool
    serial: int = 0  # the stack slot's serial (0: heap or static), to tell a reused slot

    # Pointers compare by address, as Rust's do, whatever they may reach.
    def __eq__(self, other: object) -> bool:
        return isinstance(other, RawPtr) and self.address == other.address

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self.address)


Place = Ref | Slice


class Uninit:
    """The bytes of a `MaybeUninit` never written: reading them as a value is undefined."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNINIT"


UNINIT = Uninit()

# A String or Vec with no heap block yet points at a "dangling" aligned address.
DANGLING = Ref(NOWHERE, 0, 0, (), 1)


def replace_in(value: Any, path: tuple[int, ...], new: Any) -> Any:
    """`value` with the part at `path` replaced by `new` (values are immutable)."""
    if not path:
        return new
    head = path[0]
    if isinstance(value, bytes):
        raise TypeError("text is changed through String methods, not by index")
    items = list(value)
    items[head] = replace_in(items[head], path[1:], new)
    return tuple(items)


def get_in(value: Any, path: tuple[int, ...]) -> Any:
    for index in path:
        value = value[index]
    return value

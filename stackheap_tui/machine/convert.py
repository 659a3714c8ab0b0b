"""Runtime views of values: for formatting (`FmtValue`), comparing and hashing.

These read through pointers (a `String`'s bytes, a `Box`'s target) but never
change memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import types as T
from stackheap_tui.lang.std.atomics import ATOMICS
from stackheap_tui.lang.std.threads import CHANNEL_ERRORS
from stackheap_tui.lang.types import RANGE_KINDS
from stackheap_tui.machine.allocation import NotSupportedAtRun
from stackheap_tui.memory import formatting as fmt
from stackheap_tui.memory.ranges import written_ends
from stackheap_tui.memory.values import DANGLING, HEAP, Ref, Slice
from stackheap_tui.memory.variants import variant_fields

if TYPE_CHECKING:
    from stackheap_tui.memory.state import Memory


def text_of(memory: Memory, value: Any, ty: T.Ty) -> str:
    """The text of a `String`, `&str` or `str` place's value."""
    return bytes_of(memory, value, ty).decode("utf-8")


def bytes_of(memory: Memory, value: Any, ty: T.Ty) -> bytes:
    if isinstance(value, Slice):
        return bytes(memory.read(value))
    if isinstance(value, Ref):
        return bytes_of(memory, memory.read(value), ty.inner if isinstance(ty, T.RefTy) else ty)
    if isinstance(value, bytes):
        return value
    if T.is_string(ty) or isinstance(value, tuple):
        ptr, cap, length = value
        if not cap:
            return b""
        return bytes(memory.heap[ptr].value[:length])
    raise TypeError(f"not text: {ty}")


def buffer_ref(value: tuple[int, int, int]) -> Ref:
    """The place holding a String's or Vec's elements (its heap block)."""
    ptr, cap, _ = value
    return Ref(HEAP, ptr, 0, (), ptr) if cap else DANGLING


def elements_of(memory: Memory, value: Any, ty: T.Ty) -> tuple[Any, ...]:
    """The elements of a Vec, array or slice value (reading a Vec's heap block)."""
    if isinstance(value, Slice):
        return tuple(memory.read(value))
    if T.is_vec(ty):
        ptr, cap, length = value
        return tuple(memory.heap[ptr].value[:length]) if cap else ()
    return tuple(value)


def to_fmt_argument(memory: Memory, value: Any, ty: T.Ty) -> fmt.FmtValue:
    """A format argument: a reference or a `Box` also carries the address `{:p}` prints
    (the one the picture shows for the place it points to)."""
    if isinstance(ty, T.RefTy) and isinstance(value, Ref):
        return fmt.FPointer(value.address, to_fmt(memory, value, ty))
    if isinstance(ty, T.RefTy) and isinstance(value, Slice):
        return fmt.FPointer(value.address, to_fmt(memory, value, ty), value.length)
    if isinstance(ty, T.BoxTy) and isinstance(value, int):
        return fmt.FPointer(value, to_fmt(memory, value, ty))
    if T.is_raw_ptr(ty):  # `{:p}` and `{:?}` both print the address
        return fmt.FPointer(value.address, fmt.FPointer(value.address, fmt.FUnit()))
    if isinstance(ty, T.RefTy | T.BoxTy):  # no address known: `{:p}` is an internal error
        return fmt.FPointer(-1, to_fmt(memory, value, ty))
    return to_fmt(memory, value, ty)


def to_fmt(memory: Memory, value: Any, ty: T.Ty) -> fmt.FmtValue:
    if T.is_raw_ptr(ty):  # inside a struct or tuple: `{:?}` shows the address
        return fmt.FRaw(None, f"{value.address:#x}")
    if isinstance(ty, T.IntTy):
        return fmt.FInt(value, ty.bits, ty.signed)
    if isinstance(ty, T.FloatTy):
        return fmt.FFloat(value, ty.bits)
    if isinstance(ty, T.BoolTy):
        return fmt.FBool(value)
    if isinstance(ty, T.CharTy):
        return fmt.FChar(value)
    if isinstance(ty, T.RefTy):
        if isinstance(ty.inner, T.StrTy):
            return fmt.FStr(text_of(memory, value, ty))
        if isinstance(ty.inner, T.SliceTy):
            return fmt.FList(tuple(to_fmt(memory, v, ty.inner.element)
                                   for v in memory.read(value)))
        return to_fmt(memory, memory.read(value), ty.inner)
    if isinstance(ty, T.StrTy):
        return fmt.FStr(text_of(memory, value, ty))
    if isinstance(ty, T.IterTy) and ty.kind == "ToCase":  # `'ß'.to_uppercase()` shows "SS"
        return fmt.FRaw("".join(value.items), "ToCase(..)")
    if isinstance(ty, T.BoxTy):
        return to_fmt(memory, memory.heap[value].value, ty.inner)
    if isinstance(ty, T.TupleTy):
        if not ty.items:
            return fmt.FUnit()
        return fmt.FTuple(None, tuple(to_fmt(memory, v, t) for v, t in zip(value, ty.items,
                                                                             strict=True)))
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return fmt.FList(tuple(to_fmt(memory, v, ty.element) for v in value))
    if isinstance(ty, T.AdtTy):
        return _adt_fmt(memory, value, ty)
    raise fmt.FormatError(f"cannot format {ty}")


def tree_entries(memory: Memory, header: Any) -> tuple[Any, ...]:
    """A `BTreeMap`/`BTreeSet`'s entries in key order: a walk of its nodes (a leaf's value
    is its entries, an internal node's `(entries, edges)`)."""
    root, height, _length = header

    def walk(ptr: int, level: int) -> Iterator[Any]:
        value = memory.heap[ptr].value
        if not level:
            yield from value
            return
        items, edges = value
        for i, item in enumerate(items):
            yield from walk(edges[i], level - 1)
            yield item
        yield from walk(edges[len(items)], level - 1)

    return tuple(walk(root, height)) if root else ()


def _deque_items(memory: Memory, value: Any) -> tuple[Any, ...]:
    """A `VecDeque`'s elements front to back (its ring buffer may wrap around)."""
    ptr, cap, head, length = value
    if not cap:
        return ()
    slots = memory.heap[ptr].value
    return tuple(slots[(head + i) % cap] for i in range(length))


def _table_fmt(memory: Memory, value: Any, ty: T.AdtTy) -> fmt.FmtValue:
    """A map or set's `{:?}`: its entries in the table's order, which differs from run to
    run of rustc's binary, so more than one entry is refused."""
    ptr, buckets, length = value
    if length > 1:
        raise NotSupportedAtRun("output that depends on HashMap iteration order")
    entries = tuple(memory.heap[ptr].value) if buckets else ()
    if ty.name == "HashSet":
        return fmt.FMap(tuple((to_fmt(memory, k, ty.args[0]), None) for k in entries))
    return fmt.FMap(tuple((to_fmt(memory, k, ty.args[0]), to_fmt(memory, v, ty.args[1]))
                          for k, v in entries))


def _adt_fmt(memory: Memory, value: Any, ty: T.AdtTy) -> fmt.FmtValue:
    if ty.name == "String":
        return fmt.FStr(text_of(memory, value, ty))
    if ty.name == "Vec":
        element = ty.args[0]
        return fmt.FList(tuple(to_fmt(memory, v, element)
                               for v in elements_of(memory, value, ty)))
    if ty.name in ("Rc", "Arc"):
        return to_fmt(memory, memory.heap[value].value[2], ty.args[0])
    if ty.name in ("HashMap", "HashSet"):
        return _table_fmt(memory, value, ty)
    if ty.name == "VecDeque":
        return fmt.FList(tuple(to_fmt(memory, v, ty.args[0]) for v in _deque_items(memory, value)))
    if ty.name in ("BTreeMap", "BTreeSet"):  # key order
        entries = tree_entries(memory, value)
        if ty.name == "BTreeSet":
            return fmt.FMap(tuple((to_fmt(memory, k, ty.args[0]), None) for k in entries))
        return fmt.FMap(tuple((to_fmt(memory, k, ty.args[0]), to_fmt(memory, v, ty.args[1]))
                              for k, v in entries))
    if ty.name == "BinaryHeap":  # the Vec's order: the heap's array, not sorted
        return fmt.FList(tuple(to_fmt(memory, v, ty.args[0])
                               for v in elements_of(memory, value, T.vec(ty.args[0]))))
    if ty.name == "Weak":
        return fmt.FRaw(None, "(Weak)")
    if ty.name == "Box<dyn Any + Send>":  # a thread's panic payload, from `join`
        return fmt.FStruct("Any", (), exhaustive=False)
    if ty.name == "Thread":  # `Thread { id: ThreadId(1), name: Some("main"), .. }`
        names = memory.thread_names
        name = names[value] if value < len(names) and names[value] != "<unnamed>" else None
        return fmt.FStruct("Thread", (
            ("id", fmt.FTuple("ThreadId", (fmt.FInt(value + 1, 64, False),))),
            ("name", fmt.FTuple("Some", (fmt.FStr(name),)) if name else fmt.FUnitStruct("None"))),
            exhaustive=False)
    if ty.name in CHANNEL_ERRORS:  # `Empty`, with its Display text
        variant = ty.defn.variants[value[0]].name if ty.defn is not None else "?"
        return fmt.FRaw(CHANNEL_ERRORS[ty.name][variant == "Disconnected"], variant)
    if ty.name in ("PoisonError", "SendError", "Sender", "Receiver", "SyncSender", "Condvar"):
        return fmt.FStruct(ty.name, (), exhaustive=False)
    if ty.name == "RecvError":
        return fmt.FUnitStruct("RecvError")
    if ty.name == "Mutex":
        owner, poisoned, inner = value
        data = fmt.FStr("<locked>") if owner else to_fmt(memory, inner, ty.args[0])
        return fmt.FStruct("Mutex", (("data", data), ("poisoned", fmt.FBool(poisoned))),
                           exhaustive=False)
    if ty.name == "MutexGuard":
        return to_fmt(memory, memory.read(value)[2], ty.args[0])
    if ty.name == "RwLock":
        writer, _, poisoned, inner = value
        # (unquoted, unlike Mutex's `"<locked>"`: rustc 1.95's std writes it so)
        data = fmt.FRaw(None, "<locked>") if writer else to_fmt(memory, inner, ty.args[0])
        return fmt.FStruct("RwLock", (("data", data), ("poisoned", fmt.FBool(poisoned))),
                           exhaustive=False)
    if ty.name in ("RwLockReadGuard", "RwLockWriteGuard"):
        return to_fmt(memory, memory.read(value)[3], ty.args[0])
    if ty.name in ATOMICS:  # Debug prints the number (or bool) it holds
        return to_fmt(memory, value, ATOMICS[ty.name])
    if ty.name == "Cell":
        return fmt.FStruct("Cell", (("value", to_fmt(memory, value, ty.args[0])),))
    if ty.name == "MaybeUninit":  # (its Debug prints the type only)
        return fmt.FRaw(None, f"MaybeUninit<{ty.args[0]}>")
    if ty.name == "ManuallyDrop":  # (rustc 1.95 prints std's inner wrapper too)
        return fmt.FStruct("ManuallyDrop", (("value", fmt.FTuple(
            "MaybeDangling", (to_fmt(memory, value, ty.args[0]),))),))
    if ty.name == "RefCell":
        flag, inner = value
        if flag < 0:
            return fmt.FStruct("RefCell", (("value", fmt.FRaw(None, "<borrowed>")),))
        return fmt.FStruct("RefCell", (("value", to_fmt(memory, inner, ty.args[0])),))
    if ty.name in ("Ref", "RefMut"):
        return to_fmt(memory, memory.read(value)[1], ty.args[0])
    if ty.name in RANGE_KINDS:
        return _range_fmt(memory, value, ty)
    if ty.name in ("ParseFloatError", "ParseBoolError", "ParseCharError"):
        return _parse_error_fmt(value, ty.name)
    if ty.name == "ParseIntError":
        display = {"Empty": "cannot parse integer from empty string",
                   "InvalidDigit": "invalid digit found in string",
                   "PosOverflow": "number too large to fit in target type",
                   "NegOverflow": "number too small to fit in target type"}.get(
                       value, "invalid float literal")
        structure = fmt.FStruct("ParseIntError", (("kind", fmt.FUnitStruct(value)),))
        return fmt.FRaw(display, fmt.debug_string(structure), structure)
    variant, fields, types = variant_fields(value, ty)
    items = tuple(to_fmt(memory, v, t) for v, t in zip(fields, types, strict=True))
    if variant.kind == "unit":
        return fmt.FUnitStruct(variant.name)
    if variant.kind == "tuple":
        return fmt.FTuple(variant.name, items)
    return fmt.FStruct(variant.name, tuple(zip(variant.field_names, items, strict=True)))


_PARSE_ERROR_TEXT = {
    ("ParseFloatError", "Empty"): "cannot parse float from empty string",
    ("ParseFloatError", "Invalid"): "invalid float literal",
    ("ParseBoolError", ""): "provided string was not `true` or `false`",
    ("ParseCharError", "EmptyString"): "cannot parse char from empty string",
    ("ParseCharError", "TooManyChars"): "too many characters in string",
}


def _parse_error_fmt(kind: str, name: str) -> fmt.FmtValue:
    """`ParseFloatError { kind: Invalid }` and friends (`ParseBoolError` has no kind)."""
    structure: fmt.FmtValue = (fmt.FStruct(name, (("kind", fmt.FUnitStruct(kind)),)) if kind
                               else fmt.FUnitStruct(name))
    return fmt.FRaw(_PARSE_ERROR_TEXT[name, kind], fmt.debug_string(structure), structure)


def _range_fmt(memory: Memory, value: tuple[Any, ...], ty: T.AdtTy) -> fmt.FRange:
    """A range value holds its written ends in order (see `ranges.index_range`)."""
    start, end, dots = written_ends(ty.name, [to_fmt(memory, end, ty.args[0]) for end in value])
    return fmt.FRange(start, end, dots == "..=")


def key_of(memory: Memory, value: Any, ty: T.Ty) -> Any:
    """A Python value that compares like the Rust value (`==`, `<`, derived orderings)."""
    if isinstance(ty, T.FloatTy) and value != value:
        # A fresh NaN object each time: Python compares tuples' items by identity first,
        # so one shared NaN would make `[nan] == [nan]` (and derived `==`) true.
        return float("nan")
    if isinstance(ty, T.IntTy | T.FloatTy | T.BoolTy | T.CharTy):
        return value
    if isinstance(ty, T.RefTy):
        if isinstance(ty.inner, T.StrTy):
            return text_of(memory, value, ty)
        if isinstance(ty.inner, T.SliceTy):
            return tuple(key_of(memory, v, ty.inner.element) for v in memory.read(value))
        return key_of(memory, memory.read(value), ty.inner)
    if isinstance(ty, T.BoxTy):
        return key_of(memory, memory.heap[value].value, ty.inner)
    if isinstance(ty, T.TupleTy):
        return tuple(key_of(memory, v, t) for v, t in zip(value, ty.items, strict=True))
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return tuple(key_of(memory, v, ty.element) for v in value)
    if isinstance(ty, T.StrTy):
        return text_of(memory, value, ty)
    if isinstance(ty, T.AdtTy):
        if ty.name == "String":
            return text_of(memory, value, ty)
        if ty.name == "Vec":
            return tuple(key_of(memory, v, ty.args[0]) for v in elements_of(memory, value, ty))
        if ty.name in ("Rc", "Arc"):
            return key_of(memory, memory.heap[value].value[2], ty.args[0])
        if ty.name == "RefCell":
            return key_of(memory, value[1], ty.args[0])
        if ty.name in ("Cell", "ManuallyDrop"):
            return key_of(memory, value, ty.args[0])
        if ty.name == "VecDeque":
            return tuple(key_of(memory, v, ty.args[0]) for v in _deque_items(memory, value))
        if ty.defn is None:
            return value
        variant, fields, types = variant_fields(value, ty)
        keys = tuple(key_of(memory, v, t) for v, t in zip(fields, types, strict=True))
        return (variant.discriminant, *keys) if ty.defn.is_enum else keys
    return value

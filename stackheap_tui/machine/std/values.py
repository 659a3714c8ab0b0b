"""Values in general: closures and iterator values, `Clone`, `Default`, comparisons and
`to_string`, which every type shares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import convert
from stackheap_tui.machine.allocation import check_allocation
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.memory import formatting as fmt
from stackheap_tui.memory.state import ALLOC
from stackheap_tui.memory.values import Ref
from stackheap_tui.memory.variants import variant_fields

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter


class Held(NamedTuple):
    """One capture a closure holds: a reference to the captured place (`place`, by
    reference), a copy (`value`, a Copy value moved in), or the value moved in, which
    stays where it was (`place`) and is the closure's to drop (`owned`)."""

    text: str  # the place as written: `list`, `p.name`
    place: Ref | None
    value: Any
    ty: T.Ty  # the field's type: `&Vec<i32>`, `String`
    owned: bool
    key: int = 0  # the captured binding's id (a copy's: a scoped thread's frame holds it)


@dataclass(frozen=True)
class Closure:
    """A closure value: calling it runs its body in the defining function's frame.
    `held`: its captures, as drawn and as dropped with it; `owner`: the frame's
    environment whose `closure_owned` says which moved-in places it still owns."""

    call: Callable[[list[Any]], Any]
    held: tuple[Held, ...] = ()
    owner: Any = None
    name: str = ""  # a function item's (`double`), when it is one
    # Its body (no parameters) run in another frame's environment, which holds what it
    # captured (a spawned thread's first frame, see `machine/std/sync.py`).
    run_on: Callable[[Any], Any] | None = None


@dataclass(frozen=True)
class IterValue:
    """An iterator as a value: a source and the adaptors stacked on it, each `next` a new
    value (see `machine/std/lazy.py`). Nothing runs until a consumer asks for an item.

    `kind` "items": a source whose items are plain data computed up front (a slice's
    element references, a string's chars): `items[pos:end]` remain, `hint` says how its
    `size_hint` is known ("exact", "chars", "unknown"). `kind` "range": `state` is
    (next, end) with end None for `start..`. An adaptor ("map", "filter", ...) has its
    `inner` iterator, its closure `fn`, the `item_ty` of what `inner` yields and its
    own `state` (take's count left, enumerate's index, scan's accumulator, ...)."""

    items: tuple[Any, ...] = ()
    kind: str = "items"
    pos: int = 0
    end: int | None = None
    inner: IterValue | None = None
    other: IterValue | None = None
    fn: Closure | None = None
    state: Any = None
    item_ty: T.Ty | None = None
    hint: str = "exact"

    @property
    def stop(self) -> int:
        return len(self.items) if self.end is None else self.end

    def __getitem__(self, index: int) -> Any:
        """Field 0 of a `Peekable`: its peeked item (what `peek`'s reference reads); once
        `next` took it, its bytes are still there (what a what-if run reads)."""
        if self.kind == "peekable" and index == 0 and self.state is not None:
            return self.state[0]
        if self.kind == "peekable" and index == 0 and self.hint == "taken":
            return self.items[0]
        raise IndexError(index)


def heap_dangling(element: T.Ty) -> int:
    """The dangling pointer of an empty Vec: the element type's alignment."""
    return max(1, L.align_of(element))


def default_value(ty: T.Ty) -> Any:
    """`Default::default()` of a type: zeros, false, empty String/Vec (no heap yet), None."""
    if isinstance(ty, T.IntTy):
        return 0
    if isinstance(ty, T.FloatTy):
        return 0.0
    if isinstance(ty, T.BoolTy):
        return False
    if isinstance(ty, T.CharTy):
        return "\0"
    if T.is_string(ty):
        return (1, 0, 0)
    if isinstance(ty, T.AdtTy) and T.is_vec(ty):
        return (heap_dangling(ty.args[0]), 0, 0)
    if isinstance(ty, T.AdtTy) and ty.name == "Option":
        return (0,)
    if isinstance(ty, T.TupleTy):
        return tuple(default_value(t) for t in ty.items)
    if isinstance(ty, T.ArrayTy):
        return (default_value(ty.element),) * ty.length
    if isinstance(ty, T.AdtTy) and ty.defn is not None and not ty.defn.is_enum:
        return tuple(default_value(t) for t in ty.variant_types(ty.defn.variants[0]))
    raise TypeError(f"no default for {ty}")


def clone_value(interp: Interpreter, value: Any, ty: T.Ty) -> Any:
    """`Clone::clone`: deep for owned heap data (a new block with copied bytes)."""
    heap = interp.heap
    if T.is_copy(ty):
        return value
    if isinstance(ty, T.BoxTy):
        inner = clone_value(interp, interp.memory.heap[value].value, ty.inner)
        return interp.rec.apply((ALLOC, ty.inner, L.size_of(ty.inner), inner, "(temporary)"))
    if isinstance(ty, T.TupleTy):
        return tuple(clone_value(interp, v, t) for v, t in zip(value, ty.items, strict=True))
    if isinstance(ty, T.ArrayTy):
        return tuple(clone_value(interp, v, ty.element) for v in value)
    if isinstance(ty, T.AdtTy):
        if ty.name == "String":
            return heap.string_from(bytes(heap.contents(value)))
        if ty.name == "Vec":
            items = tuple(clone_value(interp, v, ty.args[0]) for v in heap.contents(value))
            return heap.vec_from(ty.args[0], items)
        if ty.name in ("Rc", "Arc"):
            return heap.rc_clone(value, ty.name)
        if ty.name == "RefCell":
            return (0, clone_value(interp, value[1], ty.args[0]))
        if ty.name in ("HashMap", "HashSet"):
            from stackheap_tui.machine.std import maps  # (maps builds on this module)
            return maps.clone(interp, value, ty)
        if ty.name == "VecDeque":
            from stackheap_tui.machine.std import deques  # (deques builds on this module)
            return deques.clone(interp, value, ty)
        if ty.name in ("BTreeMap", "BTreeSet"):
            from stackheap_tui.machine.std import btree  # (btree builds on this module)
            return btree.clone(interp, value, ty)
        if ty.name == "BinaryHeap":
            items = tuple(clone_value(interp, v, ty.args[0]) for v in heap.contents(value))
            return heap.vec_from(ty.args[0], items)
        if ty.defn is None:
            return value
        _, fields, types = variant_fields(value, ty)
        cloned = tuple(clone_value(interp, v, t) for v, t in zip(fields, types, strict=True))
        return (value[0], *cloned) if ty.defn.is_enum else cloned
    return value


def check_capacity(interp: Interpreter, capacity: int, element: T.Ty, span: Span) -> None:
    """A buffer of more than isize::MAX bytes is std's "capacity overflow" panic."""
    if capacity * L.size_of(element) > T.IntTy("isize").max:
        raise interp.panic_at(span, "capacity overflow", "with_capacity")
    check_allocation(capacity * L.size_of(element), span)


# ---- the methods every type has ----
@method("clone")
def _clone(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
           e: ast.MethodCall) -> Any:
    value = interp.memory.read(recv)
    result = clone_value(interp, value, ty)
    if T.needs_drop(ty):
        env.notes.append(f"alloc:`clone()` makes a deep copy: new heap memory with the same "
                         f"bytes, owned by the copy; the original {ty} is untouched.")
    return result


@method("to_string")
def _to_string(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
               e: ast.MethodCall) -> Any:
    return to_string_value(interp, interp.memory.read(recv), ty)


def method_as_function(interp: Interpreter, path: str,
                       param: T.Ty) -> Callable[[list[Any]], Any]:
    """`ToString::to_string`, `str::len`, ... as the function value a path names (see
    `lang/check/paths.py`): its one argument is `param` (`&i32`, `&str`, `&String`)."""
    assert isinstance(param, T.RefTy)
    mem = interp.memory
    inner = param.inner

    def call(args: list[Any]) -> Any:
        if path == "ToString::to_string" and not isinstance(inner, T.StrTy):
            return to_string_value(interp, mem.read(args[0]), inner)
        text = convert.text_of(mem, args[0] if isinstance(inner, T.StrTy) else
                               mem.read(args[0]), inner)
        if path.endswith("::len"):
            return len(text.encode("utf-8"))
        if path.endswith("to_uppercase"):
            text = text.upper()
        elif path.endswith("to_lowercase"):
            text = text.lower()
        return interp.heap.string_from(text.encode("utf-8"))

    return call


def to_string_value(interp: Interpreter, value: Any, ty: T.Ty) -> Any:
    """`value.to_string()`: its Display text, in a buffer of std's capacity."""
    text = fmt.display_string(convert.to_fmt(interp.memory, value, ty)).encode("utf-8")
    capacity = len(text)
    if isinstance(ty, T.IntTy) and ty.signed:
        digits = len(str(ty.max))
        capacity = digits + (1 if value < 0 else 0)
    elif isinstance(ty, T.FloatTy):
        capacity = max(8, len(text))
    return interp.heap.string_from(text, capacity)


@method("eq", "ne")
def _eq(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
        e: ast.MethodCall) -> Any:
    mem = interp.memory
    same = convert.key_of(mem, mem.read(recv), ty) == convert.key_of(mem, mem.read(args[0]), ty)
    return same if e.method == "eq" else not same


@method("cmp", "partial_cmp")
def _cmp(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
         e: ast.MethodCall) -> Any:
    mem = interp.memory
    a = convert.key_of(mem, mem.read(recv), ty)
    b = convert.key_of(mem, mem.read(args[0]), ty)
    if e.method == "partial_cmp" and not (a < b or a > b or a == b):
        return (0,)  # unordered (a NaN somewhere decides it): None
    ordering = (0,) if a < b else (2,) if a > b else (1,)
    return ordering if e.method == "cmp" else (1, ordering)


@method("Ordering::then", "Ordering::reverse")
def _ordering(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
              e: ast.MethodCall) -> Any:
    if e.method == "reverse":
        return (2 - recv[0],)
    return args[0] if recv[0] == 1 else recv


@function("default")
def _default(site: CallSite) -> Code:
    made = site.callee.type_arg
    assert made is not None

    def make_default(env: Env) -> Any:
        value = default_value(made)
        env.notes.append(f"note:`{made}::default()` builds a {made} from each field's "
                         "default: 0, false, an empty String or Vec (no heap memory yet), "
                         "None.")
        return value

    return make_default

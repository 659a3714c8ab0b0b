"""The standard library at run time: builtin functions, methods and macros.

Each entry runs what rustc's std would, under the key the checker chose
(`lang/std_methods.py`), and reports panics with std's exact wording.
"""

from __future__ import annotations

import math
import re
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.program import Callee, FormatInfo
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import arith, convert
from stackheap_tui.memory import formatting as fmt
from stackheap_tui.memory.ranges import IndexRange, index_range, slice_range_error
from stackheap_tui.memory.state import OUTPUT, SLOT_PUSH
from stackheap_tui.memory.values import STACK, Ref, Slice

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter

Code = Callable[["Env"], Any]


@dataclass(frozen=True)
class Closure:
    """A closure value: calling it runs its body in the defining function's frame."""

    call: Callable[[list[Any]], Any]


@dataclass(frozen=True)
class IterValue:
    """An iterator's remaining items (computed eagerly: the subset's adapters are pure)."""

    items: tuple[Any, ...]


# ================= numbers =================


class SlotPushed:
    """The note of a `push` onto a Vec held in a slot, read back from the picture after
    the step: the header there has the new length (the element is at length - 1)."""

    __slots__ = ("frame", "slot")

    def __init__(self, frame: int, slot: int) -> None:
        self.frame = frame
        self.slot = slot

    def render(self, memory: Any) -> str:
        try:
            _, capacity, length = memory.frames[self.frame].slots[self.slot].value
        except (IndexError, TypeError, ValueError):  # the slot left in the same step
            return "`push` stores the value at the end of the heap buffer."
        return VecPushed(length - 1, capacity).render(memory)


class VecPushed:
    """The note of a `push`, rendered only if its step is shown (loops push a lot)."""

    __slots__ = ("capacity", "length")

    def __init__(self, length: int, capacity: int) -> None:
        self.length = length  # before the push: the new element's index
        self.capacity = capacity

    def render(self, memory: object) -> str:
        return (f"`push` stores the value in element {self.length} of the heap buffer: "
                f"length {self.length + 1}, capacity {self.capacity}.")


def to_f32(x: float) -> float:
    try:
        return float(struct.unpack("f", struct.pack("f", x))[0])
    except OverflowError:
        return math.copysign(math.inf, x)


def float_op(op: str, a: float, b: float, bits: int) -> float:
    if op == "+":
        r = a + b
    elif op == "-":
        r = a - b
    elif op == "*":
        r = a * b
    elif op == "/":
        if b == 0:
            r = math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a) * (
                math.copysign(1, b))
        else:
            r = a / b
    elif op == "%":
        r = math.nan if b == 0 else math.fmod(a, b)
    else:
        raise ValueError(op)
    return to_f32(r) if bits == 32 else r


def cast(value: Any, source: T.Ty, target: T.Ty) -> Any:
    """`as`: truncation between integers, saturation from floats, never a panic."""
    if isinstance(source, T.AdtTy) and source.defn is not None:
        value = source.defn.variants[value[0]].discriminant
    elif isinstance(source, T.CharTy):
        value = ord(value)
    elif isinstance(source, T.BoolTy):
        value = int(value)
    if isinstance(target, T.IntTy):
        if isinstance(value, float):
            if math.isnan(value):
                return 0
            if math.isinf(value):
                return target.max if value > 0 else target.min
            return max(target.min, min(target.max, int(value)))
        return arith.wrap(value, target)
    if isinstance(target, T.FloatTy):
        result = float(value)
        return to_f32(result) if target.bits == 32 else result
    if isinstance(target, T.CharTy):
        return chr(value)
    if isinstance(target, T.BoolTy):
        return bool(value)
    return value


def check_str_slice(interp: Interpreter, data: bytes, selected: IndexRange,
                    span: Span) -> None:
    """std's panics for `&s[range]`: out of bounds (start first), begin > end, then a byte
    index inside a character."""
    text = data.decode("utf-8", "replace")
    shown = text if len(text) <= 256 else text[:256] + "[...]"
    start, end = selected.start, selected.end
    if start > len(data):
        raise interp.panic_at(span, f"start byte index {start} is out of bounds of `{shown}`")
    if end > len(data):
        raise interp.panic_at(span, f"end byte index {selected.written_end} is out of bounds "
                              f"of `{shown}`")
    if start > end:
        raise interp.panic_at(span, f"begin > end ({start} > {end}) when slicing `{shown}`")
    for label, index in (("start", start), ("end", end)):
        if 0 < index < len(data) and (data[index] & 0xC0) == 0x80:
            begin = index
            while begin > 0 and (data[begin] & 0xC0) == 0x80:
                begin -= 1
            char = data[begin:].decode("utf-8", "ignore")[0]
            width = len(char.encode("utf-8"))
            word = "start" if label == "start" else "end"
            raise interp.panic_at(span, f"{word} byte index {index} is not a char boundary; it "
                                  f"is inside {fmt.debug_string(fmt.FChar(char))} (bytes "
                                  f"{begin}..{begin + width}) of `{shown}`")


# ================= iteration =================


def iterate(interp: Interpreter, env: Env, source: Any, ty: T.Ty, span: Span) -> Iterable[Any]:
    """The items a `for` loop walks over."""
    if isinstance(source, IterValue):
        return source.items
    if isinstance(ty, T.AdtTy) and ty.name in ("Range", "RangeInclusive") and isinstance(
            ty.args[0], T.CharTy):
        end = ord(source[1]) + (1 if ty.name == "RangeInclusive" else 0)
        return [chr(c) for c in range(ord(source[0]), end) if not 0xD800 <= c <= 0xDFFF]
    if isinstance(ty, T.AdtTy) and ty.name == "Range":
        return range(source[0], source[1])
    if isinstance(ty, T.AdtTy) and ty.name == "RangeInclusive":
        return range(source[0], source[1] + 1)
    if isinstance(ty, T.AdtTy) and ty.name == "RangeFrom":
        return _count(source[0])
    if T.is_vec(ty):
        return _consume_vec(interp, source, ty)
    if isinstance(ty, T.ArrayTy):
        return tuple(source)
    if isinstance(ty, T.RefTy):
        place = interp.deref_to(source, ty.inner, T.SliceTy(T.UNIT))
        assert isinstance(place, Slice)
        return tuple(place.element(i) for i in range(place.length))
    raise TypeError(f"cannot iterate {ty}")


def _count(start: int) -> Iterable[int]:
    value = start
    while True:
        yield value
        value += 1


def _consume_vec(interp: Interpreter, header: Any, ty: T.AdtTy) -> Iterable[Any]:
    """`for x in v`: the elements are moved out one by one; the buffer is freed at the end."""
    from stackheap_tui.memory.state import FREE

    ptr, cap, length = header
    items = interp.heap.contents(header)[:length]
    given = 0
    try:
        for item in items:
            given += 1
            yield item
    finally:
        for item in items[given:]:
            interp.drop_value(item, ty.args[0], "dropping the rest of the Vec")
        if cap:
            interp.rec.apply((FREE, ptr, "freed: the Vec was consumed by the `for` loop"))


def as_items(interp: Interpreter, value: Any, ty: T.Ty) -> tuple[Any, ...]:
    """An iterator-ish receiver's items (IterValue, range)."""
    if isinstance(value, IterValue):
        return value.items
    if isinstance(ty, T.AdtTy) and isinstance(ty.args[0], T.CharTy):
        return tuple(iterate(interp, None, value, ty, None))  # type: ignore[arg-type]
    if isinstance(ty, T.AdtTy) and ty.name == "Range":
        return tuple(range(value[0], value[1]))
    if isinstance(ty, T.AdtTy) and ty.name == "RangeInclusive":
        return tuple(range(value[0], value[1] + 1))
    raise TypeError(f"not an iterator: {ty}")


# ================= builtin functions =================


def compile_call(interp: Interpreter, e: ast.Call, callee: Callee, args: list[Code]) -> Code:
    key = callee.key
    mem = interp.memory
    heap = interp.heap
    arg_tys = [interp.c.type_of(a) for a in e.args]
    ty = interp.c.type_of(e)
    span = e.span

    def values(env: Env) -> list[Any]:
        interp.current_span = span
        return [code(env) for code in args]

    if key == "Box::new":
        inner = arg_tys[0]
        size = T.size_of(inner)

        def box_new(env: Env) -> int:
            (value,) = values(env)
            from stackheap_tui.memory.state import ALLOC

            address: int = interp.rec.apply((ALLOC, inner, size, value, "(temporary)"))
            interp.claim(value, inner, f"*{fmt_addr(address)}")
            env.notes.append(f"alloc:`Box::new` allocates {size} bytes on the heap at "
                             f"{fmt_addr(address)} and moves "
                             f"{interp_render(interp, value, inner)} into it.")
            return address

        return box_new
    if key == "String::new":
        return lambda env: (1, 0, 0)
    if key in ("String::from", "String::from_str"):
        def string_from(env: Env) -> Any:
            (text,) = values(env)
            data = convert.bytes_of(mem, text, arg_tys[0])
            return heap.string_from(data)

        return string_from
    if key == "String::with_capacity":
        def string_with_capacity(env: Env) -> Any:
            (capacity,) = values(env)
            check_capacity(interp, capacity, T.U8, span)
            return heap.new_buffer("string", T.U8, capacity, b"")

        return string_with_capacity
    if key in ("Vec::new", "Vec::with_capacity"):
        assert T.is_vec(ty)
        element = ty.args[0]
        if key == "Vec::new":
            return lambda env: (heap_dangling(element), 0, 0)

        def vec_with_capacity(env: Env) -> Any:
            (capacity,) = values(env)
            check_capacity(interp, capacity, element, span)
            return heap.new_buffer("vec", element, capacity, ())

        return vec_with_capacity
    if key == "Vec::from":
        assert T.is_vec(ty)
        element = ty.args[0]
        return lambda env: heap.vec_from(element, tuple(values(env)[0]))
    if key == "Rc::new":
        inner = arg_tys[0]
        return lambda env: heap.rc_new(values(env)[0], inner)
    if key == "Rc::clone":
        return lambda env: heap.rc_clone(mem.read(values(env)[0]))
    if key == "Rc::strong_count":
        return lambda env: mem.heap[mem.read(values(env)[0])].value[0]
    if key == "Rc::weak_count":
        return lambda env: mem.heap[mem.read(values(env)[0])].value[1] - 1
    if key == "Rc::ptr_eq":
        return lambda env: mem.read(values(env)[0]) == mem.read(values(env)[1])
    if key == "RefCell::new":
        return lambda env: (0, values(env)[0])
    if key == "drop":
        drop_ty = arg_tys[0]
        text = interp.source[e.args[0].span.start: e.args[0].span.end] if e.args else ""

        def drop_now(env: Env) -> Any:
            (value,) = values(env)
            freed = interp.drop_value(value, drop_ty, f"`drop({text})`")
            interp.mark_moved_to(env, "drop()")
            env.notes.append(f"drop:`drop({text})` takes ownership and drops it now: "
                             f"{interp.describe_frees(freed)}.")
            return ()

        return drop_now
    if key == "mem::swap":
        def swap(env: Env) -> Any:
            a, b = values(env)
            va, vb = mem.read(a), mem.read(b)
            interp.write_place(a, vb)
            interp.write_place(b, va)
            return ()

        return swap
    if key == "mem::replace":
        def replace(env: Env) -> Any:
            where, new = values(env)
            old = mem.read(where)
            interp.write_place(where, new)
            return old

        return replace
    if key == "mem::take":
        inner = arg_tys[0].inner  # type: ignore[attr-defined]

        def take(env: Env) -> Any:
            (where,) = values(env)
            old = mem.read(where)
            interp.write_place(where, default_value(inner))
            return old

        return take
    if key == "process::exit":
        from stackheap_tui.machine.interpreter import ProcessExit

        def exit_now(env: Env) -> Any:
            raise ProcessExit(values(env)[0])

        return exit_now
    if key == "char::from_u32":
        def from_u32(env: Env) -> Any:
            (n,) = values(env)
            return (1, chr(n)) if n <= 0x10FFFF and not 0xD800 <= n <= 0xDFFF else (0,)

        return from_u32
    if key == "char::from_digit":
        def from_digit(env: Env) -> Any:
            n, radix = values(env)
            if radix > 36:
                raise interp.panic_at(e.span, "from_digit: radix is too high (maximum 36)",
                                      "from_digit")
            if n >= radix:
                return (0,)
            return (1, "0123456789abcdefghijklmnopqrstuvwxyz"[n])

        return from_digit
    if key == "char::from":
        return lambda env: chr(values(env)[0])
    if key == "num::from":
        source = arg_tys[0]
        target = callee.type_arg
        assert target is not None
        return lambda env: cast(values(env)[0], source, target)
    if key == "default":
        assert callee.type_arg is not None
        made = callee.type_arg

        def make_default(env: Env) -> Any:
            value = default_value(made)
            env.notes.append(f"note:`{made}::default()` builds a {made} from each field's "
                             "default: 0, false, an empty String or Vec (no heap memory yet), "
                             "None.")
            return value

        return make_default
    if key in ("size_of", "align_of"):
        assert callee.type_arg is not None
        result = T.size_of(callee.type_arg) if key == "size_of" else T.align_of(callee.type_arg)
        return lambda env: result
    if key in ("size_of_val", "align_of_val"):
        pointee = arg_tys[0].inner  # type: ignore[attr-defined]

        def of_val(env: Env) -> int:
            (place,) = values(env)
            if isinstance(place, Slice):
                element = T.size_of(pointee.element) if isinstance(pointee, T.SliceTy) else 1
                return place.length * element if key == "size_of_val" else (
                    T.align_of(pointee.element) if isinstance(pointee, T.SliceTy) else 1)
            return T.size_of(pointee) if key == "size_of_val" else T.align_of(pointee)

        return of_val
    raise TypeError(f"no builtin {key}")


def as_elements(interp: Interpreter, value: Any, ty: T.Ty) -> tuple[Any, ...]:
    return convert.elements_of(interp.memory, value, ty)


def heap_dangling(element: T.Ty) -> int:
    return max(1, T.align_of(element))


def fmt_addr(address: int) -> str:
    from stackheap_tui.memory.records import format_address

    return format_address(address)


def interp_render(interp: Interpreter, value: Any, ty: T.Ty) -> str:
    from stackheap_tui.memory.render import render_value

    return render_value(value, ty, interp.memory)


def default_value(ty: T.Ty) -> Any:
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
    if T.is_vec(ty):
        return (heap_dangling(ty.args[0]), 0, 0)  # type: ignore[union-attr]
    if isinstance(ty, T.AdtTy) and ty.name == "Option":
        return (0,)
    if isinstance(ty, T.TupleTy):
        return tuple(default_value(t) for t in ty.items)
    if isinstance(ty, T.ArrayTy):
        return (default_value(ty.element),) * ty.length
    if isinstance(ty, T.AdtTy) and ty.defn is not None and not ty.defn.is_enum:
        return tuple(default_value(t) for t in ty.variant_types(ty.defn.variants[0]))
    raise TypeError(f"no default for {ty}")


# ================= macros =================


def compile_format(interp: Interpreter, info: FormatInfo, span: Span) -> Callable[[Env], str]:
    """Render a checked format string with its arguments, as `format_args!` does."""
    positional = [_format_arg(interp, arg) for arg in info.positional]
    named = [(name, _format_arg(interp, arg)) for name, arg in info.named]
    bound = info.bound

    def render(env: Env) -> str:
        values = [code(env) for code in positional]
        names = {name: code(env) for name, code in named}
        try:
            return fmt.render(bound, values, names)
        except fmt.FormatPanic as problem:
            raise interp.panic_at(span, str(problem)) from None

    return render


def _format_arg(interp: Interpreter, arg: ast.Expr) -> Callable[[Env], fmt.FmtValue]:
    from stackheap_tui.machine.interpreter import is_place

    code = interp.compile_expr(arg)
    ty = interp.c.type_of(arg)
    temporary = not is_place(arg) and T.needs_drop(ty)

    def value(env: Env) -> fmt.FmtValue:
        raw = code(env)
        if temporary:
            env.temps.append((raw, ty, None))  # a borrowed temporary lives to the `;`
        return convert.to_fmt(interp.memory, raw, ty)

    return value


def format_capacity(info: FormatInfo, text: str) -> int:
    """The capacity `format!` ends with: std's estimate, then growth per write."""
    pieces = info.bound.pieces
    literal = sum(len(p.encode("utf-8")) for p in pieces if isinstance(p, str))
    placeholders = [p for p in pieces if not isinstance(p, str)]
    if not placeholders:
        return len(text.encode("utf-8"))
    starts_with_arg = bool(pieces) and not isinstance(pieces[0], str)
    cap = 0 if starts_with_arg and literal < 16 else 2 * literal
    # Replay the writes: each literal piece and each formatted argument is one write.
    length = 0
    out = text.encode("utf-8")
    for size in _write_sizes(pieces, out):
        if length + size > cap:
            cap = max(2 * cap, length + size, 8)
        length += size
    return cap


def _write_sizes(pieces: tuple[Any, ...], out: bytes) -> list[int]:
    literal_total = sum(len(p.encode("utf-8")) for p in pieces if isinstance(p, str))
    args = [p for p in pieces if not isinstance(p, str)]
    rest = len(out) - literal_total
    sizes = []
    arg_sizes = [rest // len(args)] * len(args) if args else []
    if args:
        arg_sizes[-1] += rest - sum(arg_sizes)
    index = 0
    for piece in pieces:
        if isinstance(piece, str):
            if piece:
                sizes.append(len(piece.encode("utf-8")))
        else:
            sizes.append(arg_sizes[index])
            index += 1
    return sizes


def compile_macro(interp: Interpreter, e: ast.MacroCall) -> Code:
    name = e.name
    span = e.span
    c = interp.c
    if name == "vec":
        return _compile_vec(interp, e)
    if name in ("println", "print", "eprintln", "eprint"):
        info = c.formats[id(e)]
        render = compile_format(interp, info, span)
        stream = info.stream
        suffix = "\n" if info.newline else ""

        def print_macro(env: Env) -> Any:
            interp.rec.apply((OUTPUT, stream, render(env) + suffix))
            return ()

        return print_macro
    if name == "format":
        info = c.formats[id(e)]
        render = compile_format(interp, info, span)

        def format_macro(env: Env) -> Any:
            text = render(env)
            capacity = format_capacity(info, text)
            return interp.heap.string_from(text.encode("utf-8"), capacity)

        return format_macro
    if name in ("panic", "unreachable", "todo", "unimplemented"):
        info = c.formats.get(id(e))
        render = compile_format(interp, info, span) if info is not None else None
        base = {"panic": "explicit panic", "unreachable": "internal error: entered "
                "unreachable code", "todo": "not yet implemented",
                "unimplemented": "not implemented"}[name]

        def panic_macro(env: Env) -> Any:
            message = render(env) if render is not None else ""
            if name == "panic":
                text = message if e.args else base
            else:
                text = f"{base}: {message}" if e.args else base
            raise interp.panic_at(span, text)

        return panic_macro
    if name == "dbg":
        return _compile_dbg(interp, e)
    if name in ("assert", "debug_assert"):
        cond = interp.compile_expr(e.args[0])
        info = c.formats.get(id(e))
        render = compile_format(interp, info, span) if info is not None and len(
            e.args) > 1 else None
        shown = interp.source[e.args[0].span.start: e.args[0].span.end]

        def assert_macro(env: Env) -> Any:
            if cond(env):
                return ()
            message = render(env) if render is not None else f"assertion failed: {shown}"
            raise interp.panic_at(span, message)

        return assert_macro
    if name in ("assert_eq", "assert_ne"):
        left = interp.compile_expr(e.args[0])
        right = interp.compile_expr(e.args[1])
        left_ty = c.type_of(e.args[0])
        right_ty = c.type_of(e.args[1])
        info = c.formats.get(id(e))
        render = compile_format(interp, info, span) if info is not None and len(
            e.args) > 2 else None
        equal_wanted = name == "assert_eq"
        mem = interp.memory

        def assert_eq_macro(env: Env) -> Any:
            a, b = left(env), right(env)
            same = convert.key_of(mem, a, left_ty) == convert.key_of(mem, b, right_ty)
            if same == equal_wanted:
                return ()
            op = "==" if equal_wanted else "!="
            head = f"assertion `left {op} right` failed"
            if render is not None:
                head += f": {render(env)}"
            lhs = fmt.debug_string(convert.to_fmt(mem, a, left_ty))
            rhs = fmt.debug_string(convert.to_fmt(mem, b, right_ty))
            raise interp.panic_at(span, f"{head}\n  left: {lhs}\n right: {rhs}")

        return assert_eq_macro
    raise TypeError(f"macro {name}")


def _compile_dbg(interp: Interpreter, e: ast.MacroCall) -> Code:
    """`dbg!(expr)`: prints `[file:line:col] expr = {:#?}` to stderr and returns the value."""
    codes = [interp.compile_expr(arg) for arg in e.args]
    types = [interp.c.type_of(arg) for arg in e.args]
    texts = [interp.source[arg.span.start: arg.span.end] for arg in e.args]
    where = f"[{interp.path}:{e.span.line}:{e.span.col}]"

    def run_dbg(env: Env) -> Any:
        values = []
        for code, ty, text in zip(codes, types, texts, strict=True):
            value = code(env)
            shown = fmt.debug_string(convert.to_fmt(interp.memory, value, ty), pretty=True)
            interp.rec.apply((OUTPUT, "stderr", f"{where} {text} = {shown}\n"))
            values.append(value)
        return values[0] if len(values) == 1 else tuple(values)

    return run_dbg


def _compile_vec(interp: Interpreter, e: ast.MacroCall) -> Code:
    ty = interp.c.type_of(e)
    assert T.is_vec(ty)
    element = ty.args[0]
    heap = interp.heap
    if e.repeat:
        value_code = interp.compile_expr(e.args[0])
        count_code = interp.compile_expr(e.args[1])

        def vec_repeat(env: Env) -> Any:
            value = value_code(env)
            count = count_code(env)
            check_capacity(interp, count, element, e.span)
            items = tuple(clone_value(interp, value, element) for _ in range(count - 1))
            items = (*items, value) if count else ()
            return heap.vec_from(element, items)

        return vec_repeat
    items = [interp.compile_expr(item) for item in e.args]
    types = [element] * len(items)
    return lambda env: heap.vec_from(element, tuple(interp.evaluate_all(env, items, types)))


# ================= clone =================


def clone_value(interp: Interpreter, value: Any, ty: T.Ty) -> Any:
    """`Clone::clone`: deep for owned heap data (a new block with copied bytes)."""
    heap = interp.heap
    if T.is_copy(ty):
        return value
    if isinstance(ty, T.BoxTy):
        from stackheap_tui.memory.state import ALLOC

        inner = clone_value(interp, interp.memory.heap[value].value, ty.inner)
        return interp.rec.apply((ALLOC, ty.inner, T.size_of(ty.inner), inner, "(temporary)"))
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
        if ty.name == "Rc":
            return heap.rc_clone(value)
        if ty.name == "RefCell":
            return (0, clone_value(interp, value[1], ty.args[0]))
        defn = ty.defn
        if defn is None:
            return value
        if defn.is_enum:
            variant = defn.variants[value[0]]
            types = ty.variant_types(variant)
            return (value[0], *(clone_value(interp, v, t)
                                for v, t in zip(value[1:], types, strict=True)))
        types = ty.variant_types(defn.variants[0])
        return tuple(clone_value(interp, v, t) for v, t in zip(value, types, strict=True))
    return value


# ================= methods =================

MethodImpl = Callable[["Interpreter", "Env", Any, T.Ty, list[Any], ast.MethodCall], Any]
METHODS: dict[str, MethodImpl] = {}


def method(*keys: str) -> Callable[[MethodImpl], MethodImpl]:
    def register(fn: MethodImpl) -> MethodImpl:
        for key in keys:
            METHODS[key] = fn
        return fn

    return register


def compile_method(interp: Interpreter, e: ast.MethodCall, callee: Callee,
                   receiver: Callable[[Env], tuple[Any, T.Ty]], args: list[Code]) -> Code:
    impl = METHODS.get(callee.key)
    if impl is None:
        raise TypeError(f"no builtin method {callee.key}")
    span = e.span

    def call(env: Env) -> Any:
        recv, recv_ty = receiver(env)
        values = [code(env) for code in args]
        interp.current_span = e.method_span
        result = impl(interp, env, recv, recv_ty, values, e)
        interp.current_span = span
        return result

    return call


def _ret(interp: Interpreter, e: ast.MethodCall) -> T.Ty:
    return interp.c.type_of(e)


def _arg_ty(interp: Interpreter, e: ast.MethodCall, i: int) -> T.Ty:
    return interp.c.type_of(e.args[i])


# ---- generic ----
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
    value = interp.memory.read(recv)
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


# ---- integers ----
def _int_result(interp: Interpreter, e: ast.MethodCall, fn: Callable[[], int],
                ty: T.IntTy) -> int:
    try:
        return fn()
    except arith.ArithmeticPanic as problem:
        raise interp.panic_at(e.method_span, str(problem)) from None


@method("int::abs", "int::signum", "int::wrapping_neg", "int::isqrt", "int::count_ones",
        "int::count_zeros", "int::leading_zeros", "int::trailing_zeros", "int::is_positive",
        "int::is_negative", "int::is_power_of_two")
def _int_unary(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
               e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.IntTy)
    v = recv
    name = e.method
    if name == "abs":
        if v == ty.min and ty.signed:
            raise interp.panic_at(e.method_span, "attempt to negate with overflow",
                                  f"abs:{ty.name}")
        return abs(v)
    if name == "signum":
        return (v > 0) - (v < 0)
    if name == "wrapping_neg":
        return arith.wrap(-v, ty)
    if name == "isqrt":
        if v < 0:
            raise interp.panic_at(e.method_span, "argument of integer square root cannot be "
                                  "negative")
        return math.isqrt(v)
    unsigned = v & ((1 << ty.bits) - 1)
    if name == "count_ones":
        return bin(unsigned).count("1")
    if name == "count_zeros":
        return ty.bits - bin(unsigned).count("1")
    if name == "leading_zeros":
        return ty.bits - unsigned.bit_length()
    if name == "trailing_zeros":
        return (unsigned & -unsigned).bit_length() - 1 if unsigned else ty.bits
    if name == "is_positive":
        return v > 0
    if name == "is_negative":
        return v < 0
    return unsigned != 0 and unsigned & (unsigned - 1) == 0


@method("int::pow", "int::wrapping_pow", "int::checked_pow", "int::saturating_pow")
def _int_pow(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
             e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.IntTy)
    base, exponent = recv, args[0]
    if e.method == "wrapping_pow":  # modular: never builds the whole power
        return arith.wrap(pow(base, exponent, 1 << ty.bits), ty)
    if abs(base) >= 2 and exponent > ty.bits:
        # |base|^exponent >= 2^exponent is past every bound of the type; a u32 exponent
        # could otherwise ask Python for a number of four billion bits.
        result = ty.max + 1 if base > 0 or exponent % 2 == 0 else ty.min - 1
    else:
        result = base ** exponent
    fits = ty.min <= result <= ty.max
    if e.method == "pow":
        if not fits:
            raise interp.panic_at(e.method_span, "attempt to multiply with overflow",
                                  f"pow:{ty.name}")
        return result
    if e.method == "checked_pow":
        return (1, result) if fits else (0,)
    return max(ty.min, min(ty.max, result))


@method("int::wrapping_add", "int::wrapping_sub", "int::wrapping_mul", "int::saturating_add",
        "int::saturating_sub", "int::saturating_mul", "int::min", "int::max", "int::rem_euclid",
        "int::div_euclid", "int::checked_add", "int::checked_sub", "int::checked_mul",
        "int::checked_div", "int::checked_rem", "int::overflowing_add", "int::overflowing_sub",
        "int::overflowing_mul", "int::abs_diff", "int::wrapping_div", "int::wrapping_rem")
def _int_binary(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.IntTy)
    a = recv
    b = args[0]
    if isinstance(b, Ref):
        b = interp.memory.read(b)
    kind, _, op_name = e.method.partition("_")
    ops = {"add": a + b, "sub": a - b, "mul": a * b}
    if e.method == "min":
        return min(a, b)
    if e.method == "max":
        return max(a, b)
    if e.method == "abs_diff":
        return abs(a - b)
    if e.method in ("rem_euclid", "div_euclid"):
        if b == 0:
            raise interp.panic_at(e.method_span, "attempt to calculate the remainder with a "
                                  "divisor of zero" if "rem" in e.method else
                                  "attempt to divide by zero")
        if ty.signed and a == ty.min and b == -1:  # the quotient overflows
            raise interp.panic_at(e.method_span, "attempt to calculate the remainder with "
                                  "overflow" if "rem" in e.method else
                                  "attempt to divide with overflow")
        r = a % abs(b)
        return r if e.method == "rem_euclid" else (a - r) // b
    if kind == "wrapping":
        if op_name in ("div", "rem") and b == 0:  # wrapping does not cover division by zero
            raise interp.panic_at(e.method_span, "attempt to divide by zero" if op_name == "div"
                                  else "attempt to calculate the remainder with a divisor of "
                                  "zero", f"wrapping_{op_name}:{ty.name}")
        if op_name in ("div", "rem"):
            return arith.wrap(arith.int_binary("/" if op_name == "div" else "%", a, b,
                                               T.IntTy("i128")), ty)
        return arith.wrap(ops[op_name], ty)
    if kind == "saturating":
        return max(ty.min, min(ty.max, ops[op_name]))
    if kind == "checked":
        if op_name in ("div", "rem"):
            if b == 0 or (ty.signed and a == ty.min and b == -1):
                return (0,)
            return (1, arith.int_binary("/" if op_name == "div" else "%", a, b, ty))
        result = ops[op_name]
        return (1, result) if ty.min <= result <= ty.max else (0,)
    if kind == "overflowing":
        result = ops[op_name]
        return (arith.wrap(result, ty), not ty.min <= result <= ty.max)
    raise TypeError(e.method)


@method("int::clamp", "float::clamp")
def _clamp(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
           e: ast.MethodCall) -> Any:
    low, high = args
    if isinstance(ty, T.FloatTy):
        if not low <= high:  # NaN fails it too
            shown = [fmt.debug_string(fmt.FFloat(v, ty.bits)) for v in (low, high)]
            raise interp.panic_at(e.method_span, f"min > max, or either was NaN. min = "
                                  f"{shown[0]}, max = {shown[1]}", f"clamp:{ty.name}")
    elif low > high:
        raise interp.panic_at(e.method_span, f"min > max. min = {low}, max = {high}")
    # As std: a NaN stays NaN (Python's min/max would pick a bound instead).
    value = recv
    if value < low:
        value = low
    if value > high:
        value = high
    return value


# ---- floats ----
@method(*(f"float::{n}" for n in (
    "sqrt", "abs", "floor", "ceil", "round", "trunc", "sin", "cos", "tan", "exp", "ln", "log10",
    "log2", "fract", "signum", "recip", "cbrt", "to_degrees", "to_radians", "powf", "min", "max",
    "atan2", "hypot", "log", "powi", "is_nan", "is_finite", "is_infinite", "is_sign_negative",
    "is_sign_positive")))
def _float(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
           e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.FloatTy)
    x = recv
    name = e.method
    table: dict[str, Callable[[], Any]] = {
        "sqrt": lambda: math.sqrt(x) if x >= 0 else math.nan,
        "abs": lambda: abs(x), "floor": lambda: _integral(math.floor(x), x)
        if math.isfinite(x) else x,
        "ceil": lambda: _integral(math.ceil(x), x) if math.isfinite(x) else x,
        "round": lambda: _round_half_away(x), "trunc": lambda: _integral(math.trunc(x), x)
        if math.isfinite(x) else x,
        "sin": lambda: math.sin(x), "cos": lambda: math.cos(x), "tan": lambda: math.tan(x),
        "exp": lambda: math.exp(x), "ln": lambda: math.log(x) if x > 0 else (
            -math.inf if x == 0 else math.nan),
        "log10": lambda: math.log10(x), "log2": lambda: math.log2(x),
        "fract": lambda: x - math.trunc(x), "signum": lambda: math.copysign(1.0, x),
        "recip": lambda: 1 / x if x else math.copysign(math.inf, x),
        "cbrt": lambda: math.copysign(abs(x) ** (1 / 3), x),
        "to_degrees": lambda: math.degrees(x), "to_radians": lambda: math.radians(x),
        "powf": lambda: math.pow(x, args[0]), "min": lambda: _ignoring_nan(min, x, args[0]),
        "max": lambda: _ignoring_nan(max, x, args[0]), "atan2": lambda: math.atan2(x, args[0]),
        "hypot": lambda: math.hypot(x, args[0]), "log": lambda: math.log(x, args[0]),
        "powi": lambda: _powi(x, args[0], ty.bits == 32), "is_nan": lambda: math.isnan(x),
        "is_finite": lambda: math.isfinite(x), "is_infinite": lambda: math.isinf(x),
        "is_sign_negative": lambda: math.copysign(1, x) < 0,
        "is_sign_positive": lambda: math.copysign(1, x) > 0,
    }
    result = table[name]()
    if isinstance(result, float) and ty.bits == 32:
        return to_f32(result)
    return result


def _round_half_away(x: float) -> float:
    if not math.isfinite(x):
        return x
    return math.copysign(float(math.floor(abs(x) + 0.5)), x)


def _integral(value: int, x: float) -> float:
    """floor/ceil/trunc/round's integer as a float: a zero keeps x's sign, as in Rust
    (`(-0.5f64).ceil()` is -0.0)."""
    return math.copysign(0.0, x) if value == 0 else float(value)


def _ignoring_nan(pick: Callable[[float, float], float], x: float, y: float) -> float:
    """Rust's f64::min/max return the other argument when one is NaN."""
    return y if math.isnan(x) else x if math.isnan(y) else pick(x, y)


def _powi(x: float, n: int, single: bool) -> float:
    """`powi` as a debug build computes it (compiler-rt's __powidf2): square and
    multiply, rounding every product, so 1.1f64.powi(10) is 2.593742460100002."""
    rounded = to_f32 if single else float
    negative, n = n < 0, abs(n)
    result = 1.0
    while True:
        if n & 1:
            result = rounded(result * x)
        n //= 2
        if n == 0:
            break
        x = rounded(x * x)
    if not negative:
        return result
    return rounded(1 / result) if result else math.copysign(math.inf, result)


# ---- chars ----
@method(*(f"char::{n}" for n in (
    "is_alphabetic", "is_numeric", "is_alphanumeric", "is_whitespace", "is_uppercase",
    "is_lowercase", "is_ascii_digit", "is_ascii_alphabetic", "is_ascii_uppercase",
    "is_ascii_lowercase", "is_ascii_punctuation", "is_ascii", "is_ascii_alphanumeric",
    "is_ascii_whitespace", "is_control", "to_ascii_uppercase", "to_ascii_lowercase",
    "to_uppercase", "to_lowercase", "len_utf8", "to_digit")))
def _char(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
          e: ast.MethodCall) -> Any:
    c = interp.memory.read(recv) if isinstance(recv, Ref) else recv
    name = e.method
    ascii_ = ord(c) < 128
    table: dict[str, Callable[[], Any]] = {
        "is_alphabetic": c.isalpha, "is_numeric": c.isnumeric,
        "is_alphanumeric": lambda: c.isalpha() or c.isnumeric(),
        "is_whitespace": lambda: c.isspace(), "is_uppercase": c.isupper,
        "is_lowercase": c.islower, "is_ascii_digit": lambda: ascii_ and c.isdigit(),
        "is_ascii_alphabetic": lambda: ascii_ and c.isalpha(),
        "is_ascii_uppercase": lambda: "A" <= c <= "Z",
        "is_ascii_lowercase": lambda: "a" <= c <= "z",
        "is_ascii_punctuation": lambda: ascii_ and c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        "is_ascii": lambda: ascii_, "is_ascii_alphanumeric": lambda: ascii_ and c.isalnum(),
        "is_ascii_whitespace": lambda: c in " \t\n\x0c\r", "is_control": lambda: ord(c) < 32
        or 127 <= ord(c) < 160,
        "to_ascii_uppercase": lambda: c.upper() if "a" <= c <= "z" else c,
        "to_ascii_lowercase": lambda: c.lower() if "A" <= c <= "Z" else c,
        "to_uppercase": lambda: IterValue(tuple(c.upper())),
        "to_lowercase": lambda: IterValue(tuple(c.lower())),
        "len_utf8": lambda: len(c.encode("utf-8")),
        "to_digit": lambda: _to_digit(interp, e, c, args[0]),
    }
    return table[name]()


def check_capacity(interp: Interpreter, capacity: int, element: T.Ty, span: Span) -> None:
    """A buffer of more than isize::MAX bytes is std's "capacity overflow" panic."""
    if capacity * T.size_of(element) > T.IntTy("isize").max:
        raise interp.panic_at(span, "capacity overflow", "with_capacity")


def _is_char_boundary(data: bytes | bytearray, index: int) -> bool:
    """`str::is_char_boundary`: 0, the end, or a byte that starts a character."""
    if index == 0 or index == len(data):
        return True
    return index < len(data) and (data[index] & 0xC0) != 0x80


def _to_digit(interp: Interpreter, e: ast.MethodCall, c: str, radix: int) -> Any:
    if not 2 <= radix <= 36:
        raise interp.panic_at(e.method_span, "to_digit: invalid radix -- radix must be in the "
                              "range 2 to 36 inclusive", "to_digit" if radix > 36 else
                              "to_digit:low")
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:radix]
    lower = c.lower() if c.isascii() else c
    return (1, digits.index(lower)) if lower in digits else (0,)


@method("u8::is_ascii_digit", "u8::is_ascii_alphabetic", "u8::is_ascii_uppercase",
        "u8::is_ascii_lowercase", "u8::is_ascii_punctuation", "u8::is_ascii",
        "u8::is_ascii_alphanumeric", "u8::is_ascii_whitespace", "u8::to_ascii_uppercase",
        "u8::to_ascii_lowercase")
def _u8_ascii(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
              e: ast.MethodCall) -> Any:
    byte = interp.memory.read(recv) if isinstance(recv, Ref) else recv
    if e.method.startswith("to_ascii"):
        c = chr(byte)
        if e.method == "to_ascii_uppercase":
            return ord(c.upper()) if "a" <= c <= "z" else byte
        return ord(c.lower()) if "A" <= c <= "Z" else byte
    result: Any = _char(interp, env, chr(byte), T.CHAR, args, ast.MethodCall(
        e.span, e.receiver, e.method, e.args, e.method_span))
    return result


# ---- str ----
def _text(interp: Interpreter, recv: Any, ty: T.Ty) -> str:
    return convert.text_of(interp.memory, recv, ty)


def _find_match(interp: Interpreter, text: str, start: int, pattern: Any,
                pattern_ty: T.Ty) -> tuple[int, int]:
    """The first match of a str pattern at or after character `start`: (index, length in
    characters), or (-1, 0). A str, a char, or a closure taking each char."""
    if isinstance(pattern_ty, T.FnTy):
        for index in range(start, len(text)):
            if pattern.call([text[index]]):
                return index, 1
        return -1, 0
    needle = _pattern_text(interp, pattern, pattern_ty)
    at = text.find(needle, start)
    return at, len(needle)


def _pattern_text(interp: Interpreter, value: Any, ty: T.Ty) -> str:
    if isinstance(ty, T.CharTy):
        return str(value)
    return convert.text_of(interp.memory, value, ty)


@method(*(f"str::{n}" for n in (
    "len", "is_empty", "to_uppercase", "to_lowercase", "to_string", "to_owned", "trim",
    "trim_start", "trim_end", "chars", "bytes", "split_whitespace", "lines", "char_indices",
    "repeat", "contains", "starts_with", "ends_with", "find", "split", "replace", "parse",
    "split_terminator",
    "as_bytes", "is_char_boundary", "split_once", "to_ascii_uppercase",
    "to_ascii_lowercase", "into")))
def _str(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
         e: ast.MethodCall) -> Any:
    assert isinstance(recv, Slice)
    text = _text(interp, recv, T.STR)
    data = text.encode("utf-8")
    name = e.method
    heap = interp.heap
    if name == "len":
        return len(data)
    if name == "is_empty":
        return not data
    if name in ("to_uppercase", "to_lowercase"):
        out = (text.upper() if name == "to_uppercase" else text.lower()).encode("utf-8")
        return heap.string_from(out)
    if name in ("to_string", "to_owned", "into"):
        return heap.string_from(data)
    if name in ("to_ascii_uppercase", "to_ascii_lowercase"):
        upper = name == "to_ascii_uppercase"
        out = bytes((b - 32 if upper and 97 <= b <= 122 else b + 32 if not upper and 65 <= b <= 90
                     else b) for b in data)
        return heap.string_from(out)
    if name in ("trim", "trim_start", "trim_end"):
        stripped = {"trim": text.strip, "trim_start": text.lstrip, "trim_end": text.rstrip}[
            name]()
        start = len(text[: len(text) - len(text.lstrip())].encode("utf-8")) if name in (
            "trim", "trim_start") else 0
        return recv.sub(start, start + len(stripped.encode("utf-8")))
    if name == "chars":
        return IterValue(tuple(text))
    if name == "bytes":
        return IterValue(tuple(data))
    if name == "char_indices":
        out, offset = [], 0
        for ch in text:
            out.append((offset, ch))
            offset += len(ch.encode("utf-8"))
        return IterValue(tuple(out))
    if name in ("split_whitespace", "lines", "split", "split_terminator"):
        return IterValue(tuple(_split(interp, recv, text, name, args, e)))
    if name == "repeat":
        if len(data) * args[0] > T.USIZE.max:  # the byte count itself overflows
            raise interp.panic_at(e.method_span, "capacity overflow", "repeat")
        check_capacity(interp, len(data) * args[0], T.U8, e.method_span)
        return heap.string_from(data * args[0])
    if name in ("contains", "find") and isinstance(_arg_ty(interp, e, 0), T.FnTy):
        at = _find_match(interp, text, 0, args[0], _arg_ty(interp, e, 0))[0]
        if name == "contains":
            return at >= 0
        return (0,) if at < 0 else (1, len(text[:at].encode("utf-8")))
    if name in ("contains", "starts_with", "ends_with", "find"):
        needle = _pattern_text(interp, args[0], _arg_ty(interp, e, 0))
        if name == "contains":
            return needle in text
        if name == "starts_with":
            return text.startswith(needle)
        if name == "ends_with":
            return text.endswith(needle)
        at = text.find(needle)
        return (0,) if at < 0 else (1, len(text[:at].encode("utf-8")))
    if name == "split_once":
        sep = _pattern_text(interp, args[0], _arg_ty(interp, e, 0))
        at = text.find(sep)
        if at < 0:
            return (0,)
        start = len(text[:at].encode("utf-8"))
        end = start + len(sep.encode("utf-8"))
        return (1, (recv.sub(0, start), recv.sub(end, len(data))))
    if name == "replace":
        old = _pattern_text(interp, args[0], _arg_ty(interp, e, 0))
        new = _pattern_text(interp, args[1], _arg_ty(interp, e, 1))
        return heap.string_from(text.replace(old, new).encode("utf-8"))
    if name == "parse":
        return _parse(text, _ret(interp, e))
    if name == "as_bytes":
        return recv
    if name == "is_char_boundary":
        return _is_char_boundary(data, args[0])
    raise TypeError(name)


def _split(interp: Interpreter, recv: Slice, text: str, name: str, args: list[Any],
           e: ast.MethodCall) -> list[Slice]:
    pieces: list[tuple[int, int]] = []
    if name == "split_whitespace":
        i = 0
        n = len(text)
        while i < n:
            while i < n and text[i].isspace():
                i += 1
            start = i
            while i < n and not text[i].isspace():
                i += 1
            if start < i:
                pieces.append((start, i))
    elif name == "lines":
        start = 0
        for line in text.split("\n"):
            pieces.append((start, start + len(line) - (1 if line.endswith("\r") else 0)))
            start += len(line) + 1
        if text.endswith("\n"):
            pieces.pop()
    else:  # split, split_terminator: by a str, a char or a `|c: char| …` closure
        pattern_ty = _arg_ty(interp, e, 0)
        start = 0
        searched = 0  # an empty match must move on: "abc".split("") is "", a, b, c, ""
        while True:
            at, length = _find_match(interp, text, searched, args[0], pattern_ty)
            if at < 0:
                pieces.append((start, len(text)))
                break
            pieces.append((start, at))
            start = at + length
            searched = start if length else at + 1
            if searched > len(text):
                pieces.append((start, len(text)))
                break
        if name == "split_terminator" and pieces and pieces[-1][0] == pieces[-1][1]:
            pieces.pop()  # a trailing separator ends the last piece, not starts an empty one

    def byte(i: int) -> int:
        return len(text[:i].encode("utf-8"))

    return [recv.sub(byte(a), byte(b)) for a, b in pieces]


def _parse(text: str, result_ty: T.Ty) -> Any:
    assert isinstance(result_ty, T.AdtTy)
    target = result_ty.args[0]
    if isinstance(target, T.IntTy):
        body = text[1:] if text[:1] in "+-" else text
        if not text:
            return (1, "Empty")
        if not body or not body.isascii() or not body.isdigit() or (
                text[0] == "-" and not target.signed):
            return (1, "InvalidDigit")
        value = int(text)
        if value > target.max:
            return (1, "PosOverflow")
        if value < target.min:
            return (1, "NegOverflow" if target.signed else "InvalidDigit")
        return (0, value)
    if isinstance(target, T.FloatTy):
        if not text:
            return (1, "Empty")
        # Rust's grammar, not Python's (which allows `_`, spaces and more).
        if not _FLOAT_LITERAL.fullmatch(text):
            return (1, "Invalid")
        value = float(text)
        return (0, _to_f32(value) if target.bits == 32 else value)
    if isinstance(target, T.BoolTy):
        return (0, text == "true") if text in ("true", "false") else (1, "")
    if isinstance(target, T.CharTy):
        if len(text) == 1:
            return (0, text)
        return (1, "EmptyString" if not text else "TooManyChars")
    raise TypeError(f"parse to {target}")


_FLOAT_LITERAL = re.compile(
    r"[+-]?(?:inf|infinity|nan|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)",
    re.IGNORECASE | re.ASCII)


def _to_f32(value: float) -> float:
    """The nearest f32 (past its range: infinity, as Rust's parse rounds)."""
    try:
        return float(struct.unpack("f", struct.pack("f", value))[0])
    except OverflowError:
        return math.copysign(math.inf, value)


# ---- String ----
@method(*(f"String::{n}" for n in (
    "push", "push_str", "capacity", "as_str", "clear", "pop", "insert", "remove", "truncate",
    "insert_str", "reserve", "shrink_to_fit", "len", "is_empty", "into_bytes")))
def _string(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
            e: ast.MethodCall) -> Any:
    name = e.method
    heap = interp.heap
    mem = interp.memory
    header = mem.read(recv) if isinstance(recv, Ref) else recv
    _ptr, cap, length = header
    # Copying the bytes is O(len): not for the methods that do not need them (a push in a
    # loop must stay O(1)).
    cheap = ("push", "push_str", "len", "capacity", "is_empty", "reserve")
    data = b"" if name in cheap else bytes(heap.contents(header))
    if name == "capacity":
        return cap
    if name == "len":
        return length
    if name == "is_empty":
        return length == 0
    if name == "as_str":
        return interp.deref_place(recv, ty)[0]
    if name == "into_bytes":
        return header
    if name in ("push", "push_str", "insert", "insert_str"):
        if name == "push":
            added = args[0].encode("utf-8")
        elif name == "push_str":
            added = convert.bytes_of(mem, args[0], _arg_ty(interp, e, 0))
        elif name == "insert":
            added = args[1].encode("utf-8")
        else:
            added = convert.bytes_of(mem, args[1], _arg_ty(interp, e, 1))
        if name in ("insert", "insert_str") and not _is_char_boundary(data, args[0]):
            raise interp.panic_at(e.method_span, "assertion failed: self.is_char_boundary(idx)")
        grown = heap.reserve(header, "string", T.U8, len(added))
        if name in ("push", "push_str"):
            new_header = heap.append(grown, added)
        else:
            at = args[0]
            new_header = heap.set_contents(grown, data[:at] + added + data[at:])
        interp.write_place(recv, new_header)
        interp.adopt(recv, ty)
        what = "bytes" if len(added) != 1 else "byte"
        env.notes.append(f"heap:`{name}` writes {len(added)} {what} into the String's heap "
                         f"buffer: length {new_header[2]}, capacity {new_header[1]}.")
        return ()
    if name == "reserve":
        new_header = heap.reserve(header, "string", T.U8, args[0])
        interp.write_place(recv, new_header)
        interp.adopt(recv, ty)
        return ()
    if name == "clear":
        interp.write_place(recv, heap.set_contents(header, b""))
        return ()
    if name == "truncate":
        if args[0] < len(data):
            if not _is_char_boundary(data, args[0]):
                raise interp.panic_at(e.method_span,
                                      "assertion failed: self.is_char_boundary(new_len)")
            interp.write_place(recv, heap.set_contents(header, data[: args[0]]))
        return ()
    if name == "pop":
        if not data:
            return (0,)
        text = data.decode("utf-8")
        last = text[-1]
        interp.write_place(recv, heap.set_contents(header, text[:-1].encode("utf-8")))
        return (1, last)
    if name == "remove":
        at = args[0]
        if at == len(data):
            raise interp.panic_at(e.method_span, "cannot remove a char from the end of a string")
        # Past the end or inside a character: the panics of `&s[at..]`, which std runs.
        check_str_slice(interp, data, IndexRange(at, len(data), len(data)), e.method_span)
        char = data[at:].decode("utf-8")[0]
        new = data[:at] + data[at + len(char.encode("utf-8")):]
        interp.write_place(recv, heap.set_contents(header, new))
        return char
    if name == "shrink_to_fit":
        interp.write_place(recv, heap.shrink(header, "string", T.U8))
        return ()
    raise TypeError(name)


# ---- slices and Vec ----
def _slice_items(interp: Interpreter, recv: Any) -> tuple[Any, ...]:
    return tuple(interp.memory.read(recv))


@method(*(f"slice::{n}" for n in (
    "len", "is_empty", "iter", "iter_mut", "contains", "first", "last", "get", "sort",
    "sort_unstable", "reverse", "swap", "to_vec", "join", "concat", "windows", "chunks",
    "fill", "sort_by_key", "sort_by", "binary_search", "rotate_left", "rotate_right",
    "split_at", "split_at_mut", "copy_from_slice")))
def _slice(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
           e: ast.MethodCall) -> Any:
    assert isinstance(recv, Slice) and isinstance(ty, T.SliceTy)
    name = e.method
    mem = interp.memory
    element = ty.element
    items = _slice_items(interp, recv)
    if name == "len":
        return recv.length
    if name == "is_empty":
        return recv.length == 0
    if name in ("iter", "iter_mut"):
        return IterValue(tuple(recv.element(i) for i in range(recv.length)))
    if name == "contains":
        target = convert.key_of(mem, mem.read(args[0]), element)
        return any(convert.key_of(mem, v, element) == target for v in items)
    if name in ("first", "last"):
        if not items:
            return (0,)
        return (1, recv.element(0 if name == "first" else recv.length - 1))
    if name == "get":
        i = args[0]
        return (1, recv.element(i)) if i < recv.length else (0,)
    if name in ("sort", "sort_unstable"):
        ordered = sorted(items, key=lambda v: convert.key_of(mem, v, element))
        _write_slice(interp, recv, tuple(ordered))
        return ()
    if name == "reverse":
        _write_slice(interp, recv, tuple(reversed(items)))
        return ()
    if name == "swap":
        a, b = args
        for index in (a, b):
            if index >= recv.length:
                raise interp.panic_at(e.method_span, f"index out of bounds: the len is "
                                      f"{recv.length} but the index is {index}")
        swapped = list(items)
        swapped[a], swapped[b] = swapped[b], swapped[a]
        _write_slice(interp, recv, tuple(swapped))
        return ()
    if name == "fill":
        _write_slice(interp, recv, (args[0],) * recv.length)
        return ()
    if name in ("sort_by_key", "sort_by"):
        refs = [recv.element(i) for i in range(recv.length)]
        if name == "sort_by_key":
            keys = [args[0].call([r]) for r in refs]
            key_ty = interp.c.type_of(e.args[0])
            ret_ty = key_ty.ret if isinstance(key_ty, T.FnTy) else T.I32
            order = sorted(range(len(refs)), key=lambda i: convert.key_of(mem, keys[i], ret_ty))
        else:
            import functools

            def compare(i: int, j: int) -> int:
                ordering = args[0].call([refs[i], refs[j]])
                return int(ordering[0]) - 1  # Less, Equal, Greater -> -1, 0, 1

            order = sorted(range(len(refs)), key=functools.cmp_to_key(compare))
        _write_slice(interp, recv, tuple(items[i] for i in order))
        return ()
    if name == "binary_search":
        target = convert.key_of(mem, mem.read(args[0]), element)
        keys = [convert.key_of(mem, v, element) for v in items]
        low, high = 0, len(keys)
        while low < high:
            mid = (low + high) // 2
            if keys[mid] == target:
                return (0, mid)
            if keys[mid] < target:
                low = mid + 1
            else:
                high = mid
        return (1, low)
    if name in ("rotate_left", "rotate_right"):
        k = args[0]
        if k > recv.length:
            raise interp.panic_at(e.method_span, "assertion failed: mid <= self.len()"
                                  if name == "rotate_left" else "assertion failed: k <= self.len()",
                                  name)
        k = k if name == "rotate_left" else recv.length - k
        _write_slice(interp, recv, items[k:] + items[:k])
        return ()
    if name == "copy_from_slice":
        source = tuple(mem.read(args[0]))
        if len(source) != recv.length:
            raise interp.panic_at(e.method_span, "copy_from_slice: source slice length "
                                  f"({len(source)}) does not match destination slice length "
                                  f"({recv.length})")
        _write_slice(interp, recv, source)
        return ()
    if name in ("split_at", "split_at_mut"):
        at = args[0]
        if at > recv.length:
            raise interp.panic_at(e.method_span, "mid > len")
        return (recv.sub(0, at), recv.sub(at, recv.length))
    if name == "to_vec":
        return interp.heap.vec_from(element, tuple(clone_value(interp, v, element)
                                                   for v in items))
    if name in ("join", "concat"):
        sep = convert.bytes_of(mem, args[0], _arg_ty(interp, e, 0)) if name == "join" else b""
        parts = [convert.bytes_of(mem, v, element) for v in items]
        return interp.heap.string_from(sep.join(parts))
    if name in ("windows", "chunks"):
        size = args[0]
        if size == 0:
            what = "window" if name == "windows" else "chunk"
            raise interp.panic_at(e.method_span, f"{what} size must be non-zero")
        if name == "windows":
            return IterValue(tuple(recv.sub(i, i + size) for i in range(recv.length - size + 1)))
        return IterValue(tuple(recv.sub(i, min(i + size, recv.length))
                               for i in range(0, recv.length, size)))
    raise TypeError(name)


def _items_of_any(interp: Interpreter, value: Any, ty: T.Ty, element: T.Ty) -> tuple[Any, ...]:
    """What `extend` takes from: a Vec (consumed), array, range, iterator or slice."""
    from stackheap_tui.memory.state import FREE

    mem = interp.memory
    if isinstance(value, IterValue):
        items = value.items
    elif T.is_vec(ty):
        items = tuple(interp.heap.contents(value))
        if value[1]:  # the moved-in Vec's buffer is freed once its elements moved out
            interp.rec.apply((FREE, value[0], "freed: its elements moved by `extend`"))
    elif isinstance(ty, T.ArrayTy):
        items = tuple(value)
    elif isinstance(ty, T.RefTy):
        place = interp.deref_to(value, ty.inner, T.SliceTy(T.UNIT))
        items = tuple(mem.read(place))
    else:
        items = as_items(interp, value, ty)
    if items and isinstance(items[0], Ref) and not isinstance(element, T.RefTy):
        items = tuple(mem.read(v) for v in items)
    return items


def _write_slice(interp: Interpreter, place: Slice, items: tuple[Any, ...]) -> None:
    if place.length == 0 and not items:
        return  # nothing to write (an empty Vec's pointer is dangling, not a block)
    whole = interp.memory.read(place.base)
    new = tuple(whole[: place.start]) + items + tuple(whole[place.start + place.length:])
    interp.write_place(place.base, new)


@method(*(f"Vec::{n}" for n in (
    "push", "pop", "len", "capacity", "is_empty", "insert", "remove", "clear", "truncate",
    "reserve", "shrink_to_fit", "into_iter", "swap_remove", "extend_from_slice", "as_slice",
    "dedup", "get_mut", "first_mut", "last_mut", "retain", "drain", "extend")))
def _vec(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
         e: ast.MethodCall) -> Any:
    assert T.is_vec(ty)
    element = ty.args[0]
    name = e.method
    heap = interp.heap
    mem = interp.memory
    header = mem.read(recv) if isinstance(recv, Ref) else recv
    cheap = ("push", "len", "capacity", "is_empty", "reserve", "extend")
    items = () if name in cheap else tuple(heap.contents(header))
    _ptr, cap, length = header
    if name == "len":
        return length
    if name == "capacity":
        return cap
    if name == "is_empty":
        return length == 0
    if name == "push" and length < cap and isinstance(recv, Ref) and recv.region == STACK and (
            not recv.path):
        # Room to spare in a Vec held by a variable (a loop's usual push): one small op,
        # and only the new element gets an owner (not every element again).
        interp.rec.apply((SLOT_PUSH, recv.root, recv.slot, args[0]))
        if T.needs_drop(element):
            interp.claim(args[0], element, f"{interp.place_name(recv)}[{length}]")
        key = (recv.root, recv.slot)
        note = interp.push_notes.get(key)
        if note is None:  # one note per variable, not per push: loops push a lot
            note = interp.push_notes[key] = SlotPushed(recv.root, recv.slot)
        # The shared note reads the picture after the step, so it is right only for the
        # step's last push onto this Vec: an earlier one in the same step (a closure
        # pushing in a loop) gets its own note, with what it saw.
        notes = env.notes
        for i, earlier in enumerate(notes):
            if earlier is note:
                notes[i] = VecPushed(*interp.last_push[key])
        interp.last_push[key] = (length, cap)
        notes.append(note)
        return ()
    if name == "push":
        new_header = heap.vec_push(header, element, args[0])
        interp.write_place(recv, new_header)
        interp.adopt(recv, ty)
        env.notes.append(VecPushed(length, new_header[1]))
        return ()
    if name == "pop":
        if not items:
            return (0,)
        interp.write_place(recv, heap.set_contents(header, items[:-1]))
        return (1, items[-1])
    if name == "insert":
        at, value = args
        if at > length:
            raise interp.panic_at(e.method_span, f"insertion index (is {at}) should be <= len "
                                  f"(is {length})")
        grown = heap.reserve(header, "vec", element, 1)
        interp.write_place(recv, heap.set_contents(grown, (*items[:at], value, *items[at:])))
        interp.adopt(recv, ty)
        return ()
    if name in ("remove", "swap_remove"):
        at = args[0]
        if at >= length:
            word = "removal" if name == "remove" else "swap_remove"
            raise interp.panic_at(e.method_span, f"{word} index (is {at}) should be < len "
                                  f"(is {length})", name)
        value = items[at]
        if name == "remove":
            rest = items[:at] + items[at + 1:]
        else:
            rest = (*items[:at], items[-1], *items[at + 1:-1]) if at != length - 1 else \
                items[:-1]
        interp.write_place(recv, heap.set_contents(header, rest))
        return value
    if name in ("clear", "truncate"):
        keep = 0 if name == "clear" else args[0]
        for item in items[keep:]:
            interp.drop_value(item, element, f"`{name}`")
        interp.write_place(recv, heap.set_contents(header, items[:keep]))
        return ()
    if name == "reserve":
        interp.write_place(recv, heap.reserve(header, "vec", element, args[0]))
        interp.adopt(recv, ty)
        return ()
    if name == "shrink_to_fit":
        interp.write_place(recv, heap.shrink(header, "vec", element))
        interp.adopt(recv, ty)
        return ()
    if name == "into_iter":
        return IterValue(items)
    if name == "extend_from_slice":
        extra = tuple(clone_value(interp, v, element) for v in mem.read(args[0]))
        grown = heap.reserve(header, "vec", element, len(extra))
        interp.write_place(recv, heap.set_contents(grown, items + extra))
        interp.adopt(recv, ty)
        return ()
    if name == "as_slice":
        return interp.deref_place(recv, ty)[0]
    if name in ("get_mut", "first_mut", "last_mut"):
        slice_place = interp.deref_place(recv, ty)[0]
        index = args[0] if name == "get_mut" else 0 if name == "first_mut" else length - 1
        return (1, slice_place.element(index)) if 0 <= index < length else (0,)
    if name == "extend":
        extra = _items_of_any(interp, args[0], _arg_ty(interp, e, 0), element)
        grown = heap.reserve(header, "vec", element, len(extra))
        interp.write_place(recv, heap.append(grown, tuple(extra)))
        interp.adopt(recv, ty)
        return ()
    if name == "drain":
        bounds = args[0]
        range_ty = _arg_ty(interp, e, 0)
        kind = range_ty.name if isinstance(range_ty, T.AdtTy) else "RangeFull"
        selected = index_range(kind, bounds, length)
        problem = slice_range_error(selected, length)
        if problem is not None:  # `drain` checks its range inside std
            raise interp.panic_at(e.method_span, problem[1], f"drain:{problem[0]}")
        start, end = selected.start, selected.end
        interp.write_place(recv, heap.set_contents(header, items[:start] + items[end:]))
        return IterValue(items[start:end])
    if name == "retain":
        buffer = interp.deref_place(recv, ty)[0]
        kept = []
        for i, item in enumerate(items):
            if args[0].call([buffer.element(i)]):
                kept.append(item)
            else:
                interp.drop_value(item, element, "`retain`")
        interp.write_place(recv, heap.set_contents(header, tuple(kept)))
        return ()
    if name == "dedup":
        out: list[Any] = []
        for item in items:
            if not out or convert.key_of(mem, out[-1], element) != convert.key_of(
                    mem, item, element):
                out.append(item)
        interp.write_place(recv, heap.set_contents(header, tuple(out)))
        return ()
    raise TypeError(name)


# ---- Option / Result ----
def _unwrap_failed(interp: Interpreter, e: ast.MethodCall, value: Any, ty: T.AdtTy,
                   message: str | None) -> Any:
    if ty.name == "Option":
        text = message if message is not None else "called `Option::unwrap()` on a `None` value"
        raise interp.panic_at(e.method_span, text)
    error = fmt.debug_string(convert.to_fmt(interp.memory, value[1], ty.args[1]))
    head = message if message is not None else "called `Result::unwrap()` on an `Err` value"
    raise interp.panic_at(e.method_span, f"{head}: {error}")


@method(*(f"Option::{n}" for n in (
    "unwrap", "expect", "unwrap_or", "is_some", "is_none", "take", "as_ref", "as_mut",
    "unwrap_or_default", "replace", "copied", "cloned", "map", "and_then", "unwrap_or_else",
    "filter", "ok_or", "flatten", "map_or", "map_or_else", "xor", "or", "and")))
def _option(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
            e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.AdtTy)
    name = e.method
    mem = interp.memory
    value = mem.read(recv) if isinstance(recv, Ref) and name in (
        "is_some", "is_none", "take", "as_ref", "as_mut", "replace") else recv
    some = value[0] == 1
    if name == "unwrap":
        return value[1] if some else _unwrap_failed(interp, e, value, ty, None)
    if name == "expect":
        if some:
            return value[1]
        return _unwrap_failed(interp, e, value, ty, convert.text_of(mem, args[0], T.RefTy(T.STR)))
    if name == "unwrap_or":
        return value[1] if some else args[0]
    if name == "unwrap_or_default":
        return value[1] if some else default_value(ty.args[0])
    if name == "is_some":
        return some
    if name == "is_none":
        return not some
    if name == "take":
        interp.write_place(recv, (0,))
        return value
    if name == "replace":
        interp.write_place(recv, (1, args[0]))
        return value
    if name in ("as_ref", "as_mut"):
        return (1, recv.child(1, recv.address)) if some else (0,)
    if name in ("copied", "cloned"):
        return (1, clone_value(interp, mem.read(value[1]), ty.args[0].inner)) if some else (0,)  # type: ignore[attr-defined]
    if name == "map":
        return (1, args[0].call([value[1]])) if some else (0,)
    if name == "and_then":
        return args[0].call([value[1]]) if some else (0,)
    if name == "unwrap_or_else":
        return value[1] if some else args[0].call([])
    if name == "filter":
        if some and args[0].call([_temp_ref(interp, env, value[1], ty.args[0])]):
            return value
        return (0,)
    if name == "ok_or":
        return (0, value[1]) if some else (1, args[0])
    if name == "flatten":
        return value[1] if some else (0,)
    if name in ("xor", "or", "and"):
        other = args[0]
        other_some = other[0] == 1
        if name == "and":
            return other if some else (0,)
        if name == "or":
            return value if some else other
        return value if some and not other_some else other if other_some and not some else (0,)
    if name == "map_or":
        return args[1].call([value[1]]) if some else args[0]
    if name == "map_or_else":
        return args[1].call([value[1]]) if some else args[0].call([])
    raise TypeError(name)


def _temp_ref(interp: Interpreter, env: Env, value: Any, ty: T.Ty) -> Ref:
    ref = interp.temp_slot(env, value, ty)
    return ref


@method(*(f"Result::{n}" for n in (
    "unwrap", "expect", "unwrap_or", "is_ok", "is_err", "ok", "err", "unwrap_err",
    "unwrap_or_default", "map", "map_err", "unwrap_or_else", "and_then")))
def _result(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
            e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.AdtTy)
    name = e.method
    mem = interp.memory
    value = mem.read(recv) if isinstance(recv, Ref) and name in ("is_ok", "is_err") else recv
    ok = value[0] == 0
    if name == "unwrap":
        return value[1] if ok else _unwrap_failed(interp, e, value, ty, None)
    if name == "expect":
        if ok:
            return value[1]
        return _unwrap_failed(interp, e, value, ty, convert.text_of(mem, args[0], T.RefTy(T.STR)))
    if name == "unwrap_err":
        if not ok:
            return value[1]
        shown = fmt.debug_string(convert.to_fmt(mem, value[1], ty.args[0]))
        raise interp.panic_at(e.method_span, "called `Result::unwrap_err()` on an `Ok` value: "
                              + shown)
    if name == "unwrap_or":
        return value[1] if ok else args[0]
    if name == "unwrap_or_default":
        return value[1] if ok else default_value(ty.args[0])
    if name == "is_ok":
        return ok
    if name == "is_err":
        return not ok
    if name == "ok":
        return (1, value[1]) if ok else (0,)
    if name == "err":
        return (0,) if ok else (1, value[1])
    if name == "map":
        return (0, args[0].call([value[1]])) if ok else value
    if name == "map_err":
        return value if ok else (1, args[0].call([value[1]]))
    if name == "and_then":
        return args[0].call([value[1]]) if ok else value
    if name == "unwrap_or_else":
        return value[1] if ok else args[0].call([value[1]])
    raise TypeError(name)


# ---- Rc / RefCell ----
@method("Rc::clone")
def _rc_clone(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
              e: ast.MethodCall) -> Any:
    return interp.heap.rc_clone(interp.memory.read(recv))


@method("RefCell::borrow", "RefCell::borrow_mut")
def _refcell_borrow(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                    e: ast.MethodCall) -> Any:
    interp.current_span = e.method_span
    guard = interp.heap.borrow_cell(recv, e.method == "borrow_mut")
    return guard


@method("Ordering::then", "Ordering::reverse")
def _ordering(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
              e: ast.MethodCall) -> Any:
    if e.method == "reverse":
        return (2 - recv[0],)
    return args[0] if recv[0] == 1 else recv


@method("Array::into_iter")
def _array_into_iter(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                     e: ast.MethodCall) -> Any:
    return IterValue(tuple(recv))


@method("RefCell::replace")
def _refcell_replace(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                     e: ast.MethodCall) -> Any:
    flag, old = interp.memory.read(recv)
    if flag != 0:
        raise interp.panic_at(e.method_span, "RefCell already borrowed")
    interp.write_place(recv, (flag, args[0]))
    return old


@method("RefCell::into_inner")
def _refcell_into_inner(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                        e: ast.MethodCall) -> Any:
    return recv[1]


# ---- ranges and iterators ----
@method("Range::contains")
def _range_contains(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                    e: ast.MethodCall) -> Any:
    value = interp.memory.read(args[0])
    bounds = interp.memory.read(recv)
    assert isinstance(ty, T.AdtTy)
    if ty.name == "RangeInclusive":
        return bounds[0] <= value <= bounds[1]
    return bounds[0] <= value < bounds[1]


@method(*(f"iter::{n}" for n in (
    "rev", "enumerate", "skip", "take", "step_by", "count", "sum", "product", "max", "min",
    "last", "next", "collect", "cloned", "copied", "map", "filter", "any", "all", "position",
    "find", "fold", "for_each", "zip", "max_by_key", "min_by_key", "filter_map",
    "partition", "flatten", "nth")))
def _iter(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
          e: ast.MethodCall) -> Any:
    name = e.method
    mem = interp.memory
    if isinstance(recv, Ref):  # `it.next()` takes `&mut self`
        current = mem.read(recv)
        items = current.items if isinstance(current, IterValue) else as_items(interp, current, ty)
    else:
        items = as_items(interp, recv, ty)
    item_ty = ty.item if isinstance(ty, T.IterTy) else ty.args[0]  # type: ignore[attr-defined]
    if name == "rev":
        return IterValue(tuple(reversed(items)))
    if name == "zip":  # pairs until the shorter side ends
        other_ty = _arg_ty(interp, e, 0)
        others = tuple(iterate(interp, env, args[0], other_ty, e.method_span))
        return IterValue(tuple(zip(items, others, strict=False)))
    if name == "enumerate":
        return IterValue(tuple(enumerate(items)))
    if name == "skip":
        return IterValue(items[args[0]:])
    if name == "take":
        return IterValue(items[: args[0]])
    if name == "step_by":
        if args[0] == 0:
            raise interp.panic_at(e.method_span, "assertion failed: step != 0", "step_by")
        return IterValue(items[:: args[0]])
    if name == "count":
        return len(items)
    if name in ("sum", "product"):
        result_ty = _ret(interp, e)
        values = [mem.read(v) if isinstance(v, Ref) else v for v in items]
        total: Any = 0 if name == "sum" else 1
        if isinstance(result_ty, T.FloatTy):
            total = float(total)
        for v in values:
            if isinstance(result_ty, T.IntTy):
                op = "+" if name == "sum" else "*"
                try:
                    total = arith.int_binary(op, total, v, result_ty)
                except arith.ArithmeticPanic as problem:
                    raise interp.panic_at(e.method_span, str(problem),
                                          f"{name}:{result_ty.name}") from None
            else:
                total = total + v if name == "sum" else total * v
        return total
    if name in ("max", "min"):
        if not items:
            return (0,)
        def key(v: Any) -> Any:
            return convert.key_of(mem, v, item_ty)
        chosen = items[0]
        for v in items[1:]:
            if (name == "max" and key(v) >= key(chosen)) or (name == "min" and key(v) < key(
                    chosen)):
                chosen = v
        return (1, chosen)
    if name == "last":
        return (1, items[-1]) if items else (0,)
    if name in ("next", "nth"):
        skip = args[0] if name == "nth" else 0
        if len(items) <= skip:
            if isinstance(recv, Ref):
                interp.write_place(recv, IterValue(()))
            return (0,)
        if isinstance(recv, Ref):  # a temporary iterator (`s.chars().nth(2)`) is not kept
            interp.write_place(recv, IterValue(items[skip + 1:]))
        return (1, items[skip])
    if name in ("cloned", "copied"):
        base = item_ty.inner if isinstance(item_ty, T.RefTy) else item_ty
        return IterValue(tuple(clone_value(interp, mem.read(v), base) for v in items))
    if name == "map":
        return IterValue(tuple(args[0].call([v]) for v in items))
    if name == "filter":
        kept = []
        for v in items:
            if args[0].call([_temp_ref(interp, env, v, item_ty)]):
                kept.append(v)
            _pop_temp(interp, env)
        return IterValue(tuple(kept))
    if name in ("any", "all"):
        results = (args[0].call([v]) for v in items)
        return any(results) if name == "any" else all(results)
    if name == "position":
        for i, v in enumerate(items):
            if args[0].call([v]):
                return (1, i)
        return (0,)
    if name == "find":
        for v in items:
            found = args[0].call([_temp_ref(interp, env, v, item_ty)])
            _pop_temp(interp, env)
            if found:
                return (1, v)
        return (0,)
    if name == "fold":
        acc = args[0]
        for v in items:
            acc = args[1].call([acc, v])
        return acc
    if name == "for_each":
        for v in items:
            args[0].call([v])
        return ()
    if name == "collect":
        return _collect(interp, items, item_ty, _ret(interp, e))
    if name in ("max_by_key", "min_by_key"):
        if not items:
            return (0,)
        fn_ty = interp.c.type_of(e.args[0])
        key_ty = fn_ty.ret if isinstance(fn_ty, T.FnTy) else T.I32
        keys = []
        for v in items:
            keys.append(convert.key_of(mem, args[0].call([_temp_ref(interp, env, v, item_ty)]),
                                       key_ty))
            _pop_temp(interp, env)
        chosen = 0
        for i in range(1, len(items)):
            if (name == "max_by_key" and keys[i] >= keys[chosen]) or (
                    name == "min_by_key" and keys[i] < keys[chosen]):
                chosen = i
        return (1, items[chosen])
    if name == "flatten":
        flat: list[Any] = []
        inner_ty = item_ty.inner if isinstance(item_ty, T.RefTy) else item_ty
        for v in items:
            if isinstance(inner_ty, T.AdtTy) and inner_ty.name == "Option":
                if isinstance(v, Ref):  # `&Option<T>` yields `&T` when it is Some
                    if mem.read(v)[0] == 1:
                        flat.append(v.child(1, v.address))
                elif v[0] == 1:
                    flat.append(v[1])
            elif isinstance(v, Ref):  # `&Vec<T>` / `&[T; N]`: references to the elements
                place = interp.deref_to(v, inner_ty, T.SliceTy(T.UNIT))
                flat.extend(place.element(i) for i in range(place.length))
            else:
                flat.extend(as_elements(interp, v, inner_ty))
        return IterValue(tuple(flat))
    if name == "filter_map":
        kept = []
        for v in items:
            result = args[0].call([v])
            if result[0] == 1:
                kept.append(result[1])
        return IterValue(tuple(kept))
    if name == "partition":
        yes, no = [], []
        for v in items:
            (yes if args[0].call([_temp_ref(interp, env, v, item_ty)]) else no).append(v)
            _pop_temp(interp, env)
        target = _ret(interp, e)
        assert isinstance(target, T.TupleTy)
        return (_collect(interp, tuple(yes), item_ty, target.items[0]),
                _collect(interp, tuple(no), item_ty, target.items[1]))
    raise TypeError(name)


def _pop_temp(interp: Interpreter, env: Env) -> None:
    from stackheap_tui.memory.state import REMOVE_SLOTS

    if env.temps:
        _, _, ref = env.temps.pop()
        frame = interp.memory.frames[env.frame]
        if ref is not None and ref.slot == len(frame.slots) - 1:
            interp.rec.apply((REMOVE_SLOTS, env.frame, 1))


def _collect(interp: Interpreter, items: tuple[Any, ...], item_ty: T.Ty, target: T.Ty) -> Any:
    mem = interp.memory
    if T.is_string(target):
        if isinstance(item_ty, T.RefTy) and isinstance(item_ty.inner, T.CharTy):
            items, item_ty = tuple(mem.read(v) for v in items), T.CHAR  # String from &char
        parts = [(v if isinstance(v, str) else convert.text_of(mem, v, item_ty)).encode("utf-8")
                 if not isinstance(item_ty, T.CharTy) else v.encode("utf-8") for v in items]
        data = b"".join(parts)
        return interp.heap.string_from(data)
    if T.is_vec(target):
        element = target.args[0]  # type: ignore[union-attr]
        if isinstance(item_ty, T.RefTy) and not isinstance(element, T.RefTy):
            items = tuple(mem.read(v) for v in items)  # Vec<T> extends from &T (T: Copy)
        return interp.heap.vec_from(element, tuple(items))
    if isinstance(target, T.AdtTy) and target.name in ("Option", "Result"):
        # `Option<Vec<T>>` from `Option<T>`s: the first `None` (or `Err`) is the answer,
        # else every payload collected. Option is (0,) / (1, x); Result (0, x) / (1, e).
        assert isinstance(item_ty, T.AdtTy)
        stop = 0 if target.name == "Option" else 1
        payloads = []
        for item in items:
            if item[0] == stop:
                return item
            payloads.append(item[1])
        inner = _collect(interp, tuple(payloads), item_ty.args[0], target.args[0])
        return (1, inner) if target.name == "Option" else (0, inner)
    raise TypeError(f"collect into {target}")


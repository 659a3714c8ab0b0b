"""The std macros at run time: `println!` and friends, `format!`, `vec!`, `dbg!`, the
panics and the asserts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.fmt_impls import contains_user_fmt
from stackheap_tui.lang.format_string import BoundFormat
from stackheap_tui.lang.items import ItemTable
from stackheap_tui.lang.program import FormatInfo
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import convert
from stackheap_tui.machine.std import maps
from stackheap_tui.machine.std.formatter import (
    OK_UNIT,
    Write,
    collect,
    custom_arg,
    grown_capacity,
    run_custom,
    with_newline,
)
from stackheap_tui.machine.std.registry import Code
from stackheap_tui.machine.std.values import check_capacity, clone_value
from stackheap_tui.memory import formatting as fmt
from stackheap_tui.memory.state import OUTPUT

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter


def compile_format(interp: Interpreter, info: FormatInfo, span: Span) -> Callable[[Env], str]:
    """Render a checked format string with its arguments, as `format_args!` does."""
    stream = compile_stream(interp, info, span)

    def render(env: Env) -> str:
        parts, write = collect()
        stream(env, write)
        return "".join(parts)

    return render


Stream = Callable[["Env", Write], None]


def compile_stream(interp: Interpreter, info: FormatInfo, span: Span,
                   bound: BoundFormat | None = None) -> Stream:
    """A checked format string written piece by piece to `write` (see
    `fmt.render_stream`): the arguments are evaluated first, then each piece written."""
    positional = [custom_arg(interp, arg) or _format_arg(interp, arg) for arg in info.positional]
    named = [(name, custom_arg(interp, arg) or _format_arg(interp, arg))
             for name, arg in info.named]
    bound = info.bound if bound is None else bound
    custom = run_custom(interp, span)

    def stream(env: Env, write: Write) -> None:
        values = [code(env) for code in positional]
        names = {name: code(env) for name, code in named}
        try:
            fmt.render_stream(bound, values, names, write,
                              lambda value, trait: custom(value, trait, write))
        except fmt.FormatPanic as problem:
            raise interp.panic_at(span, str(problem)) from None

    return stream


def has_custom_args(interp: Interpreter, info: FormatInfo) -> bool:
    """Whether a format's arguments include a type with the program's own `fmt`."""
    items = interp.c.items
    assert isinstance(items, ItemTable)
    return bool(items.fmt_impls) and any(
        contains_user_fmt(items, interp.c.type_of(arg))
        for arg in (*info.positional, *(a for _, a in info.named)))


def _format_arg(interp: Interpreter, arg: ast.Expr) -> Callable[[Env], fmt.FmtValue]:
    from stackheap_tui.machine.interpreter import is_place

    code = interp.compile_expr(arg)
    ty = interp.c.type_of(arg)
    temporary = not is_place(arg) and T.needs_drop(ty)

    def value(env: Env) -> fmt.FmtValue:
        raw = code(env)
        if temporary:
            env.temps.append((raw, ty, None))  # a borrowed temporary lives to the `;`
        return convert.to_fmt_argument(interp.memory, raw, ty)

    return value


def estimated_capacity(info: FormatInfo) -> int:
    """std's `Arguments::estimated_capacity`: what `format!` reserves before writing."""
    pieces = info.bound.pieces
    literal = sum(len(p.encode("utf-8")) for p in pieces if isinstance(p, str))
    if all(isinstance(p, str) for p in pieces):
        return literal
    starts_with_arg = bool(pieces) and not isinstance(pieces[0], str)
    return 0 if starts_with_arg and literal < 16 else 2 * literal


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
    """The code of a std macro call."""
    compile_one = _MACROS.get(e.name)
    if compile_one is None:
        raise TypeError(f"macro {e.name}")
    return compile_one(interp, e)


def _compile_print(interp: Interpreter, e: ast.MacroCall) -> Code:
    """`println!`, `print!`, `eprintln!`, `eprint!`."""
    info = interp.c.formats[id(e)]
    stream = info.stream
    suffix = "\n" if info.newline else ""
    if has_custom_args(interp, info):
        # The program's `fmt` runs mid-line: each write reaches the stream as it is made.
        pieces = compile_stream(interp, info, e.span, with_newline(info.bound)
                                if info.newline else None)

        def print_streaming(env: Env) -> Any:
            maps.unordered_output(interp, e.span)
            pieces(env, lambda text: interp.rec.apply((OUTPUT, stream, text)))
            return ()

        return print_streaming
    render = compile_format(interp, info, e.span)

    def print_macro(env: Env) -> Any:
        maps.unordered_output(interp, e.span)
        interp.rec.apply((OUTPUT, stream, render(env) + suffix))
        return ()

    return print_macro


def _compile_write(interp: Interpreter, e: ast.MacroCall) -> Code:
    """`write!(f, ...)` / `writeln!(f, ...)` in a `fmt` method: to where `f` writes."""
    info = interp.c.formats[id(e)]
    target = interp.compile_expr(e.args[0])
    pieces = compile_stream(interp, info, e.span, with_newline(info.bound)
                            if info.newline else None)

    def write_macro(env: Env) -> Any:
        formatter = target(env)
        pieces(env, interp.formatter_sinks[formatter.root])
        return OK_UNIT

    return write_macro


def _compile_format(interp: Interpreter, e: ast.MacroCall) -> Code:
    """`format!`: a new String, with the capacity std's writes leave."""
    info = interp.c.formats[id(e)]
    if has_custom_args(interp, info):
        pieces = compile_stream(interp, info, e.span)

        def format_streaming(env: Env) -> Any:
            parts, write = collect()
            pieces(env, write)
            text = "".join(parts).encode("utf-8")
            sizes = [len(p.encode("utf-8")) for p in parts]
            capacity = grown_capacity(estimated_capacity(info), sizes)
            return interp.heap.string_from(text, capacity)

        return format_streaming
    render = compile_format(interp, info, e.span)

    def format_macro(env: Env) -> Any:
        text = render(env)
        capacity = format_capacity(info, text)
        return interp.heap.string_from(text.encode("utf-8"), capacity)

    return format_macro


def _compile_panic(interp: Interpreter, e: ast.MacroCall) -> Code:
    """`panic!`, `unreachable!`, `todo!`, `unimplemented!`."""
    name = e.name
    span = e.span
    info = interp.c.formats.get(id(e))
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


def _compile_assert(interp: Interpreter, e: ast.MacroCall) -> Code:
    """`assert!`, `debug_assert!`."""
    span = e.span
    cond = interp.compile_expr(e.args[0])
    info = interp.c.formats.get(id(e))
    render = compile_format(interp, info, span) if info is not None and len(
        e.args) > 1 else None
    shown = interp.source[e.args[0].span.start: e.args[0].span.end]

    def assert_macro(env: Env) -> Any:
        if cond(env):
            return ()
        message = render(env) if render is not None else f"assertion failed: {shown}"
        raise interp.panic_at(span, message)

    return assert_macro


def _compile_assert_eq(interp: Interpreter, e: ast.MacroCall) -> Code:
    """`assert_eq!`, `assert_ne!`."""
    span = e.span
    c = interp.c
    left = interp.compile_expr(e.args[0])
    right = interp.compile_expr(e.args[1])
    left_ty = c.type_of(e.args[0])
    right_ty = c.type_of(e.args[1])
    info = c.formats.get(id(e))
    render = compile_format(interp, info, span) if info is not None and len(
        e.args) > 2 else None
    equal_wanted = e.name == "assert_eq"
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


def _compile_dbg(interp: Interpreter, e: ast.MacroCall) -> Code:
    """`dbg!(expr)`: prints `[file:line:col] expr = {:#?}` to stderr and returns the value."""
    codes = [interp.compile_expr(arg) for arg in e.args]
    types = [interp.c.type_of(arg) for arg in e.args]
    texts = [interp.source[arg.span.start: arg.span.end] for arg in e.args]
    where = f"[{interp.path}:{e.span.line}:{e.span.col}]"

    def run_dbg(env: Env) -> Any:
        maps.unordered_output(interp, e.span)
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
    assert isinstance(ty, T.AdtTy) and T.is_vec(ty)
    element = ty.args[0]
    heap = interp.heap
    if e.repeat:
        value_code = interp.compile_expr(e.args[0])
        count_code = interp.compile_expr(e.args[1])
        copies = T.is_copy(element)  # a clone is the value itself: no per-element work

        def vec_repeat(env: Env) -> Any:
            value = value_code(env)
            count = count_code(env)
            check_capacity(interp, count, element, e.span)
            if copies:
                return heap.vec_from(element, (value,) * count)
            items = tuple(clone_value(interp, value, element) for _ in range(count - 1))
            items = (*items, value) if count else ()
            return heap.vec_from(element, items)

        return vec_repeat
    items = [interp.compile_expr(item) for item in e.args]
    types = [element] * len(items)
    return lambda env: heap.vec_from(element, tuple(interp.evaluate_all(env, items, types)))


MacroCompiler = Callable[["Interpreter", ast.MacroCall], Code]
_MACROS: dict[str, MacroCompiler] = {
    "vec": _compile_vec,
    **dict.fromkeys(("println", "print", "eprintln", "eprint"), _compile_print),
    "format": _compile_format,
    **dict.fromkeys(("write", "writeln"), _compile_write),
    **dict.fromkeys(("panic", "unreachable", "todo", "unimplemented"), _compile_panic),
    "dbg": _compile_dbg,
    **dict.fromkeys(("assert", "debug_assert"), _compile_assert),
    **dict.fromkeys(("assert_eq", "assert_ne"), _compile_assert_eq),
}

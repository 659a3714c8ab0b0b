"""The program's own `Display` / `Debug` at run time.

`{}` of a value whose type has a hand-written `fmt` runs that method with a `Formatter`
that sends each write straight on: to stdout for `println!` (so text written before the
value, and a panic inside `fmt`, show as a Rust binary shows them), or into the `String`
that `format!` / `to_string()` builds. The `Formatter` is std's, on a stack frame of
std's: `f` points there, outside the picture.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.fmt_impls import user_fmt
from stackheap_tui.lang.format_string import BoundFormat
from stackheap_tui.lang.items import ItemTable
from stackheap_tui.lang.span import Span
from stackheap_tui.machine.convert import to_fmt
from stackheap_tui.machine.std.registry import method
from stackheap_tui.memory import formatting as fmt
from stackheap_tui.memory.values import NOWHERE, Ref

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter

Write = Callable[[str], None]
OK_UNIT = (0, ())  # `Ok(())`
# Where std's `Formatter` sits: in std's frame, below `main`'s (drawn as an address only).
FORMATTER_ADDRESS = 0x7FFC_DF00


def custom_arg(interp: Interpreter, arg: ast.Expr) -> Callable[[Env], fmt.FmtValue] | None:
    """A format argument whose type (through references and boxes) has the program's own
    `fmt`: the value's place and its `fmt`s; None for any other argument."""
    ty = interp.c.type_of(arg)
    base = ty
    while isinstance(base, T.RefTy | T.BoxTy):
        base = base.inner
    items = interp.c.items
    if not isinstance(base, T.AdtTy):
        return None
    assert isinstance(items, ItemTable)
    impls = {t: item for t in ("Display", "Debug")
             if (item := user_fmt(items, base, t)) is not None}
    if not impls:
        return None
    place = interp.compile_place(arg)

    def value(env: Env) -> fmt.FmtValue:
        where, at = place(env), ty
        address: int | None = None  # what `{:p}` prints for a reference or a `Box`
        while isinstance(at, T.RefTy | T.BoxTy):
            where, at = interp.deref_place_value(interp.memory.read(where), at)
            if address is None:
                address = where.address if isinstance(where, Ref) else -1
        fallback = None
        if len(impls) < 2 and isinstance(at, T.AdtTy) and at.defn is not None and (
                "Debug" in at.defn.derives):
            fallback = to_fmt(interp.memory, interp.memory.read(where), at)
        custom = fmt.FCustom((where, impls), frozenset(impls), fallback)
        return custom if address is None else fmt.FPointer(address, custom)

    return value


def run_fmt(interp: Interpreter, item: ast.FnItem, where: Any, write: Write,
            span: Span) -> None:
    """Call the program's `fmt(&self, f)` with a `Formatter` that writes to `write`."""
    token = len(interp.formatter_sinks) + 1
    interp.formatter_sinks[token] = write
    formatter = Ref(NOWHERE, token, 0, (), FORMATTER_ADDRESS - 64 * token)
    try:
        interp.call_function(item, [where, formatter], span)
    finally:
        del interp.formatter_sinks[token]


def run_custom(interp: Interpreter, span: Span) -> Callable[[fmt.FCustom, str, Write], None]:
    def custom(value: fmt.FCustom, trait: str, write: Write) -> None:
        where, impls = value.payload
        run_fmt(interp, impls[trait], where, write, span)

    return custom


def with_newline(bound: BoundFormat) -> BoundFormat:
    """`writeln!`'s format string: `\\n` joins its last literal piece, as in rustc."""
    pieces = bound.pieces
    if pieces and isinstance(pieces[-1], str):
        return replace(bound, pieces=(*pieces[:-1], pieces[-1] + "\n"))
    return replace(bound, pieces=(*pieces, "\n"))


def grown_capacity(capacity: int, sizes: list[int]) -> int:
    """A String's capacity after writes of these sizes (bytes), as `push_str` grows it."""
    length = 0
    for size in sizes:
        if length + size > capacity:
            capacity = max(2 * capacity, length + size, 8)
        length += size
    return capacity


def collect() -> tuple[list[str], Write]:
    parts: list[str] = []
    return parts, parts.append


@method("display::to_string")
def display_to_string(interp: Interpreter, env: Env, recv: Any, recv_ty: T.Ty,
                      args: list[Any], e: ast.MethodCall) -> Any:
    """`ToString` for a type with the program's `Display`: a new String, written to."""
    del env, args
    items = interp.c.items
    assert isinstance(items, ItemTable) and isinstance(recv_ty, T.AdtTy)
    item = items.fmt_impls[(recv_ty.name, "Display")]
    parts, write = collect()
    run_fmt(interp, item, recv, write, e.span)
    data = "".join(parts).encode("utf-8")
    capacity = grown_capacity(0, [len(p.encode("utf-8")) for p in parts])
    return interp.heap.string_from(data, capacity)

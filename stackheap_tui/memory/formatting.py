"""Rust's `std::fmt` at run time: what a value prints as, byte for byte.

`render(bound, positional, named)` formats runtime values (`FmtValue`s) exactly like
`core::fmt` does: padding, signs, radix prefixes, float digits (`float_digits.py`), Debug
escapes and the `{:#?}` pretty printer. The format string itself was parsed and bound at
check time (`lang/format_string.py`).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from stackheap_tui.lang.escapes import escape_debug_char, escape_debug_str
from stackheap_tui.lang.format_string import (
    TRAIT_OF_KIND,
    U16_MAX,
    ArgKey,
    ArgRef,
    BoundFormat,
    BoundPlaceholder,
    FormatSpec,
    FormatStringError,
    Piece,
    Placeholder,
    bind_arguments,
    parse_format_string,
)
from stackheap_tui.memory.float_digits import (
    EXP_THRESHOLDS,
    decimal_exact,
    decimal_shortest,
    exp_body,
    exp_exact,
    exp_shortest,
    round_digits,
    to_f32,
)

# The format-string names are `lang.format_string`'s, re-exported: a caller with no
# check phase (tests, scripts) parses, binds and renders from one module.
__all__ = [
    "ArgKey",
    "ArgRef",
    "BoundFormat",
    "BoundPlaceholder",
    "FBool",
    "FChar",
    "FFloat",
    "FInt",
    "FList",
    "FMap",
    "FRaw",
    "FStr",
    "FStruct",
    "FTuple",
    "FUnit",
    "FUnitStruct",
    "FmtValue",
    "FormatError",
    "FormatPanic",
    "FormatSpec",
    "FormatStringError",
    "Piece",
    "Placeholder",
    "bind_arguments",
    "debug_string",
    "display_string",
    "escape_debug_char",
    "escape_debug_str",
    "format_string",
    "parse_format_string",
    "render",
]


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------


class FormatError(Exception):
    """A value was formatted with a trait it does not implement (a checker bug guard)."""


class FormatPanic(Exception):
    """A runtime panic raised by `core::fmt` itself (the interpreter reports it as a panic)."""



# ---------------------------------------------------------------------------
# Values the interpreter hands over for formatting
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FInt:
    """Any integer type; `value` is already in range for `bits`/`signed`."""

    value: int
    bits: int
    signed: bool


@dataclass(frozen=True, slots=True)
class FFloat:
    """f32 (`bits=32`, `value` exactly representable as f32) or f64."""

    value: float
    bits: int = 64


@dataclass(frozen=True, slots=True)
class FBool:
    value: bool


@dataclass(frozen=True, slots=True)
class FChar:
    value: str


@dataclass(frozen=True, slots=True)
class FStr:
    """String and &str alike."""

    value: str


@dataclass(frozen=True, slots=True)
class FUnit:
    """The unit value `()`."""


@dataclass(frozen=True, slots=True)
class FUnitStruct:
    """A unit struct or a unit enum variant (`None`, `Quit`): Debug prints the bare name."""

    name: str


@dataclass(frozen=True, slots=True)
class FStruct:
    """A braced struct or struct variant; with no fields Debug prints the bare name."""

    name: str
    fields: tuple[tuple[str, FmtValue], ...]
    exhaustive: bool = True  # False: `finish_non_exhaustive`, a last `..` (`Mutex`)


@dataclass(frozen=True, slots=True)
class FTuple:
    """A tuple (`name` None) or a tuple struct / tuple variant such as `Some(5)`."""

    name: str | None
    items: tuple[FmtValue, ...]


@dataclass(frozen=True, slots=True)
class FList:
    """Vec, array or slice."""

    items: tuple[FmtValue, ...]


@dataclass(frozen=True, slots=True)
class FMap:
    """HashMap (key, value) or HashSet (key, None) entries: `{1: 2}`, `{"a"}`."""

    entries: tuple[tuple[FmtValue, FmtValue | None], ...]


@dataclass(frozen=True, slots=True)
class FRaw:
    """Text the interpreter renders itself; `display` None means the type has no Display.

    Display is padded like a string (width, precision); Debug is written verbatim, or, when
    `debug_value` is given, formatted from it (so `{:#?}` lays it out like a struct).
    """

    display: str | None
    debug: str
    debug_value: FmtValue | None = None


@dataclass(frozen=True, slots=True)
class FRange:
    """`1..3`, `1..=3`, `2..`, `..5`, `..=5`, `..`: Debug formats each written end with the
    same options (`{:>3?}` pads both), joined by `..` or `..=`."""

    start: FmtValue | None
    end: FmtValue | None
    inclusive: bool


@dataclass(frozen=True, slots=True)
class FPointer:
    """A format argument that is a pointer (`&T`, `Box<T>`): `{:p}` prints its address,
    every other kind formats what it points to."""

    address: int
    pointee: FmtValue
    metadata: int | None = None  # a slice's or `str`'s length: a fat pointer


@dataclass(frozen=True, slots=True)
class FCustom:
    """A value whose `Display` / `Debug` is the program's own `fmt`: the machine runs it,
    and its writes go straight to the output (`render_stream`'s `custom`)."""

    payload: Any
    traits: frozenset[str]  # the traits the program wrote (`Display`, `Debug`)
    fallback: Any = None  # the value for a derived trait (a `FmtValue`)


FmtValue = (
    FInt | FFloat | FBool | FChar | FStr | FUnit | FUnitStruct | FStruct | FTuple | FList | FMap
    | FRaw | FRange | FPointer | FCustom
)



# ---------------------------------------------------------------------------
# Rendering: the runtime Formatter options and std's padding helpers
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Opts:
    fill: str = " "
    align: str | None = None
    plus: bool = False
    alternate: bool = False
    zero: bool = False
    width: int | None = None
    precision: int | None = None
    debug_hex: str | None = None  # "x" / "X" from `{:x?}` / `{:X?}`


def _padding(o: _Opts, count: int, default: str) -> tuple[str, str]:
    align = o.align or default
    if align == "<":
        return "", o.fill * count
    if align == ">":
        return o.fill * count, ""
    return o.fill * (count // 2), o.fill * ((count + 1) // 2)


def _pad_str(o: _Opts, s: str) -> str:
    """Formatter::pad: precision truncates, width pads by chars, strings default left."""
    if o.precision is not None:
        s = s[:o.precision]
    if o.width is None or len(s) >= o.width:
        return s
    pre, post = _padding(o, o.width - len(s), "<")
    return pre + s + post


def _pad_integral(o: _Opts, nonnegative: bool, prefix: str, digits: str) -> str:
    """Formatter::pad_integral: the `0` flag pads between sign/prefix and digits."""
    sign = "-" if not nonnegative else ("+" if o.plus else "")
    head = sign + (prefix if o.alternate else "")
    size = len(head) + len(digits)
    if o.width is None or size >= o.width:
        return head + digits
    if o.zero:
        return head + "0" * (o.width - size) + digits
    pre, post = _padding(o, o.width - size, ">")
    return pre + head + digits + post


def _pad_parts(o: _Opts, sign: str, body: str) -> str:
    """Formatter::pad_formatted_parts (floats and `{:e}`): the `0` flag is sign-aware."""
    if o.width is None:
        return sign + body
    width, fill, align, lead = o.width, o.fill, o.align, ""
    if o.zero:
        lead, sign = sign, ""
        width, fill, align = max(0, width - len(lead)), "0", ">"
    size = len(sign) + len(body)
    if size >= width:
        return lead + sign + body
    pre, post = _padding(dataclasses.replace(o, fill=fill, align=align), width - size, ">")
    return lead + pre + sign + body + post


# ---------------------------------------------------------------------------
# Integers
# ---------------------------------------------------------------------------

_RADIX = {"x": ("x", "0x"), "X": ("X", "0x"), "o": ("o", "0o"), "b": ("b", "0b")}


def _int_display(o: _Opts, v: FInt) -> str:
    return _pad_integral(o, v.value >= 0, "", str(abs(v.value)))


def _int_radix(o: _Opts, v: FInt, kind: str) -> str:
    # Negative values print their two's complement in the type's width.
    unsigned = v.value & ((1 << v.bits) - 1)
    code, prefix = _RADIX[kind]
    return _pad_integral(o, True, prefix, format(unsigned, code))


def _int_exp(o: _Opts, v: FInt, upper: bool) -> str:
    digits = str(abs(v.value))
    exponent = len(digits) - 1
    if o.precision is None:
        mantissa = digits.rstrip("0") or "0"
    else:
        mantissa, exponent = round_digits(abs(v.value), 0, o.precision + 1)
    sign = "-" if v.value < 0 else ("+" if o.plus else "")
    return _pad_parts(o, sign, exp_body(mantissa, exponent, upper))


def _float_parts(v: FFloat) -> tuple[float, bool]:
    x = to_f32(v.value) if v.bits == 32 else v.value
    return x, math.copysign(1.0, x) < 0 and not math.isnan(x)

def _float_sign(o: _Opts, x: float, negative: bool) -> str:
    if math.isnan(x):
        return ""  # NaN never shows a sign, not even with `+`
    return "-" if negative else ("+" if o.plus else "")

def _float_body(o: _Opts, x: float, bits: int, mode: str) -> str:
    """The digits without sign. mode: display, debug, e, E."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf"
    x = abs(x)
    if mode in ("e", "E"):
        if o.precision is None:
            return exp_shortest(x, bits, mode == "E")
        return exp_exact(x, o.precision, mode == "E")
    if o.precision is not None:
        return decimal_exact(x, o.precision)
    if mode == "debug" and x != 0:
        # Rust compares in the value's own type: 1e-4f32 is a little below 1e-4.
        low, high = EXP_THRESHOLDS[bits]
        if x < low or x >= high:
            return exp_shortest(x, bits, False)
    return decimal_shortest(x, bits, 1 if mode == "debug" else 0)

def _float_fmt(o: _Opts, v: FFloat, mode: str) -> str:
    x, negative = _float_parts(v)
    return _pad_parts(o, _float_sign(o, x, negative), _float_body(o, x, v.bits, mode))


# ---------------------------------------------------------------------------
# Display and Debug of every value kind
# ---------------------------------------------------------------------------


def _display(o: _Opts, v: FmtValue) -> str:
    match v:
        case FInt():
            return _int_display(o, v)
        case FFloat():
            return _float_fmt(o, v, "display")
        case FBool():
            return _pad_str(o, "true" if v.value else "false")
        case FChar():
            return v.value if o.width is None and o.precision is None else _pad_str(o, v.value)
        case FStr():
            return _pad_str(o, v.value)
        case FRaw(display=str() as text):
            return _pad_str(o, text)
    raise FormatError(f"{type(v).__name__} does not implement Display")


def _debug(o: _Opts, v: FmtValue) -> str:
    match v:
        case FInt():
            return _int_radix(o, v, o.debug_hex) if o.debug_hex else _int_display(o, v)
        case FFloat():
            return _float_fmt(o, v, "debug")
        case FBool():
            return _pad_str(o, "true" if v.value else "false")
        case FChar():  # width and precision are ignored: Debug writes straight through
            return "'" + escape_debug_char(v.value) + "'"
        case FStr():
            return '"' + escape_debug_str(v.value) + '"'
        case FUnit():
            return _pad_str(o, "()")
        case FUnitStruct():
            return v.name
        case FStruct():
            return _debug_struct(o, v)
        case FTuple():
            return _debug_tuple(o, v)
        case FList():
            return _debug_list(o, v)
        case FMap():
            return _debug_map(o, v)
        case FRange():
            start = _debug(o, v.start) if v.start is not None else ""
            end = _debug(o, v.end) if v.end is not None else ""
            return start + ("..=" if v.inclusive else "..") + end
        case FRaw(debug_value=None):
            return v.debug
        case FRaw():
            assert v.debug_value is not None
            return _debug(o, v.debug_value)
    raise FormatError(f"cannot Debug-format {v!r}")


def _indent(text: str) -> str:
    """PadAdapter: four spaces before every line the nested value writes."""
    return "".join("    " + line for line in text.splitlines(keepends=True))


def _debug_struct(o: _Opts, v: FStruct) -> str:
    if not v.fields:
        return v.name if v.exhaustive else f"{v.name} {{ .. }}"
    rest = "" if v.exhaustive else ".."
    if o.alternate:
        body = "".join(_indent(f"{name}: {_debug(o, value)},\n") for name, value in v.fields)
        if rest:
            body += _indent("..\n")
        return f"{v.name} {{\n{body}}}"
    inner = ", ".join([*(f"{name}: {_debug(o, value)}" for name, value in v.fields),
                       *([rest] if rest else [])])
    return f"{v.name} {{ {inner} }}"


def _debug_tuple(o: _Opts, v: FTuple) -> str:
    name = v.name or ""
    if not v.items:
        return name if name else _pad_str(o, "()")
    if o.alternate:
        body = "".join(_indent(_debug(o, item) + ",\n") for item in v.items)
        return f"{name}(\n{body})"
    inner = ", ".join(_debug(o, item) for item in v.items)
    # A 1-tuple needs its comma: `(1,)`.
    return f"{name}({inner}{',' if len(v.items) == 1 and not name else ''})"


def _debug_list(o: _Opts, v: FList) -> str:
    if not v.items:
        return "[]"
    if o.alternate:
        return "[\n" + "".join(_indent(_debug(o, item) + ",\n") for item in v.items) + "]"
    return "[" + ", ".join(_debug(o, item) for item in v.items) + "]"


def _debug_map(o: _Opts, v: FMap) -> str:
    if not v.entries:
        return "{}"
    parts = [_debug(o, k) + (f": {_debug(o, value)}" if value is not None else "")
             for k, value in v.entries]
    if o.alternate:
        return "{\n" + "".join(_indent(part + ",\n") for part in parts) + "}"
    return "{" + ", ".join(parts) + "}"


def _pointer(o: _Opts, v: FmtValue) -> str:
    if isinstance(v, FInt):  # a raw address
        v = FPointer(v.value, v)
    if not isinstance(v, FPointer) or v.address < 0:
        raise FormatError("`{:p}` needs a pointer with a known address")
    address = _address(o, v.address)
    if v.metadata is None:
        return address
    # A fat pointer: std formats its address and metadata as a `Pointer` debug struct,
    # each field with the same options (`{:20p}` pads both, `{:#p}` lays it out).
    metadata = _debug(o, FInt(v.metadata, 64, False))
    if o.alternate:
        return f"Pointer {{\n    addr: {address},\n    metadata: {metadata},\n}}"
    return f"Pointer {{ addr: {address}, metadata: {metadata} }}"


def _address(o: _Opts, address: int) -> str:
    # Pointer::fmt: `#` means zero-extend to 18 chars; the `0x` prefix is always on.
    if o.alternate:
        o = dataclasses.replace(o, zero=True, width=18 if o.width is None else o.width)
    return _int_radix(dataclasses.replace(o, alternate=True), FInt(address, 64, False), "x")


def _format_value(o: _Opts, kind: str, v: FmtValue) -> str:
    if kind == "":
        return _display(o, v)
    if kind in ("?", "x?", "X?") and isinstance(v, FPointer):  # a raw pointer's Debug
        return _pointer(o, v)
    if kind in ("?", "x?", "X?"):
        return _debug(o, v)
    if kind == "p":
        return _pointer(o, v)
    if kind in ("e", "E"):
        if isinstance(v, FInt):
            return _int_exp(o, v, kind == "E")
        if isinstance(v, FFloat):
            return _float_fmt(o, v, kind)
    elif isinstance(v, FInt):
        return _int_radix(o, v, kind)
    raise FormatError(f"{type(v).__name__} does not implement {TRAIT_OF_KIND[kind]}")


# ---------------------------------------------------------------------------
# Public rendering entry points
# ---------------------------------------------------------------------------


def _lookup(key: ArgKey, positional: Sequence[FmtValue],
            named: Mapping[str, FmtValue], kind: str = "") -> FmtValue:
    try:
        value = positional[key] if isinstance(key, int) else named[key]
    except (IndexError, KeyError):
        raise FormatError(f"no value for format argument {key!r}") from None
    if isinstance(value, FPointer):
        # `{:p}` prints the pointer itself; `{}`, `{:?}`, a width… what it points to.
        return value if kind == "p" else value.pointee
    return value


def _count(literal: int | None, key: ArgKey | None, positional: Sequence[FmtValue],
           named: Mapping[str, FmtValue]) -> int | None:
    if key is None:
        return literal
    value = _lookup(key, positional, named)
    if not isinstance(value, FInt):
        raise FormatError("width and precision arguments must be usize")
    if not 0 <= value.value <= U16_MAX:
        # std stores counts as u16 since 1.87; a bigger usize panics at run time.
        raise FormatPanic("Formatting argument out of range")
    return value.value


def _options(ph: BoundPlaceholder, positional: Sequence[FmtValue],
             named: Mapping[str, FmtValue]) -> _Opts:
    spec = ph.spec
    return _Opts(
        fill=spec.fill,
        align=spec.align,
        plus=spec.sign == "+",
        alternate=spec.alternate,
        zero=spec.zero,
        width=_count(ph.width, ph.width_arg, positional, named),
        precision=_count(ph.precision, ph.precision_arg, positional, named),
        debug_hex=spec.kind[0] if spec.kind in ("x?", "X?") else None,
    )


def render(bound: BoundFormat, positional: Sequence[FmtValue],
           named: Mapping[str, FmtValue]) -> str:
    """Format the values; `named` holds the named arguments *and* the captured variables."""
    out: list[str] = []
    for piece in bound.pieces:
        if isinstance(piece, str):
            out.append(piece)
            continue
        opts = _options(piece, positional, named)
        out.append(_format_value(opts, piece.spec.kind,
                                 _lookup(piece.arg, positional, named, piece.spec.kind)))
    return "".join(out)


def render_stream(bound: BoundFormat, positional: Sequence[FmtValue],
                  named: Mapping[str, FmtValue], write: Callable[[str], None],
                  custom: Callable[[FCustom, str], None]) -> None:
    """`render`, written piece by piece as std's `write_fmt` does: each literal piece and
    each formatted value is one `write`; a program's own `fmt` (`FCustom`) is run by
    `custom` (value, trait), which writes for itself (its options are not applied: a
    `write!` in `fmt` ignores width and precision, as std's does)."""
    for piece in bound.pieces:
        if isinstance(piece, str):
            if piece:
                write(piece)
            continue
        value = _lookup(piece.arg, positional, named, piece.spec.kind)
        if isinstance(value, FCustom) and piece.trait in value.traits:
            custom(value, piece.trait)
            continue
        if isinstance(value, FCustom):
            value = value.fallback  # `{:?}` of a derived `Debug`
        opts = _options(piece, positional, named)
        write(_format_value(opts, piece.spec.kind, value))


def has_custom(values: Sequence[FmtValue]) -> bool:
    return any(isinstance(v, FCustom) for v in values)


def format_string(template: str, *positional: FmtValue, **named: FmtValue) -> str:
    """Parse, bind and render in one go (tests, and callers with no check phase)."""
    bound = bind_arguments(parse_format_string(template), len(positional), tuple(named))
    return render(bound, positional, named)


def display_string(value: FmtValue) -> str:
    """`value.to_string()`: Display with default options."""
    return _display(_Opts(), value)


def debug_string(value: FmtValue, pretty: bool = False) -> str:
    """`format!("{:?}", value)` (or `{:#?}` when `pretty`), e.g. for panic messages."""
    return _debug(_Opts(alternate=pretty), value)

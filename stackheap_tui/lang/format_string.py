"""Format strings as rustc reads them at compile time: `format!`'s mini-language.

1. `parse_format_string(template)` splits a format string literal's *value* (escapes already
   decoded; for `println!` pass the literal without the implied newline) into literal text and
   `Placeholder`s. Syntax errors raise `FormatStringError` with rustc's wording, in the order
   rustc reports them (`rustc_parse_format` first, then unknown format traits).
2. `bind_arguments(pieces, positional_count, named)` resolves which argument every placeholder,
   width and precision reads (implicit counter, `{:.*}`, `N$`, `name$`, inline captures) and
   raises rustc's argument-count errors. Done once per macro call, at check time.

What the values then print as is `memory/formatting.py`'s job (`render`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from stackheap_tui.lang.escapes import RUST_WHITESPACE, escape_char


class FormatStringError(Exception):
    """A compile-time error in a format string or its argument list, worded as rustc does.

    `offset` is the character index in the template that rustc's primary span starts at, or
    None when rustc points at an argument expression instead (`argument never used`); then
    `arg_index` is the explicit argument it points at (positional first, then named).
    """

    def __init__(self, message: str, offset: int | None, arg_index: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.arg_index = arg_index



# ---------------------------------------------------------------------------
# Parsed format strings
# ---------------------------------------------------------------------------

_KNOWN_KINDS = frozenset({"", "?", "x", "X", "o", "b", "e", "E", "x?", "X?", "p"})


@dataclass(frozen=True, slots=True)
class ArgRef:
    """A width/precision taken from an argument: `1$` (int) or `name$` (str)."""

    target: int | str


@dataclass(frozen=True, slots=True)
class FormatSpec:
    fill: str = " "
    align: Literal["<", ">", "^"] | None = None
    sign: Literal["+", "-"] | None = None
    alternate: bool = False
    zero: bool = False
    width: int | ArgRef | None = None
    precision: int | ArgRef | Literal["*"] | None = None
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Placeholder:
    """One `{...}`. `position`: None = next implicit, int = `{0}`, str = `{name}`.

    `offset` is the index of its `{`; the other offsets locate the parts rustc's
    diagnostics point at (argument, width, the `.` of a precision).
    """

    position: int | str | None
    spec: FormatSpec
    offset: int
    arg_offset: int = 0
    width_offset: int | None = None
    precision_offset: int | None = None


Piece = str | Placeholder
ArgKey = int | str  # int: a positional argument; str: a named or captured one


@dataclass(frozen=True, slots=True)
class BoundPlaceholder:
    """A placeholder whose value, width and precision arguments are resolved."""

    arg: ArgKey
    spec: FormatSpec
    offset: int
    width: int | None = None
    width_arg: ArgKey | None = None
    precision: int | None = None
    precision_arg: ArgKey | None = None

    @property
    def trait(self) -> str:
        """The std::fmt trait the value must implement."""
        return TRAIT_OF_KIND[self.spec.kind]


TRAIT_OF_KIND = {
    "": "Display", "?": "Debug", "x?": "Debug", "X?": "Debug", "x": "LowerHex",
    "X": "UpperHex", "o": "Octal", "b": "Binary", "e": "LowerExp", "E": "UpperExp",
    "p": "Pointer",
}


@dataclass(frozen=True, slots=True)
class BoundFormat:
    """A checked format string. `captured` lists inline names that are not named arguments:
    the checker resolves them as variables and passes their values in `render`'s `named`."""

    pieces: tuple[str | BoundPlaceholder, ...]
    captured: tuple[str, ...] = ()

    def uses(self) -> tuple[tuple[ArgKey, str], ...]:
        """Every (argument, trait) pair to type-check; width/precision arguments are `usize`."""
        out: list[tuple[ArgKey, str]] = []
        for piece in self.pieces:
            if isinstance(piece, BoundPlaceholder):
                out.append((piece.arg, piece.trait))
                out.extend((key, "usize") for key in (piece.precision_arg, piece.width_arg)
                           if key is not None)
        return tuple(out)


def _is_id_start(c: str) -> bool:
    return c == "_" or c.isidentifier()


def _is_id_continue(c: str) -> bool:
    return ("a" + c).isidentifier()


# ---------------------------------------------------------------------------
# Parsing (a port of rustc_parse_format's recursive descent, errors included)
# ---------------------------------------------------------------------------

U16_MAX = 0xFFFF  # widths and precisions are u16 in std since Rust 1.87


@dataclass(slots=True)
class _Arg:
    """A placeholder as the parser builds it, before it is frozen into a `Placeholder`."""

    position: int | str | None
    arg_offset: int
    spec: FormatSpec
    width_offset: int | None = None
    precision_offset: int | None = None
    kind_offset: int | None = None

    def is_identifier(self) -> bool:
        # rustc: a named position with an entirely default spec (`{x}` or `{x:}`).
        return (isinstance(self.position, str) and self.spec == FormatSpec()
                and self.precision_offset is None)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        # rustc pushes most errors but inserts "better" suggestions at the front;
        # only the first one is reported.
        self.errors: list[tuple[str, int]] = []

    # -- cursor helpers --
    def peek(self, ahead: int = 0) -> str | None:
        j = self.i + ahead
        return self.text[j] if j < len(self.text) else None

    def consume(self, c: str) -> bool:
        if self.peek() == c:
            self.i += 1
            return True
        return False

    def ws(self) -> None:
        while (c := self.peek()) is not None and c in RUST_WHITESPACE:
            self.i += 1

    # -- top level --
    def parse(self) -> tuple[list[Piece], list[_Arg]]:
        pieces: list[Piece] = []
        args: list[_Arg] = []
        literal: list[str] = []
        text = self.text
        while self.i < len(text) and not self.errors:
            c = text[self.i]
            if c in "{}" and self.peek(1) == c:  # `{{` / `}}`
                literal.append(c)
                self.i += 2
            elif c == "{":
                start = self.i
                self.i += 1
                arg = self.argument()
                self.ws()
                if not self.consume("}"):
                    self.missing_closing_brace(arg)
                if literal:
                    pieces.append("".join(literal))
                    literal.clear()
                pieces.append(_freeze(arg, start))
                args.append(arg)
            elif c == "}":
                self.errors.append(("unmatched `}` found", self.i))
            else:
                literal.append(c)
                self.i += 1
        if literal:
            pieces.append("".join(literal))
        return pieces, args

    def argument(self) -> _Arg:
        arg_offset = self.i
        position = self.position()
        self.ws()
        arg = _Arg(position, arg_offset, FormatSpec())
        self.format_spec(arg)
        return arg

    def position(self) -> int | str | None:
        number = self.integer()
        if number is not None:
            return number
        c = self.peek()
        if c is None or not _is_id_start(c):
            return None
        start = self.i
        word = self.word()
        nxt = self.peek(1)
        if word == "r" and self.peek() == "#" and nxt is not None and _is_id_start(nxt):
            self.i += 1
            word = self.word()
            self.errors.insert(0, ("raw identifiers are not supported", start))
        return word

    def format_spec(self, arg: _Arg) -> None:
        if not self.consume(":"):
            return
        fields: dict[str, object] = {}
        fill, after = self.peek(), self.peek(1)
        if fill is not None and after is not None and after in "<>^":
            fields["fill"] = fill
            self.i += 1
        for align in "<>^":
            if self.consume(align):
                fields["align"] = align
                break
        for sign in "+-":
            if self.consume(sign):
                fields["sign"] = sign
                break
        if self.consume("#"):
            fields["alternate"] = True
        self.width(arg, fields)
        if self.peek() == ".":
            arg.precision_offset = self.i
            self.i += 1
            precision = "*" if self.consume("*") else self.count()
            if precision is not None:
                fields["precision"] = precision
        arg.kind_offset = self.i
        fields["kind"] = self.kind()
        arg.spec = FormatSpec(**fields)  # type: ignore[arg-type]

    def width(self, arg: _Arg, fields: dict[str, object]) -> None:
        start = self.i
        if self.consume("0"):
            # `{:0$}` is width-from-argument-0, not the zero flag plus a bare `$`.
            if self.consume("$"):
                fields["width"] = ArgRef(0)
                arg.width_offset = start
                return
            fields["zero"] = True
        start = self.i
        width = self.count()
        if width is not None:
            fields["width"] = width
            arg.width_offset = start

    def kind(self) -> str:
        for radix in "xX":
            if self.consume(radix):
                return radix + "?" if self.consume("?") else radix
        if self.consume("?"):
            c = self.peek()
            if c is not None and c in "#xX":
                self.errors.insert(0, (f"expected `}}`, found `{c}`", self.i))
            return "?"
        return self.word()

    def count(self) -> int | ArgRef | None:
        number = self.integer()
        if number is not None:
            return ArgRef(number) if self.consume("$") else number
        start = self.i
        word = self.word()
        if word and self.consume("$"):
            return ArgRef(word)
        self.i = start
        return None

    def word(self) -> str:
        start = self.i
        c = self.peek()
        if c is None or not _is_id_start(c):
            return ""
        self.i += 1
        while (c := self.peek()) is not None and _is_id_continue(c):
            self.i += 1
        word = self.text[start:self.i]
        if word == "_":
            self.errors.append(("invalid argument name `_`", start))
        return word

    def integer(self) -> int | None:
        start = self.i
        while (c := self.peek()) is not None and "0" <= c <= "9":
            self.i += 1
        if self.i == start:
            return None
        digits = self.text[start:self.i]
        if int(digits) > U16_MAX:
            self.errors.append((
                f"integer `{digits}` does not fit into the type `u16` whose range is "
                f"`0..={U16_MAX}`", start))
        return int(digits) & U16_MAX  # rustc keeps the wrapped value

    # -- error recovery, copied so the *first* reported message matches rustc --
    def missing_closing_brace(self, arg: _Arg) -> None:
        c = self.peek()
        if c is None:
            self.errors.append(("expected `}` but string was terminated", len(self.text)))
            return
        found = escape_char(c, single_quote=True, double_quote=True)
        self.errors.append((f"expected `}}`, found `{found}`", self.i))
        nxt = self.peek(1)
        if nxt is None:
            return
        here = self.i
        if c == "?" and nxt == "}":
            self.errors.insert(0, ("expected `}`, found `?`", here))
        elif c == "?":
            self.suggest_format_debug()
        elif c in "<^>":
            self.errors.insert(0, (
                "expected alignment specifier after `:` in format string; example: `{:>?}`",
                here))
        elif c == ",":
            self.errors.insert(0, (
                "python's numeric grouping `,` is not supported in rust format strings", here))
        elif c == "=" and nxt == "}":
            self.errors.insert(0, (
                "python's f-string debug `=` is not supported in rust, use `dbg(x)` instead",
                here))
        else:
            self.suggest_field_access(arg)

    def suggest_format_debug(self) -> None:
        here = self.i
        question = self.consume("?")
        colon = self.consume(":")
        if question and colon:
            self.word()
            self.errors.insert(0, ("expected format parameter to occur after `:`", here))

    def suggest_field_access(self, arg: _Arg) -> None:
        if not arg.is_identifier() or not self.consume("."):
            return
        field = self.argument()
        if not self.consume("}"):
            return
        if isinstance(field.position, str):
            self.errors.insert(0, ("field access isn't supported", arg.arg_offset))
        elif isinstance(field.position, int):
            self.errors.insert(0, ("tuple index access isn't supported", arg.arg_offset))


def _freeze(arg: _Arg, offset: int) -> Placeholder:
    return Placeholder(arg.position, arg.spec, offset, arg.arg_offset,
                       arg.width_offset, arg.precision_offset)


def parse_format_string(template: str) -> tuple[Piece, ...]:
    """Split a format string into literal text and placeholders, or raise rustc's error."""
    parser = _Parser(template)
    pieces, args = parser.parse()
    if parser.errors:
        message, offset = parser.errors[0]
        raise FormatStringError(f"invalid format string: {message}", offset)
    # rustc checks the trait names only once the whole string has parsed.
    for arg in args:
        if arg.spec.kind not in _KNOWN_KINDS:
            raise FormatStringError(f"unknown format trait `{arg.spec.kind}`", arg.kind_offset)
    return tuple(pieces)


# ---------------------------------------------------------------------------
# Binding arguments (rustc_builtin_macros::format::make_format_args)
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Binder:
    positional_count: int
    named: tuple[str, ...]
    used: list[bool]
    captured: list[str] = dataclasses.field(default_factory=list)
    # (index, offset, numbered) for each reference past the explicit arguments
    invalid: list[tuple[int, int | None, bool]] = dataclasses.field(default_factory=list)

    def by_index(self, index: int, offset: int | None, numbered: bool) -> ArgKey:
        if index >= len(self.used):
            self.invalid.append((index, offset, numbered))
            return index
        self.used[index] = True
        # A named argument may be referred to by position (rustc only lints it).
        return index if index < self.positional_count else self.named[index - self.positional_count]

    def by_name(self, name: str) -> ArgKey:
        if name in self.named:
            self.used[self.positional_count + self.named.index(name)] = True
        elif name not in self.captured:
            self.captured.append(name)
        return name


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _args_desc(total: int) -> str:
    if total == 0:
        return "no arguments were given"
    return "there is 1 argument" if total == 1 else f"there are {total} arguments"


def _listify(items: list[int]) -> str:
    words = [str(i) for i in items]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _bind_one(ph: Placeholder, binder: _Binder, curarg: list[int]) -> BoundPlaceholder:
    spec = ph.spec
    star: int | None = None
    if spec.precision == "*":  # `.*` takes its argument before the value's implicit one
        star = curarg[0]
        curarg[0] += 1
    if ph.position is None:
        arg = binder.by_index(curarg[0], ph.arg_offset, False)
        curarg[0] += 1
    elif isinstance(ph.position, int):
        arg = binder.by_index(ph.position, ph.arg_offset, True)
    else:
        arg = binder.by_name(ph.position)
    bound = BoundPlaceholder(arg, spec, ph.offset)
    if star is not None:
        bound = dataclasses.replace(
            bound, precision_arg=binder.by_index(star, ph.precision_offset, False))
    elif isinstance(spec.precision, ArgRef):
        bound = dataclasses.replace(
            bound, precision_arg=_bind_count(spec.precision, binder, ph.precision_offset))
    elif isinstance(spec.precision, int):
        bound = dataclasses.replace(bound, precision=spec.precision)
    if isinstance(spec.width, ArgRef):
        bound = dataclasses.replace(
            bound, width_arg=_bind_count(spec.width, binder, ph.width_offset))
    elif isinstance(spec.width, int):
        bound = dataclasses.replace(bound, width=spec.width)
    return bound


def _bind_count(ref: ArgRef, binder: _Binder, offset: int | None) -> ArgKey:
    if isinstance(ref.target, int):
        return binder.by_index(ref.target, offset, True)
    return binder.by_name(ref.target)


def _is_numbered(ph: Placeholder) -> bool:
    counts = (ph.spec.width, ph.spec.precision)
    return isinstance(ph.position, int) or any(
        isinstance(c, ArgRef) and isinstance(c.target, int) for c in counts)


def _invalid_reference_error(placeholders: list[Placeholder], binder: _Binder) -> None:
    total = len(binder.used)
    if not any(_is_numbered(ph) for ph in placeholders):
        # Only implicit references: rustc counts what the string asks for.
        wanted = 0
        spans: list[int] = []
        for ph in placeholders:
            span: int | None = None
            if ph.spec.precision == "*":
                wanted += 1
                span = ph.precision_offset
            if ph.position is None:
                wanted += 1
                span = ph.offset
            if span is not None:
                spans.append(span)
        raise FormatStringError(
            f"{_plural(wanted, 'positional argument')} in format string, "
            f"but {_args_desc(total)}", spans[0] if spans else None)
    indexes = sorted({index for index, _, _ in binder.invalid})
    noun = "argument" if len(indexes) == 1 else "arguments"
    raise FormatStringError(
        f"invalid reference to positional {noun} {_listify(indexes)} ({_args_desc(total)})",
        binder.invalid[0][1])


def _unused_error(placeholders: list[Placeholder], binder: _Binder,
                  positional_names: Sequence[str | None] | None) -> None:
    unused = [i for i, used in enumerate(binder.used) if not used]
    if not unused:
        return
    inline = {ph.position for ph in placeholders if isinstance(ph.position, str)}
    if positional_names is not None:
        # `format!("{x}", x)`: the argument repeats an inline capture.
        redundant = [i for i in unused if i < binder.positional_count
                     and positional_names[i] is not None and positional_names[i] in inline]
        if redundant:
            message = "redundant argument" if len(redundant) == 1 else "redundant arguments"
            raise FormatStringError(message, None, redundant[-1])
    if len(unused) > 1:
        raise FormatStringError("multiple unused formatting arguments", None, unused[0])
    named = unused[0] >= binder.positional_count
    raise FormatStringError(
        "named argument never used" if named else "argument never used", None, unused[0])


def bind_arguments(
    pieces: Sequence[Piece],
    positional_count: int,
    named: tuple[str, ...] = (),
    positional_names: Sequence[str | None] | None = None,
) -> BoundFormat:
    """Resolve every placeholder's arguments as rustc does, or raise rustc's error.

    `named` are the `name = expr` arguments in order. `positional_names[i]`, when given,
    is the variable name if positional argument `i` is a bare identifier (it lets the
    `redundant argument` error be reproduced).
    """
    binder = _Binder(positional_count, named, [False] * (positional_count + len(named)))
    curarg = [0]
    placeholders = [p for p in pieces if isinstance(p, Placeholder)]
    bound = [p if isinstance(p, str) else _bind_one(p, binder, curarg) for p in pieces]
    if binder.invalid:
        _invalid_reference_error(placeholders, binder)
    _unused_error(placeholders, binder, positional_names)
    return BoundFormat(tuple(bound), tuple(binder.captured))



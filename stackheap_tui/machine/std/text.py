"""str and String at run time: their methods, splitting and `parse`, and std's panics for
slicing a str."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import convert
from stackheap_tui.machine.std.registry import (
    CallSite,
    Code,
    arg_type,
    function,
    method,
    result_type,
)
from stackheap_tui.machine.std.values import IterValue, check_capacity
from stackheap_tui.memory import formatting as fmt
from stackheap_tui.memory.float_digits import to_f32
from stackheap_tui.memory.ranges import IndexRange
from stackheap_tui.memory.values import Ref, Slice

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter


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


def _is_char_boundary(data: bytes | bytearray, index: int) -> bool:
    """`str::is_char_boundary`: 0, the end, or a byte that starts a character."""
    if index == 0 or index == len(data):
        return True
    return index < len(data) and (data[index] & 0xC0) != 0x80


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
    if name == "chars":  # its size_hint counts bytes left: at least one char per 4
        return IterValue(tuple(text), hint="chars")
    if name == "bytes":
        return IterValue(tuple(data))
    if name == "char_indices":
        indexed: list[tuple[int, str]] = []
        offset = 0
        for ch in text:
            indexed.append((offset, ch))
            offset += len(ch.encode("utf-8"))
        return IterValue(tuple(indexed), hint="char_indices")
    if name in ("split_whitespace", "lines", "split", "split_terminator"):
        return IterValue(tuple(_split(interp, recv, text, name, args, e)), hint="unknown")
    if name == "repeat":
        if len(data) * args[0] > T.USIZE.max:  # the byte count itself overflows
            raise interp.panic_at(e.method_span, "capacity overflow", "repeat")
        check_capacity(interp, len(data) * args[0], T.U8, e.method_span)
        return heap.string_from(data * args[0])
    if name in ("contains", "find") and isinstance(arg_type(interp, e, 0), T.FnTy):
        at = _find_match(interp, text, 0, args[0], arg_type(interp, e, 0))[0]
        if name == "contains":
            return at >= 0
        return (0,) if at < 0 else (1, len(text[:at].encode("utf-8")))
    if name in ("contains", "starts_with", "ends_with", "find"):
        needle = _pattern_text(interp, args[0], arg_type(interp, e, 0))
        if name == "contains":
            return needle in text
        if name == "starts_with":
            return text.startswith(needle)
        if name == "ends_with":
            return text.endswith(needle)
        at = text.find(needle)
        return (0,) if at < 0 else (1, len(text[:at].encode("utf-8")))
    if name == "split_once":
        sep = _pattern_text(interp, args[0], arg_type(interp, e, 0))
        at = text.find(sep)
        if at < 0:
            return (0,)
        start = len(text[:at].encode("utf-8"))
        end = start + len(sep.encode("utf-8"))
        return (1, (recv.sub(0, start), recv.sub(end, len(data))))
    if name == "replace":
        old = _pattern_text(interp, args[0], arg_type(interp, e, 0))
        new = _pattern_text(interp, args[1], arg_type(interp, e, 1))
        return heap.string_from(text.replace(old, new).encode("utf-8"))
    if name == "parse":
        return _parse(text, result_type(interp, e))
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
        pattern_ty = arg_type(interp, e, 0)
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
        number = float(text)
        return (0, to_f32(number) if target.bits == 32 else number)
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
            added = convert.bytes_of(mem, args[0], arg_type(interp, e, 0))
        elif name == "insert":
            added = args[1].encode("utf-8")
        else:
            added = convert.bytes_of(mem, args[1], arg_type(interp, e, 1))
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


@function("String::new")
def _string_new(site: CallSite) -> Code:
    return lambda env: (1, 0, 0)


@function("String::from", "String::from_str")
def _string_from(site: CallSite) -> Code:
    mem = site.interp.memory
    heap = site.interp.heap
    values = site.values
    source = site.arg_tys[0]

    def string_from(env: Env) -> Any:
        (text,) = values(env)
        data = convert.bytes_of(mem, text, source)
        return heap.string_from(data)

    return string_from


@function("String::with_capacity")
def _string_with_capacity(site: CallSite) -> Code:
    interp = site.interp
    heap = interp.heap
    values = site.values
    span = site.e.span

    def string_with_capacity(env: Env) -> Any:
        (capacity,) = values(env)
        check_capacity(interp, capacity, T.U8, span)
        return heap.new_buffer("string", T.U8, capacity, b"")

    return string_with_capacity

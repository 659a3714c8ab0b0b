"""Literal text → values: escapes in string, char and byte literals, and integer
literals with their base and type suffix."""

from __future__ import annotations

import re

from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.span import Span

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", "'": "'", '"': '"'}
_ESCAPE_RE = re.compile(r"\\(u\{[0-9a-fA-F_]+\}|x[0-9a-fA-F]{2}|\n\s*|.)")


def decode_escapes(body: str) -> str:
    """A literal's value from its text between the quotes. rustc reads the file with
    each CR LF turned into LF first, so a string written across a CRLF line break holds
    `\n` alone (and a `\\` before a CRLF joins the lines)."""
    body = body.replace("\r\n", "\n")

    def replace(match: re.Match[str]) -> str:
        esc = match.group(1)
        if esc.startswith("u{"):
            return chr(int(esc[2:-1].replace("_", ""), 16))
        if esc.startswith("x") and len(esc) == 3:
            return chr(int(esc[1:], 16))
        if esc.startswith("\n"):
            return ""  # a backslash at a line's end joins the lines, skipping indentation
        return _ESCAPES.get(esc, esc)

    return _ESCAPE_RE.sub(replace, body)


INT_SUFFIXES = (
    "i128", "u128", "isize", "usize", "i16", "i32", "i64", "u16", "u32", "u64", "f32", "f64",
    "i8", "u8",
)


def parse_int_literal(text: str) -> tuple[int, str | None]:
    suffix = None
    digits = text
    is_hex = text.startswith("0x")
    for candidate in INT_SUFFIXES:
        # In hex, "f32" could be digits; Rust reads a trailing f32 in 0x.. as digits too.
        if text.endswith(candidate) and not (is_hex and candidate.startswith("f")):
            suffix, digits = candidate, text[: -len(candidate)]
            break
    digits = digits.replace("_", "")
    base = {"0x": 16, "0o": 8, "0b": 2}.get(digits[:2], 10)
    return int(digits[2:] if base != 10 else digits, base), suffix


_BARE_CR = re.compile(r"\r(?!\n)")


def scan_bare_cr(source: str) -> list[Diagnostic]:
    """rustc's lexer errors for a carriage return not followed by a line feed inside a
    string, char or byte literal (elsewhere it is whitespace); none when there is none."""
    if _BARE_CR.search(source) is None:
        return []
    from stackheap_tui.lang.syntax.grammar import lex

    problems: list[Diagnostic] = []
    # A bad character stops the lexer: the parser reports it with its own message.
    for token in lex(source)[0]:
        if token.type not in ("STRING", "CHAR", "BYTE"):
            continue
        text = str(token)
        message = ("bare CR not allowed in string, use `\\r` instead"
                   if token.type == "STRING" else "character constant must be escaped: `\\r`")
        for match in _BARE_CR.finditer(text):
            at = match.start()
            line = (token.line or 0) + text.count("\n", 0, at)
            newline = text.rfind("\n", 0, at)
            col = (token.column or 0) + at if newline < 0 else at - newline
            start = (token.start_pos or 0) + at
            problems.append(Diagnostic(message, Span(line, col, line, col + 1, start,
                                                     start + 1)))
    return problems

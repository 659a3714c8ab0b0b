"""Comments blanked out before lexing: Rust's block comments nest, which the lexer's
regular expressions cannot match."""

from __future__ import annotations

import re

from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax.errors import syntax_error

# What the comment scanner must step over whole: strings (a `//` inside one is
# text), raw strings, and char literals (told apart from lifetimes by the closing quote).
_COMMENT_OR_LITERAL = re.compile(r"/[/*]|\"|'|(?<!\w)b?r(#*)\"")
_CHAR_LITERAL = re.compile(r"'(\\u\{[0-9a-fA-F_]+\}|\\x[0-9a-fA-F]{2}|\\.|[^'\\\n])'")
_STRING_BODY = re.compile(r'"(\\(.|\n)|[^"\\])*"', re.DOTALL)


def _blank(text: str) -> str:
    return "".join(ch if ch in "\r\n" else " " for ch in text)


def blank_comments(source: str) -> str:
    """The source with every comment turned into spaces, newlines kept.

    Rust's block comments nest (`/* a /* b */ c */`), which no regular
    expression can match, so they are removed here, before lexing; positions of
    everything else stay exactly where they were.
    """
    pieces: list[str] = []
    done = 0
    pos = 0
    while (found := _COMMENT_OR_LITERAL.search(source, pos)) is not None:
        start = found.start()
        text = found.group(0)
        if text == "//":
            end = source.find("\n", start)
            end = len(source) if end < 0 else end
        elif text == "/*":
            end = _block_comment_end(source, start)
        elif text == "'":
            char = _CHAR_LITERAL.match(source, start)
            pos = char.end() if char else start + 1
            continue
        elif text == '"':
            string = _STRING_BODY.match(source, start)
            if string is None:
                break  # unterminated: the lexer reports it
            pos = string.end()
            continue
        else:
            closing = '"' + found.group(1)
            end_at = source.find(closing, found.end())
            if end_at < 0:
                break
            pos = end_at + len(closing)
            continue
        pieces += [source[done:start], _blank(source[start:end])]
        done = pos = end
    pieces.append(source[done:])
    return "".join(pieces)


def _block_comment_end(source: str, start: int) -> int:
    depth = 0
    at = start
    while True:
        opening = source.find("/*", at)
        closing = source.find("*/", at)
        if closing < 0:
            line = source.count("\n", 0, start) + 1
            col = start - (source.rfind("\n", 0, start) + 1) + 1
            raise syntax_error("unterminated block comment",
                         Span(line, col, line, col + 2, start, start + 2), "E0758")
        if 0 <= opening < closing:
            depth += 1
            at = opening + 2
        else:
            depth -= 1
            at = closing + 2
            if depth == 0:
                return at

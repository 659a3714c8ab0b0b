"""Syntax errors as rustc-style diagnostics: Lark's exceptions translated (with the
hints of `hints`), constructs the grammar does not parse yet reported as such, and
the one-diagnostic error the tree builders raise."""

from __future__ import annotations

import re

from lark import Token
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax.grammar import lex
from stackheap_tui.lang.syntax.hints import delimiter_problem, end_of_file, explain
from stackheap_tui.lang.syntax.spans import span_of_token

# Rust keywords for constructs the grammar does not parse yet: seeing one is
# "not supported yet", which is more honest than a confusing syntax error.
UNSUPPORTED_KEYWORDS = {
    "mod": "modules",
    "async": "`async`",
    "await": "`await`",
    "extern": "`extern`",
    "union": "`union` items",
    "macro_rules": "macro definitions",
}


def unsupported(what: str, span: Span) -> Diagnostic:
    """"not supported yet": Rust that stackheap-tui cannot run (yet), at `span`."""
    return Diagnostic(f"not supported yet: {what}", span, label="stackheap-tui cannot run this yet")


def syntax_error(message: str, span: Span, code: str | None = None) -> CompileError:
    """The error a tree builder raises: one diagnostic."""
    return CompileError([Diagnostic(message, span, code)])


# Lint levels that turn rustc's warnings into errors.
LINT_LEVELS_AS_ERRORS = ("deny", "forbid")


def _in_attribute(tokens: list[Token], at: int) -> bool:
    """Whether `tokens[at]` opens an attribute: `#[name(` or `#![name(`."""
    before = [str(token) for token in tokens[max(0, at - 3): at]]
    after = str(tokens[at + 1]) if at + 1 < len(tokens) else ""
    return after == "(" and (before[-2:] == ["#", "["] or before[-3:] == ["#", "!", "["])


def scan_unsupported(source: str) -> Diagnostic | None:
    """The first keyword of a construct the grammar does not parse yet, as "not supported
    yet"; None when there is none."""
    levels = any(level in source for level in LINT_LEVELS_AS_ERRORS)
    gen = _GEN.search(source) is not None
    if not levels and not gen and not any(word in source for word in UNSUPPORTED_KEYWORDS):
        return None  # cheap: lexing a 1 MB file twice costs seconds
    tokens, complete = lex(source)
    if not complete:
        return None  # the parser reports the bad character with its own message
    braces: list[bool] = []  # per open `{`: whether it opens a trait or impl body
    header = False
    for at, token in enumerate(tokens):
        if token.type in ("TRAIT", "IMPL"):
            header = True
        elif token.type == "LBRACE":
            braces.append(header)
            header = False
        elif token.type == "RBRACE" and braces:
            braces.pop()
        elif token.type == "SEMICOLON":
            header = False
        if str(token) == "type" and braces and braces[-1] and at + 2 < len(tokens) and str(
                tokens[at + 2]) in (":", "<"):
            # `type Item: Display;` / `type Item<'a>;`: bounds and generic associated types
            what = "bounds on associated types" if str(tokens[at + 2]) == ":" else \
                "generic associated types"
            return unsupported(what, span_of_token(token))
        if levels and str(token) in LINT_LEVELS_AS_ERRORS and _in_attribute(tokens, at):
            # `#![deny(unused_mut)]` makes rustc's lint an error; which lints would fire
            # is not modelled, so the program is refused rather than run as if accepted.
            return unsupported(f"`#[{token}(...)]`: lints turned into errors",
                               span_of_token(token))
        if gen and token.type == "IDENT" and str(token) == "gen":
            return _reserved_gen(tokens, at)
        if token.type == "IDENT" and str(token) in UNSUPPORTED_KEYWORDS:
            if at >= 2 and str(tokens[at - 1]) == "(" and str(tokens[at - 2]) == "pub":
                continue  # `pub(crate)`: visibility, accepted and ignored
            if str(token) == "union" and at >= 1 and str(tokens[at - 1]) in (".", "::"):
                continue  # `a.union(&b)`: a contextual keyword, here a method's name
            return unsupported(UNSUPPORTED_KEYWORDS[str(token)], span_of_token(token))
    return None


_GEN = re.compile(r"\bgen\b")
# Where a name is declared, rustc 2024 reads the reserved `gen` as "expected identifier".
_DECLARING = ("let", "fn", "mut", "struct", "enum", "const", "static")


def _reserved_gen(tokens: list[Token], at: int) -> Diagnostic:
    """`gen` is a reserved keyword in Rust 2024 (`let gen = 5;` is a syntax error)."""
    span = span_of_token(tokens[at])
    if at and str(tokens[at - 1]) in _DECLARING:
        return Diagnostic("expected identifier, found reserved keyword `gen`", span,
                          label="expected identifier, found reserved keyword")
    return unsupported("`gen` (a reserved keyword in Rust 2024) in this position", span)


def syntax_diagnostic(error: UnexpectedInput, source: str) -> Diagnostic:
    """Lark's parse error as rustc would report it, with a hint where one is known."""
    line, col = error.line, error.column
    pos = error.pos_in_stream or 0
    if isinstance(error, UnexpectedCharacters):
        char = source[pos] if pos < len(source) else ""
        message = f"unknown start of token: {char!r}" if char not in "\"'" else (
            "unterminated literal"
        )
        return Diagnostic(message, Span(line, col, line, col + 1, pos, pos + 1))
    tokens, complete = lex(source)
    # rustc matches brackets before it parses: an unbalanced one is the error.
    delimiters = delimiter_problem(tokens, source, complete)
    if delimiters is not None:
        return delimiters
    if isinstance(error, UnexpectedToken | UnexpectedEOF):
        token = error.token
        expected = set(error.expected) if isinstance(error, UnexpectedToken) else set()
        if isinstance(error, UnexpectedToken) and token.type != "$END":
            expected = _really_expected(error)
        found = _describe_found(token)
        wanted = _expected_text(expected)
        if token.type == "$END" or line is None or line < 1:
            return Diagnostic(
                "this file contains an unclosed delimiter" if "RBRACE" in expected
                else f"expected {wanted}, found end of file", end_of_file(source),
            )
        at = next((i for i, t in enumerate(tokens) if t.start_pos == token.start_pos), None)
        return explain(_unexpected_token(token, found, wanted, expected, source), tokens, at,
                       source, expected)
    return Diagnostic(str(error).splitlines()[0], Span(line or 1, col or 1, line or 1,
                                                       (col or 1) + 1, pos, pos + 1))


def _unexpected_token(token: Token, found: str, wanted: str, expected: set[str],
                      source: str) -> Diagnostic:
    span = span_of_token(token)
    if "SEMICOLON" in expected and wanted == "`;`":
        # rustc points just after the previous token, where the `;` belongs.
        prev_end = source.rstrip()[: span.start].rstrip()
        prev_line = prev_end.count("\n") + 1
        prev_col = len(prev_end) - (prev_end.rfind("\n") + 1) + 1
        where = Span(prev_line, prev_col, prev_line, prev_col + 1, len(prev_end),
                     len(prev_end) + 1)
        return Diagnostic(f"expected `;`, found {found}", where, label="help: add `;` here")
    return Diagnostic(f"expected {wanted}, found {found}", span, label=f"expected {wanted}")


_TOKEN_WORDS = {
    "SEMICOLON": "`;`", "RBRACE": "`}`", "LBRACE": "`{`", "RPAR": "`)`", "LPAR": "`(`",
    "RSQB": "`]`", "LSQB": "`[`", "COMMA": "`,`", "COLON": "`:`", "EQUAL": "`=`",
    "IDENT": "identifier", "$END": "end of file", "MORETHAN": "`>`", "LESSTHAN": "`<`",
}


def _describe_found(token: Token) -> str:
    if token.type == "$END":
        return "end of file"
    if token.type == "IDENT":
        return f"`{token}`"
    if token.type in ("INT", "FLOAT", "STRING", "CHAR"):
        return f"literal `{token}`"
    if str(token).isidentifier() and str(token) != "_":
        return f"keyword `{token}`"  # every other word-like token is a keyword
    return f"`{token}`"


def _expected_text(expected: set[str]) -> str:
    if {"INT", "STRING", "LPAR"} <= expected:
        return "expression"
    preferred = ["SEMICOLON", "RBRACE", "RPAR", "RSQB", "COMMA", "EQUAL", "LBRACE", "COLON"]
    named = [_TOKEN_WORDS[e] for e in preferred if e in expected]
    if len(named) == 1 or (named and named[0] == "`;`"):
        return named[0]
    if named:
        return "one of " + ", ".join(named[:4])
    if "IDENT" in expected:
        return "identifier"
    return "expression"


def _really_expected(error: UnexpectedToken) -> set[str]:
    """The tokens that could actually come next.

    LALR merges states, so the table's lookaheads for a state are a superset (a
    struct field's type "expects" `;` because a `let`'s type does); trying each
    candidate on a copy of the parser keeps only the real ones.
    """
    interactive = getattr(error, "interactive_parser", None)
    if interactive is None:
        return set(error.expected)
    try:
        return set(interactive.accepts()) or set(error.expected)
    except UnexpectedInput:
        return set(error.expected)

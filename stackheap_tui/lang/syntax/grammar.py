"""The Lark LALR parser for the Rust subset, built once from `grammars/`, and the lexer it
brings (the error messages read the tokens around a syntax error)."""

from __future__ import annotations

from functools import cache

from lark import Lark, Token
from lark.exceptions import UnexpectedInput

from stackheap_tui import resources


@cache
def lark_parser() -> Lark:
    """The LALR parser for `grammars/rust_subset.lark`, built on first use."""
    grammar = resources.grammar_path().read_text(encoding="utf-8")
    # `cache=True` stores the analysed LALR tables in the temp folder (keyed by the
    # grammar's hash): building them takes about half a second at every start otherwise.
    return Lark(grammar, parser="lalr", propagate_positions=True, maybe_placeholders=False,
                cache=True)


def lex(source: str) -> tuple[list[Token], bool]:
    """The file's tokens, and whether the lexer reached its end (a bad character stops it)."""
    tokens: list[Token] = []
    try:
        tokens.extend(lark_parser().lex(source))
    except UnexpectedInput:
        return tokens, False
    return tokens, True

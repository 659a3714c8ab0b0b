"""The Lark LALR parser for the Rust subset, built once from `grammars/`, and the lexer it
brings (the error messages read the tokens around a syntax error)."""

from __future__ import annotations

import threading
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


# The last file lexed, its tokens and whether the lexer reached its end: the scans
# before parsing and the error messages after a failure all read the same tokens.
# Per thread: a file may be parsed while another one records.
_lexed = threading.local()


def lex(source: str) -> tuple[list[Token], bool]:
    """The file's tokens (shared: never changed by a caller), and whether the lexer
    reached its end (a bad character stops it). Lexed once until `forget_lexed`."""
    last: tuple[str, list[Token], bool] | None = getattr(_lexed, "last", None)
    if last is not None and last[0] == source:
        return last[1], last[2]
    tokens: list[Token] = []
    complete = True
    try:
        tokens.extend(lark_parser().lex(source))
    except UnexpectedInput:
        complete = False
    _lexed.last = (source, tokens, complete)
    return tokens, complete


def forget_lexed() -> None:
    """Drop the kept tokens (a megabyte of source is about 20 MB of tokens)."""
    _lexed.last = None


def split_closing_angles(token: Token, expected: set[str]) -> list[Token] | None:
    """The tokens to read instead of `token`, which the parser did not expect: where a
    `>>` cannot be a shift, it is two closing `>` (`Vec<Vec<i32>>`); where a closing `>`
    cannot close generics (`x as usize > 0`), it is a comparison. rustc's parser splits
    the token the same way. None: `token` is a syntax error."""
    if token.type == "MORETHAN" and "CMP_OP" in expected:
        # `x as usize > 0`: the lexer took the `>` for a generic's closing one.
        return [Token.new_borrow_pos("CMP_OP", ">", token)]
    if str(token) != ">>" or "MORETHAN" not in expected:
        return None
    return [Token.new_borrow_pos("MORETHAN", ">", token),
            Token("MORETHAN", ">", (token.start_pos or 0) + 1, token.line, (token.column or 0) + 1,
                  token.end_line, token.end_column, token.end_pos)]

"""Where a Lark token or rule match sits in the source, as a `Span`."""

from __future__ import annotations

from typing import Any

from lark import Token

from stackheap_tui.lang.span import Span


def span_of_token(token: Token) -> Span:
    """Where `token` sits."""
    return Span(
        token.line or 0, token.column or 0, token.end_line or 0, token.end_column or 0,
        token.start_pos or 0, token.end_pos or 0,
    )


def span_of_meta(meta: Any) -> Span:
    """Where a rule matched (Lark's `meta`); all zeros for an empty match."""
    if getattr(meta, "empty", True):
        return Span(0, 0, 0, 0, 0, 0)
    return Span(
        meta.line, meta.column, meta.end_line, meta.end_column, meta.start_pos, meta.end_pos
    )


def span_from_token(token: Token, span: Span) -> Span:
    """`span` starting at `token`: leaves outer attributes and `pub` out of a field's span."""
    return Span(token.line or 0, token.column or 0, span.end_line, span.end_col,
                token.start_pos or 0, span.end)

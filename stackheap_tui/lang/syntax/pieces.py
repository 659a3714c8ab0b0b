"""What every tree builder works with: the `Builder` signature, picking tokens and
nodes out of a rule's children, and the pieces of larger nodes (attributes, parts)
that never reach the finished AST."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lark import Token

from stackheap_tui.lang import ast
from stackheap_tui.lang.span import Span

Builder = Callable[[Span, list[Any]], Any]


def tokens_of(children: list[Any], kind: str) -> list[Token]:
    """The tokens of one kind among a rule's children."""
    return [c for c in children if isinstance(c, Token) and c.type == kind]


def nodes_of(children: list[Any]) -> list[Any]:
    """A rule's children that are not tokens (built nodes and pieces)."""
    return [c for c in children if not isinstance(c, Token)]


def label_of(children: list[Any]) -> str | None:
    """The label (`'outer`) of a loop, `break` or `continue`, if there is one."""
    labels = tokens_of(children, "LIFETIME")
    return str(labels[0]) if labels else None


@dataclass(frozen=True, slots=True)
class Attr:
    """An attribute: `#[derive(Debug, Clone)]` is "derive" with arguments Debug and Clone."""

    name: str
    args: tuple[Attr, ...] = ()
    span: Span | None = field(default=None, compare=False)  # where it is written


@dataclass(frozen=True, slots=True)
class Part:
    """A piece a parent rule picks up by kind: "vis", "generics", "params", "guard", ..."""

    kind: str
    value: Any = None


def part_value(children: list[Any], kind: str, default: Any) -> Any:
    """The value of the `Part` of that kind among the children, or `default`."""
    return next((c.value for c in children if isinstance(c, Part) and c.kind == kind), default)


TYPE_NODES = (ast.TypePath, ast.TypeRef, ast.TypeTuple, ast.TypeArray, ast.TypeNever,
              ast.TypeImpl, ast.TypeDyn)


def left_list(span: Span, c: list[Any]) -> tuple[Any, ...]:
    """`xs: x | xs "," x` (left-recursive, so LALR reads it without lookahead)."""
    return (*c[0], c[1]) if len(c) == 2 else (c[0],)

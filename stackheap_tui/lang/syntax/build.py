"""Lark's tree → the AST: one walk with an explicit stack, never Python recursion, so
10,000 nested parentheses are as safe as one. Each rule's node is made by its builder
(`build_items`, `build_types`, `build_patterns`, `build_exprs`); the building is
purely structural: meaning is the checker's job."""

from __future__ import annotations

from typing import Any

from lark import Token, Tree

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.lang.nesting import MAX_NESTING, counts_as_level, too_deep
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax.build_exprs import EXPR_BUILDERS
from stackheap_tui.lang.syntax.build_items import ITEM_BUILDERS
from stackheap_tui.lang.syntax.build_patterns import PATTERN_BUILDERS
from stackheap_tui.lang.syntax.build_types import TYPE_BUILDERS
from stackheap_tui.lang.syntax.pieces import Builder
from stackheap_tui.lang.syntax.spans import span_of_meta, span_of_token

BUILDERS: dict[str, Builder] = {
    **ITEM_BUILDERS, **TYPE_BUILDERS, **PATTERN_BUILDERS, **EXPR_BUILDERS,
}


def build_ast(tree: Tree) -> ast.Program:
    """Post-order walk with an explicit stack: deep nesting cannot overflow Python.

    On the way down it counts nesting levels, and refuses code nested deeper than
    the later, recursive passes can take (see `nesting`).
    """
    results: list[Any] = []
    stack: list[tuple[Any, bool, int, str | None]] = [(tree, False, 0, None)]
    while stack:
        node, children_done, depth, parent = stack.pop()
        if not isinstance(node, Tree):
            results.append(node)
            continue
        if not children_done:
            if counts_as_level(node.data, parent):
                depth += 1
                if depth > MAX_NESTING:
                    raise CompileError([too_deep(_nesting_span(node))])
            stack.append((node, True, depth, parent))
            stack.extend((child, False, depth, node.data) for child in reversed(node.children))
            continue
        count = len(node.children)
        children = results[len(results) - count:] if count else []
        del results[len(results) - count:]
        rule = node.data if isinstance(node.data, str) else node.data.value
        results.append(BUILDERS[rule](span_of_meta(node.meta), children))
    program = results[0]
    assert isinstance(program, ast.Program)
    return program


def _nesting_span(node: Tree) -> Span:
    # In `a + b + c + ...` every operator's node starts at `a`: point at the operator.
    operator = next((c for c in node.children[1:2] if isinstance(c, Token)), None)
    return span_of_token(operator) if operator is not None else span_of_meta(node.meta)

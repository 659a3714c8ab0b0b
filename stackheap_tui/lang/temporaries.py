"""Temporary lifetime extension: which temporaries of a `let` live as long as its variable.

`let r = &make();` keeps `make()`'s value alive until `r`'s block ends, and so do the
borrows rustc finds through the *extending expressions* of the initializer: the operand
of `&`, the items of a tuple or an array, the fields of a struct literal, the arguments
of a tuple struct or variant constructor (`Some(&make())`), a cast, and a block's, an
`if`'s or a `match` arm's final expression (checked with rustc 1.95). The borrow checker
and the interpreter both ask this module, so they agree on every temporary.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from stackheap_tui.lang import ast
from stackheap_tui.lang.program import Callee


@dataclass(frozen=True, slots=True)
class Extension:
    """The extended borrows of one initializer: `borrows` (ids of `&` expressions), and
    those of them reached through a block, an `if` or a `match` (`scoped`), whose
    temporaries outlive a scope that ends first."""

    borrows: frozenset[int]
    scoped: tuple[ast.Unary, ...]


def constructor_test(callees: Mapping[int, Callee]) -> Callable[[ast.Call], bool]:
    """Whether a call builds a tuple struct or variant from its arguments (`Some(..)`,
    `W(..)`), by the checker's callees: what `extending_borrows` needs to know."""
    def is_constructor(e: ast.Call) -> bool:
        callee = callees.get(id(e))
        return callee is not None and callee.kind in ("struct", "variant")

    return is_constructor


def extending_borrows(init: ast.Expr, is_constructor: Callable[[ast.Call], bool]
                      ) -> Extension:
    """The `&` expressions in `init` whose temporaries live as long as the variable."""
    borrows: set[int] = set()
    scoped: list[ast.Unary] = []
    stack: list[tuple[ast.Expr, bool]] = [(init, False)]
    while stack:
        e, in_scope = stack.pop()
        if isinstance(e, ast.Unary) and e.op in ("&", "&mut"):
            borrows.add(id(e))
            if in_scope:
                scoped.append(e)
            stack.append((e.operand, in_scope))
        elif isinstance(e, ast.TupleExpr | ast.ArrayExpr):
            stack.extend((item, in_scope) for item in e.items)
        elif isinstance(e, ast.StructLit):
            stack.extend((f.value, in_scope) for f in e.fields)
        elif isinstance(e, ast.Cast):
            stack.append((e.expr, in_scope))
        elif isinstance(e, ast.Call) and is_constructor(e):
            stack.extend((arg, in_scope) for arg in e.args)
        elif isinstance(e, ast.Block):
            if e.tail is not None:
                stack.append((e.tail, True))
        elif isinstance(e, ast.If):
            stack.append((e.then, True))
            if e.otherwise is not None:
                stack.append((e.otherwise, True))
        elif isinstance(e, ast.Match):
            stack.extend((arm.body, True) for arm in e.arms)
    return Extension(frozenset(borrows), tuple(scoped))

"""How deeply a program may nest, and the Python recursion room that depth needs.

The parser and the tree builder never recurse, but the checker, the borrow
checker and the interpreter walk the AST recursively, a few Python frames per
level. So the tree builder refuses code nested deeper than `MAX_NESTING` levels
(with the place where it gets too deep, like any compile error), and the passes
after it run with `headroom()`, a recursion limit that covers that depth with a
wide margin. rustc itself crashes (SIGSEGV) somewhere between 300 and 1,000
nested blocks; real programs rarely nest 20 levels.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.span import Span

MAX_NESTING = 256

# Grammar rules that wrap another node without nesting anything in the source:
# `{ { 1 } }` is block_expr > block > block_like_stmt > block_expr > block, two levels.
WRAPPERS = frozenset({
    "start", "item", "block_expr", "block_like_stmt", "expr_stmt", "let_stmt", "item_stmt",
    "args", "param", "fn_params", "return_type", "generic_args", "impl_member",
})

# Constructs whose body is a block: `loop { .. }` is one level, not two.
BODY_OWNERS = frozenset({
    "fn_item", "loop_expr", "labelled_loop_expr", "while_expr", "labelled_while_expr",
    "for_expr", "labelled_for_expr", "if_expr", "unsafe_block", "closure_typed",
})


def counts_as_level(rule: str, parent: str | None) -> bool:
    if rule in WRAPPERS:
        return False
    return not (rule == "block" and parent in BODY_OWNERS)


# Measured: the deepest pass needs about 5 frames per level (a `loop` in a `loop`);
# 10,000 frames stay well inside the main thread's 8 MiB C stack on CPython 3.11+.
_RECURSION_LIMIT = 10_000


def too_deep(span: Span) -> Diagnostic:
    return Diagnostic(
        f"not supported yet: nesting deeper than {MAX_NESTING} levels", span,
        label=f"this is level {MAX_NESTING + 1}",
        notes=("each block, bracket, operator, call and `if`/`else if` counts as a level",),
        help="move the inner part into a function of its own",
    )


@contextmanager
def headroom() -> Iterator[None]:
    """Raise Python's recursion limit for a recursive pass over a checked-depth AST.

    The limit is process-wide: it is put back only if nobody (a recording run on
    another thread) changed it meanwhile.
    """
    old = sys.getrecursionlimit()
    raised = max(old, _RECURSION_LIMIT)
    sys.setrecursionlimit(raised)
    try:
        yield
    finally:
        if sys.getrecursionlimit() == raised:
            sys.setrecursionlimit(old)

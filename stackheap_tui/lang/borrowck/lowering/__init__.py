"""From a checked function body to the borrow checker's control-flow graph.

The lowering is built in layers, each a class using only the layers below it:
`base` (the graph, locals, accesses, places) → `patterns` → `statements` (blocks,
`let`) → `expressions` (dispatch, operators, aggregates) → `control` (branches,
loops) → `calls` (functions, methods, macros) → `closures`. `Lowerer` is all of them.
"""

from __future__ import annotations

from stackheap_tui.lang.borrowck.lowering.base import Shared
from stackheap_tui.lang.borrowck.lowering.closures import ClosureLowering


class Lowerer(ClosureLowering):
    """Lowers one body (a function's or a closure's) into its graph."""


__all__ = ["Lowerer", "Shared"]

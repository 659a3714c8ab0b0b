"""`static mut` at run time: each one a block in the writable data region, defined as the
program starts (before `main` runs its first statement, as the executable's `.data` is
there from the start), read and written in place, never freed.

A place in one is a `Ref` into that block (region HEAP: the memory model's allocations;
drawn in the static region, see `memory/render.py`), so raw pointers to it and Miri's
checks work as for any allocation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.memory.records import format_address
from stackheap_tui.memory.state import DATA_BASE, STATIC_ALLOC
from stackheap_tui.memory.values import HEAP, Ref

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter


def static_muts(interp: Interpreter) -> list[ast.ConstItem]:
    consts = getattr(interp.c.items, "consts", {})
    return [item for item in consts.values() if item.mutable]


def define_statics(interp: Interpreter, env: Env) -> str:
    """Put each `static mut` in the data region with its initial value; the sentence the
    first step says about them ("" if there are none)."""
    top = DATA_BASE
    said: list[str] = []
    for item in static_muts(interp):
        ty = interp.c.items.lower(item.type)  # type: ignore[attr-defined]
        size, align = L.layout(ty)
        top = (top + align - 1) // align * align
        value = interp.compile_expr(item.value)(env)
        interp.rec.apply((STATIC_ALLOC, top, ty, size, value, item.name))
        interp.static_places[item.name] = Ref(HEAP, top, 0, (), top)
        said.append(f"`{item.name}` ({size} B at {format_address(top)})")
        top += max(size, 1)
    if not said:
        return ""
    return (" The `static mut` " + ", ".join(said) + (" is" if len(said) == 1 else " are")
            + " in the executable's writable data region from the start: one place for the "
            "whole run, never freed.")


def static_place(interp: Interpreter, item: ast.ConstItem) -> Ref:
    return interp.static_places[item.name]

"""The closure traits `Fn`, `FnMut` and `FnOnce` as bounds: what each asks of a call.

`F: Fn(i32) -> i32` lets a body call `f(x)` through a shared borrow of `f`, `FnMut`
through a mutable one (so `f` must be declared `mut`), `FnOnce` by moving `f` into the
call. A closure meets a bound when it does no more than the bound allows: one that
mutates a capture is only `FnMut`, one that moves a capture out is only `FnOnce`.
"""

from __future__ import annotations

from stackheap_tui.lang import ast

FN_TRAITS = ("Fn", "FnMut", "FnOnce")
# How a call through each bound takes the callee (as `Callee.self_mode` says it).
CALL_MODE = {"Fn": "ref", "FnMut": "mut", "FnOnce": "value"}
_RANK = {"Fn": 0, "FnMut": 1, "FnOnce": 2}


def is_closure_bound(bound: ast.TypePath) -> bool:
    return bound.sugar is not None and bound.segments[-1] in FN_TRAITS


def meets(kind: str, required: str) -> bool:
    """Whether a closure that is `kind` (its most demanding call) satisfies `required`."""
    return _RANK[kind] <= _RANK[required]


def closure_bounds(item: ast.FnItem) -> dict[str, str]:
    """A function's type parameters bounded by a closure trait: name → `Fn`/`FnMut`/…"""
    out: dict[str, str] = {}
    for g in item.generics:
        for bound in g.bounds:
            if is_closure_bound(bound):
                out[g.name] = bound.segments[-1]
    return out


def closure_params(item: ast.FnItem) -> dict[int, str]:
    """The parameters (by position) whose type is a closure-bounded type parameter."""
    bounds = closure_bounds(item)
    out: dict[int, str] = {}
    for i, param in enumerate(item.params):
        ty = param.type
        if isinstance(ty, ast.TypePath) and len(ty.segments) == 1 and not ty.args and (
                ty.segments[0] in bounds):
            out[i] = bounds[ty.segments[0]]
    return out


def closure_bound_spans(item: ast.FnItem, index: int) -> list[ast.TypePath]:
    """The closure bound that parameter `index`'s type parameter carries (one at most)."""
    ty = item.params[index].type
    if not isinstance(ty, ast.TypePath):
        return []
    return [b for g in item.generics if g.name == ty.segments[0] for b in g.bounds
            if is_closure_bound(b)][:1]

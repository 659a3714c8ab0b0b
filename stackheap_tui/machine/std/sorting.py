"""`sort_by_key` and `sort_by` as std's stable sort calls their closure.

The order the closure is called in is observable (a key function that counts its calls,
as the Book's chapter 13 does, or prints): std 1.95 sorts a slice of at most 20 elements
by insertion sort (`insertion_sort_shift_left`), comparing each new element with those
before it, later element first (`is_less(&tmp, &*sift)`), and `sort_by_key` calls the
key function for both sides of every comparison. Measured against rustc 1.95 for 2 to
20 elements. Longer slices go through driftsort, whose comparisons are not modelled: a
closure there that may have side effects is refused; a pure one only decides the order,
which every stable sort gives alike.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from stackheap_tui.lang import ast
from stackheap_tui.machine.allocation import NotSupportedAtRun

INSERTION_SORT_MAX = 20  # core::slice::sort::stable: MAX_LEN_ALWAYS_INSERTION_SORT


def insertion_order(count: int, is_less: Callable[[int, int], bool]) -> list[int]:
    """The positions in sorted order, comparing as std's `insertion_sort_shift_left`."""
    order = list(range(count))
    for i in range(1, count):
        tmp = order[i]
        if not is_less(tmp, order[i - 1]):
            continue
        hole = i
        while True:
            order[hole] = order[hole - 1]
            hole -= 1
            if hole == 0 or not is_less(tmp, order[hole - 1]):
                break
        order[hole] = tmp
    return order


def may_have_side_effects(closure: ast.Expr) -> bool:
    """Whether calling this closure could be seen (it prints or assigns); a closure passed
    by name, not written here, may do anything."""
    if not isinstance(closure, ast.Closure):
        return True
    stack: list[object] = [closure.body]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.MacroCall | ast.Assign):
            return True
        stack.extend(ast.children(node))
    return False


def sorted_order(count: int, key: Callable[[int], Any] | None,
                 compare: Callable[[int, int], int] | None, closure: ast.Expr,
                 method_span: Any) -> list[int]:
    """The sorted positions of `count` elements, calling `key(i)` (`sort_by_key`) or
    `compare(i, j)` (-1, 0, 1: `sort_by`) as std does."""
    if count <= INSERTION_SORT_MAX:
        if key is not None:
            keyed = key

            def is_less(a: int, b: int) -> bool:
                first = keyed(a)
                return bool(first < keyed(b))
        else:
            assert compare is not None
            cmp = compare

            def is_less(a: int, b: int) -> bool:
                return cmp(a, b) < 0
        return insertion_order(count, is_less)
    if may_have_side_effects(closure):
        raise NotSupportedAtRun("sorting more than 20 elements with a closure that may "
                                "have side effects (std's driftsort calls it in an order "
                                "not modelled)", method_span)
    if key is not None:
        keys = [key(i) for i in range(count)]
        return sorted(range(count), key=lambda i: keys[i])
    assert compare is not None
    return sorted(range(count), key=functools.cmp_to_key(compare))

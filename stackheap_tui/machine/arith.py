"""Integer arithmetic exactly as Rust's debug build does it: checked, or a panic.

Every result is a Python int already inside its Rust type's range; no Python big
integer ever becomes a Rust value.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

from stackheap_tui.lang import types as T


class ArithmeticPanic(Exception):
    """Raised with Rust's panic message; the interpreter adds the location."""


def wrap(value: int, ty: T.IntTy) -> int:
    """Two's-complement truncation into `ty` (what `as` and wrapping ops do)."""
    mask = (1 << ty.bits) - 1
    value &= mask
    if ty.signed and value > ty.max:
        value -= 1 << ty.bits
    return value


def _trunc_div(a: int, b: int) -> int:
    quotient = abs(a) // abs(b)
    return quotient if (a >= 0) == (b >= 0) else -quotient


def int_binary(op: str, a: int, b: int, ty: T.IntTy) -> int:
    if op == "+":
        result = a + b
        if not ty.min <= result <= ty.max:
            raise ArithmeticPanic("attempt to add with overflow")
        return result
    if op == "-":
        result = a - b
        if not ty.min <= result <= ty.max:
            raise ArithmeticPanic("attempt to subtract with overflow")
        return result
    if op == "*":
        result = a * b
        if not ty.min <= result <= ty.max:
            raise ArithmeticPanic("attempt to multiply with overflow")
        return result
    if op == "/":
        if b == 0:
            raise ArithmeticPanic("attempt to divide by zero")
        result = _trunc_div(a, b)
        if result > ty.max:  # MIN / -1
            raise ArithmeticPanic("attempt to divide with overflow")
        return result
    if op == "%":
        if b == 0:
            raise ArithmeticPanic(
                "attempt to calculate the remainder with a divisor of zero"
            )
        if ty.signed and a == ty.min and b == -1:
            raise ArithmeticPanic("attempt to calculate the remainder with overflow")
        return a - b * _trunc_div(a, b)
    if op in ("<<", ">>"):
        if not 0 <= b < ty.bits:
            word = "left" if op == "<<" else "right"
            raise ArithmeticPanic(f"attempt to shift {word} with overflow")
        return wrap(a << b, ty) if op == "<<" else a >> b
    if op == "&":
        return a & b
    if op == "|":
        return a | b
    if op == "^":
        return a ^ b
    raise ValueError(f"unknown integer operator {op}")


_CHECKED = {"+": (operator.add, "add"), "-": (operator.sub, "subtract"),
            "*": (operator.mul, "multiply")}


def int_operator(op: str, ty: T.IntTy) -> Callable[[int, int], int]:
    """`int_binary` for one operator and type, decided once when code is compiled."""
    if op in _CHECKED:
        apply, verb = _CHECKED[op]
        low, high = ty.min, ty.max
        message = f"attempt to {verb} with overflow"

        def checked(a: int, b: int) -> int:
            result = apply(a, b)
            if low <= result <= high:
                return result
            raise ArithmeticPanic(message)

        return checked
    return lambda a, b: int_binary(op, a, b, ty)


COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt,
    "<=": operator.le, ">=": operator.ge,
}


def int_negate(a: int, ty: T.IntTy) -> int:
    if -a > ty.max:
        raise ArithmeticPanic("attempt to negate with overflow")
    return -a


def int_not(a: int, ty: T.IntTy) -> int:
    return ~a if ty.signed else ty.max ^ a


def compare(op: str, a: Any, b: Any) -> bool:
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    if op == "<":
        return a < b
    if op == ">":
        return a > b
    if op == "<=":
        return a <= b
    return a >= b

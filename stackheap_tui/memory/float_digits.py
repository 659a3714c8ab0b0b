"""Floats as `core::num::flt2dec` prints them: shortest round-trip digits and exact digits
at a precision, for f32 and f64 (Display, `{:e}` and Debug share these)."""

from __future__ import annotations

import math
import struct
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from fractions import Fraction

# ---------------------------------------------------------------------------
# Floats (core::num::flt2dec)
# ---------------------------------------------------------------------------


def to_f32(x: float) -> float:
    """The nearest f32, rounding as `as f32` does: past f32::MAX by less than half an ulp
    is f32::MAX, further is infinity."""
    try:
        return float(struct.unpack("<f", struct.pack("<f", x))[0])
    except OverflowError:
        return math.copysign(math.inf, x)


def _shortest_f64(x: float) -> tuple[str, int]:
    """Shortest round-trip digits of positive finite `x`: x ~= 0.DIGITS * 10**exp."""
    # CPython's repr is the shortest round-tripping form, nearest to x, like Grisu/Dragon.
    _sign, digit_tuple, exp = Decimal(repr(x)).as_tuple()
    digits = "".join(map(str, digit_tuple)).rstrip("0")
    trailing = len(digit_tuple) - len(digits)
    return digits, int(exp) + trailing + len(digits)


def _shortest_f32(x: float) -> tuple[str, int]:
    """Shortest digits that read back as the same f32 (Python only does this for f64)."""
    bits = struct.unpack("<I", struct.pack("<f", x))[0]
    biased, fraction = (bits >> 23) & 0xFF, bits & 0x7FFFFF
    mantissa = fraction | 0x800000 if biased else fraction
    ulp = Fraction(2) ** ((biased or 1) - 150)
    exact = mantissa * ulp
    high = exact + ulp / 2
    # Just above a power of two the gap below is half the gap above.
    low = exact - (ulp / 4 if fraction == 0 and biased > 1 else ulp / 2)
    inclusive = mantissa % 2 == 0  # ties round to even, so the bounds belong to x
    scale_exp = len(str(math.floor(high))) if high >= 1 else -_leading_zeros(high)
    while True:
        found = _digits_at_scale(exact, low, high, inclusive, scale_exp)
        if found is not None:
            return found
        scale_exp -= 1


def _leading_zeros(q: Fraction) -> int:
    """For 0 < q < 1: how many zeros follow the decimal point before the first digit."""
    zeros = 0
    while q * 10 < 1:
        q *= 10
        zeros += 1
    return zeros


def _digits_at_scale(exact: Fraction, low: Fraction, high: Fraction, inclusive: bool,
                     scale_exp: int) -> tuple[str, int] | None:
    """The integer n nearest x with n * 10**scale_exp inside the rounding interval."""
    scale = Fraction(10) ** scale_exp
    down = math.floor(exact / scale)
    candidates = []
    for n in (down, down + 1):
        value = n * scale
        inside = (low <= value <= high) if inclusive else (low < value < high)
        if inside and n > 0:
            candidates.append(n)
    if not candidates:
        return None
    # Dragon4 rounds up when the remainder is at least half (and up is in range).
    half_or_more = (exact / scale - down) * 2 >= 1
    n = candidates[-1] if (half_or_more or len(candidates) == 1) else candidates[0]
    digits = str(n).rstrip("0")
    return digits, scale_exp + len(str(n))


def _shortest(x: float, bits: int) -> tuple[str, int]:
    return _shortest_f32(x) if bits == 32 else _shortest_f64(x)


def decimal_shortest(x: float, bits: int, min_frac: int) -> str:
    """flt2dec::to_shortest_str: never exponential, at least `min_frac` fraction digits."""
    if x == 0:
        return "0." + "0" * min_frac if min_frac else "0"
    digits, exp = _shortest(x, bits)
    if exp <= 0:
        frac = "0" * -exp + digits
        return "0." + frac + "0" * max(0, min_frac - len(frac))
    if exp < len(digits):
        frac = digits[exp:]
        return digits[:exp] + "." + frac + "0" * max(0, min_frac - len(frac))
    whole = digits + "0" * (exp - len(digits))
    return whole + ("." + "0" * min_frac if min_frac else "")


def decimal_exact(x: float, precision: int) -> str:
    """flt2dec::to_exact_fixed_str: exactly `precision` decimals, half-even on x's exact value."""
    with localcontext() as ctx:
        ctx.prec = 400 + precision
        rounded = Decimal(x).quantize(Decimal(1).scaleb(-precision), rounding=ROUND_HALF_EVEN)
    return format(rounded, "f")  # x is non-negative here; abs() would round to 28 digits


def exp_shortest(x: float, bits: int, upper: bool) -> str:
    if x == 0:
        return "0E0" if upper else "0e0"
    digits, exp = _shortest(x, bits)
    return exp_body(digits, exp - 1, upper)


def exp_exact(x: float, precision: int, upper: bool) -> str:
    # Decimal(x) is the float's exact value: an integer coefficient times a power of ten.
    _sign, digit_tuple, exp10 = Decimal(x).as_tuple()
    coefficient = int("".join(map(str, digit_tuple)))
    mantissa, exponent = round_digits(coefficient, int(exp10), precision + 1)
    return exp_body(mantissa, exponent, upper)


EXP_THRESHOLDS = {32: (to_f32(1e-4), to_f32(1e16)), 64: (1e-4, 1e16)}


def round_digits(coefficient: int, exp10: int, count: int) -> tuple[str, int]:
    """The first `count` significant digits of coefficient * 10**exp10, rounded half to even
    on the exact value, and the power of ten of the first digit (0 for zero)."""
    if coefficient == 0:
        return "0" * count, 0
    leading = len(str(coefficient)) - 1 + exp10
    shift = len(str(coefficient)) - count  # digits to drop (negative: zeros to append)
    if shift <= 0:
        return str(coefficient) + "0" * -shift, leading
    kept, rest = divmod(coefficient, 10**shift)
    twice = 2 * rest
    if twice > 10**shift or (twice == 10**shift and kept % 2 == 1):
        kept += 1
    if kept >= 10**count:  # 9.99 -> 10.0: one digit too many, and one power of ten more
        kept //= 10
        leading += 1
    return str(kept), leading


def exp_body(mantissa: str, exponent: int, upper: bool) -> str:
    body = mantissa[0] + ("." + mantissa[1:] if len(mantissa) > 1 else "")
    return f"{body}{'E' if upper else 'e'}{exponent}"

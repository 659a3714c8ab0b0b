"""Numbers and chars at run time: float arithmetic, `as` casts, and the methods of the
integer, float, char and u8 types."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.machine import arith
from stackheap_tui.machine.std.registry import CallSite, Code, function, method
from stackheap_tui.machine.std.values import IterValue
from stackheap_tui.memory import formatting as fmt
from stackheap_tui.memory.float_digits import to_f32
from stackheap_tui.memory.values import Ref

if TYPE_CHECKING:
    from stackheap_tui.machine.interpreter import Env, Interpreter


def float_op(op: str, a: float, b: float, bits: int) -> float:
    if op == "+":
        r = a + b
    elif op == "-":
        r = a - b
    elif op == "*":
        r = a * b
    elif op == "/":
        if b == 0:
            r = math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a) * (
                math.copysign(1, b))
        else:
            r = a / b
    elif op == "%":
        r = math.nan if b == 0 else math.fmod(a, b)
    else:
        raise ValueError(op)
    return to_f32(r) if bits == 32 else r


def cast(value: Any, source: T.Ty, target: T.Ty) -> Any:
    """`as`: truncation between integers, saturation from floats, never a panic."""
    if isinstance(source, T.AdtTy) and source.defn is not None:
        value = source.defn.variants[value[0]].discriminant
    elif isinstance(source, T.CharTy):
        value = ord(value)
    elif isinstance(source, T.BoolTy):
        value = int(value)
    if isinstance(target, T.IntTy):
        if isinstance(value, float):
            if math.isnan(value):
                return 0
            if math.isinf(value):
                return target.max if value > 0 else target.min
            return max(target.min, min(target.max, int(value)))
        return arith.wrap(value, target)
    if isinstance(target, T.FloatTy):
        result = float(value)
        return to_f32(result) if target.bits == 32 else result
    if isinstance(target, T.CharTy):
        return chr(value)
    if isinstance(target, T.BoolTy):
        return bool(value)
    return value


@method("int::abs", "int::signum", "int::wrapping_neg", "int::isqrt", "int::count_ones",
        "int::count_zeros", "int::leading_zeros", "int::trailing_zeros", "int::is_positive",
        "int::is_negative", "int::is_power_of_two")
def _int_unary(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
               e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.IntTy)
    v = recv
    name = e.method
    if name == "abs":
        if v == ty.min and ty.signed:
            raise interp.panic_at(e.method_span, "attempt to negate with overflow",
                                  f"abs:{ty.name}")
        return abs(v)
    if name == "signum":
        return (v > 0) - (v < 0)
    if name == "wrapping_neg":
        return arith.wrap(-v, ty)
    if name == "isqrt":
        if v < 0:
            raise interp.panic_at(e.method_span, "argument of integer square root cannot be "
                                  "negative")
        return math.isqrt(v)
    unsigned = v & ((1 << ty.bits) - 1)
    if name == "count_ones":
        return bin(unsigned).count("1")
    if name == "count_zeros":
        return ty.bits - bin(unsigned).count("1")
    if name == "leading_zeros":
        return ty.bits - unsigned.bit_length()
    if name == "trailing_zeros":
        return (unsigned & -unsigned).bit_length() - 1 if unsigned else ty.bits
    if name == "is_positive":
        return v > 0
    if name == "is_negative":
        return v < 0
    return unsigned != 0 and unsigned & (unsigned - 1) == 0


@method("int::pow", "int::wrapping_pow", "int::checked_pow", "int::saturating_pow")
def _int_pow(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
             e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.IntTy)
    base, exponent = recv, args[0]
    if e.method == "wrapping_pow":  # modular: never builds the whole power
        return arith.wrap(pow(base, exponent, 1 << ty.bits), ty)
    if abs(base) >= 2 and exponent > ty.bits:
        # |base|^exponent >= 2^exponent is past every bound of the type; a u32 exponent
        # could otherwise ask Python for a number of four billion bits.
        result = ty.max + 1 if base > 0 or exponent % 2 == 0 else ty.min - 1
    else:
        result = base ** exponent
    fits = ty.min <= result <= ty.max
    if e.method == "pow":
        if not fits:
            raise interp.panic_at(e.method_span, "attempt to multiply with overflow",
                                  f"pow:{ty.name}")
        return result
    if e.method == "checked_pow":
        return (1, result) if fits else (0,)
    return max(ty.min, min(ty.max, result))


@method("int::wrapping_add", "int::wrapping_sub", "int::wrapping_mul", "int::saturating_add",
        "int::saturating_sub", "int::saturating_mul", "int::min", "int::max", "int::rem_euclid",
        "int::div_euclid", "int::checked_add", "int::checked_sub", "int::checked_mul",
        "int::checked_div", "int::checked_rem", "int::overflowing_add", "int::overflowing_sub",
        "int::overflowing_mul", "int::abs_diff", "int::wrapping_div", "int::wrapping_rem")
def _int_binary(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
                e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.IntTy)
    a = recv
    b = args[0]
    if isinstance(b, Ref):
        b = interp.memory.read(b)
    kind, _, op_name = e.method.partition("_")
    ops = {"add": a + b, "sub": a - b, "mul": a * b}
    if e.method == "min":
        return min(a, b)
    if e.method == "max":
        return max(a, b)
    if e.method == "abs_diff":
        return abs(a - b)
    if e.method in ("rem_euclid", "div_euclid"):
        if b == 0:
            raise interp.panic_at(e.method_span, "attempt to calculate the remainder with a "
                                  "divisor of zero" if "rem" in e.method else
                                  "attempt to divide by zero")
        if ty.signed and a == ty.min and b == -1:  # the quotient overflows
            raise interp.panic_at(e.method_span, "attempt to calculate the remainder with "
                                  "overflow" if "rem" in e.method else
                                  "attempt to divide with overflow")
        r = a % abs(b)
        return r if e.method == "rem_euclid" else (a - r) // b
    if kind == "wrapping":
        if op_name in ("div", "rem") and b == 0:  # wrapping does not cover division by zero
            raise interp.panic_at(e.method_span, "attempt to divide by zero" if op_name == "div"
                                  else "attempt to calculate the remainder with a divisor of "
                                  "zero", f"wrapping_{op_name}:{ty.name}")
        if op_name in ("div", "rem"):
            # Truncating division on exact integers, then wrapped: only `MIN / -1` wraps
            # (a u128 above i128::MAX must not go through a signed type).
            quotient = abs(a) // abs(b) * (1 if (a >= 0) == (b >= 0) else -1)
            return arith.wrap(quotient if op_name == "div" else a - b * quotient, ty)
        return arith.wrap(ops[op_name], ty)
    if kind == "saturating":
        return max(ty.min, min(ty.max, ops[op_name]))
    if kind == "checked":
        if op_name in ("div", "rem"):
            if b == 0 or (ty.signed and a == ty.min and b == -1):
                return (0,)
            return (1, arith.int_binary("/" if op_name == "div" else "%", a, b, ty))
        result = ops[op_name]
        return (1, result) if ty.min <= result <= ty.max else (0,)
    if kind == "overflowing":
        result = ops[op_name]
        return (arith.wrap(result, ty), not ty.min <= result <= ty.max)
    raise TypeError(e.method)


@method("int::clamp", "float::clamp")
def _clamp(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
           e: ast.MethodCall) -> Any:
    low, high = args
    if isinstance(ty, T.FloatTy):
        if not low <= high:  # NaN fails it too
            shown = [fmt.debug_string(fmt.FFloat(v, ty.bits)) for v in (low, high)]
            raise interp.panic_at(e.method_span, f"min > max, or either was NaN. min = "
                                  f"{shown[0]}, max = {shown[1]}", f"clamp:{ty.name}")
    elif low > high:
        raise interp.panic_at(e.method_span, f"min > max. min = {low}, max = {high}")
    # As std: a NaN stays NaN (Python's min/max would pick a bound instead).
    value = recv
    if value < low:
        value = low
    if value > high:
        value = high
    return value


# ---- floats ----
@method(*(f"float::{n}" for n in (
    "sqrt", "abs", "floor", "ceil", "round", "trunc", "sin", "cos", "tan", "exp", "ln", "log10",
    "log2", "fract", "signum", "recip", "cbrt", "to_degrees", "to_radians", "powf", "min", "max",
    "atan2", "hypot", "log", "powi", "is_nan", "is_finite", "is_infinite", "is_sign_negative",
    "is_sign_positive")))
def _float(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
           e: ast.MethodCall) -> Any:
    assert isinstance(ty, T.FloatTy)
    x = recv
    name = e.method
    table: dict[str, Callable[[], Any]] = {
        "sqrt": lambda: math.sqrt(x) if x >= 0 else math.nan,
        "abs": lambda: abs(x), "floor": lambda: _integral(math.floor(x), x)
        if math.isfinite(x) else x,
        "ceil": lambda: _integral(math.ceil(x), x) if math.isfinite(x) else x,
        "round": lambda: _round_half_away(x), "trunc": lambda: _integral(math.trunc(x), x)
        if math.isfinite(x) else x,
        "sin": lambda: math.sin(x), "cos": lambda: math.cos(x), "tan": lambda: math.tan(x),
        "exp": lambda: math.exp(x), "ln": lambda: math.log(x) if x > 0 else (
            -math.inf if x == 0 else math.nan),
        "log10": lambda: math.log10(x), "log2": lambda: math.log2(x),
        "fract": lambda: x - math.trunc(x), "signum": lambda: math.copysign(1.0, x),
        "recip": lambda: 1 / x if x else math.copysign(math.inf, x),
        "cbrt": lambda: math.copysign(abs(x) ** (1 / 3), x),
        "to_degrees": lambda: math.degrees(x), "to_radians": lambda: math.radians(x),
        "powf": lambda: math.pow(x, args[0]), "min": lambda: _ignoring_nan(min, x, args[0]),
        "max": lambda: _ignoring_nan(max, x, args[0]), "atan2": lambda: math.atan2(x, args[0]),
        "hypot": lambda: math.hypot(x, args[0]), "log": lambda: math.log(x, args[0]),
        "powi": lambda: _powi(x, args[0], ty.bits == 32), "is_nan": lambda: math.isnan(x),
        "is_finite": lambda: math.isfinite(x), "is_infinite": lambda: math.isinf(x),
        "is_sign_negative": lambda: math.copysign(1, x) < 0,
        "is_sign_positive": lambda: math.copysign(1, x) > 0,
    }
    result = table[name]()
    if isinstance(result, float) and ty.bits == 32:
        return to_f32(result)
    return result


def _round_half_away(x: float) -> float:
    if not math.isfinite(x):
        return x
    return math.copysign(float(math.floor(abs(x) + 0.5)), x)


def _integral(value: int, x: float) -> float:
    """floor/ceil/trunc/round's integer as a float: a zero keeps x's sign, as in Rust
    (`(-0.5f64).ceil()` is -0.0)."""
    return math.copysign(0.0, x) if value == 0 else float(value)


def _ignoring_nan(pick: Callable[[float, float], float], x: float, y: float) -> float:
    """Rust's f64::min/max return the other argument when one is NaN."""
    return y if math.isnan(x) else x if math.isnan(y) else pick(x, y)


def _powi(x: float, n: int, single: bool) -> float:
    """`powi` as a debug build computes it (compiler-rt's __powidf2): square and
    multiply, rounding every product, so 1.1f64.powi(10) is 2.593742460100002."""
    rounded = to_f32 if single else float
    negative, n = n < 0, abs(n)
    result = 1.0
    while True:
        if n & 1:
            result = rounded(result * x)
        n //= 2
        if n == 0:
            break
        x = rounded(x * x)
    if not negative:
        return result
    return rounded(1 / result) if result else math.copysign(math.inf, result)


# ---- chars ----
@method(*(f"char::{n}" for n in (
    "is_alphabetic", "is_numeric", "is_alphanumeric", "is_whitespace", "is_uppercase",
    "is_lowercase", "is_ascii_digit", "is_ascii_alphabetic", "is_ascii_uppercase",
    "is_ascii_lowercase", "is_ascii_punctuation", "is_ascii", "is_ascii_alphanumeric",
    "is_ascii_whitespace", "is_control", "to_ascii_uppercase", "to_ascii_lowercase",
    "to_uppercase", "to_lowercase", "len_utf8", "to_digit")))
def _char(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
          e: ast.MethodCall) -> Any:
    c = interp.memory.read(recv) if isinstance(recv, Ref) else recv
    name = e.method
    ascii_ = ord(c) < 128
    table: dict[str, Callable[[], Any]] = {
        "is_alphabetic": c.isalpha, "is_numeric": c.isnumeric,
        "is_alphanumeric": lambda: c.isalpha() or c.isnumeric(),
        "is_whitespace": lambda: c.isspace(), "is_uppercase": c.isupper,
        "is_lowercase": c.islower, "is_ascii_digit": lambda: ascii_ and c.isdigit(),
        "is_ascii_alphabetic": lambda: ascii_ and c.isalpha(),
        "is_ascii_uppercase": lambda: "A" <= c <= "Z",
        "is_ascii_lowercase": lambda: "a" <= c <= "z",
        "is_ascii_punctuation": lambda: ascii_ and c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        "is_ascii": lambda: ascii_, "is_ascii_alphanumeric": lambda: ascii_ and c.isalnum(),
        "is_ascii_whitespace": lambda: c in " \t\n\x0c\r", "is_control": lambda: ord(c) < 32
        or 127 <= ord(c) < 160,
        "to_ascii_uppercase": lambda: c.upper() if "a" <= c <= "z" else c,
        "to_ascii_lowercase": lambda: c.lower() if "A" <= c <= "Z" else c,
        "to_uppercase": lambda: IterValue(tuple(c.upper())),
        "to_lowercase": lambda: IterValue(tuple(c.lower())),
        "len_utf8": lambda: len(c.encode("utf-8")),
        "to_digit": lambda: _to_digit(interp, e, c, args[0]),
    }
    return table[name]()


def _to_digit(interp: Interpreter, e: ast.MethodCall, c: str, radix: int) -> Any:
    if not 2 <= radix <= 36:
        raise interp.panic_at(e.method_span, "to_digit: invalid radix -- radix must be in the "
                              "range 2 to 36 inclusive", "to_digit" if radix > 36 else
                              "to_digit:low")
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:radix]
    lower = c.lower() if c.isascii() else c
    return (1, digits.index(lower)) if lower in digits else (0,)


@method("u8::is_ascii_digit", "u8::is_ascii_alphabetic", "u8::is_ascii_uppercase",
        "u8::is_ascii_lowercase", "u8::is_ascii_punctuation", "u8::is_ascii",
        "u8::is_ascii_alphanumeric", "u8::is_ascii_whitespace", "u8::to_ascii_uppercase",
        "u8::to_ascii_lowercase")
def _u8_ascii(interp: Interpreter, env: Env, recv: Any, ty: T.Ty, args: list[Any],
              e: ast.MethodCall) -> Any:
    byte = interp.memory.read(recv) if isinstance(recv, Ref) else recv
    if e.method.startswith("to_ascii"):
        c = chr(byte)
        if e.method == "to_ascii_uppercase":
            return ord(c.upper()) if "a" <= c <= "z" else byte
        return ord(c.lower()) if "A" <= c <= "Z" else byte
    result: Any = _char(interp, env, chr(byte), T.CHAR, args, ast.MethodCall(
        e.span, e.receiver, e.method, e.args, e.method_span))
    return result


@function("char::from_u32")
def _char_from_u32(site: CallSite) -> Code:
    values = site.values

    def from_u32(env: Env) -> Any:
        (n,) = values(env)
        return (1, chr(n)) if n <= 0x10FFFF and not 0xD800 <= n <= 0xDFFF else (0,)

    return from_u32


@function("char::from_digit")
def _char_from_digit(site: CallSite) -> Code:
    interp = site.interp
    values = site.values
    span = site.e.span

    def from_digit(env: Env) -> Any:
        n, radix = values(env)
        if radix > 36:
            raise interp.panic_at(span, "from_digit: radix is too high (maximum 36)",
                                  "from_digit")
        if n >= radix:
            return (0,)
        return (1, "0123456789abcdefghijklmnopqrstuvwxyz"[n])

    return from_digit


@function("char::from")
def _char_from(site: CallSite) -> Code:
    values = site.values
    return lambda env: chr(values(env)[0])


@function("num::from")
def _num_from(site: CallSite) -> Code:
    values = site.values
    source = site.arg_tys[0]
    target = site.callee.type_arg
    assert target is not None
    return lambda env: cast(values(env)[0], source, target)

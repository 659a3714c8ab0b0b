"""An independent model of Rust's integer arithmetic (debug build), for tests.

Written from Rust's documentation, not from stackheap_tui.machine.arith, so the two
can disagree. `Expr` trees render as Rust source (`render`) and evaluate here
(`evaluate`), giving the value Rust prints or the panic message it stops with.
scripts/check_arith_model.py compares this model with rustc's binaries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

INT_TYPES = ("i8", "i16", "i32", "i64", "i128", "isize",
             "u8", "u16", "u32", "u64", "u128", "usize")
# Operators written between two operands of the expression's type.
BINARY = ("+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>")
# Methods `a.m(b)` with `b` of the same type, returning the same type.
SAME_TYPE_METHODS = ("wrapping_add", "wrapping_sub", "wrapping_mul", "wrapping_div",
                     "wrapping_rem", "saturating_add", "saturating_sub", "saturating_mul",
                     "rem_euclid", "min", "max")
# Methods `a.m(e)` with an exponent `e: u32`.
POW_METHODS = ("pow", "wrapping_pow", "saturating_pow")
UNARY_METHODS = ("wrapping_neg",)
SIGNED_UNARY_METHODS = ("abs", "signum")
# Methods returning Option<T> or (T, bool): only at the top of an expression.
CHECKED = ("checked_add", "checked_sub", "checked_mul", "checked_div", "checked_rem",
           "checked_pow")
OVERFLOWING = ("overflowing_add", "overflowing_sub", "overflowing_mul")
PARAMS = ("a", "b", "c", "d")  # the function's parameters of the expression's type


class Panic(Exception):
    """Rust panicked with this message."""


def bits(ty: str) -> int:
    return 64 if ty in ("isize", "usize") else int(ty[1:])


def signed(ty: str) -> bool:
    return ty.startswith("i")


def low(ty: str) -> int:
    return -(1 << (bits(ty) - 1)) if signed(ty) else 0


def high(ty: str) -> int:
    return (1 << (bits(ty) - 1)) - 1 if signed(ty) else (1 << bits(ty)) - 1


def wrapped(value: int, ty: str) -> int:
    value &= (1 << bits(ty)) - 1
    return value - (1 << bits(ty)) if signed(ty) and value > high(ty) else value


def fits(value: int, ty: str) -> bool:
    return low(ty) <= value <= high(ty)


def quotient(a: int, b: int) -> int:
    """Rust's `/` rounds toward zero (Python's `//` rounds down)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


@dataclass(frozen=True)
class Param:
    name: str


@dataclass(frozen=True)
class Shift:
    """`e << s` / `e >> s` with the shift amount `s: u32` (any integer type may shift)."""

    op: str
    left: object


@dataclass(frozen=True)
class Binary:
    op: str
    left: object
    right: object


@dataclass(frozen=True)
class Neg:
    operand: object


@dataclass(frozen=True)
class Method:
    name: str
    receiver: object
    argument: object | None  # an Expr, "s" (the u32 parameter), or None


Expr = Param | Shift | Binary | Neg | Method


def render(e: object) -> str:
    if isinstance(e, Param):
        return e.name
    if isinstance(e, Shift):
        return f"({render(e.left)} {e.op} s)"
    if isinstance(e, Binary):
        return f"({render(e.left)} {e.op} {render(e.right)})"
    if isinstance(e, Neg):
        return f"(-{render(e.operand)})"
    assert isinstance(e, Method)
    argument = "" if e.argument is None else ("s" if e.argument == "s" else render(e.argument))
    return f"{render(e.receiver)}.{e.name}({argument})"


def _overflow(verb: str) -> Panic:
    return Panic(f"attempt to {verb} with overflow")


_VERBS = {"+": "add", "-": "subtract", "*": "multiply"}


def _arith(op: str, a: int, b: int, ty: str) -> int:
    if op in _VERBS:
        exact = a + b if op == "+" else a - b if op == "-" else a * b
        if not fits(exact, ty):
            raise _overflow(_VERBS[op])
        return exact
    if op == "/":
        if b == 0:
            raise Panic("attempt to divide by zero")
        if not fits(quotient(a, b), ty):
            raise _overflow("divide")
        return quotient(a, b)
    if op == "%":
        if b == 0:
            raise Panic("attempt to calculate the remainder with a divisor of zero")
        if not fits(quotient(a, b), ty):
            raise _overflow("calculate the remainder")
        return a - b * quotient(a, b)
    if op in ("<<", ">>"):
        if not 0 <= b < bits(ty):
            raise _overflow("shift left" if op == "<<" else "shift right")
        return wrapped(a << b, ty) if op == "<<" else a >> b
    return {"&": a & b, "|": a | b, "^": a ^ b}[op]


def _exact(name: str, a: int, b: int) -> int | None:
    """The mathematically exact result of a checked/overflowing/wrapping method."""
    base = name.split("_", 1)[1]
    if base == "add":
        return a + b
    if base == "sub":
        return a - b
    if base == "mul":
        return a * b
    if base == "pow":
        return a ** b
    if b == 0:
        return None
    return quotient(a, b) if base == "div" else a - b * quotient(a, b)


def _method(name: str, a: int, b: int | None, ty: str) -> int:
    if name == "wrapping_neg":
        return wrapped(-a, ty)
    if name == "abs":
        if not fits(abs(a), ty):
            raise _overflow("negate")
        return abs(a)
    if name == "signum":
        return (a > 0) - (a < 0)
    assert b is not None
    if name == "min":
        return min(a, b)
    if name == "max":
        return max(a, b)
    if name == "pow":
        if not fits(a ** b, ty):
            raise _overflow("multiply")
        return a ** b
    if name == "rem_euclid":
        if b == 0:
            raise Panic("attempt to calculate the remainder with a divisor of zero")
        if not fits(quotient(a, b), ty):
            raise _overflow("calculate the remainder")
        return a % abs(b)
    if name in ("wrapping_div", "wrapping_rem") and b == 0:
        raise Panic("attempt to divide by zero" if name == "wrapping_div"
                    else "attempt to calculate the remainder with a divisor of zero")
    exact = _exact(name, a, b)
    assert exact is not None
    if name.startswith("wrapping_"):
        return wrapped(exact, ty)
    return max(low(ty), min(high(ty), exact))  # saturating_


def evaluate(e: object, env: dict[str, int], ty: str) -> int:
    """The value of `e` with the parameters in `env`, or Panic as Rust's debug build."""
    if isinstance(e, Param):
        return env[e.name]
    if isinstance(e, Shift):
        return _arith(e.op, evaluate(e.left, env, ty), env["s"], ty)
    if isinstance(e, Binary):
        left = evaluate(e.left, env, ty)
        return _arith(e.op, left, evaluate(e.right, env, ty), ty)
    if isinstance(e, Neg):
        value = evaluate(e.operand, env, ty)
        if not fits(-value, ty):
            raise _overflow("negate")
        return -value
    assert isinstance(e, Method)
    receiver = evaluate(e.receiver, env, ty)
    if e.argument is None:
        return _method(e.name, receiver, None, ty)
    argument = env["s"] if e.argument == "s" else evaluate(e.argument, env, ty)
    return _method(e.name, receiver, argument, ty)


def printed(top: str, e: object, env: dict[str, int], ty: str) -> str:
    """What `println!` prints for one top-level form: plain `{}`, checked or overflowing."""
    if top == "plain":
        return str(evaluate(e, env, ty))
    assert isinstance(e, Method)
    a = evaluate(e.receiver, env, ty)
    b = env["s"] if e.argument == "s" else evaluate(e.argument, env, ty)
    exact = _exact(e.name, a, b)
    if top == "checked":
        # MIN % -1 is 0, but it overflows the quotient on the way: None, as for MIN / -1.
        overflows = e.name == "checked_rem" and b != 0 and not fits(quotient(a, b), ty)
        if exact is None or not fits(exact, ty) or overflows:
            return "None"
        return f"Some({exact})"
    assert exact is not None
    return f"({wrapped(exact, ty)}, {'false' if fits(exact, ty) else 'true'})"


def literal(value: int, ty: str) -> str:
    # `-128i8` is fine, but the MIN of i128 has no positive literal to negate.
    return f"{ty}::MIN" if signed(ty) and value == low(ty) else f"{value}{ty}"


def program(ty: str, lines: list[tuple[str, object]], env: dict[str, int]) -> str:
    """A Rust program that prints each line's expression; the values come in as
    parameters, so rustc cannot evaluate (and reject) overflows at compile time."""
    body = []
    for top, e in lines:
        template = "{}" if top == "plain" else "{:?}"
        body.append(f'    println!("{template}", {render(e)});')
    params = ", ".join(f"{p}: {ty}" for p in PARAMS)
    arguments = ", ".join(literal(env[p], ty) for p in PARAMS)
    return (f"fn calc({params}, s: u32) {{\n" + "\n".join(body) + "\n}\n\n"
            f"fn main() {{\n    calc({arguments}, {env['s']});\n}}\n")


def expected_run(ty: str, lines: list[tuple[str, object]],
                 env: dict[str, int]) -> tuple[str, str | None]:
    """(stdout, panic message or None) of the program with these arguments."""
    out = []
    for top, e in lines:
        try:
            out.append(printed(top, e, env, ty) + "\n")
        except Panic as panic:
            return "".join(out), str(panic)
    return "".join(out), None


# ---- random cases, drawn through `choose(low, high)` (hypothesis or `random`) ----

Choose = Callable[[int, int], int]


def _pick(choose: Choose, options: Sequence[T]) -> T:
    return options[choose(0, len(options) - 1)]


def gen_value(choose: Choose, ty: str) -> int:
    """Mostly edge values, where Rust's rules bite; sometimes anything in range."""
    edges = [low(ty), low(ty) + 1, high(ty), high(ty) - 1, 0, 1, 2, 3, 7, 100,
             high(ty) // 2, high(ty) // 2 + 1, 1 << (bits(ty) // 2)]
    if signed(ty):
        edges += [-1, -2, -3, -100, low(ty) // 2, -(1 << (bits(ty) // 2))]
    if choose(0, 2) == 0:
        return choose(low(ty), high(ty))
    return _pick(choose, [v for v in edges if fits(v, ty)])


def gen_expr(choose: Choose, ty: str, depth: int) -> Expr:
    if depth == 0 or choose(0, 3) == 0:
        return Param(_pick(choose, PARAMS))
    kind = choose(0, 5)
    if kind <= 1:
        return Binary(_pick(choose, BINARY), gen_expr(choose, ty, depth - 1),
                      gen_expr(choose, ty, depth - 1))
    if kind == 2:
        return Shift(_pick(choose, ("<<", ">>")), gen_expr(choose, ty, depth - 1))
    if kind == 3:
        return Method(_pick(choose, SAME_TYPE_METHODS), gen_expr(choose, ty, depth - 1),
                      gen_expr(choose, ty, depth - 1))
    if kind == 4:
        return Method(_pick(choose, POW_METHODS), gen_expr(choose, ty, depth - 1), "s")
    unary = UNARY_METHODS + (SIGNED_UNARY_METHODS if signed(ty) else ())
    if signed(ty) and choose(0, 1) == 0:
        return Neg(gen_expr(choose, ty, depth - 1))
    return Method(_pick(choose, unary), gen_expr(choose, ty, depth - 1), None)


def gen_line(choose: Choose, ty: str) -> tuple[str, Expr]:
    top = _pick(choose, ("plain", "plain", "plain", "checked", "overflowing"))
    if top == "plain":
        return top, gen_expr(choose, ty, 3)
    name = _pick(choose, CHECKED if top == "checked" else OVERFLOWING)
    argument: Expr | str = "s" if name == "checked_pow" else gen_expr(choose, ty, 1)
    return top, Method(name, gen_expr(choose, ty, 1), argument)


def gen_case(choose: Choose) -> tuple[str, list[tuple[str, Expr]], dict[str, int]]:
    ty = _pick(choose, INT_TYPES)
    lines = [gen_line(choose, ty) for _ in range(choose(1, 4))]
    env = {p: gen_value(choose, ty) for p in PARAMS}
    # Shift amounts and exponents: mostly in range, sometimes past the type's width.
    roll = choose(0, 9)
    env["s"] = (choose(0, bits(ty) - 1) if roll < 7 else choose(bits(ty), bits(ty) + 4)
                if roll < 9 else choose(0, (1 << 32) - 1))
    if any("pow" in render(e) for _, e in lines):
        env["s"] = min(env["s"], 140)  # a**s stays small enough to compute exactly
    return ty, lines, env

"""Integer arithmetic wraps, saturates and panics exactly as Rust's debug build (issue 6).

Random programs over every integer type: operators, unary minus, shifts and the
wrapping/checked/saturating/overflowing/pow/abs methods, on values that reach the
types' edges. Each runs through `--run` and is compared with tests/arith_model.py, an
independent Python model of Rust's rules (scripts/check_arith_model.py checks that
model against rustc's binaries). The values are function arguments, so rustc itself
would compile every one of these programs (no compile-time overflow lint fires).

STACKHEAP_ARITH_EXAMPLES sets the number of programs (default 40, a few seconds).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import arith_model as m
from tests.expectations import run_cli

EXAMPLES = int(os.environ.get("STACKHEAP_ARITH_EXAMPLES", "40"))


def run_program(source: str) -> tuple[int, str, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "arith.rs"
        path.write_text(source)
        result = run_cli("--run", str(path))
    return result.exit_code, result.stdout, result.stderr


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_integer_expressions_match_rusts_debug_build(data):
    ty, lines, env = m.gen_case(lambda low, high: data.draw(st.integers(low, high)))
    source = m.program(ty, lines, env)
    stdout, panic = m.expected_run(ty, lines, env)
    code, out, err = run_program(source)
    assert "Traceback" not in err and "internal error" not in err, err
    assert out == stdout, source
    if panic is None:
        assert (code, err) == (0, ""), source
    else:
        assert code == 101, source
        # "\nthread 'main' (id) panicked at file:line:col:\n<message>\n..."
        assert err.split("\n")[2] == panic, source


def test_the_model_knows_rusts_edge_cases():
    # A few fixed points of the model, straight from Rust's documentation.
    def run(ty: str, expr: m.Expr, **env: int) -> str:
        values = {"a": 0, "b": 0, "c": 0, "d": 0, "s": 0, **env}
        try:
            return m.printed("plain", expr, values, ty)
        except m.Panic as panic:
            return f"panic: {panic}"

    a, b = m.Param("a"), m.Param("b")
    assert run("i8", m.Binary("/", a, b), a=-128, b=-1) == "panic: attempt to divide with overflow"
    assert run("i8", m.Binary("%", a, b), a=-7, b=2) == "-1"
    assert run("i8", m.Method("rem_euclid", a, b), a=-7, b=2) == "1"
    assert run("u8", m.Shift("<<", a), a=1, s=8) == "panic: attempt to shift left with overflow"
    assert run("i16", m.Shift(">>", a), a=-5, s=1) == "-3"
    assert run("u8", m.Method("wrapping_neg", a, None), a=1) == "255"
    assert run("i32", m.Method("abs", a, None), a=-(1 << 31)) == (
        "panic: attempt to negate with overflow")
    assert run("u16", m.Method("saturating_pow", a, "s"), a=3, s=20) == "65535"
    assert m.printed("checked", m.Method("checked_rem", a, b), {"a": -128, "b": -1}, "i8") == (
        "None")
    assert m.printed("overflowing", m.Method("overflowing_add", a, b),
                     {"a": 250, "b": 10}, "u8") == "(4, true)"


def test_found_by_this_test_negative_min_literals_and_division_methods():
    # `-128i8` once negated 128 (overflow panic); wrapping_div by zero escaped as an
    # internal error; MIN.rem_euclid(-1) returned 0 instead of panicking.
    source = ("fn f(a: i8, b: i8) -> i8 {\n    a.wrapping_div(b)\n}\n"
              "fn g(a: i8, b: i8) -> i8 {\n    a.rem_euclid(b)\n}\n"
              "fn main() {\n    let x: i8 = -128;\n    let y = -9223372036854775808i64;\n"
              "    println!(\"{x} {y} {}\", f(-128, -1));\n    println!(\"{}\", g(x, -1));\n}\n")
    code, out, err = run_program(source)
    assert (code, out) == (101, "-128 -9223372036854775808 -128\n")
    assert err.split("\n")[2] == "attempt to calculate the remainder with overflow"
    code, out, err = run_program(source.replace("f(-128, -1)", "f(1, 0)"))
    assert code == 101 and err.split("\n")[2] == "attempt to divide by zero"

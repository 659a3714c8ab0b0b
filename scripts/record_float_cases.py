#!/usr/bin/env python3
"""Record how rustc's binaries compute and print floats, for tests/test_float_printing.py.

One Rust program evaluates every case at run time (values pass through a function,
so nothing is folded away) and prints `{}`, `{:?}`, `{:.2}` and `{:e}` of each; float
to integer casts, rounding, `%`, NaN and signed zeros included. It is compiled with
`rustc --edition 2024` and its output stored, with the program, in
tests/data/float_cases.json, so the test runs without rustc.

Usage: python scripts/record_float_cases.py [--check]
`--check` writes nothing and exits 1 if rustc's output differs from the stored file.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "float_cases.json"

# (label, Rust expression); f64 unless the expression says f32.
F64 = [
    ("one", "one"), ("inf", "one / zero"), ("neg_inf", "-one / zero"), ("nan", "zero / zero"),
    ("neg_nan", "-(zero / zero)"), ("neg_zero", "-zero"), ("zero_times_neg", "zero * -one"),
    ("tenth_plus_fifth", "0.1 * one + 0.2"), ("third", "one / 3.0"),
    ("two_thirds", "2.0 / 3.0 * one"),
    ("ten_thirds", "10.0 * one / 3.0"), ("hundred", "100.0 * one"), ("e15", "1e15 * one"),
    ("e16", "1e16 * one"), ("e20", "1e20 * one"), ("e21", "1e21 * one"),
    ("e_minus_5", "1e-5 * one"),
    ("e_minus_7", "1e-7 * one"), ("overflow_to_inf", "1e300 * 1e300 * one"),
    ("max", "f64::MAX * one"), ("min_positive", "f64::MIN_POSITIVE * one"),
    ("smallest_subnormal", "5e-324 * one"), ("epsilon", "f64::EPSILON * one"),
    ("sqrt2", "(2.0 * one).sqrt()"), ("sqrt_neg", "(-one).sqrt()"), ("rem", "7.5 % (2.0 * one)"),
    ("neg_rem", "-7.5 % (2.0 * one)"), ("round_half", "(2.5 * one).round()"),
    ("round_neg_half", "(-2.5 * one).round()"), ("floor", "(-0.5 * one).floor()"),
    ("ceil_neg", "(-0.5 * one).ceil()"), ("abs_neg_zero", "(-zero).abs()"),
    ("price", "4.35 * 100.0 * one"), ("point_seven", "0.1 * one + 0.7"),
    ("powi", "(1.1 * one).powi(10)"), ("powf", "(2.0 * one).powf(0.5)"),
    ("big_int", "123456789012345680000.0 * one"), ("tiny", "0.000001234 * one"),
    ("half", "0.5 * one"), ("eighth", "0.125 * one"), ("three_eighths", "0.375 * one"),
    ("neg_big", "-1.5e30 * one"), ("inf_minus_inf", "(one / zero) - (one / zero)"),
]
F32 = [
    ("f32_tenth_plus_fifth", "0.1 * one32 + 0.2"), ("f32_third", "one32 / 3.0"),
    ("f32_inf", "one32 / zero32"), ("f32_nan", "zero32 / zero32"), ("f32_neg_zero", "-zero32"),
    ("f32_2_pow_24_plus_1", "16777217.0 * one32"), ("f32_e38_overflow", "1e38 * one32 * 10.0"),
    ("f32_max", "f32::MAX * one32"), ("f32_e10", "1e10 * one32"),
    ("f32_big", "123456789.0 * one32"),
    ("f32_epsilon", "f32::EPSILON * one32"), ("f32_tiny", "1e-40 * one32"),
]
# Casts and other results that are not floats: printed with `{}` only.
CASTS = [
    ("to_i32_saturates", "(1e10 * one) as i32"), ("to_i32_neg_saturates", "(-1e10 * one) as i32"),
    ("nan_to_i32", "(zero / zero) as i32"), ("inf_to_u8", "(one / zero) as u8"),
    ("to_u8_high", "(300.7 * one) as u8"), ("to_u8_negative", "(-5.5 * one) as u8"),
    ("to_i64_truncates", "(-7.9 * one) as i64"), ("f64_to_f32", "(0.1 * one) as f32"),
    ("f32_to_f64", "(0.1 * one32) as f64"), ("big_to_f32", "(1e300 * one) as f32"),
    ("i64_to_f64", "(9007199254740993i64 as f64)"), ("u64_max_to_f32", "u64::MAX as f32"),
    ("nan_eq_nan", "(zero / zero) == (zero / zero)"), ("neg_zero_eq_zero", "-zero == zero"),
    ("nan_lt", "(zero / zero) < one"), ("max_of_nan", "(zero / zero).max(one)"),
    ("is_sign_negative", "(-zero).is_sign_negative()"),
]


def rust_program() -> str:
    lines = ["fn show(label: &str, x: f64) {",
             '    println!("{label}: {} | {:?} | {:.2} | {:e}", x, x, x, x);', "}", "",
             "fn show32(label: &str, x: f32) {",
             '    println!("{label}: {} | {:?} | {:.2} | {:e}", x, x, x, x);', "}", "",
             "fn cases(one: f64, zero: f64, one32: f32, zero32: f32) {"]
    lines += [f'    show("{label}", {expr});' for label, expr in F64]
    lines += [f'    show32("{label}", {expr});' for label, expr in F32]
    lines += [f'    println!("{label}: {{}}", {expr});' for label, expr in CASTS]
    lines += ['    println!("vec: {:?}", vec![one, -zero, one / zero, 0.1 * one]);',
              '    println!("tuple: {:?}", (1.5 * one, zero / zero, one32 / 3.0));', "}", "",
              "fn main() {", "    cases(1.0, 0.0, 1.0, 0.0);", "}"]
    return "\n".join(lines) + "\n"


def run_rustc(source: str) -> tuple[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}
    version = subprocess.run(["rustc", "--version"], capture_output=True, text=True,
                             check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "floats.rs"
        path.write_text(source)
        subprocess.run(["rustc", "--edition", "2024", "-o", str(Path(folder) / "floats"),
                        str(path)], check=True, env=env)
        run = subprocess.run([str(Path(folder) / "floats")], capture_output=True, text=True,
                             check=True, env=env)
    return version, run.stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    source = rust_program()
    version, stdout = run_rustc(source)
    data = {"rustc": version, "program": source, "stdout": stdout}
    if args.check:
        stored = json.loads(OUT.read_text(encoding="utf-8"))
        same = stored["program"] == source and stored["stdout"] == stdout
        print("up to date" if same else "differs from rustc")
        return 0 if same else 1
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(stdout.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

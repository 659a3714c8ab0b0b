"""Floats compute and print as Rust's do: inf, -inf, NaN, -0, `{:?}`'s `1.0` and `1e20`,
`0.1 + 0.2`, f32 rounding, float-to-int casts that saturate (issue 6).

The program and rustc's output are recorded in tests/data/float_cases.json by
scripts/record_float_cases.py (run it again after changing the cases; `--check`
compares with the installed rustc), so this test needs no rustc.
"""

from __future__ import annotations

import json

from tests.expectations import REPO, run_cli

CASES = json.loads((REPO / "tests" / "data" / "float_cases.json").read_text(encoding="utf-8"))


def test_float_cases_print_like_rustc(tmp_path):
    path = tmp_path / "floats.rs"
    path.write_text(CASES["program"], encoding="utf-8")
    result = run_cli("--run", str(path))
    assert (result.exit_code, result.stderr) == (0, "")
    expected = CASES["stdout"].splitlines()
    got = result.stdout.splitlines()
    assert len(got) == len(expected)
    wrong = [f"rustc: {want}\nours:  {have}" for want, have in zip(expected, got, strict=True)
             if want != have]
    assert not wrong, "\n".join(wrong)


def test_the_recorded_cases_cover_the_special_values():
    out = CASES["stdout"]
    for line in ("inf: inf | inf |", "neg_inf: -inf | -inf |", "nan: NaN | NaN |",
                 "neg_zero: -0 | -0.0 |", "one: 1 | 1.0 |", "e20: 100000000000000000000 | 1e20 |",
                 "tenth_plus_fifth: 0.30000000000000004 |", "nan_to_i32: 0"):
        assert line in out, line

"""The sizes of issue 22 ("Big programs") run as rustc runs them, in bounded memory: one
function of 70,000 `let`s, and a megabyte of ordinary code over some 3,200 functions.
Their times are `bench/scale.py`'s figures (bench/RESULTS.md); here, what a user gets:
rustc's output, and a peak far below what a cost growing with the square would take
(4,000 `let`s took 4.9 GB before the analyses were made sparse)."""

from __future__ import annotations

from pathlib import Path

from tests.test_fuzz import _run_measured
from tests.test_linear_cost import functions, lets

PEAK_MB = 1_200  # measured: ~630 MB for 70,000 `let`s, ~560 MB for 1 MB of functions


def test_one_function_of_70000_lets_runs_as_rustc(tmp_path: Path) -> None:
    code, out, err, peak = _run_measured(lets(70_000).encode(), tmp_path)
    assert (code, out, err) == (0, "0\n", "")
    assert peak < PEAK_MB, f"{peak:.0f} MB"


def test_a_megabyte_of_functions_runs_as_rustc(tmp_path: Path) -> None:
    count = 3_221  # 1.13 MB, the program of bench/scale.py
    source = functions(count)
    assert len(source) > 1_000_000
    # rustc 1.95's binary prints 31139518: f_i(i) = 6i + 3 + len("f{i}")
    expected = sum(6 * i + 3 + len(f"f{i}") for i in range(count))
    assert expected == 31_139_518
    code, out, err, peak = _run_measured(source.encode(), tmp_path)
    assert (code, out, err) == (0, f"{expected}\n", "")
    assert peak < PEAK_MB, f"{peak:.0f} MB"

"""Where rustc is installed, the recorded expectations must still be what it does.

This guards the differential tests: if a recorded `.expected.json` drifted from
real rustc, the comparisons against it would prove nothing.
"""

from __future__ import annotations

import shutil
import sys

import pytest

from tests.expectations import REPO

sys.path.insert(0, str(REPO / "scripts"))
from record_expectations import record, rustc_version

from tests.expectations import expectation

pytestmark = pytest.mark.skipif(shutil.which("rustc") is None,
                                reason="rustc is not installed on this machine")

# (A sample with undefined behaviour has a hand-written record: Miri is its oracle.)
LIVE = [*sorted(p for p in (REPO / "samples").glob("*.rs")
                if "undefined_behavior" not in expectation(p)),
        *sorted((REPO / "tests" / "conformance" / "basics").glob("*.rs"))]


@pytest.mark.slow
@pytest.mark.parametrize("program", LIVE, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_recorded_expectation_is_what_rustc_does_now(program):
    fresh = record(program, rustc_version())
    stored = expectation(program)
    for key in ("compiled", "exit_code", "stdout", "stderr", "error_code", "error_line"):
        assert fresh[key] == stored[key], key


@pytest.mark.slow
def test_std_panic_locations_are_where_this_rustc_reports_them():
    """`machine/std_panic_locations.py` (std's own panics, e.g. `i32::pow` overflowing,
    are reported in std's source) was measured from rustc by a script: still true."""
    from measure_std_panic_locations import measure, module_text

    from stackheap_tui.machine import std_panic_locations

    stored = (REPO / "stackheap_tui" / "machine" / "std_panic_locations.py").read_text()
    assert module_text(*measure()) == stored
    assert std_panic_locations.LOCATIONS["pow:i32"].startswith("core/src/num/mod.rs:")


@pytest.mark.slow
def test_std_method_names_are_what_this_rustc_finds():
    """`lang/std/measured_names.py` (which std methods exist on which receiver, so an
    unmodelled one is "not supported yet" and a made-up one E0599) is still true."""
    from measure_std_method_names import measure
    from measure_std_method_names import module_text as names_module

    stored = (REPO / "stackheap_tui" / "lang" / "std" / "measured_names.py").read_text()
    assert names_module(*measure()) == stored

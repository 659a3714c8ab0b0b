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

LIVE = [*sorted((REPO / "samples").glob("*.rs")),
        *sorted((REPO / "tests" / "conformance" / "basics").glob("*.rs"))]


@pytest.mark.slow
@pytest.mark.parametrize("program", LIVE, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_recorded_expectation_is_what_rustc_does_now(program):
    fresh = record(program, rustc_version())
    stored = expectation(program)
    for key in ("compiled", "exit_code", "stdout", "stderr", "error_code", "error_line"):
        assert fresh[key] == stored[key], key

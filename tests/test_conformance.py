"""Conformance: every program in tests/conformance runs exactly as rustc's binary did.

Programs beyond today's subset are listed in `tests/conformance/pending.txt`; they
are expected to fail (strict xfail), so one that starts passing must be taken off
the list, and none is skipped silently: the count shows in every test run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.expectations import REPO, assert_matches_rustc

CONFORMANCE = REPO / "tests" / "conformance"
# Programs with undefined behaviour have their own test (tests/test_unsafe_ub.py): rustc's
# binary is not their oracle.
PROGRAMS = sorted(p for p in CONFORMANCE.rglob("*.rs") if "unsafe_ub" not in p.parts)


def _pending() -> set[str]:
    listing = CONFORMANCE / "pending.txt"
    if not listing.exists():
        return set()
    return {line.split("#")[0].strip() for line in listing.read_text().splitlines()
            if line.split("#")[0].strip()}


PENDING = _pending()


def _case(program: Path) -> object:
    name = str(program.relative_to(CONFORMANCE))
    marks = [pytest.mark.xfail(strict=True, reason="beyond the supported subset (pending.txt)")
             ] if name in PENDING else []
    return pytest.param(program, id=name, marks=marks)


@pytest.mark.parametrize("program", [_case(p) for p in PROGRAMS])
def test_program_matches_rustc(program: Path) -> None:
    assert_matches_rustc(program.relative_to(REPO))


def test_every_program_has_a_recorded_expectation() -> None:
    missing = [p for p in PROGRAMS if not p.with_suffix(".expected.json").exists()]
    assert not missing


def test_pending_list_names_real_programs() -> None:
    names = {str(p.relative_to(CONFORMANCE)) for p in PROGRAMS}
    assert names >= PENDING

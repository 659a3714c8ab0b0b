"""The checker says the same thing on every run (issue 16): with several loans live, which
loan's "later used here" label is shown must not depend on the Python hash seed or on
where objects happen to live in memory (a local's key is an object's id)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.expectations import REPO, expectation, normalise_stderr, run_cli

PROGRAMS = [
    "tests/conformance/edges3/reject_for_over_field_then_self_method.rs",
    "tests/conformance/edges3/reject_three_borrows_then_push.rs",
]


@pytest.mark.parametrize("name", PROGRAMS)
def test_the_diagnostic_is_the_same_under_every_hash_seed(name: str) -> None:
    seen = set()
    for seed in ("0", "1", "2", "3", "17"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        done = subprocess.run([sys.executable, "-m", "stackheap_tui", "--check", name],
                              cwd=REPO, env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 1, done.stderr
        seen.add(done.stderr)
    assert len(seen) == 1, seen


@pytest.mark.parametrize("name", PROGRAMS)
def test_the_diagnostic_is_the_same_on_every_check_in_one_process(name: str) -> None:
    results = {run_cli("--check", name).stderr for _ in range(8)}
    assert len(results) == 1, results


def test_the_label_lands_where_rustc_puts_it() -> None:
    """`for item in &self.items { self.bump(); println!("{item}") }`: rustc labels the
    loop's iterator (the `for` head), the first holder of the loan, not `item`."""
    name = PROGRAMS[0]
    result = run_cli("--check", name)
    assert normalise_stderr(result.stderr, name) == expectation(REPO / name)["stderr"]

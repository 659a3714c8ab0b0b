"""Every bundled sample prints exactly what rustc's binary printed (recorded in the repo)."""

from __future__ import annotations

import pytest

from stackheap_tui import resources
from tests.expectations import REPO, assert_matches_rustc, run_cli

SAMPLES = sorted((REPO / "samples").glob("*.rs"))


@pytest.mark.parametrize("program", SAMPLES, ids=lambda p: p.stem)
def test_sample_output_matches_rustc(program):
    assert_matches_rustc(program.relative_to(REPO))


@pytest.mark.parametrize("program", SAMPLES, ids=lambda p: p.stem)
def test_sample_has_recorded_expectation_and_header(program):
    assert program.with_suffix(".expected.json").exists()
    first, second = program.read_text().splitlines()[:2]
    assert first.startswith("// ") and second.startswith("// Watch:")


def test_list_samples_shows_names_and_titles():
    result = run_cli("--list-samples")
    assert result.exit_code == 0
    assert "stack_scopes" in result.stdout and "box_heap" in result.stdout
    assert "Box on the heap" in result.stdout
    assert len(result.stdout.splitlines()) == len(resources.list_samples())


def test_seed_programs_print_exactly():
    scopes = run_cli("--run", "samples/01_stack_scopes.rs")
    assert scopes.stdout == (
        "The sum is: 15\nVariables `x` and `y` are still in scope: 5, 10\n"
    )
    boxed = run_cli("--run", "samples/02_box_heap.rs")
    assert boxed.stdout == "My number is: 42\n"
    assert boxed.exit_code == 0 and boxed.stderr == ""

"""Choosing the interleaving (issue 21, docs/threads.md): `--schedule`, the decisions a
run records, and the explorer. Programs whose output rustc's binary prints the same every
time print it under every schedule; the Book's listing 16-2 has several outputs, each one
the real binary can print."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stackheap_tui.explore import explore
from stackheap_tui.machine.schedule import Decision, Schedule, use_schedule
from stackheap_tui.pipeline import load
from tests.expectations import run_cli

CONFORMANCE = Path(__file__).parent / "conformance"
LISTING_16_2 = """use std::thread;
use std::time::Duration;

fn main() {
    let handle = thread::spawn(|| {
        for i in 1..3 {
            println!("hi number {i} from the spawned thread!");
            thread::sleep(Duration::from_millis(1));
        }
    });

    for i in 1..3 {
        println!("hi number {i} from the main thread!");
        thread::sleep(Duration::from_millis(1));
    }

    handle.join().unwrap();
}
"""
MAIN_1, MAIN_2 = "hi number 1 from the main thread!", "hi number 2 from the main thread!"
SPAWNED_1, SPAWNED_2 = ("hi number 1 from the spawned thread!",
                        "hi number 2 from the spawned thread!")


@pytest.fixture(autouse=True)
def _default_schedule() -> object:
    yield
    use_schedule(Schedule())


def _write(tmp_path: Path, source: str) -> str:
    path = tmp_path / "threads.rs"
    path.write_text(source)
    return str(path)


def test_schedule_parses_policies_and_thread_numbers() -> None:
    assert Schedule.parse("round-robin") == Schedule("round-robin")
    assert Schedule.parse("1, 0,2") == Schedule(choices=(1, 0, 2))
    with pytest.raises(ValueError):
        Schedule.parse("fastest")


def test_an_explicit_schedule_picks_the_thread_at_each_decision(tmp_path: Path) -> None:
    path = _write(tmp_path, LISTING_16_2)
    default = run_cli("--run", path)
    assert default.stdout.splitlines() == [MAIN_1, SPAWNED_1, MAIN_2, SPAWNED_2]
    # at main's first sleep the spawned thread runs (1), at its sleep it goes on (1)
    picked = run_cli("--run", path, "--schedule", "1,1")
    assert picked.exit_code == 0
    assert picked.stdout.splitlines() == [MAIN_1, SPAWNED_1, SPAWNED_2, MAIN_2]
    # main keeps the baton at its sleeps
    assert run_cli("--run", path, "--schedule", "0,0").stdout.splitlines() == [
        MAIN_1, MAIN_2, SPAWNED_1, SPAWNED_2]

    from stackheap_tui.cli import build_parser
    assert "--schedule" in build_parser().format_help()


def test_each_decision_is_recorded_and_said_in_the_next_step() -> None:
    trace = load(LISTING_16_2, "t.rs")
    assert trace.decisions, "a sleep where both threads can run is a decision"
    first = trace.decisions[0]
    assert isinstance(first, Decision)
    assert set(first.options) == {0, 1} and first.chosen == 1
    said = trace.step(first.step).explanation
    text = said if isinstance(said, str) else said.render(trace.memory_at(first.step))
    assert "Threads that could run here: #1 `<unnamed>`, #0 `main`" in text
    assert "`t` picks another" in text


def _deterministic_programs() -> list[Path]:
    programs = []
    for path in sorted(CONFORMANCE.glob("threads*/*.rs")):
        expected = json.loads((path.parent / f"{path.stem}.expected.json").read_text())
        if expected["compiled"]:
            programs.append(path)
    return programs


@pytest.mark.parametrize("path", _deterministic_programs(), ids=lambda p: p.stem)
def test_round_robin_gives_rustc_s_output_for_deterministic_programs(path: Path) -> None:
    # Every step a switch point: the recorded programs print the same (the Mutex, the
    # joins and the channels order what they print, whatever the interleaving).
    expected = json.loads((path.parent / f"{path.stem}.expected.json").read_text())
    use_schedule(Schedule("round-robin"))
    outcome = load(path.read_text(), str(path), keep_steps=False).outcome
    assert (outcome.exit_code, outcome.stdout) == (expected["exit_code"], expected["stdout"])


def test_the_explorer_finds_listing_16_2_s_orders_and_one_counter_result() -> None:
    found = explore(LISTING_16_2, "t.rs", depth=6)
    assert found.complete
    outputs = {stdout for _, stdout, _ in found.outcomes}
    assert len(outputs) == 3
    assert all(out.splitlines()[0] == MAIN_1 for out in outputs)  # spawn never switches
    counter = CONFORMANCE / "threads" / "arc_mutex_counter.rs"
    expected = json.loads((counter.parent / "arc_mutex_counter.expected.json").read_text())
    found = explore(counter.read_text(), "c.rs", depth=4, limit=40)
    assert found.runs > 1
    assert {stdout for _, stdout, _ in found.outcomes} == {expected["stdout"]}


def test_explore_on_the_command_line_lists_each_outcome_with_its_schedule(
        tmp_path: Path) -> None:
    result = run_cli("--explore", _write(tmp_path, LISTING_16_2))
    assert result.exit_code == 0
    assert "3 distinct outcomes" in result.stdout.splitlines()[0]
    assert "--schedule 1,1,0,1: exit 0" in result.stdout

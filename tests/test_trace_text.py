"""`--trace`: a step's block prints what the step printed (not all output so far) and a
bounded number of frames, so the text grows with the run, not with its square."""

from __future__ import annotations

import re

from tests.expectations import run_cli

PRINTING = """fn main() {
    let mut i = 0;
    while i < 200 {
        println!("line {}", i);
        i += 1;
    }
    println!();
    eprint!("no newline");
}
"""

DEEP = """fn down(n: u64) -> u64 {
    if n == 0 {
        return 0;
    }
    1 + down(n - 1)
}
fn main() {
    println!("{}", down(100));
}
"""


def _blocks(stdout: str) -> list[str]:
    return re.split(r"\n(?=step \d+/\d+ )", stdout)


def test_a_step_prints_only_the_lines_it_printed() -> None:
    result = run_cli("--trace", "-", stdin=PRINTING)
    assert result.exit_code == 0
    printed = [line for line in result.stdout.splitlines() if "stdout| " in line]
    assert printed == [f"  stdout| line {i}" for i in range(200)] + ["  stdout| "]
    assert result.stdout.count("  stderr| no newline") == 1
    # Each output line is written by its own step only (its explanation quotes it too).
    assert result.stdout.count("line 150\n") == 1
    blocks = _blocks(result.stdout)
    assert not any("stdout|" in block for block in blocks[:3])


def test_a_deep_stack_prints_the_newest_frames_and_counts_the_rest() -> None:
    result = run_cli("--trace", "-", stdin=DEEP)
    assert result.exit_code == 0
    blocks = _blocks(result.stdout)
    assert all(block.count("    frame ") <= 20 for block in blocks)
    # 102 frames at the deepest: `down` from n = 100 to n = 0, and `main`.
    deepest = next(block for block in blocks if "    … 82 more frames" in block)
    assert deepest.count("    frame ") == 20
    assert re.search(r"stack:\n    frame down\n      n: u64  8 B  @\S+  = 0\n", deepest)
    assert "    … 1 more frame\n" in result.stdout  # 21 frames: one word, not `1 frames`
    assert max(len(block) for block in blocks) < 3_000


def test_a_step_limit_of_one_says_one_step() -> None:
    result = run_cli("--trace", "-", "--max-steps", "1", stdin=PRINTING)
    assert result.exit_code == 1
    # Reported as `--run` reports it, and the trace does not claim an exit status.
    assert "\nstopped after 1 step (the --max-steps limit)" in result.stdout
    assert "exit status" not in result.stdout
    assert result.stderr.startswith("error: stopped after 1 step (the --max-steps limit)")


def test_a_long_string_is_shown_by_its_start_at_every_step() -> None:
    # A 1 MB literal: each step shows its first 240 bytes and how many more there are,
    # in the stack (the `&str`), the heap (a String made from it) and the static region.
    source = ('fn main() {\n    let s = "' + "ab" * 500_000 + '";\n'
              "    let owned = s.to_string();\n    println!(\"{}\", owned.len());\n}\n")
    from stackheap_tui.pipeline import load

    trace = load(source, "big.rs")
    last = trace.snapshot(len(trace) - 3)
    shown = '"' + "ab" * 120 + '"… 999,760 more bytes'
    assert last.slot("s") is not None and last.slot("s").value.endswith("→ " + shown)
    (block,) = last.heap
    assert block.value == shown and block.length == 1_000_000
    (literal,) = last.statics
    assert literal.text == shown and literal.size == 1_000_000
    assert trace.outcome.stdout == "1000000\n"
    result = run_cli("--trace", "-", stdin=source)  # every step's text stays short
    assert result.exit_code == 0
    blocks = _blocks(result.stdout)
    assert all(len(block) < 4_000 for block in blocks[2:]), [len(b) for b in blocks]

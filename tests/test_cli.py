"""The command line's other modes: --trace text, --check, python -m."""

from __future__ import annotations

import subprocess
import sys

from tests.expectations import run_cli


def test_trace_prints_every_step_with_stack_and_heap():
    result = run_cli("--trace", "samples/02_box_heap.rs")
    assert result.exit_code == 0
    blocks = result.stdout.split("\nstep ")
    assert len(blocks) == 5
    assert blocks[0].startswith("step 1/5  line 3  [start]")
    assert "my_number: Box<i32>  8 B  @0x7ffc_dff8  = 0x5555_a010" in blocks[1]
    assert "@0x5555_a010  4 B  i32  = 42  owner: my_number" in blocks[1]
    assert "[FREED: freed by dropping `my_number`]" in blocks[3]
    assert result.stdout.rstrip().endswith("exit status 0")


def test_check_reports_only_diagnostics():
    good = run_cli("--check", "samples/01_stack_scopes.rs")
    assert (good.exit_code, good.stdout, good.stderr) == (0, "", "")
    bad = run_cli("--check", "-", stdin="fn main() { let x = 1; x = 2; }")
    assert bad.exit_code == 1 and bad.stderr.startswith("error[E0384]")


def test_python_dash_m_runs_the_same_cli():
    result = subprocess.run([sys.executable, "-m", "stackheap_tui", "--run",
                             "samples/01_stack_scopes.rs"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("The sum is: 15\n")


def test_unknown_sample_lists_the_real_ones():
    result = run_cli("--sample", "nope")
    assert result.exit_code == 2
    assert "stack_scopes" in result.stderr and "box_heap" in result.stderr


def test_usage_error_exits_2():
    result = subprocess.run([sys.executable, "-m", "stackheap_tui", "--max-steps", "0", "x.rs"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr

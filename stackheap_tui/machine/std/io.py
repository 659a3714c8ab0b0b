"""What std does when the program's standard output fails (`>/dev/full`): stdout is
line-buffered, so the first `println!` that completes a line panics with
`failed printing to stdout: <the OS error>` at std's own source location (measured with
rustc 1.95); a failure only at exit, when the last partial line is flushed, is ignored."""

from __future__ import annotations

from stackheap_tui.machine.panics import panic_report
from stackheap_tui.machine.std_panic_locations import RUSTC_LIBRARY

STDOUT_FAILURE_LOCATION = RUSTC_LIBRARY + "std/src/io/stdio.rs:1165:9"
EXIT_PANIC = 101


def failed_printing_to_stdout(problem: OSError) -> str:
    """The panic std's `println!` raises when writing the line fails."""
    reason = f"{problem.strerror} (os error {problem.errno})"
    return panic_report(STDOUT_FAILURE_LOCATION, f"failed printing to stdout: {reason}")

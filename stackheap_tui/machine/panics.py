"""How a Rust binary (rustc 1.95, `RUST_BACKTRACE` unset) reports on stderr a panic, and
the note that follows a panic or an allocation failure."""

from __future__ import annotations

import os

BACKTRACE_NOTE = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"


def panic_report(where: str, message: str) -> str:
    """The default panic hook's text: the thread (with its id), the location, the message."""
    return f"\nthread 'main' ({os.getpid()}) panicked at {where}:\n{message}\n{BACKTRACE_NOTE}"

"""How a Rust binary (rustc 1.95, `RUST_BACKTRACE` unset) reports on stderr a panic, and
the note that follows a panic or an allocation failure."""

from __future__ import annotations

import os

BACKTRACE_NOTE = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"


def panic_report(where: str, message: str, thread: str = "main", thread_id: int | None = None,
                 first: bool = True) -> str:
    """The default panic hook's text: the thread (with its id), the location, the message;
    the backtrace note only after the process's first panic."""
    tid = os.getpid() if thread_id is None else thread_id
    note = BACKTRACE_NOTE if first else ""
    return f"\nthread '{thread}' ({tid}) panicked at {where}:\n{message}\n{note}"

"""The terminal the app runs in: keys are read from standard input and the picture is
drawn on standard error (Textual's Linux driver), so both must reach a terminal."""

from __future__ import annotations

import os


class NoTerminal(Exception):
    """There is no terminal to show the app in (the command line says so, exit 2)."""


def served_to_a_browser() -> bool:
    """`textual serve` runs the app with its web driver, over pipes, sized by COLUMNS."""
    return "web_driver" in os.environ.get("TEXTUAL_DRIVER", "")


def prepare_terminal() -> None:
    """Before the app starts: keys from the controlling terminal when standard input is
    not one (`cat prog.rs | stackheap-tui -`, as `less` does), and the window's real size
    rather than exported COLUMNS/LINES, which would otherwise fix it for good (shutil,
    and so Textual, prefers them to the terminal's size)."""
    if served_to_a_browser():
        return
    if not os.isatty(0):
        try:
            terminal = os.open("/dev/tty", os.O_RDWR)
        except OSError:
            raise NoTerminal("there is no terminal to show the app in; use --run, --trace "
                             "or --json to run a program without one") from None
        os.dup2(terminal, 0)
        os.close(terminal)
    os.environ.pop("COLUMNS", None)
    os.environ.pop("LINES", None)

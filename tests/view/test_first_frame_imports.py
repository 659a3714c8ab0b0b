"""The first frame is drawn before the checker and the interpreter are imported (they
are most of the start-up time): the command line and the app must not import them."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ["stackheap_tui.lang.borrowck", "stackheap_tui.lang.check",
         "stackheap_tui.lang.permissions", "stackheap_tui.machine.interpreter", "lark"]


def test_the_command_line_and_the_app_leave_the_checker_and_interpreter_unimported():
    probe = (
        "import sys\n"
        "import stackheap_tui.cli, stackheap_tui.view.app, stackheap_tui.view.loading\n"
        f"print([name for name in {HEAVY!r} if name in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"

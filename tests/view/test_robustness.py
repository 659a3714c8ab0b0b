"""Nothing a user presses breaks the TUI (issue 6): tiny terminals, held-down keys,
Ctrl+C, and programs that do not compile. Assertions are on what the user sees,
never on how long anything took."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from textual import events

from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.widgets.diagnostics import DiagnosticsPane
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.output import OutputPane
from stackheap_tui.view.widgets.stack import StackPane
from tests.view.helpers import counter, goto_keys, sample_app, text_of

WIDE = (120, 40)
REPO = Path(__file__).resolve().parents[2]


def picture(app: StackHeapApp) -> tuple[str, str, str, str]:
    """What the learner sees of one step: counter, stack, heap and output."""
    return (counter(app), text_of(app.query_one(StackPane)), text_of(app.query_one(HeapPane)),
            text_of(app.query_one(OutputPane)))


def _program(tmp_path: Path, source: str) -> str:
    path = tmp_path / "prog.rs"
    path.write_text(source, encoding="utf-8")
    return str(path)


LOOP = """fn main() {
    let mut v: Vec<u32> = Vec::new();
    let mut i = 0;
    while i < 1200 {
        v.push(i);
        i += 1;
    }
    println!("{}", v.len());
}
"""


async def test_shrinking_to_20x10_and_back_keeps_the_step_and_the_picture():
    app = sample_app(str(REPO / "samples" / "02_box_heap.rs"))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(*goto_keys(4))
        await pilot.pause()
        before = picture(app)
        assert before[0].startswith("step 4 / ")
        await pilot.resize_terminal(20, 10)
        await pilot.pause()
        app.export_screenshot()  # draws the whole screen at 20x10: must not raise
        await pilot.press("right", "left")  # keys still work while tiny
        await pilot.resize_terminal(*WIDE)
        await pilot.pause()
        assert picture(app) == before


async def test_holding_a_key_for_thousands_of_steps_ends_on_the_right_picture(tmp_path):
    # A held key repeats faster than a step may take to draw: all 2,000 presses are
    # queued at once (as a terminal delivers them), then the app catches up.
    app = sample_app(_program(tmp_path, LOOP))
    async with app.run_test(size=WIDE) as pilot:
        total = app.last_step + 1
        assert total > 2000
        for _ in range(2000):
            app.post_message(events.Key("right", None))
        await pilot.pause()
        # Every press handled once the app is idle: no backlog still moving the cursor.
        assert counter(app) == f"step 2,001 / {total:,}"
        held = picture(app)
        await pilot.pause()  # nothing left to handle: the picture stays
        assert picture(app) == held
        for _ in range(2000):
            app.post_message(events.Key("left", None))
        await pilot.pause()
        assert counter(app) == f"step 1 / {total:,}"
        # The picture after 2,000 presses is the one a direct jump draws.
        await pilot.press(*goto_keys(2001))
        await pilot.pause()
        assert picture(app) == held


async def test_ctrl_c_quits_the_app():
    app = sample_app(str(REPO / "samples" / "02_box_heap.rs"))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("right", "ctrl+c")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


def test_ctrl_c_in_a_real_terminal_exits_and_restores_it():
    # The real program on a pseudo-terminal: Ctrl+C ends it with exit 0, and on its
    # way out it leaves the alternate screen and shows the cursor again.
    pid, fd = pty.fork()
    if pid == 0:  # the child: the TUI on the default sample
        os.environ.update(TERM="xterm-256color", COLUMNS="100", LINES="30")
        os.execv(sys.executable, [sys.executable, "-m", "stackheap_tui"])
    before = _read_until(fd, b"fn main", limit=60)
    assert b"fn main" in before, before[-2000:]
    os.write(fd, b"\x03")
    after = _read_until(fd, None, limit=60)
    done, status = _wait_for_exit(pid, limit=30)
    if done == 0:  # still running: Ctrl+C did not quit
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise AssertionError("Ctrl+C did not end the app")
    assert os.waitstatus_to_exitcode(status) == 0
    assert b"\x1b[?1049l" in after  # the alternate screen is left
    assert b"\x1b[?25h" in after  # the cursor is shown again


def _wait_for_exit(pid: int, limit: float) -> tuple[int, int]:
    """waitpid without hanging: a process that closed its terminal may take a moment
    (slower on a loaded machine) before it has exited; (0, 0) if it never does."""
    deadline = time.monotonic() + limit
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done or time.monotonic() > deadline:
            return done, status
        time.sleep(0.05)


def _read_until(fd: int, marker: bytes | None, limit: float) -> bytes:
    """Read the terminal until `marker` appears (or, with None, until it closes), for at
    most `limit` seconds of wall time (the app may write many frames meanwhile)."""
    data = b""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            return data
        if not chunk:
            return data
        data += chunk
        if marker is not None and marker in data:
            return data
    return data


async def test_a_syntax_error_opens_its_diagnostic_with_the_hint(tmp_path):
    app = sample_app(_program(tmp_path, "fn main() {\n    let mut x = 1;\n    x++;\n}\n"))
    assert app.failure is not None
    async with app.run_test(size=WIDE) as pilot:
        text = text_of(app.query_one(DiagnosticsPane))
        assert "error: Rust has no postfix increment operator" in text
        assert "use `+= 1` instead" in text
        await pilot.press("right", "left", "g", "5", "enter")  # no steps: keys do no harm
        await pilot.resize_terminal(20, 10)
        await pilot.pause()
        assert app.is_running


def test_the_cli_runs_python_m_without_a_traceback_on_a_missing_file():
    result = subprocess.run([sys.executable, "-m", "stackheap_tui", "no/such.rs"],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr

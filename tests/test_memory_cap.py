"""The memory cap holds at every stage (issue 22): running out of memory while reading
the file, or while the app draws a step, ends in the same one clear line as in parsing,
checking and recording (tests/test_cli_inputs.py, tests/test_errors.py), never a
traceback or a kill."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from stackheap_tui import cli
from tests.expectations import run_cli

REPO = Path(__file__).resolve().parent.parent
SAMPLE = "samples/02_box_heap.rs"
OUT_OF_MEMORY = ("error: not supported yet: a program this large (stackheap-tui ran out of "
                 "memory)\n")


def _exhausted(*args: object, **kwargs: object) -> bytes:
    raise MemoryError


@pytest.mark.parametrize("mode", ["--run", "--check", "--trace"])
def test_running_out_of_memory_while_reading_the_file_is_one_clear_line(monkeypatch, mode):
    monkeypatch.setattr(cli, "_read_file", _exhausted)
    result = run_cli(mode, SAMPLE)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", OUT_OF_MEMORY)


def test_running_out_of_memory_while_reading_standard_input_is_one_clear_line(monkeypatch):
    monkeypatch.setattr(cli, "_read_bounded", _exhausted)
    result = run_cli("--run", "-", stdin="fn main() {}\n")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", OUT_OF_MEMORY)


# The app in a real terminal, whose drawing of any step after the first runs out of
# memory (as a picture of millions of boxes could).
_DRAWING_RUNS_OUT = """
import sys
from stackheap_tui.view.drawing import Drawing
shown = Drawing._show_step
def show(self, index, *args, **kwargs):
    if index > 0:
        raise MemoryError
    return shown(self, index, *args, **kwargs)
Drawing._show_step = show
from stackheap_tui.cli import entry_point
sys.argv[1:] = [sys.argv[1]]
sys.exit(entry_point())
"""


def _text(data: bytes) -> str:
    """What the terminal shows of `data`, roughly: its text without escape sequences."""
    return re.sub(r"\x1b\[[0-9;?>$<=]*[A-Za-z~]", "", data.decode("utf-8", "replace"))


def _read_all(fd: int, limit: float, until: str | None = None) -> bytes:
    """The terminal's bytes until `until` shows (None: until it closes), `limit` s at most."""
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
        if until is not None and until in _text(data):
            return data
    return data


def test_running_out_of_memory_while_drawing_a_step_ends_the_app_with_one_clear_line():
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", COLUMNS="100", LINES="30")
        os.chdir(REPO)
        os.execv(sys.executable, [sys.executable, "-c", _DRAWING_RUNS_OUT, SAMPLE])
    done, status = 0, 0
    try:
        first = _read_all(fd, 120, until="step 1 /")
        assert "step 1 /" in _text(first), _text(first)[-2000:]
        os.write(fd, b"\x1b[C")  # → : the next step, whose drawing runs out of memory
        after = _read_all(fd, 120)
        deadline = time.monotonic() + 60
        done, status = os.waitpid(pid, os.WNOHANG)
        while not done and time.monotonic() < deadline:
            time.sleep(0.05)
            done, status = os.waitpid(pid, os.WNOHANG)
        assert done == pid, "the app did not end"
    finally:
        if done != pid:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    text = _text(after)
    assert os.waitstatus_to_exitcode(status) == 1
    assert b"\x1b[?1049l" in after  # the terminal is given back
    assert OUT_OF_MEMORY.strip() in text, text[-3000:]
    assert "Traceback" not in text and "MemoryError" not in text

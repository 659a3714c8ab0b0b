"""A hostile afternoon: keys and signals a learner (or their terminal) throws at the app.
Each test asserts what the user sees: a notice instead of a crash, the step kept, the
terminal restored, the app gone when asked to quit."""

from __future__ import annotations

import asyncio
import os
import pty
import signal
import sys
import time
from pathlib import Path

import pytest
from textual import events
from textual.screen import ModalScreen, Screen

from stackheap_tui.view import screenshot
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.screens.goto import GotoScreen
from tests.view.fake_trace import box_heap_trace, calls_trace
from tests.view.helpers import counter, text_of
from tests.view.test_robustness import _read_until, _wait_for_exit

NARROW = (80, 24)


def _messages(app: StackHeapApp) -> list[str]:
    return [n.message for n in app._notifications]


# -- 1. `s` where the SVG cannot be written, or a file is already there -------------------------


async def _press_s(app: StackHeapApp) -> None:
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right", "s")
        await pilot.pause()
        assert app.is_running  # the app is still there
        assert counter(app) == "step 2 / 5"  # at the same place
        await pilot.press("q")


async def test_s_in_a_deleted_folder_says_so_and_keeps_the_step(tmp_path, monkeypatch):
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    app = StackHeapApp(box_heap_trace())
    await _press_s(app)
    assert app.return_code == 0
    assert any("Could not save the screenshot" in m and "no longer exists" in m
               for m in _messages(app))


async def test_s_in_a_read_only_folder_says_so_and_keeps_the_step(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    real_open = os.open

    def read_only(path, flags, *args):  # as a folder without write permission answers
        if str(path).endswith(".svg"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(screenshot.os, "open", read_only)
    app = StackHeapApp(box_heap_trace())
    await _press_s(app)
    assert app.return_code == 0
    assert any("no permission to write" in m for m in _messages(app))
    assert not list(tmp_path.iterdir())


def test_a_folder_without_write_permission_is_reported(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes in any folder")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(screenshot.NotSaved, match="no permission"):
            screenshot.save_svg("<svg/>", "prog-step-1", str(tmp_path))
    finally:
        tmp_path.chmod(0o700)


async def test_s_never_overwrites_nor_follows_a_link(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "02_box_heap-step-2.svg").write_text("mine", encoding="utf-8")
    (tmp_path / "02_box_heap-step-2-2.svg").mkdir()  # a folder of the next name
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    (tmp_path / "02_box_heap-step-2-3.svg").symlink_to(target)
    (tmp_path / "02_box_heap-step-2-4.svg").symlink_to(tmp_path / "nowhere")  # dangling
    app = StackHeapApp(box_heap_trace())
    await _press_s(app)
    assert (tmp_path / "02_box_heap-step-2.svg").read_text(encoding="utf-8") == "mine"
    assert target.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "nowhere").exists()
    saved = tmp_path / "02_box_heap-step-2-5.svg"
    assert saved.read_text(encoding="utf-8").startswith("<svg")
    assert any(str(saved) in m for m in _messages(app))
    # Again: the next free name.
    app = StackHeapApp(box_heap_trace())
    await _press_s(app)
    assert (tmp_path / "02_box_heap-step-2-6.svg").exists()


def test_the_names_tried_count_up_from_2():
    assert screenshot.free_names("p-step-3")[:3] == ["p-step-3.svg", "p-step-3-2.svg",
                                                     "p-step-3-3.svg"]


def test_save_svg_creates_the_file_in_the_folder_given(tmp_path):
    path = screenshot.save_svg("<svg/>", "p-step-1", str(tmp_path))
    assert path == Path(tmp_path) / "p-step-1.svg"
    assert path.read_text(encoding="utf-8") == "<svg/>"


# -- 2. keys that arrive in one read, after the key that closes a dialog ----------------------


def _one_read(app: StackHeapApp, *keys: str) -> None:
    """`keys` as a terminal delivers what was typed at once: all queued before any is
    handled (Pilot's `press` waits for the app between keys)."""
    for key in keys:
        character = "\r" if key == "enter" else key if len(key) == 1 else None
        app.post_message(events.Key(key, character))


async def _settled(app: StackHeapApp, pilot) -> None:
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


@pytest.mark.parametrize(
    ("before", "keys", "step"),
    [
        ((), ("g", "3", "enter", "enter"), "step 3 / 9"),
        (("g",), ("3", "enter", "enter"), "step 3 / 9"),  # the input has focus already
        (("g", "4", "enter", "p", "right"), ("1", "enter", "enter"), "step 5 / 9"),
        (("g", "4", "enter", "p", "right"), ("1", "escape", "escape"), "step 5 / 9"),
        (("right",), ("question_mark", "enter", "enter"), "step 2 / 9"),
        (("right",), ("ctrl+p", "n", "e", "x", "t", " ", "s", "t", "e", "p", "enter", "enter"),
         "step 3 / 9"),
    ],
)
async def test_a_second_confirm_key_in_the_same_read_closes_nothing_more(before, keys, step):
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        if before:
            await pilot.press(*before)
        _one_read(app, *keys)
        await _settled(app, pilot)
        assert app.is_running
        assert isinstance(app.screen, Screen) and not isinstance(app.screen, ModalScreen)
        assert counter(app) == step
        await pilot.press("q")
    assert app.return_code == 0


async def test_enter_enter_in_the_lesson_browser_opens_the_lesson_once():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        _one_read(app, "b", "enter", "enter")
        await _settled(app, pilot)
        assert app.is_running
        assert not isinstance(app.screen, ModalScreen)
        assert counter(app).startswith("step 1 / ")
        assert app.title.endswith("01_stack_scopes.rs")
        await pilot.press("q")
    assert app.return_code == 0


@pytest.mark.parametrize(
    ("before", "keys"),
    [
        ((), ("g", "3", "enter", "q")),
        (("g",), ("3", "enter", "q")),
        ((), ("question_mark", "enter", "q")),
    ],
)
async def test_q_right_after_a_dialog_closes_quits(before, keys):
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        if before:
            await pilot.press(*before)
        _one_read(app, *keys)
        await _settled(app, pilot)
        assert not app.is_running
    assert app.return_code == 0


async def test_an_invalid_step_keeps_the_dialog_open_for_a_correction():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        _one_read(app, "g", "9", "9", "enter")
        await _settled(app, pilot)
        assert isinstance(app.screen, GotoScreen)
        assert "There are steps 1 to 9." in text_of(app.screen)
        await pilot.press("backspace", "backspace", "2", "enter")
        assert not isinstance(app.screen, ModalScreen)
        assert counter(app) == "step 2 / 9"


@pytest.mark.parametrize("key", ["pagedown", "pageup", "down", "up"])
async def test_paging_the_palette_as_it_opens_does_not_crash(key):
    # The key lands while the palette is still gathering or drawing its list.
    for waits in range(12):
        app = StackHeapApp(calls_trace())
        async with app.run_test(size=NARROW) as pilot:
            _one_read(app, "ctrl+p")
            for _ in range(waits):
                await asyncio.sleep(0)
            _one_read(app, key)
            await _settled(app, pilot)
            assert app.is_running, waits
            await pilot.press("escape", "q")
        assert app.return_code == 0, waits


# -- 3. signals from outside: the terminal is restored on the way out -------------------------


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT])
def test_a_signal_to_end_restores_the_terminal(number):
    pid, fd = pty.fork()
    if pid == 0:  # the child: the TUI on the default sample
        os.environ.update(TERM="xterm-256color", COLUMNS="100", LINES="30")
        os.execv(sys.executable, [sys.executable, "-m", "stackheap_tui"])
    before = _read_until(fd, b"fn main", limit=60)
    assert b"fn main" in before, before[-2000:]
    os.kill(pid, number)
    after = _read_until(fd, None, limit=60)
    done, status = _wait_for_exit(pid, limit=30)
    if done == 0:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise AssertionError(f"signal {number} did not end the app")
    assert os.waitstatus_to_exitcode(status) == 128 + number
    assert b"\x1b[?1049l" in after  # the alternate screen is left
    assert b"\x1b[?25h" in after  # the cursor is shown again
    assert b"\x1b[?1000l" in after  # mouse tracking is off


async def test_q_while_a_big_program_is_checked_quits_at_once():
    from stackheap_tui.view.loading import Pending

    # Thousands of functions: checking takes seconds, on a thread the app does not wait for
    # (18,000: since the parse loop, 6,000 could be checked before `q` arrived).
    source = "".join(f"fn f{i}(x: i64) -> i64 {{ let y = x + {i}; y * 2 }}\n"
                     for i in range(18_000)) + "fn main() { println!(\"{}\", f1(2)); }\n"
    app = StackHeapApp(pending=Pending(source, "big.rs"))
    async with app.run_test(size=(80, 24)) as pilot:
        while counter(app) != "checking…":
            await pilot.pause(0.01)
        # Posted as the terminal driver posts a key: `pilot.press` first waits for every
        # widget to go idle, which on a loaded machine took over its 30 s timeout while
        # the checking thread shared the interpreter lock.
        app.post_message(events.Key("q", "q"))
        deadline = time.monotonic() + 120
        while app.return_code is None and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        assert app.return_code == 0
        assert app.opened is None  # quit before the check was done, not after


# -- 4. Ctrl+Z: the shell's job control, then `fg` back to the same step --------------------


def _sized(fd: int, columns: int, rows: int) -> None:
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def test_ctrl_z_suspends_and_fg_brings_back_the_same_step(tmp_path):
    program = tmp_path / "boxed.rs"
    program.write_text("fn main() {\n    let a = Box::new(1);\n    let b = Box::new(2);\n"
                       "    println!(\"{}\", *a + *b);\n}\n", encoding="utf-8")
    # A shell with job control as the app's parent: a process whose group has no such
    # parent (orphaned) never stops on SIGTSTP, so the pty's first child is the shell.
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", PS1="$ ",
                          PYTHONPATH=str(Path(__file__).resolve().parents[2]))
        os.execvp("bash", ["bash", "--norc", "--noprofile", "-i"])
    _sized(fd, 100, 30)
    done = 0
    try:
        assert b"$ " in _read_until(fd, b"$ ", limit=30)
        os.write(fd, f"{sys.executable} -m stackheap_tui {program}\n".encode())
        assert b"step 1 / " in _read_until(fd, b"step 1 / ", limit=60)
        os.write(fd, b"\x1b[C\x1b[C")  # → →
        assert b"step 3 / " in _read_until(fd, b"step 3 / ", limit=30)
        os.write(fd, b"\x1a")  # Ctrl+Z
        stopped = _read_until(fd, b"Stopped", limit=30)
        assert b"Stopped" in stopped, stopped[-2000:]
        assert b"\x1b[?1049l" in stopped  # the shell's screen is back
        os.write(fd, b"echo shell-$((6*7))\n")  # the shell has the keys, not the app
        assert b"shell-42" in _read_until(fd, b"shell-42", limit=30)
        os.write(fd, b"fg\n")
        back = _read_until(fd, b"step 3 / ", limit=30)
        assert b"step 3 / " in back, back[-2000:]  # the whole screen again, same step
        assert b"fn main" in back and b"0x5555_a010" in back
        os.write(fd, b"\x1b[C")  # keys still reach the app
        assert b"step 4 / " in _read_until(fd, b"step 4 / ", limit=30)
        os.write(fd, b"q")
        assert b"$ " in _read_until(fd, b"\x1b[?1049l", limit=30) + _read_until(
            fd, b"$ ", limit=30)
        os.write(fd, b"exit\n")
        done, _ = _wait_for_exit(pid, limit=30)
        assert done == pid
    finally:
        if done != pid:
            os.killpg(pid, signal.SIGKILL)  # the shell and the app it started
            os.waitpid(pid, 0)
        os.close(fd)

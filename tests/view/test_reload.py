"""Live reload (the file changes on disk: checked and run again, at the same step, with a
notice; a version that does not compile shows its diagnostic) and `f` to open another
file (a bad path gives a notice, never a traceback)."""

from __future__ import annotations

import os
from pathlib import Path

from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.loading import Pending
from stackheap_tui.view.widgets.stack import StackPane
from tests.view.helpers import goto_keys, text_of

FIRST = """\
fn main() {
    let a = 1;
    let b = 2;
    let c = a + b;
    println!("{c}");
}
"""
SECOND = FIRST.replace("let b = 2;", "let b = 20;")
BROKEN = FIRST.replace("let c = a + b;", "let c = a + d;")


async def _until(pilot, done, tries: int = 200) -> None:
    """Wait (event by event, no fixed sleep) until `done()` holds."""
    for _ in range(tries):
        if done():
            return
        await pilot.pause(0.05)
    assert done()


def _bump(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    stat = path.stat()  # a new modification time even within the same clock tick
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


async def test_a_saved_change_is_run_again_at_the_same_step(tmp_path):
    path = tmp_path / "prog.rs"
    path.write_text(FIRST, encoding="utf-8")
    app = StackHeapApp(pending=Pending(FIRST, str(path)))
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: app.trace is not None and app.recorded)
        await pilot.press(*goto_keys(4))  # after `let c`
        await _until(pilot, lambda: app.step == 3)
        assert "b = 2" in text_of(app.query_one(StackPane))
        await pilot.pause(0.6)  # the watcher has seen the file once
        _bump(path, SECOND)
        await _until(pilot, lambda: app.trace is not None and "20" in app.trace.source)
        await _until(pilot, lambda: app.step == 3)
        await pilot.pause()
        assert "b = 20" in text_of(app.query_one(StackPane))
        await _until(pilot, lambda: any("changed on disk" in str(n.message)
                                        for n in app._notifications))

        _bump(path, BROKEN)  # no longer compiles: its diagnostic
        await _until(pilot, lambda: app.failure is not None)
        assert "E0425" in "\n".join(d.code or "" for d in app.failure.diagnostics)
        _bump(path, FIRST)  # fixed: the run is back
        await _until(pilot, lambda: app.trace is not None and app.failure is None)


async def test_f_opens_another_file_and_a_bad_path_is_a_notice(tmp_path):
    first = tmp_path / "one.rs"
    first.write_text(FIRST, encoding="utf-8")
    other = tmp_path / "two.rs"
    other.write_text(SECOND, encoding="utf-8")
    app = StackHeapApp(pending=Pending(FIRST, str(first)))
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: app.trace is not None)
        await pilot.press("f")
        await pilot.pause()
        for char in str(tmp_path / "missing.rs"):
            await pilot.press(char if char != "/" else "slash")
        await pilot.press("enter")
        await _until(pilot, lambda: any("no such file" in str(n.message)
                                        for n in app._notifications))
        assert app.trace is not None and app.program_path == str(first)
        await pilot.press("f")
        await pilot.pause()
        for char in str(tmp_path):  # a directory
            await pilot.press(char if char != "/" else "slash")
        await pilot.press("enter")
        await _until(pilot, lambda: any("directory" in str(n.message)
                                        for n in app._notifications))
        await pilot.press("f")
        await pilot.pause()
        for char in str(other):
            await pilot.press(char if char != "/" else "slash")
        await pilot.press("enter")
        await _until(pilot, lambda: app.program_path == str(other) and app.trace is not None)
        assert "20" in app.trace.source

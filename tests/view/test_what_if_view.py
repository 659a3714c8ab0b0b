""""Run it anyway" (r) in the TUI: a program only the borrow checker rejects is stepped
with real memory semantics up to the undefined behaviour the rules prevent (issue 9)."""

from __future__ import annotations

import time

import pytest
from textual.pilot import Pilot

from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.widgets.status import StatusBar
from tests.view.helpers import counter, footer_keys, heap_blocks, sample_app, text_of

PUSH = "samples/21_push_while_borrowed.rs"
SIZES = ((80, 24), (160, 45))


async def _run_anyway(pilot: Pilot) -> None:
    await pilot.press("r")
    app = pilot.app
    assert isinstance(app, StackHeapApp) and app.recording is not None
    app.recording.done.wait(10)
    await _until_the_app_sees_the_end(pilot)


async def _until_the_app_sees_the_end(pilot: Pilot) -> None:
    """The app follows the recording on a timer: wait for the look that sees it ended."""
    app = pilot.app
    assert isinstance(app, StackHeapApp)
    deadline = time.monotonic() + 120  # a deadline: a loaded CI machine is slow
    while time.monotonic() < deadline:
        if app.recorded:
            break
        await pilot.pause(0.05)
    await pilot.pause()


async def test_r_is_offered_only_where_the_borrow_checker_alone_says_no(tmp_path):
    app = sample_app(PUSH)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert footer_keys(app)["run_anyway"]
    program = tmp_path / "typo.rs"
    program.write_text('fn main() {\n    let x: i32 = "five";\n}\n')  # E0308: nothing to run
    app = sample_app(str(program))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "run_anyway" not in footer_keys(app)
    app = sample_app("samples/01_stack_scopes.rs")  # compiles: nothing to run "anyway"
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "run_anyway" not in footer_keys(app)


async def test_run_anyway_stops_at_the_read_of_the_freed_buffer():
    app = sample_app(PUSH)
    async with app.run_test(size=(120, 40)) as pilot:
        await _run_anyway(pilot)
        status = text_of(app.query_one(StatusBar))
        assert "what-if" in status
        await pilot.press("end")
        await pilot.pause()
        assert counter(app) == "step 5 / 5"
        status = text_of(app.query_one(StatusBar))
        assert "undefined behaviour" in status and "use after free" in status
        tombstone, live = heap_blocks(app)
        assert tombstone.block.freed and "reallocated" in tombstone.block.note
        assert "-changed" in tombstone.classes  # the block it went wrong on is lit
        assert not live.block.freed
        assert "→ a freed block!" in text_of(app.query_one("#stack"))
        await pilot.press("r")  # back to rustc's errors
        await pilot.pause()
        assert app.failure is not None and app.trace is None
        assert "error[E0502]" in text_of(app.query_one("#diagnostics"))


async def test_a_what_if_run_without_a_memory_error_says_why_rustc_still_refuses():
    app = sample_app("samples/24_two_mut_borrows.rs")
    async with app.run_test(size=(120, 40)) as pilot:
        await _run_anyway(pilot)
        await pilot.press("end")
        await pilot.pause()
        status = text_of(app.query_one(StatusBar))
        assert "happened to reach no memory error" in status
        assert "no memory error" in status


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x45"])
def test_snapshot_of_the_dangling_pointer(snap_compare, size):
    async def run_before(pilot: Pilot) -> None:
        await _run_anyway(pilot)
        await pilot.press("end")
        await pilot.pause()

    app = sample_app("samples/22_dangle.rs")
    assert snap_compare(app, terminal_size=size, run_before=run_before)


async def test_a_what_if_run_that_never_ends_stops_at_the_step_limit(tmp_path):
    program = tmp_path / "forever.rs"
    program.write_text(
        "fn main() {\n"
        "    let s = String::from(\"hi\");\n"
        "    let t = s;\n"
        "    println!(\"{s} {t}\");\n"
        "    let mut n: u64 = 0;\n"
        "    loop {\n"
        "        n = n % 7 + 1;\n"
        "    }\n"
        "}\n")  # E0382, then a loop that never ends
    app = sample_app(str(program))
    async with app.run_test(size=(120, 40)) as pilot:
        await _run_anyway(pilot)
        assert app.recording is not None
        app.recording.done.wait(60)
        await _until_the_app_sees_the_end(pilot)
        await pilot.press("end")
        await pilot.pause()
        status = text_of(app.query_one(StatusBar))
        assert "stopped at the step limit (1,000,000 steps)" in status
        assert "no memory error" not in status

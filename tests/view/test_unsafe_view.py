"""The unsafe lessons in the TUI: raw pointers in the stack pane, and the run of a program
with undefined behaviour ending on it, with the dangling pointer marked (issue 20)."""

from __future__ import annotations

from stackheap_tui.view.widgets.status import StatusBar
from tests.view.helpers import counter, heap_blocks, sample_app, text_of

UAF = "samples/32_use_after_free_raw.rs"


async def _until_loaded(pilot, app) -> None:  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + 120  # a deadline, not a count of pauses: CI is slow
    while time.monotonic() < deadline and not (app.trace is not None and app.recorded):
        await pilot.pause(0.05)
    await pilot.pause()


async def test_the_use_after_free_lesson_ends_on_the_undefined_behaviour():
    app = sample_app(UAF)
    async with app.run_test(size=(120, 40)) as pilot:
        await _until_loaded(pilot, app)
        await pilot.press("end")
        await pilot.pause()
        total = len(app.trace)
        assert counter(app) == f"step {total} / {total}"
        status = text_of(app.query_one(StatusBar))
        assert "use after free" in status
        (tombstone,) = heap_blocks(app)
        assert tombstone.block.freed
        stack = text_of(app.query_one("#stack"))
        assert "raw → a freed block!" in stack
        assert "*mut i32" in stack

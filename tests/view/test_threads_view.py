"""The stack pane with several threads: the running thread's frames named after it, and a
box per other thread showing what its stack holds (docs/threads.md)."""

from __future__ import annotations

from stackheap_tui.view.widgets.stack import StackPane
from tests.view.helpers import goto_keys, sample_app, text_of


async def test_the_running_thread_is_named_and_the_other_stacks_are_shown():
    app = sample_app("tests/conformance/threads/spawn_move_vec_join.rs")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press(*goto_keys(5))  # thread #1 starts: `v` is in its first frame
        pane = text_of(app.query_one(StackPane))
        assert "thread #1 <unnamed>: fn {closure}" in pane
        assert "thread #0 main (not running)" in pane
        assert "handle: JoinHandle<()> = thread #1 [moved]" in pane
        await pilot.press(*goto_keys(3))  # back in main, right after the spawn
        pane = text_of(app.query_one(StackPane))
        assert "thread #0 main: fn main" in pane
        assert "thread #1 <unnamed> (not running)" in pane
        assert "(empty stack)" in pane

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


async def test_t_picks_another_thread_at_a_switch_point_and_the_run_follows_it(tmp_path):
    from stackheap_tui.pipeline import load
    from stackheap_tui.view.app import StackHeapApp
    from tests.test_schedules import LISTING_16_2

    path = tmp_path / "listing_16_2.rs"
    path.write_text(LISTING_16_2)
    trace = load(LISTING_16_2, str(path))
    first = trace.decisions[0]  # main sleeps: the spawned thread or main may go on
    assert first.chosen == 1
    app = StackHeapApp(trace)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press(*goto_keys(first.step + 1))
        assert app.trace.memory_at(app.step).current == 1
        await pilot.press("t")
        for _ in range(500):  # the run again, on its own thread
            if app.trace is not trace and app.recorded:
                break
            await pilot.pause(0.01)
        assert app.trace is not trace
        assert app.step == first.step
        # main kept the baton at its sleep: it prints its second line before the thread
        assert app.trace.decisions[0].chosen == 0
        assert app.trace.memory_at(app.step).current == 0
        last = app.trace.memory_at(len(app.trace) - 1).output_text("stdout").splitlines()
        assert last[:2] == ["hi number 1 from the main thread!",
                            "hi number 2 from the main thread!"]
        # back-stepping across the new run's switches replays it
        await pilot.press("left")
        assert app.trace.memory_at(app.step).current == 0

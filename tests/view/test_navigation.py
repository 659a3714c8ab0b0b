"""Moving through a run: go to step, events, step over/out, jumps by kind, the timeline."""

from __future__ import annotations

import time

from textual.command import CommandPalette
from textual.widgets import Input

from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.screens.goto import GotoScreen
from stackheap_tui.view.widgets.timeline import Timeline, columns_of
from tests.view.fake_trace import box_heap_trace, calls_trace, stack_scopes_trace
from tests.view.helpers import counter, footer_keys, text_of

NARROW = (80, 24)


async def _settled(pilot) -> None:
    """Let the background indexing finish, so keys show their final enabled state."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_g_jumps_to_the_step_typed():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("g")
        assert isinstance(app.screen, GotoScreen)
        assert "Step number, 1 to 9" in text_of(app.screen)
        await pilot.press("7", "enter")
        assert not isinstance(app.screen, GotoScreen)
        assert counter(app) == "step 7 / 9"


async def test_g_refuses_a_step_out_of_range_and_esc_cancels():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("g", "4", "2", "enter")
        assert isinstance(app.screen, GotoScreen)
        assert "There are steps 1 to 9." in text_of(app.screen)
        app.screen.query_one(Input).value = ""
        await pilot.press("escape")
        assert not isinstance(app.screen, GotoScreen)
        assert counter(app) == "step 1 / 9"


async def test_n_and_shift_n_move_between_events():
    # The box sample: start, alloc, print, drop, end are all events.
    app = StackHeapApp(stack_scopes_trace())
    async with app.run_test(size=NARROW) as pilot:
        await _settled(pilot)
        assert footer_keys(app)["event(1)"] is True
        await pilot.press("n")
        assert counter(app) == "step 2 / 8"  # `let x = 5;` changed a slot
        await pilot.press("end")
        await _settled(pilot)
        assert footer_keys(app)["event(1)"] is False  # nothing after the last step
        await pilot.press("N")
        assert counter(app) == "step 7 / 8"


async def test_n_skips_statements_that_change_nothing():
    trace = box_heap_trace()
    app = StackHeapApp(trace)
    async with app.run_test(size=NARROW):
        index = app.index
        # A STATEMENT that touched nothing is no event; everything else is.
        assert [index.is_event(i) for i in range(len(trace))] == [True] * 5


async def test_o_steps_over_a_call_and_u_steps_out_of_one():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        await _settled(pilot)
        assert footer_keys(app)["step_out"] is False  # main has no caller
        await pilot.press("o")  # from the start, over make_box's call and body
        assert counter(app) == "step 4 / 9"
        assert "returns `b`" in text_of(app.query_one("StatusBar"))
        await pilot.press("g", "2", "enter")  # inside make_box, just called
        await _settled(pilot)
        assert footer_keys(app)["step_out"] is True
        stack = text_of(app.query_one("#stack"))
        assert "fn make_box" in stack
        await pilot.press("u")
        assert counter(app) == "step 4 / 9"
        assert "fn make_box" not in text_of(app.query_one("#stack"))
        await pilot.press("g", "2", "enter", "o")  # over, inside the callee: its next line
        assert counter(app) == "step 3 / 9"


async def _until_highlighted(pilot, title: str) -> None:
    """The palette searches in the background: wait until its first hit is `title`."""
    from textual.command import CommandList

    deadline = time.monotonic() + 120  # a deadline: a loaded CI machine is slow
    while time.monotonic() < deadline:
        results = pilot.app.screen.query(CommandList)
        if results and results.first().highlighted == 0:
            option = results.first().get_option_at_index(0)
            if title in str(option.prompt):
                return
        await pilot.pause(0.05)
    raise AssertionError(f"the palette never offered {title!r}")


async def test_palette_lists_jumps_and_runs_them():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        await _settled(pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"next drop")
        await _until_highlighted(pilot, "Next drop")
        await pilot.press("enter")
        await pilot.pause()
        assert counter(app) == "step 8 / 9"
        assert "x" in app.query_one(Timeline).render().plain
        for action, step in [
            ("jump('alloc', -1)", 3),
            ("jump('panic', 1)", 9),
            ("jump('call', -1)", 2),
            ("jump('move', 1)", 5),
            ("jump('return', 1)", 5),  # none later: disabled, the step stays
        ]:
            await app.run_action(action)
            await pilot.pause()
            assert counter(app) == f"step {step} / 9", action
        assert app.check_action("jump", ("return", 1)) is None


async def test_palette_hides_commands_that_cannot_run_now():
    from stackheap_tui.view.commands import StepperCommands

    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        await _settled(pilot)
        titles = [title for title, _, _ in StepperCommands(app.screen)._commands()]
        assert "Next step" in titles and "Previous step" not in titles
        assert "Step out" not in titles  # main has no caller
        assert "Next panic" in titles and "Previous panic" not in titles
        assert any(title.startswith("Open lesson 1: ") for title in titles)


async def test_every_key_and_action_is_in_the_palette():
    from stackheap_tui.view.commands import COMMANDS

    actions = {command.action.split("(")[0] for command in COMMANDS}
    for binding in StackHeapApp.BINDINGS:
        action = binding.action.split("(")[0]  # type: ignore[union-attr]
        assert action in actions | {"quit"}, action


async def test_clicking_the_timeline_scrubs_to_that_step():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        await _settled(pilot)
        timeline = app.query_one(Timeline)
        width = timeline.content_region.width
        column = columns_of(7, 9, width).start  # the drop's mark
        assert timeline.render().plain[column] == "x"
        await pilot.click(Timeline, offset=(column + 1, 0))  # +1: the padding
        assert counter(app) == "step 8 / 9"
        await pilot.click(Timeline, offset=(1, 0))
        assert counter(app) == "step 1 / 9"


async def test_timeline_marks_each_kind_and_the_current_step():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=(60, 20)) as pilot:
        await _settled(pilot)
        strip = app.query_one(Timeline).render().plain
        marks = [glyph for glyph in strip if glyph not in "─━"]
        # start, call, alloc, return, move, x=1, y=x, drop, panic
        assert marks == ["(", "+", ")", ">", "x", "!"]
        assert strip.startswith("━")  # the current step, drawn heavy

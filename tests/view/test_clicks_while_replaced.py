"""Clicks that arrive while the picture under them is being replaced (issue 24).

The terminal (and textual-serve's web driver) hands each mouse event to the app, which
looks up the widget under it in the screen's last layout. Opening a program replaces
every pane, and the permissions pane draws its rows anew at each step: a press on a pane
just removed ended the app with `AttributeError: 'NoneType' object has no attribute
'region'`. `Pilot.click` cannot show this (it skips the app's own mouse handling and
waits for the screen to settle first), so these tests send the events as the terminal's
driver does, at every turn of the event loop while the picture changes.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual import events
from textual.app import App

from stackheap_tui.pipeline import load
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.loading import Pending
from tests.view.helpers import counter

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SIZE = (120, 40)


def click_as_the_terminal_does(app: App, x: int, y: int) -> None:
    """A press and a release of the left button at (x, y), posted to the app as
    Textual's drivers post them (the app makes the Click)."""
    for kind in (events.MouseDown, events.MouseUp):
        app.post_message(kind(None, x, y, 0, 0, 1, False, False, False,
                              screen_x=x, screen_y=y))


async def test_clicks_while_the_program_is_checked_and_its_first_step_replaces_the_first_frame():
    path = SAMPLES / "02_box_heap.rs"
    app = StackHeapApp(pending=Pending(path.read_text(encoding="utf-8"), str(path)))
    async with app.run_test(size=SIZE) as pilot:
        source = app.query_one("#source").region
        spots = [(source.x + dx, source.y + dy) for dx in (2, 12) for dy in (1, 4)]
        clicks = 0
        # From the first frame until well after the run is shown: the panes are removed
        # and the new ones laid out somewhere in between.
        turns_after = 30
        while app.is_running and turns_after:
            for x, y in spots:
                click_as_the_terminal_does(app, x, y)
                clicks += 1
            if app.trace is not None:
                turns_after -= 1
            await asyncio.sleep(0)  # one turn of the event loop, not a wait
        await pilot.pause()
        assert app.is_running, "a click while the picture was replaced ended the app"
        assert clicks > 100  # (the check alone takes hundreds of turns)
        assert counter(app).startswith("step ")
        assert app._mouse.holding == 0  # every held click was handed on
        # The mouse still works on the new picture: a click on the timeline's last cell
        # goes to the last step.
        timeline = app.query_one("#timeline").region
        click_as_the_terminal_does(app, timeline.right - 2, timeline.y)
        await pilot.pause()
        assert app.step > 0
    assert app.return_code is None or app.return_code == 0


async def test_clicks_on_the_permissions_pane_while_stepping_redraws_its_rows():
    path = SAMPLES / "12_move_vs_clone.rs"
    app = StackHeapApp(load(path.read_text(encoding="utf-8"), str(path)))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("w")
        rows = app.query_one("#permissions").region
        for _ in range(len(app.trace)):
            app.post_message(events.Key("right", None))
            for _ in range(5):
                for dy in range(2, 12, 2):
                    click_as_the_terminal_does(app, rows.x + 4, rows.y + dy)
                await asyncio.sleep(0)
        await pilot.pause()
        assert app.is_running, "a click on the permissions pane while it redrew ended the app"
        assert app.step == len(app.trace) - 1
        assert counter(app) == f"step {len(app.trace)} / {len(app.trace)}"

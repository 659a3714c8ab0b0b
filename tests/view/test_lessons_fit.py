"""Every lesson fits at 120×40: at every step the stack and the heap draw all they hold
without scrolling (the lessons listed in `SCROLLS` cannot, and say why)."""

from __future__ import annotations

import pytest

from stackheap_tui import resources
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.stack import StackPane
from tests.view.helpers import sample_app

PAPER = (120, 40)

SCROLLS: dict[str, str] = {
    # Measured with this test (the first step that scrolls, the pane, lines over):
    "drop_order": "heap from step 11 (1+ lines): five Noisy name buffers and five literals",
    "panic_unwinds": "stack at step 16 (3 lines): the frames unwinding plus main's slots",
    "borrows_end_early": "stack at step 14 (1 line): six variables drawn in full in main",
    "trait_objects_vtables": "heap from step 12 (7 lines): two boxes, a Vec buffer and two "
                             "vtables of five slots each in the static region",
    "closure_captures": "stack from step 12 (1 line): a closure frame over main's captures",
    "lazy_iterator_chains": "heap from step 18 (6 lines): adaptor state, buffers, literals",
    "hashmap_growth": "heap from step 26 (4+ lines): the table's buckets and the old table",
    "arc_mutex_counter": "stack from step 27 (1+ lines): ten JoinHandles in main beside the "
                         "other threads' boxes (lesson added by the threads work, measured "
                         "after the merge)",
}
"""Lessons whose picture is taller than the panes at some step at 120×40, and why: to fit
them the heap would have to draw the static region one line a literal, or the stack fold
frames (not done yet)."""

LESSONS = list(resources.list_samples())


def _overflow(pane) -> int:
    return max(0, pane.virtual_size.height - pane.scrollable_content_region.height)


@pytest.mark.parametrize("lesson", LESSONS, ids=[s.name for s in LESSONS])
async def test_every_step_of_the_lesson_fits_without_scrolling(lesson):
    if lesson.name in SCROLLS:
        pytest.skip(SCROLLS[lesson.name])
    app = sample_app(str(lesson.path))
    async with app.run_test(size=PAPER) as pilot:
        await pilot.pause()
        if app.trace is None:
            return  # a lesson that does not compile shows its diagnostic
        while not app.recorded:
            await pilot.pause(0.05)
        too_tall = []
        for step in range(len(app.trace)):
            if step:
                await pilot.press("right")
            stack, heap = app.query_one(StackPane), app.query_one(HeapPane)
            for name, pane in (("stack", stack), ("heap", heap)):
                if pane.display and _overflow(pane):
                    too_tall.append((step + 1, name, _overflow(pane)))
        assert too_tall == []


async def test_the_footer_keeps_the_most_useful_keys_that_fit_and_help_lists_all():
    from tests.view.helpers import footer_keys

    app = sample_app("samples/02_box_heap.rs")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = footer_keys(app)
        for action in ("back", "next", "help", "event(1)", "samples", "step_over", "bytes"):
            assert action in shown, action
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        await pilot.pause()
        assert {"predict", "permissions", "samples", "bytes"} <= set(footer_keys(app))

"""The memory picture's finer points: Vec/String capacity bars, Rc counts, the static
region, pointers into the stack and who borrows what, and what stepping back undoes."""

from __future__ import annotations

import pytest
from textual import events

from stackheap_tui.memory.records import (
    AllocationView,
    FrameView,
    SlotState,
    SlotView,
    Snapshot,
    StaticView,
)
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.numbers import usage_cells
from stackheap_tui.view.picture import MemoryPicture
from stackheap_tui.view.screens.help import HelpScreen
from stackheap_tui.view.undo import undo_of
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.source import MarkKind, SourcePane
from stackheap_tui.view.widgets.stack import StackPane
from stackheap_tui.view.widgets.status import ExplanationPane, StatusBar
from stackheap_tui.view.widgets.timeline import Timeline
from tests.view.fake_trace import calls_trace
from tests.view.helpers import (
    counter,
    goto_keys,
    heap_blocks,
    literals,
    sample_app,
    slot_rows,
    text_of,
)

pytest.importorskip("stackheap_tui.pipeline")

STACK = 0x7FFC_DFE0


def _point() -> Snapshot:
    """`let mut p = Point { x: 1, y: 2 }; let r = &p.y; let m = &mut n; let s = "hi";`"""
    p = SlotView("p", "Point", 8, STACK, "Point { x: 1, y: 2 }")
    n = SlotView("n", "i32", 4, STACK - 4, "7")
    r = SlotView("r", "&i32", 8, STACK - 16, "0x7ffc_dfe4 → 2", points_to=STACK + 4)
    m = SlotView("m", "&mut i32", 8, STACK - 24, "0x7ffc_dfdc → 7", points_to=STACK - 4)
    s = SlotView("s", "&str", 16, STACK - 40, '0x6000 → "hi"', points_to=0x6000)
    b = SlotView("b", "Box<i32>", 8, STACK - 48, "0x5555_a010", points_to=0x5555_A010)
    gone = SlotView("old", "&i32", 8, STACK - 56, "", SlotState.MOVED, points_to=STACK)
    frames = (FrameView("main", None, (p, n, r, m, s, b, gone)),)
    heap = (AllocationView(0x5555_A010, 4, "i32", "5", "b"),)
    return Snapshot(0, frames, heap, "", "", (StaticView(0x6000, 2, '"hi"'),))


def test_pointers_lead_to_the_heap_the_static_region_or_inside_a_stack_slot():
    memory = MemoryPicture(_point())
    assert memory.target_of(STACK + 4) == ("slot", 0, 0)  # &p.y: inside `p`
    assert memory.target_of(0x6001) == ("static", 0x6000)
    assert memory.target_of(0x5555_A013) == ("heap", 0x5555_A010)
    assert memory.target_of(0x1234) is None
    assert memory.borrow_text(0, 0) == "borrowed by r (&)"  # `old` is moved: not counted
    assert memory.borrow_text(0, 1) == "borrowed by m (&mut)"
    assert memory.borrow_text(0, 4) == ""
    assert memory.pointers_to_static(_point().statics[0]) == ["s (&)"]
    assert memory.pointers_to(_point().heap[0]) == ["b"]
    r = _point().frames[0].slots[2]
    assert memory.target_text(0, r) == "p + 4 B"


def test_a_buffer_bar_has_a_cell_per_element_or_a_share_of_a_big_capacity():
    assert usage_cells(5, 8) == (5, 3)
    assert usage_cells(11, 11) == (11, 0)
    assert usage_cells(1, 1000) == (1, 15)  # in use: never drawn empty
    assert usage_cells(999, 1000) == (15, 1)  # not full: never drawn full
    assert usage_cells(0, 0) == (0, 0)


def test_undo_names_what_the_step_left_behind_had_done():
    before = _point()
    slots = before.frames[0].slots
    after = Snapshot(
        1,
        (FrameView("main", None, (
            slots[0],
            SlotView("n", "i32", 4, STACK - 4, "8"),
            *slots[2:],
            SlotView("t", "i32", 4, STACK - 64, "1"),
        )),),
        (
            AllocationView(0x5555_A010, 4, "i32", "5", "b", freed=True),
            AllocationView(0x5555_A030, 8, "i64", "3", "t"),
        ),
        "printed\n",
        "",
        before.statics,
    )
    undo = undo_of(before, after)
    assert undo.changed == frozenset({"slot:0:1", f"heap:{0x5555_A010}"})
    assert undo.phrases == (
        "`n` is 7 again",
        "`t` is not on the stack yet",
        "the block at 0x5555_a010 is not freed yet",
        "the block at 0x5555_a030 is not allocated yet",
        "its output is not printed yet",
    )


# -- in the app, over the real lessons ---------------------------------------------------------


async def test_an_rc_block_shows_its_counts_and_every_rc_pointing_at_it():
    app = sample_app("samples/18_rc_counts.rs")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press(*goto_keys(6))  # `let b = Rc::clone(&a);`
        rc = next(b for b in heap_blocks(app) if b.block.kind == "rc")
        assert "strong 3, weak 0" in rc.text
        assert rc.subtitle == "← a, c, b"


async def test_str_slots_point_into_the_static_region_and_light_it_up_when_selected():
    app = sample_app("samples/06_str_vs_string.rs")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press(*goto_keys(4))
        heap = text_of(app.query_one(HeapPane))
        assert "static · read-only" in heap
        assert '0x5555_5555_6000 · 11 B  "hello world"  ← greeting (&)' in heap
        assert app.query_one(StackPane).selected.name == "greeting"
        assert literals(app)[0].has_class("-pointed")
        await pilot.press("down")  # `owned`: its buffer lights up, not the literal
        assert not literals(app)[0].has_class("-pointed")
        assert heap_blocks(app)[0].has_class("-pointed")
        assert "← owned, first_word (&)" in text_of(app.query_one(HeapPane))


async def test_a_reference_into_the_stack_names_its_target_which_shows_the_borrow():
    app = sample_app("samples/08_arrays_vs_vec.rs")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press(*goto_keys(4))  # `let slice: &[i32] = &arr[1..3];`
        rows = {row.slot.name: row for row in slot_rows(app)}
        assert "slice = 0x7ffc_dff0 (len 2) → arr + 4 B" in rows["slice"].text
        assert "borrowed by slice (&)" in rows["arr"].text
        assert not rows["arr"].has_class("-pointed")
        await pilot.press("down", "down")  # select `slice`
        rows = {row.slot.name: row for row in slot_rows(app)}
        assert rows["arr"].has_class("-pointed")
        await pilot.press("up", "up")  # select `arr`: the reference to it is marked
        rows = {row.slot.name: row for row in slot_rows(app)}
        assert rows["slice"].has_class("-pointer-bar")
        assert not rows["v"].has_class("-pointer-bar")
        await pilot.press(*goto_keys(6))  # `sum(&arr)`: a reference from another frame
        rows = {row.slot.name: row for row in slot_rows(app)}
        assert "borrowed by slice (&), sum::numbers (&)" in rows["arr"].text
        assert "→ main::arr" in rows["numbers"].text


async def test_a_vec_buffer_shows_its_use_and_stepping_back_names_what_was_undone():
    app = sample_app("samples/07_vec_growth.rs")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*goto_keys(13))  # the 5th push: reallocated to room for 8
        heap = text_of(app.query_one(HeapPane))
        assert "■■■■■□□□ len 5 / cap 8" in heap
        assert "20 B used, 12 B spare" in heap
        assert "freed: reallocated to a bigger buffer" in heap  # the old one's tombstone
        assert "← v" in heap
        await pilot.press("left")
        assert counter(app) == "step 12 / 28"
        status = text_of(app.query_one(StatusBar))
        assert "↶ Back from step 13:" in status
        assert "the block at 0x5555_a030 is not allocated yet" in status
        assert "Next iteration of `for i`" in status  # the step's own explanation stays
        assert heap_blocks(app)[0].has_class("-undone")
        v = next(row for row in slot_rows(app) if row.slot.name == "v")
        assert v.has_class("-undone") and not v.has_class("-changed")
        await pilot.press("right")  # forward again: the step's own changes, no undo line
        assert "↶" not in text_of(app.query_one(StatusBar))
        assert all(not b.has_class("-undone") for b in heap_blocks(app))


async def test_timeline_marks_output_and_scope_ends_and_the_help_explains_them():
    app = sample_app("samples/18_rc_counts.rs")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        strip = app.query_one(Timeline).render().plain
        assert "»" in strip and "}" in strip
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "the end of a scope, output printed" in text_of(app.screen)


async def test_at_60_by_20_a_long_explanation_scrolls_and_e_gives_it_room():
    app = sample_app("samples/07_vec_growth.rs")
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press(*goto_keys(13))
        pane = app.query_one(ExplanationPane)
        assert pane.region.width >= 58  # the whole width, under the counter
        assert pane.virtual_size.height > pane.region.height  # more than fits: it scrolls
        assert pane.max_scroll_y > 0
        pane.focus()  # tab reaches it too
        await pilot.press("down")
        assert pane.scroll_y > 0
        rows = pane.region.height
        await pilot.press("e")  # room for all of it
        assert app.focused is pane and pane.region.height > rows
        assert pane.virtual_size.height <= pane.region.height
        await pilot.press("e")
        assert app.focused is app.query_one(StackPane) and pane.region.height == rows


async def test_g_keeps_digits_typed_before_its_input_appears():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=(80, 24)) as pilot:
        # All at once, as a fast typist or a paste delivers them: no pause between keys.
        for key, character in [("g", "g"), ("7", "7"), ("enter", "\r")]:
            app.post_message(events.Key(key, character))
        await pilot.pause()
        await pilot.pause()
        assert counter(app) == "step 7 / 9"


async def test_the_next_step_underline_comes_from_span_at_without_replaying():
    trace = calls_trace()
    spans_asked: list[int] = []

    class WithSpans(type(trace)):  # type: ignore[misc]
        def span_at(self, index: int):
            spans_asked.append(index)
            return self.steps[index][0].span

        # The step index's fast facts, so that only the app asks for whole steps.
        def kind_at(self, index: int):
            return self.steps[index][0].kind

        def depth_at(self, index: int) -> int:
            return self.steps[index][0].depth

        def changes_memory_at(self, index: int) -> bool:
            return bool(self.steps[index][0].changed)

    fast = WithSpans(trace.path, trace.source, trace.steps)
    steps_asked: list[int] = []
    step = fast.step
    fast.step = lambda index: steps_asked.append(index) or step(index)  # type: ignore[method-assign]
    app = StackHeapApp(fast)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("right")
        # The underline of the next step comes from `span_at` (2), not from replaying
        # step 2; the whole steps read are the shown one and the few around it that the
        # lifetime gutter looks at for the selected variable (bounded: trace/lifetimes.py).
        assert 2 in spans_asked and steps_asked[:2] == [0, 1] and max(steps_asked) <= 3
        marks = app.query_one(SourcePane).marks
        assert [m.kind for m in marks] == [MarkKind.STEP, MarkKind.NEXT]
        assert marks[1].span == trace.steps[2][0].span


BORROWS_END = """fn main() {
    let mut s = String::from("hi");
    let r1 = &s;
    let r2 = &s;
    println!("{} {}", r1, r2);
    let r3 = &mut s;
    r3.push('!');
    println!("{}", s);
}
"""


async def test_a_borrow_leaves_the_picture_at_its_last_use(tmp_path):
    """As the checker and the permissions pane say, `r1` and `r2` stop borrowing `s` at
    their last use (line 5): the stack no longer lists them as borrowing it (it did until
    the `}`), and their own rows say the borrow is over."""
    path = tmp_path / "borrows.rs"
    path.write_text(BORROWS_END)
    app = sample_app(str(path))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press(*goto_keys(4))  # `let r2 = &s;`
        rows = {row.slot.name: row for row in slot_rows(app)}
        assert "borrowed by r1 (&), r2 (&)" in rows["s"].text
        assert "borrow over" not in rows["r1"].text
        await pilot.press("right")  # the `println!`: their last use
        rows = {row.slot.name: row for row in slot_rows(app)}
        assert "borrowed by" not in rows["s"].text
        assert "r1 = → s (borrow over: not used again)" in rows["r1"].text
        await pilot.press("right")  # `let r3 = &mut s;`: the one borrow now
        rows = {row.slot.name: row for row in slot_rows(app)}
        assert "borrowed by r3 (&mut)" in rows["s"].text
        await pilot.press("left", "left")  # back: the borrows are drawn again
        rows = {row.slot.name: row for row in slot_rows(app)}
        assert "borrowed by r1 (&), r2 (&)" in rows["s"].text

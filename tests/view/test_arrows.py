"""Arrows from the selected pointer to its target, drawn in the gutter between the stack
and the heap: into a heap block's title (a Box, a String's buffer, an Rc's block), back
into a stack slot (`◀`, a reference into the stack), and to a trait object's vtable in
the static region (two arrows: its data and its vtable)."""

from __future__ import annotations

import pytest

from stackheap_tui.view.widgets.arrows import ArrowGutter
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.stack import StackPane
from tests.view.helpers import goto_keys, sample_app

WIDE = (160, 45)
NARROW = (80, 24)
SIZES = pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "160x45"])


def _screen_row_of(pane, lines: range) -> int:
    return pane.scrollable_content_region.y + lines.start - int(pane.scroll_y)


async def _arrows_at(app, pilot, step: int, keys: tuple[str, ...] = ()):
    await pilot.press(*goto_keys(step), *keys)
    await pilot.pause()
    gutter = app.query_one(ArrowGutter)
    gutter.follow()
    return gutter, [(y, row) for y, row in enumerate(gutter.rows()) if row.strip()]


def _ends(rows: list[tuple[int, str]]) -> tuple[int, int]:
    """(the row the arrow leaves the pointer, the row of its head)."""
    start = next(y for y, row in rows if row.startswith("─"))
    head = next(y for y, row in rows if "▶" in row or "◀" in row)
    return start, head


@SIZES
async def test_a_box_points_at_its_heap_block(size):
    app = sample_app("samples/02_box_heap.rs")
    async with app.run_test(size=size) as pilot:
        gutter, rows = await _arrows_at(app, pilot, 2)
        stack, heap = app.query_one(StackPane), app.query_one(HeapPane)
        assert stack.selected.name == "my_number"
        start, head = _ends(rows)
        top = gutter.region.y
        assert start + top == _screen_row_of(stack, stack.row_lines(stack.cursor))
        block = heap.lines_at(stack.selected.points_to)
        assert head + top == _screen_row_of(heap, block)
        assert dict(rows)[head].endswith("▶")


@SIZES
async def test_a_string_points_at_its_buffer_and_an_rc_at_its_block(size):
    app = sample_app("samples/05_string_heap.rs")
    async with app.run_test(size=size) as pilot:
        gutter, rows = await _arrows_at(app, pilot, 4)  # after push_str reallocated
        heap = app.query_one(HeapPane)
        pointer = app.query_one(StackPane).selected
        assert pointer.name == "s"
        _, head = _ends(rows)
        assert head + gutter.region.y == _screen_row_of(heap, heap.lines_at(pointer.points_to))
    app = sample_app("samples/18_rc_counts.rs")
    async with app.run_test(size=size) as pilot:
        gutter, rows = await _arrows_at(app, pilot, 2)
        heap = app.query_one(HeapPane)
        pointer = app.query_one(StackPane).selected
        assert pointer.name == "a"
        _, head = _ends(rows)
        assert head + gutter.region.y == _screen_row_of(heap, heap.lines_at(pointer.points_to))


@SIZES
async def test_a_reference_into_the_stack_loops_back_to_its_slot(size):
    app = sample_app("samples/08_arrays_vs_vec.rs")
    async with app.run_test(size=size) as pilot:
        gutter, rows = await _arrows_at(app, pilot, 4, ("down", "down"))
        stack = app.query_one(StackPane)
        assert stack.selected.name == "slice"
        start = next(y for y, row in rows if row.startswith("─"))
        target = _screen_row_of(stack, stack.pointed_lines()) - gutter.region.y
        if target + gutter.region.y >= stack.scrollable_content_region.y:
            assert dict(rows)[target].startswith("◀")
        else:  # scrolled out of view above (80×24): the arrow ends at the edge, `▲`
            top = stack.scrollable_content_region.y - gutter.region.y
            assert dict(rows)[top].strip() == "▲"
            target = top
        assert target < start  # `arr` is above `slice`


async def test_a_trait_object_has_two_arrows_its_data_and_its_vtable():
    app = sample_app("samples/26_trait_objects_vtables.rs")
    async with app.run_test(size=WIDE) as pilot:
        gutter, rows = await _arrows_at(app, pilot, 4, ("down",))
        stack, heap = app.query_one(StackPane), app.query_one(HeapPane)
        pointer = stack.selected
        assert pointer.name == "shape" and pointer.vtable is not None
        heads = {y: row for y, row in rows if "▶" in row or "◀" in row}
        top = gutter.region.y
        data = _screen_row_of(stack, stack.pointed_lines()) - top  # main's `c`
        vtable = _screen_row_of(heap, heap.lines_at(pointer.vtable)) - top
        assert heads[data].startswith("◀")
        assert heads[vtable].endswith("▶")
        assert "Circle" in "".join(
            box.text for box in heap.shown_boxes() if "-pointed" in box.classes)


async def test_no_arrow_without_a_selected_pointer():
    app = sample_app("samples/01_stack_scopes.rs")
    async with app.run_test(size=NARROW) as pilot:
        _, rows = await _arrows_at(app, pilot, 4)
        assert rows == []


@pytest.mark.parametrize("case", [
    ("samples/02_box_heap.rs", 2, ()),
    ("samples/08_arrays_vs_vec.rs", 4, ("down", "down")),
    ("samples/26_trait_objects_vtables.rs", 4, ("down",)),
], ids=["box", "stack-reference", "vtable"])
def test_arrow_snapshots(snap_compare, case):
    path, step, keys = case
    app = sample_app(path)

    async def go(pilot):
        await pilot.press(*goto_keys(step), *keys)
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        app.query_one(ArrowGutter).follow()
        await pilot.pause()

    assert snap_compare(app, terminal_size=NARROW, run_before=go)

"""The picture a learner reads at a glance: values a field a row, never a word or a
number broken across lines, freed blocks that always look freed, one-line slots and the
frame's title at 80×24, and the byte layout view (`m`)."""

from __future__ import annotations

import random
import re

import pytest

from stackheap_tui.pipeline import load
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.widgets.boxes import BoxList
from stackheap_tui.view.widgets.bytes import BytesPane
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.source import SourcePane
from stackheap_tui.view.widgets.stack import StackPane
from stackheap_tui.view.wrapping import wrap_spans
from tests.view.helpers import goto_keys, heap_blocks, sample_app, slot_rows

WIDE = (160, 45)
NARROW = (80, 24)
PAPER = (120, 40)

SHAPES = """\
struct Inner { a: u8, b: u64, c: u16 }
struct Outer { flag: bool, inner: Inner, name: String, t: (u8, i32) }
enum Msg { Quit, Move { x: i32, y: i32 } }
fn main() {
    let o = Outer { flag: true, inner: Inner { a: 1, b: 2, c: 3 }, name: String::from("hi"),
                    t: (7, -8) };
    let m = Msg::Move { x: 10, y: 20 };
    let q = Msg::Quit;
    let maybe: Option<i32> = Some(5);
    let s = String::from("hello");
    println!("{} {} {}", o.flag, o.inner.a + o.inner.c as u8, s);
    let _ = (m, q, maybe);
}
"""


def _screen_lines(pane: BoxList) -> list[str]:
    """The pane's lines as drawn on screen now."""
    height = pane.scrollable_content_region.height
    return [pane.render_line(y).text for y in range(height)]


def _last_step(app: StackHeapApp) -> int:
    assert app.trace is not None
    return len(app.trace)


def test_breaking_at_spaces_never_splits_a_word():
    rng = random.Random(7)
    words = ["0x7ffc_dfe0", "13", "len", "3332", "/", "cap", "Some(5)", "→", "x:", "é"]
    for _ in range(2_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        width = rng.randint(4, 40)
        pieces = [text[a:b] for a, b, cut in wrap_spans(text, width) if not cut]
        for piece in pieces:
            assert len(piece) <= width
            for word in piece.split(" "):
                assert word == "" or word in words, (text, width, pieces)


async def test_a_struct_is_drawn_a_field_a_row():
    app = StackHeapApp(load(SHAPES, "shapes.rs"))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(*goto_keys(9))  # after `let s`
        rows = {row.slot.name: re.sub(r" {2,}= ", " = ", row.text) for row in slot_rows(app)}
        outer = rows["o"].splitlines()
        assert outer[0].strip() == "o = Outer"
        assert "flag: true" in outer[1]
        assert outer[2].strip() == "inner: Inner"
        assert [line.strip() for line in outer[3:6]] == ["a: 1", "b: 2", "c: 3"]
        assert any(line.strip().startswith("name: String { ptr: 0x") for line in outer)
        assert "Outer, 56 B at 0x" in rows["o"]
        assert [line.strip() for line in rows["m"].splitlines()[:3]] == [
            "m = Msg::Move", "x: 10", "y: 20"]
        assert rows["q"].splitlines()[0] == "q = Msg::Quit"  # no fields: one line


@pytest.mark.parametrize("size", [NARROW, PAPER, WIDE])
async def test_no_address_or_number_is_broken_across_lines(size):
    app = StackHeapApp(load(SHAPES, "shapes.rs"))
    async with app.run_test(size=size) as pilot:
        for _ in range(_last_step(app)):
            stack = app.query_one(StackPane)
            heap = app.query_one(HeapPane)
            for pane in (stack, heap):
                for line in _screen_lines(pane):
                    # An address is drawn whole or not at all: `0x7ffc_df│e0` never.
                    for found in re.findall(r"0x[0-9a-f_]+", line):
                        assert re.fullmatch(r"0x[0-9a-f]{1,4}(_[0-9a-f]{4})*", found), line
                    assert not line.rstrip(" │┃╏▏▌").endswith("0x"), line
            await pilot.press("right")


async def test_a_freed_block_looks_freed_even_when_its_pointer_is_selected():
    app = sample_app("samples/02_box_heap.rs")
    async with app.run_test(size=WIDE) as pilot:
        # The drop at `}` frees the block while `my_number`, selected, points at it.
        await pilot.press(*goto_keys(4))
        (block,) = heap_blocks(app)
        assert block.block.freed
        assert {"-freed", "-pointed"} <= block.classes
        heap = app.query_one(HeapPane)
        top = next(line for line in _screen_lines(heap) if "0x5555" in line)
        assert "╍" in top and "━" not in top  # dashed, not the selection's heavy border


async def test_at_80x24_slots_take_one_line_and_the_selected_one_shows_its_type():
    app = StackHeapApp(load(SHAPES, "shapes.rs"))
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press(*goto_keys(9))
        rows = slot_rows(app)
        selected = [row for row in rows if row.has_class("-cursor")]
        others = [row for row in rows if not row.has_class("-cursor")]
        assert len(selected) == 1 and "at 0x" in selected[0].text
        assert all(len(row.text.splitlines()) == 1 for row in others)
        # The frame's title stays in view above the rows the step changed.
        assert any("fn main" in line for line in _screen_lines(app.query_one(StackPane)))


async def test_at_80x24_the_explanation_takes_the_whole_width():
    app = StackHeapApp(load(SHAPES, "shapes.rs"))
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right")
        pane = app.query_one("#explanation-pane")
        assert pane.region.width >= 78
        assert pane.region.x <= 1


async def test_at_80x24_a_compile_error_leaves_eight_source_lines_in_view():
    app = sample_app("samples/13_use_after_move_error.rs")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        source = app.query_one(SourcePane)
        assert source.scrollable_content_region.height >= 8


async def test_a_reallocation_keeps_the_freed_old_buffer_in_view_at_80x24():
    app = sample_app("samples/07_vec_growth.rs")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press(*goto_keys(13))  # the push that grows capacity 4 -> 8
        assert [b.block.freed for b in heap_blocks(app)] == [True, False]
        lines = _screen_lines(app.query_one(HeapPane))
        assert any("freed: reallocated" in line for line in lines)


async def test_u_is_greyed_out_in_main():
    app = sample_app("samples/02_box_heap.rs")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("right")
        assert app.check_action("step_out", ()) is None


async def test_after_stepping_back_the_explanation_comes_first():
    app = sample_app("samples/02_box_heap.rs")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right", "right", "right", "left")
        text = app.query_one("#explanation").render()
        plain = getattr(text, "plain", str(text))
        assert not plain.startswith("↶")
        assert "↶ Back from step 4" in plain


async def test_m_shows_the_selected_variables_bytes_in_memory_order():
    app = StackHeapApp(load(SHAPES, "shapes.rs"))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(*goto_keys(9))
        stack = app.query_one(StackPane)
        names = [row.slot.name for row in slot_rows(app)]
        stack.cursor = names.index("s")
        await pilot.press("m")
        pane = app.query_one(BytesPane)
        assert pane.display and not app.query_one(HeapPane).display
        text = pane.text
        # rustc 1.95: a String's words are cap, ptr, len.
        assert text.index("0..8") < text.index("cap") < text.index("8..16") < text.index("ptr")
        assert text.index("ptr") < text.index("16..24") < text.index("len")

        stack.cursor = names.index("o")
        await pilot.pause()
        text = pane.text
        assert "Outer, 56 B, aligned to 8" in text
        assert "rustc reordered the fields" in text
        assert re.search(r"0\.\.24 +n name", text) and re.search(r"48 +f flag", text)
        assert re.search(r"49\.\.56 +· padding", text)

        stack.cursor = names.index("maybe")
        await pilot.pause()
        assert re.search(r"0\.\.4 +T tag +4 B +1 = Some", pane.text)

        await pilot.press("m")
        assert not pane.display and app.query_one(HeapPane).display


async def test_a_bundled_lesson_is_titled_by_its_file_name():
    from stackheap_tui import resources

    sample = resources.find_sample("box_heap")
    assert sample is not None
    app = StackHeapApp(load(sample.path.read_text(encoding="utf-8"), str(sample.path)))
    async with app.run_test(size=WIDE):
        assert app.title == "02_box_heap.rs"
        assert app.program_path == str(sample.path)


async def test_slots_that_would_not_fit_in_full_take_one_line_each():
    # Four `sum` frames over the cons list: drawn in full they would overflow the pane.
    app = sample_app("samples/17_cons_list.rs")
    async with app.run_test(size=PAPER) as pilot:
        await pilot.press(*goto_keys(9))
        stack = app.query_one(StackPane)
        assert stack.compact
        rows = slot_rows(app)
        assert len(rows) >= 10
        assert all(row.height == 1 for row in rows[1:4])
        assert rows[0].has_class("-cursor") and "at 0x" in rows[0].text  # selected: in full
    async with sample_app("samples/02_box_heap.rs").run_test(size=PAPER) as pilot:
        await pilot.press("right")
        assert not pilot.app.query_one(StackPane).compact  # one slot: in full
        assert "Box<i32>, 8 B at 0x" in slot_rows(pilot.app)[0].text

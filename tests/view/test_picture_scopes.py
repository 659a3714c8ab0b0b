"""Block scopes in the frame: a variable declared in a nested block is drawn inside a box
from the block's `{` to its `}`, inside its function's frame (its storage is part of that
frame), and the explanation says so."""

from __future__ import annotations

import pytest

from stackheap_tui.pipeline import load
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.widgets.boxes import BoxList
from stackheap_tui.view.widgets.stack import StackPane
from stackheap_tui.view.widgets.status import StatusBar
from tests.view.helpers import goto_keys, sample_app, slot_rows, text_of

WIDE = (160, 45)
NARROW = (80, 24)

NESTED = """\
fn helper(n: i32) -> i32 {
    let twice = n * 2;
    twice
}

fn main() {
    let a = 1;
    {
        let b = 2;
        {
            let c = helper(b);
            println!("{a} {b} {c}");
        }
        let d = 4;
        println!("{d}");
    }
}
"""


def _screen_lines(pane: BoxList) -> list[str]:
    height = pane.scrollable_content_region.height
    return [pane.render_line(y).text for y in range(height)]


def _index(lines: list[str], text: str) -> int:
    return next(i for i, line in enumerate(lines) if text in line)


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["160x45", "80x24"])
async def test_the_seed_block_draws_z_in_a_box_inside_mains_frame(size):
    app = sample_app("samples/01_stack_scopes.rs")
    async with app.run_test(size=size) as pilot:
        await pilot.press(*goto_keys(4))  # `let z = x + y;` inside the block
        await pilot.pause()
        lines = _screen_lines(app.query_one(StackPane))
        title = _index(lines, "fn main")
        y_row = _index(lines, "y = 10")
        top = _index(lines, "┌─ { block, lines 8–11")
        z_row = _index(lines, "│ z = 15")
        bottom = _index(lines, "└─ } line 11")
        assert title < y_row < top < z_row < bottom
        explained = text_of(app.query_one(StatusBar))
        assert "part of" not in explained or "pushed" not in explained
        assert "`z` is stored in `main`'s stack frame" in " ".join(explained.split())
        assert "live only inside the block (lines 8–11)" in " ".join(explained.split())


async def test_after_the_closing_brace_the_box_is_gone_and_the_frame_keeps_the_bytes():
    app = sample_app("samples/01_stack_scopes.rs")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(*goto_keys(6))
        await pilot.pause()
        stack = text_of(app.query_one(StackPane))
        assert "block" not in stack and "z = " not in stack
        explained = " ".join(text_of(app.query_one(StatusBar)).split())
        assert "`z` goes out of scope" in explained
        assert "stay part of `main`'s frame" in explained
        assert "popped off the stack" not in explained


async def test_nested_blocks_nest_and_a_call_from_a_block_gets_its_own_frame_unboxed():
    app = StackHeapApp(load(NESTED, "nested.rs"))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(*goto_keys(5))  # inside `helper`, called from the inner block
        await pilot.pause()
        lines = _screen_lines(app.query_one(StackPane))
        helper = _index(lines, "fn helper")
        main = _index(lines, "fn main")
        assert helper < main
        twice = _index(lines, "twice = 4")
        assert "│" not in lines[twice].split("twice")[0].strip("│ ")  # not in a block
        assert "┌─" not in "".join(lines[helper:main])
        outer = _index(lines, "┌─ { block, lines 8–16")
        b_row = _index(lines, "│ b = 2")
        assert outer < b_row
        # the inner block has opened in the picture only once `c` has a slot: not yet
        assert not any("lines 10–13" in line for line in lines)
        await pilot.press("right", "right")  # `c` gets its value; the println
        await pilot.pause()
        lines = _screen_lines(app.query_one(StackPane))
        outer = _index(lines, "┌─ { block, lines 8–16")
        b_row = _index(lines, "│ b = 2")
        inner = _index(lines, "│ ┌─ { block, lines 10–13")
        c_row = _index(lines, "│ │ c = 4")
        inner_end = _index(lines, "│ └─ } line 13")
        outer_end = _index(lines, "└─ } line 16")
        assert outer < b_row < inner < c_row < inner_end < outer_end


async def test_the_cursor_moves_over_variables_only_not_block_edges():
    app = sample_app("samples/01_stack_scopes.rs")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(*goto_keys(4))
        app.query_one(StackPane).focus()
        await pilot.pause()
        assert [row.slot.name for row in slot_rows(app)] == ["x", "y", "z"]
        await pilot.press("down", "down")
        await pilot.pause()
        assert app.query_one(StackPane).selected is not None
        assert app.query_one(StackPane).selected.name == "z"

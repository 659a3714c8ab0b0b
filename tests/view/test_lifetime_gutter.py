"""The selected variable's life in the source pane's gutter (as RustViz draws it): the
line it is declared on (●), the lines it is live on (│), borrowed (& shared, M mutably:
while a reference that is still used points at it), moved out (→) and dropped (✕)."""

from __future__ import annotations

from stackheap_tui.view.widgets.source import SourcePane
from stackheap_tui.view.widgets.stack import StackPane
from tests.view.helpers import goto_keys, sample_app

WIDE = (160, 45)
NARROW = (80, 24)


def _gutter(app) -> dict[int, str]:
    return app.query_one(SourcePane).life


async def test_borrows_end_at_their_last_use_in_the_gutter():
    app = sample_app("samples/25_borrows_end_early.rs")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(*goto_keys(6))
        await pilot.pause()
        assert app.query_one(StackPane).selected.name == "s"
        life = _gutter(app)
        assert life[5] == "●"  # let mut s
        assert life[7] == life[8] == "M"  # r1 = &mut s; r1.push_str: r1's last use
        assert life[9] == life[10] == "M"  # r2
        assert life[11] == "│"  # println!("{s}"): no borrow left
        assert life[13] == life[14] == life[15] == "&"  # a, b: shared, to their last use
        assert life[16] == "│"  # s.push('?'): a and b are done
        assert life[21] == "✕"  # dropped at main's }
        assert 1 not in life and 4 not in life  # before its declaration
        subtitle = str(app.query_one(SourcePane).border_subtitle)
        assert subtitle.startswith("s: ● declared")
        assert "M borrowed &mut" in subtitle


async def test_a_moved_string_ends_at_the_move_and_is_not_dropped():
    app = sample_app("samples/11_copy_vs_move.rs")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press(*goto_keys(8))  # let s = String::from("hi");
        await pilot.pause()
        names = [row.slot.name for row in app.query_one(StackPane).shown_rows()]
        pane = app.query_one(StackPane)
        await pilot.press(*["down"] * names.index("s"))
        await pilot.pause()
        assert pane.selected.name == "s"
        life = _gutter(app)
        assert life[24] == "●" and life[25] == "→"
        assert not any(line > 25 for line in life)  # nothing after the move: not dropped
        await pilot.press("right")  # `let t = s;`
        await pilot.press("down")  # `t`
        await pilot.pause()
        assert pane.selected.name == "t"
        life = _gutter(app)
        assert life[25] == "●" and life[26] == "│" and life[28] == "✕"


async def test_the_gutter_follows_the_selection_and_clears_without_one():
    app = sample_app("samples/01_stack_scopes.rs")
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press(*goto_keys(5))
        pane = app.query_one(StackPane)
        await pilot.press("down", "down")
        await pilot.pause()
        assert pane.selected.name == "z"
        assert _gutter(app) == {9: "●", 10: "│", 11: "✕"}
        await pilot.press("up", "up")
        await pilot.pause()
        assert pane.selected.name == "x"
        assert _gutter(app)[4] == "●" and _gutter(app)[14] == "✕"
        assert _gutter(app)[8] == "│"  # through the block's lines too
        await pilot.press("tab")  # the stack loses focus: nothing is selected
        await pilot.pause()
        assert _gutter(app) == {}

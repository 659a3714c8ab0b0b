"""The permissions pane (`w`) and the failure screen's explanation in permissions."""

from __future__ import annotations

from stackheap_tui.view.widgets.borrow_explanation import BorrowExplanationPane
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.permissions import PermissionsPane
from tests.view.helpers import footer_keys, goto_keys, sample_app, text_of

NLL = "samples/25_borrows_end_early.rs"


async def test_w_shows_the_permissions_in_the_heaps_place_and_back():
    app = sample_app(NLL)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        pane, heap = app.query_one(PermissionsPane), app.query_one(HeapPane)
        assert not pane.display and heap.display
        assert footer_keys(app)["permissions"]
        await pilot.press("w")
        assert pane.display and not heap.display
        await pilot.press("w")
        assert not pane.display and heap.display


async def test_stepping_shows_what_each_step_gained_and_lost():
    app = sample_app(NLL)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("w", *goto_keys(3))  # `let r1 = &mut s;`
        await pilot.pause()
        pane = app.query_one(PermissionsPane)
        rows = {row.place: row for row in pane.permissions.rows}
        assert rows["s"].lost == {"R", "W", "O"} and rows["r1"].gained == {"R", "O"}
        text = text_of(pane)
        assert "−R −W −O" in text and "+R" in text
        assert "`&mut s` borrows `s` mutably: `s` loses R, W and O until `r1`'s last use on " \
               "line 8" in text
        await pilot.press("right")  # `r1.push_str(", world");`: the borrow ends
        await pilot.pause()
        rows = {row.place: row for row in pane.permissions.rows}
        assert rows["s"].gained == {"R", "W", "O"} and rows["r1"].lost == {"R", "O"}
        assert "+R +W +O" in text_of(pane)
        await pilot.press("left")  # back: the same picture as before
        await pilot.pause()
        assert {row.place: row for row in pane.permissions.rows}["s"].lost == {"R", "W", "O"}


async def test_the_pane_keeps_up_while_hidden():
    app = sample_app(NLL)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*goto_keys(5))  # `let r2 = &mut s;`, stepped to with the heap shown
        await pilot.press("w")
        await pilot.pause()
        rows = {row.place: row for row in app.query_one(PermissionsPane).permissions.rows}
        assert rows["s"].perms == frozenset() and rows["r2"].perms == {"R", "O"}


async def test_a_borrow_error_is_explained_in_permissions():
    app = sample_app("samples/21_push_while_borrowed.rs")
    async with app.run_test(size=(120, 40)):
        pane = app.query_one(BorrowExplanationPane)
        assert pane.display
        text = text_of(pane)
        assert "line 8" in text and "lost" in text and "`&v[0]` borrows `v`" in text
        assert "line 11" in text and "needed" in text and "`v.push(6)`" in text
        assert "line 13" in text and "in use" in text
        assert "permissions" not in footer_keys(app)  # no run: no permissions pane


async def test_other_errors_have_no_explanation_pane(tmp_path):
    app = sample_app("samples/13_use_after_move_error.rs")
    async with app.run_test(size=(120, 40)):
        assert app.query_one(BorrowExplanationPane).display  # E0382 is explained
    program = tmp_path / "undeclared.rs"
    program.write_text("fn main() {\n    println!(\"{}\", y);\n}\n")  # E0425
    app = sample_app(str(program))
    async with app.run_test(size=(120, 40)):
        assert not app.query_one(BorrowExplanationPane).display

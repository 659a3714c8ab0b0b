"""The heap names a block held inside another through its holder (`*list.1.1`): a move of
the list renames every node, and the pane names only the nodes it draws. What is on
screen must be the names of that step, and what a full redraw draws."""

from __future__ import annotations

from stackheap_tui.pipeline import load
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.widgets.heap import HeapPane
from tests.view.helpers import text_of


def cons(nodes: int) -> str:
    return ("enum List {\n    Cons(i32, Box<List>),\n    Nil,\n}\nuse List::{Cons, Nil};\n"
            f"fn main() {{\n    let mut list = Nil;\n    for i in 0..{nodes} {{\n"
            "        list = Cons(i, Box::new(list));\n    }\n"
            "    if let Cons(head, _) = list {\n        println!(\"{head}\");\n    }\n}\n")


def owners(app: StackHeapApp) -> list[str]:
    return [line.removeprefix("owner: ") for line in text_of(app.query_one(HeapPane)).split("\n")
            if line.startswith("owner: ")]


def step_of_line(app: StackHeapApp, text: str) -> int:
    trace = app.trace
    assert trace is not None
    line = 1 + trace.source.split("\n").index(next(
        line for line in trace.source.split("\n") if text in line))
    return next(i for i in range(len(trace)) if trace.step(i).span.line == line)


async def test_the_heap_names_every_node_through_the_list_as_it_grows_and_back() -> None:
    app = StackHeapApp(load(cons(3), "cons.rs"))
    async with app.run_test(size=(160, 45)) as pilot:
        app.step = step_of_line(app, "if let")
        await pilot.pause()
        assert owners(app) == ["**list.1.1.1", "*list.1.1", "list.1"]
        seen = [owners(app)]
        while app.step > 0:  # back through the loop: one node fewer each time round
            await pilot.press("left")
            seen.append(owners(app))
        assert ["*list.1.1", "list.1"] in seen and ["list.1"] in seen and [] in seen
        for names in seen:
            depth = len(names)
            assert names == [("*" * (depth - 1 - k)) + "list" + ".1" * (depth - k)
                             for k in range(depth)]


async def test_a_step_in_a_long_list_draws_what_a_full_redraw_draws() -> None:
    app = StackHeapApp(load(cons(60), "cons.rs"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.step = step_of_line(app, "if let") - 20
        await pilot.pause()
        for key in ["right", "right", "left", "right", "right", "right", "left", "pagedown"]:
            if key == "pagedown":
                app.query_one(HeapPane).focus()
            await pilot.press(key)
            await pilot.pause()
            shown = app.export_screenshot()
            for widget in app.screen.walk_children(with_self=True):
                widget.notify_style_update()
                widget.refresh()
            await pilot.pause()
            assert shown == app.export_screenshot(), f"{key} at step {app.step + 1}"


async def test_a_step_in_a_long_list_names_only_the_nodes_on_screen() -> None:
    app = StackHeapApp(load(cons(400), "cons.rs"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.step = step_of_line(app, "if let") - 100
        await pilot.pause()
        await pilot.press("right", "right")
        await pilot.pause()
        heap = app.query_one(HeapPane)
        memory = heap.memory
        assert memory is not None
        assert len(memory.snapshot.heap) > 300
        # A node's name is as long as the list before it: naming all 300 would make
        # ~45,000 characters a step; the pane names the few boxes in view.
        assert 0 < memory.snapshot.owners.made <= 10

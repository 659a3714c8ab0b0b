"""A step redraws only what it changed (the lines of a few rows, the marked source lines,
the timeline's cell): what is on screen must still be what a redraw of everything draws,
and stepping must not move the panes (a moving pane redraws the whole screen)."""

from __future__ import annotations

from textual.widgets import Input

from stackheap_tui.pipeline import load
from stackheap_tui.trace.trace import Trace
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.widgets.status import ExplanationPane, StatusBar

# Boxes on the heap, frames on the stack, a reference into another frame, a loop whose
# steps change one slot, explanations of one line and of several.
PROGRAM = """
fn bump(r: &mut u64, n: u64) -> u64 {
    if n == 0 {
        let mut k: u64 = 0;
        while k < 4 {
            k += 1;
            *r += k;
        }
        return k;
    }
    let here = n * 2;
    bump(r, n - 1) + here
}

fn main() {
    let mut boxes: Vec<Box<u64>> = Vec::new();
    let mut i: u64 = 0;
    while i < 6 {
        boxes.push(Box::new(i));
        i += 1;
    }
    let mut total: u64 = 0;
    let result = bump(&mut total, 5);
    println!("{} {} {}", result, total, boxes.len());
}
"""

KEYS = ["right", "right", "left", "right", "right", "right", "left", "left", "right", "end",
        "left", "home", "right"]


def trace() -> Trace:
    return load(PROGRAM, "repaint.rs")


def deepest(run: Trace) -> int:
    return max(range(len(run)), key=run.depth_at)


async def test_a_step_draws_what_a_full_redraw_draws() -> None:
    """With a slot selected too (its row, and the rows pointing at it, are marked)."""
    for size in [(160, 45), (80, 24)]:
        app = StackHeapApp(trace())
        async with app.run_test(size=size) as pilot:
            # Boxes pushed one by one (the heap changes), then the deepest frames.
            app.step = 6
            await pilot.pause()
            deep = ["g", *str(deepest(app.trace) - 2), "enter"]
            for key in ["right"] * 8 + ["left", *deep, *KEYS[:8], "down", "down", *KEYS[8:],
                                        "down"]:
                await pilot.press(key)
                for prompt in app.screen.query(Input):
                    # The go-to prompt's cursor blinks: on a loaded machine it may blink
                    # between the two pictures, which is not what this test compares.
                    prompt.cursor_blink = False
                await pilot.pause()
                shown = app.export_screenshot()
                for widget in app.screen.walk_children(with_self=True):
                    widget.notify_style_update()  # the panes drop the lines they drew
                    widget.refresh()  # and Textual the lines it kept
                await pilot.pause()
                assert shown == app.export_screenshot(), f"{key} at step {app.step + 1}"


async def test_stepping_moves_no_pane() -> None:
    """Explanations of one line and of three, and the note after stepping back, all fit
    the same status bar: nothing above it is laid out again."""
    app = StackHeapApp(trace())
    async with app.run_test(size=(160, 45)) as pilot:
        selectors = ["#source", "#stack", "#heap", "#output", "#timeline"]
        await pilot.press("right")

        def places() -> list[object]:
            # The explanation itself moves over when the counter gains a digit.
            return [app.query_one(s).region for s in selectors] + [
                app.query_one(StatusBar).region, app.query_one(ExplanationPane).size.height]

        first = places()
        seen: set[str] = set()
        for key in ["right"] * 30 + ["left", "left", "right"]:
            await pilot.press(key)
            seen.add(app.query_one(ExplanationPane).undone[:1])
            assert places() == first, f"after {key} at step {app.step + 1}"
        assert seen == {"", "↶"}  # both kinds of step were seen


async def test_a_line_of_a_megabyte_is_drawn_where_it_is_in_view() -> None:
    """A 1 MB literal on one line: the source pane cuts out the part in view (marked as
    the step), also scrolled sideways, and draws what a full redraw draws."""
    from stackheap_tui.view.widgets.source import SourcePane

    source = ('fn main() {\n    let s = "' + "ab" * 500_000 + 'z";\n'
              "    let n = s.len();\n    println!(\"{n}\");\n}\n")
    app = StackHeapApp(load(source, "long.rs"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("right")
        await pilot.pause()
        pane = app.query_one(SourcePane)
        assert "let s = \"ababab" in "".join(seg.text for seg in pane.render_line(1))
        for x in (0, 3, 40, pane.max_scroll_x):
            pane.scroll_to(x=x, animate=False, immediate=True)
            await pilot.pause()
            line = "".join(segment.text for segment in pane.render_line(1))
            expected = pane.line_content(2).plain[x:x + len(line)]
            assert line == expected.ljust(len(line)), x
        assert "z\";" in "".join(segment.text for segment in pane.render_line(1))

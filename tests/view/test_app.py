"""The TUI as a user drives it: keys in, what the panes show out (against hand-made traces)."""

from __future__ import annotations

import pytest

from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.memory.records import FrameView, SlotView, Snapshot, StepInfo, StepKind
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.failure import Failure
from stackheap_tui.view.screens.help import HelpScreen
from stackheap_tui.view.widgets.diagnostics import DiagnosticsPane
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.output import OutputPane
from stackheap_tui.view.widgets.source import MarkKind, SourcePane
from stackheap_tui.view.widgets.stack import StackPane
from stackheap_tui.view.widgets.status import ExplanationPane, StatusBar
from tests.view.fake_trace import FakeTrace, box_heap_trace, span_of, stack_scopes_trace
from tests.view.helpers import counter, footer_keys, heap_blocks, slot_rows, text_of

WIDE = (160, 45)
NARROW = (80, 24)


async def test_counter_starts_at_step_one_and_follows_the_keys():
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=NARROW) as pilot:
        assert counter(app) == "step 1 / 5"
        await pilot.press("right")
        assert counter(app) == "step 2 / 5"
        await pilot.press("l", "space")
        assert counter(app) == "step 4 / 5"
        await pilot.press("left", "h")
        assert counter(app) == "step 2 / 5"


async def test_box_new_step_shows_the_slot_and_its_heap_block():
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=NARROW) as pilot:
        assert "no variables yet" in text_of(app.query_one(StackPane))
        assert "Nothing on the heap." in text_of(app.query_one(HeapPane))
        await pilot.press("right")
        stack = text_of(app.query_one(StackPane))
        assert "fn main" in stack
        assert "my_number = → 0x5555_0010" in stack
        assert "Box<i32>, 8 B at 0x7ffc_fff8" in stack
        heap = text_of(app.query_one(HeapPane))
        assert "0x5555_0010 · 4 B" in heap
        assert "i32 = 42" in heap
        assert "owner: my_number" in heap
        assert "← my_number" in heap
        assert "allocated 4 bytes on the heap" in text_of(app.query_one(StatusBar))


async def test_drop_step_leaves_a_tombstone_then_the_heap_empties():
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right", "right", "right")
        assert counter(app) == "step 4 / 5"
        (block,) = heap_blocks(app)
        assert block.has_class("-freed")
        heap = text_of(app.query_one(HeapPane))
        assert "freed by dropping `my_number`" in heap
        assert "← my_number" not in heap  # a dropped Box points at nothing any more
        (row,) = slot_rows(app)
        assert row.has_class("-dropped")
        assert "dropped" in row.text
        await pilot.press("right")
        assert "Nothing on the heap." in text_of(app.query_one(HeapPane))
        assert "The stack is empty" in text_of(app.query_one(StackPane))


def _picture(app: StackHeapApp) -> str:
    """Everything the panes say (not how they highlight it)."""
    panes = [app.query_one(selector) for selector in ("#source", "#stack", "#heap", "#output")]
    # The step's own explanation: the note of what stepping back undid is meant to differ.
    explanation = app.query_one(ExplanationPane).explanation
    return "\n".join([counter(app), explanation, *(text_of(pane) for pane in panes)])


async def test_stepping_back_restores_exactly_the_earlier_picture():
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=NARROW) as pilot:
        forward = []
        for _ in range(len(app.trace)):
            await pilot.pause()
            forward.append((_picture(app), app.export_screenshot()))
            await pilot.press("right")
        assert len({shot for _, shot in forward}) == len(forward)  # every step looks different
        for index in reversed(range(len(app.trace))):
            await pilot.pause()
            assert _picture(app) == forward[index][0], f"step {index + 1} differs"
            await pilot.press("left")
        # Arriving at a step other than by stepping back draws it exactly as before.
        await pilot.press("g", "3", "enter")
        await pilot.pause()
        assert app.export_screenshot() == forward[2][1]


async def test_back_is_disabled_at_the_first_step_and_next_at_the_last():
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=NARROW) as pilot:
        assert app.check_action("back", ()) is None
        assert app.check_action("next", ()) is True
        await pilot.pause()  # the footer draws its keys after the first screen update
        keys = footer_keys(app)
        assert keys["back"] is False and app.check_action("first", ()) is None
        assert keys["next"] is True and app.check_action("last", ()) is True
        await pilot.press("left")  # nothing before the first step
        assert counter(app) == "step 1 / 5"
        await pilot.press("end")
        await pilot.pause()
        assert counter(app) == "step 5 / 5"
        assert app.check_action("next", ()) is None
        keys = footer_keys(app)
        assert keys["next"] is False and app.check_action("last", ()) is None
        assert keys["back"] is True
        await pilot.press("right")
        assert counter(app) == "step 5 / 5"
        await pilot.press("home")
        assert counter(app) == "step 1 / 5"


async def test_changed_slots_and_blocks_are_highlighted_for_their_step_only():
    app = StackHeapApp(stack_scopes_trace())  # "slot:0:y": changed keys by name
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right", "right")
        x, y = slot_rows(app)
        assert (x.slot.name, y.slot.name) == ("x", "y")
        assert y.has_class("-changed") and not x.has_class("-changed")
    app = StackHeapApp(box_heap_trace())  # "slot:0:0": changed keys by index
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right")
        assert slot_rows(app)[0].has_class("-changed")
        assert heap_blocks(app)[0].has_class("-changed")
        await pilot.press("right")  # println! changes no memory
        assert not slot_rows(app)[0].has_class("-changed")
        assert not heap_blocks(app)[0].has_class("-changed")


async def test_selecting_a_pointer_slot_highlights_the_block_it_points_to():
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right")
        assert app.focused is app.query_one(StackPane)
        assert slot_rows(app)[0].has_class("-cursor")
        assert heap_blocks(app)[0].has_class("-pointed")
        await pilot.press("tab")  # the stack loses focus: no selection, no highlight
        assert not heap_blocks(app)[0].has_class("-pointed")
        await pilot.press("shift+tab")
        assert heap_blocks(app)[0].has_class("-pointed")


async def test_up_and_down_move_the_selection_between_slots():
    app = StackHeapApp(stack_scopes_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right", "right", "right")
        rows = slot_rows(app)
        assert [row.has_class("-cursor") for row in rows] == [True, False, False]
        await pilot.press("down", "down", "down")  # stops at the last slot
        rows = slot_rows(app)
        assert [row.has_class("-cursor") for row in rows] == [False, False, True]
        assert counter(app) == "step 4 / 8"  # up/down never step
        await pilot.press("up")
        rows = slot_rows(app)
        assert [row.has_class("-cursor") for row in rows] == [False, True, False]


async def test_output_shows_stdout_so_far_with_the_newest_line_marked():
    app = StackHeapApp(stack_scopes_trace())
    async with app.run_test(size=NARROW) as pilot:
        assert "Nothing printed yet." in text_of(app.query_one(OutputPane))
        await pilot.press("end")
        output = text_of(app.query_one(OutputPane))
        assert "  The sum is: 15" in output
        assert "▸ Variables `x` and `y` are still in scope: 5, 10" in output


async def test_stderr_is_drawn_in_the_error_colour():
    trace = box_heap_trace()
    info, last = trace.steps[-1]
    panic = "thread 'main' panicked at src/main.rs:6:5:\nattempt to add with overflow\n"
    trace.steps[-1] = (
        info,
        Snapshot(last.step, last.frames, last.heap, last.stdout, panic),
    )
    app = StackHeapApp(trace)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("end")
        text = app.query_one(OutputPane).query_one("#text").render()
        assert "▸ attempt to add with overflow" in text.plain
        start = text.plain.index("thread 'main'")
        assert any(
            "$text-error" in str(span.style) and span.start <= start < span.end
            for span in text.spans
        )


async def test_source_highlights_exactly_the_step_span():
    trace = box_heap_trace()
    app = StackHeapApp(trace)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right")
        code = app.query_one(SourcePane)
        mark, upcoming = code.marks
        assert mark.kind is MarkKind.STEP
        assert mark.span == trace.step(1).span
        # The next step's span is marked lightly (underlined), without a gutter arrow.
        assert upcoming.kind is MarkKind.NEXT and upcoming.span == trace.step(2).span
        rendered = code.document()
        step_style = code._mark_style("source--step")
        marked = [rendered.plain[s.start : s.end] for s in rendered.spans if s.style == step_style]
        assert marked == ["let my_number = Box::new(42);"]
        # (`my_number` is selected: its life is drawn in the cell after the number)
        assert "▶4●    let my_number" in rendered.plain
        assert " 6│    println!" in rendered.plain


async def test_source_scrolls_to_keep_the_current_line_visible():
    app = StackHeapApp(stack_scopes_trace())
    async with app.run_test(size=NARROW) as pilot:
        pane = app.query_one(SourcePane)
        await pilot.press("end")  # main's closing brace, line 14
        await pilot.pause()
        height = pane.scrollable_content_region.height
        assert height < 14
        assert pane.scroll_y <= 13 < pane.scroll_y + height
        await pilot.press("home")  # back to line 3
        await pilot.pause()
        assert pane.scroll_y <= 2 < pane.scroll_y + height


async def test_help_screen_lists_every_key_and_closes():
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_text = text_of(app.screen)
        for keys, meaning in [
            ("← h", "Back"),
            ("→ l space", "Next"),
            ("home", "First"),
            ("end", "Last"),
            ("?", "Help"),
            ("q", "Quit"),
            ("↑", "Select the variable above"),
            ("tab", "Move between the panes"),
        ]:
            assert any(
                line.startswith(keys + " ") and line.rstrip().endswith(meaning)
                for line in help_text.splitlines()
            ), keys
        await pilot.press("right")  # stepping waits until the help is closed
        assert counter(app) == "step 1 / 5"
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("right")
        assert counter(app) == "step 2 / 5"


async def test_q_quits_with_exit_code_zero():
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


@pytest.mark.parametrize("size", [NARROW, WIDE])
async def test_every_pane_and_the_counter_fit_the_terminal(size):
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=size) as pilot:
        await pilot.press("right")
        screen = app.screen.region
        for pane in ["#source", "#stack", "#heap", "#output"]:
            region = app.query_one(pane).region
            assert region.width > 10 and region.height >= 3, pane
            assert screen.contains_region(region), pane
        counter_region = app.query_one(StatusBar).query_one("#counter").region
        assert counter_region.height == 1 and screen.contains_region(counter_region)
        # At 80 columns the explanation takes the whole width ("-cramped").
        assert app.screen.has_class("-cramped" if size == NARROW else "-wide")
        # The slot row and the heap block are drawn whole, not squeezed to nothing.
        assert slot_rows(app)[0].height >= 2
        assert heap_blocks(app)[0].height >= 4


def _undeclared_name() -> Failure:
    source = "fn main() {\n    let apples = 3;\n    let total = apples + oranges;\n}\n"
    diagnostic = Diagnostic(
        "cannot find value `oranges` in this scope",
        span_of(source, "oranges"),
        code="E0425",
        label="not found in this scope",
    )
    return Failure((diagnostic,), source, "fruit.rs")


async def test_a_failed_compile_shows_the_diagnostic_and_marks_the_source():
    app = StackHeapApp(failure=_undeclared_name())
    async with app.run_test(size=NARROW) as pilot:
        text = text_of(app.query_one(DiagnosticsPane))
        assert "error[E0425]: cannot find value `oranges` in this scope" in text
        assert "--> fruit.rs:3:26" in text
        assert "^^^^^^^ not found in this scope" in text
        (mark,) = app.query_one(SourcePane).marks
        assert mark.kind is MarkKind.ERROR and mark.span.line == 3
        assert "▶3" in text_of(app.query_one(SourcePane))
        assert not app.query(StackPane) and not app.query(HeapPane)
        assert app.check_action("next", ()) is False  # no stepping keys at all
        assert "next" not in footer_keys(app)
        await pilot.press("right")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 1


def test_the_app_needs_a_trace_or_a_failure():
    with pytest.raises(ValueError):
        StackHeapApp()
    with pytest.raises(ValueError):
        StackHeapApp(box_heap_trace(), _undeclared_name())


async def test_an_early_stop_is_explained_at_the_last_step():
    trace: FakeTrace = box_heap_trace()
    trace.stopped_early = "Stopped after 5 steps (--max-steps)."
    app = StackHeapApp(trace)
    async with app.run_test(size=NARROW) as pilot:
        assert "Stopped after" not in text_of(app.query_one(StatusBar))
        await pilot.press("end")
        assert "Stopped after 5 steps" in text_of(app.query_one(StatusBar))


async def test_each_step_scrolls_the_slot_it_changed_into_view():
    app = StackHeapApp(stack_scopes_trace())
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("right", "right", "right")  # let z: the third slot, below the fold
        await pilot.pause()
        stack = app.query_one(StackPane)
        z = slot_rows(app)[-1]
        assert z.slot.name == "z" and z.has_class("-changed")
        assert stack.max_scroll_y > 0  # the frame does not fit: the pane had to scroll
        lines = stack.row_lines(len(slot_rows(app)) - 1)
        assert lines is not None
        top, height = int(stack.scroll_y), stack.scrollable_content_region.height
        assert top <= lines.start and lines.stop <= top + height


async def test_the_selection_stays_on_its_slot_when_a_call_pushes_a_frame():
    source = "fn helper(a: i32) {}\nfn main() {\n    let x = 1;\n    helper(x);\n}\n"
    x = SlotView("x", "i32", 4, 0x7FFC_FFFC, "1")
    a = SlotView("a", "i32", 4, 0x7FFC_FFEC, "1")
    main = FrameView("main", None, (x,))
    steps = [
        (StepInfo(0, span_of(source, "let x = 1;"), StepKind.STATEMENT, "x"), (main,)),
        (
            StepInfo(1, span_of(source, "helper(x);"), StepKind.CALL, "call"),
            (main, FrameView("helper", 4, (a,))),
        ),
    ]
    trace = FakeTrace("call.rs", source, [(i, Snapshot(i.index, f, (), "", "")) for i, f in steps])
    app = StackHeapApp(trace)
    async with app.run_test(size=NARROW) as pilot:
        assert app.query_one(StackPane).selected.name == "x"
        await pilot.press("right")
        stack = text_of(app.query_one(StackPane))
        assert stack.index("fn helper") < stack.index("fn main")  # newest frame on top
        assert "called at line 4" in stack
        assert app.query_one(StackPane).selected.name == "x"
        await pilot.press("up")
        assert app.query_one(StackPane).selected.name == "a"

"""The other screens and states: lessons, screenshot, help, too small, themes, NO_COLOR."""

from __future__ import annotations

import html
import threading
import types

import pytest

from stackheap_tui import resources
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.view import app as app_module
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.screens.help import HelpScreen
from stackheap_tui.view.screens.samples import SampleBrowser
from stackheap_tui.view.widgets.diagnostics import DiagnosticsPane
from stackheap_tui.view.widgets.stack import StackPane
from stackheap_tui.view.widgets.timeline import Timeline
from tests.view.fake_trace import box_heap_trace, calls_trace, span_of, stack_scopes_trace
from tests.view.helpers import counter, text_of

NARROW = (80, 24)


def _screen_text(app) -> str:
    """The text of the whole screen, from its SVG screenshot."""
    return html.unescape(app.export_screenshot()).replace("\xa0", " ")


@pytest.fixture
def fake_pipeline(monkeypatch):
    """Lessons load as hand-made traces (box_heap) or fail to compile (any other), so these
    tests don't depend on the interpreter, which another change may have half-rewritten."""

    def compile_and_start(source: str, path: str, max_steps: int | None = None):
        if "box_heap" in path:
            done = threading.Event()
            done.set()
            return types.SimpleNamespace(trace=box_heap_trace(), failure=None, done=done)
        diagnostic = Diagnostic("cannot find value `oranges` in this scope",
                                span_of(source, "fn main"), code="E0425")
        raise CompileError([diagnostic])

    monkeypatch.setattr(app_module, "compile_and_start", compile_and_start)


async def test_b_lists_every_lesson_and_opens_one_in_place(fake_pipeline):
    app = StackHeapApp(stack_scopes_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right", "right")
        await pilot.press("b")
        assert isinstance(app.screen, SampleBrowser)
        listing = text_of(app.screen)
        for sample in resources.list_samples():
            assert sample.title in app.screen.query_one("#samples").get_option(
                sample.name
            ).prompt.plain
        assert "Lessons" in listing
        names = [sample.name for sample in resources.list_samples()]
        await pilot.press(*["down"] * names.index("box_heap"), "enter")
        assert not isinstance(app.screen, SampleBrowser)
        assert app.title == "samples/02_box_heap.rs"
        assert counter(app) == "step 1 / 5"  # a new run starts at its first step
        assert "02_box_heap.rs" in text_of(app.query_one("#source"))
        await pilot.press("right")
        assert "my_number" in text_of(app.query_one(StackPane))
        assert app.focused is app.query_one(StackPane)


async def test_a_lesson_that_does_not_compile_opens_on_its_diagnostic(fake_pipeline):
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right")
        await app.run_action("open_sample('stack_scopes')")
        await pilot.pause()
        assert "error[E0425]" in text_of(app.query_one(DiagnosticsPane))
        assert app.check_action("next", ()) is False
        assert not app.query(Timeline)


async def test_esc_closes_the_lesson_browser_without_loading(fake_pipeline):
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right", "b", "escape")
        assert not isinstance(app.screen, SampleBrowser)
        assert counter(app) == "step 2 / 5"


async def test_s_saves_an_svg_of_the_step_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right", "s")
        await pilot.pause()
        saved = tmp_path / "02_box_heap-step-2.svg"
        assert saved.exists()
        svg = saved.read_text(encoding="utf-8")
        assert svg.startswith("<svg") and "my_number" in svg
        assert any(str(saved) in n.message for n in app._notifications)


async def test_help_lists_the_new_keys_and_the_timeline_legend():
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=(100, 45)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        lines = text_of(app.screen).splitlines()
        for keys, meaning in [
            ("g", "Go to step"),
            ("n", "Event"),
            ("N", "Previous event"),
            ("o", "Over"),
            ("u", "Out"),
            ("p", "Predict"),
            ("b", "Lessons"),
            ("s", "Screenshot"),
            ("ctrl+p", "Command palette"),
        ]:
            assert any(line.startswith(keys + " ") and meaning in line for line in lines), keys
        assert any("a heap allocation, a drop" in line for line in lines)


@pytest.mark.parametrize("size", [(59, 24), (80, 19), (40, 12)])
async def test_a_too_small_terminal_shows_a_message_and_nothing_else(size):
    app = StackHeapApp(box_heap_trace())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        message = app.query_one("#too-small")
        assert message.display and "This terminal is too small." in text_of(message)
        assert not app.query_one("#main").display
        await pilot.press("q")
    assert app.return_code == 0


async def test_60_by_20_lays_out_every_pane_without_overlap():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("g", "8", "enter")
        assert not app.query_one("#too-small").display
        regions = [
            app.query_one(selector).region
            for selector in ["#source", "#stack", "#heap", "#output", "#timeline", "StatusBar"]
        ]
        for region in regions:
            assert region.width >= 10 and region.height >= 1
            assert app.screen.region.contains_region(region)
        for i, first in enumerate(regions):
            for second in regions[i + 1 :]:
                assert not first.overlaps(second), (first, second)


async def test_resizing_keeps_the_step():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("g", "5", "enter")
        for size in [(80, 24), (50, 15), (120, 40), (60, 20)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert counter(app) == "step 5 / 9"
        assert "moved" in text_of(app.query_one(StackPane))


async def test_every_builtin_theme_draws_the_step():
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("g", "8", "enter")
        for theme in sorted(app.available_themes):
            app.theme = theme
            await pilot.pause()
            assert "freed by dropping `c`" in _screen_text(app), theme


async def test_no_color_still_marks_the_current_step_and_the_changes(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = StackHeapApp(calls_trace())
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("g", "5", "enter")
        assert app.no_color
        assert "moved → c" in _screen_text(app)
        # Without colour the timeline's current step is still told apart by its glyph.
        assert "━" in app.query_one(Timeline).render().plain

"""The TUI opens while the run is still recording, and follows it to the end.

These drive the real interpreter on its background thread (`compile_and_start`); they
assert what the learner sees, never how long anything took.
"""

from __future__ import annotations

import time

import pytest
from textual.css.query import NoMatches

from stackheap_tui import cli
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.loading import Pending, RecordingView, compile_and_start
from stackheap_tui.view.widgets.status import StatusBar
from stackheap_tui.view.widgets.timeline import Timeline
from tests.view.helpers import counter, text_of

pytest.importorskip("stackheap_tui.pipeline")

NARROW = (80, 24)


def _loop(iterations: int) -> str:
    """About three steps per iteration: 500,000 iterations are some 1,430,000 steps."""
    return (
        "fn main() {\n"
        "    let mut i: u64 = 0;\n"
        "    let mut total: u64 = 0;\n"
        f"    while i < {iterations} {{\n"
        "        total = total + i % 7;\n"
        "        i += 1;\n"
        "    }\n"
        '    println!("{total}");\n'
        "}\n"
    )


def _progress(app: StackHeapApp) -> str:
    """The status bar's progress text ("" while the bar is being composed again)."""
    try:
        return text_of(app.query_one(StatusBar).query_one("#progress"))
    except NoMatches:
        return ""


async def _until_recorded(pilot: object, recording: RecordingView) -> None:
    while not recording.done.is_set():
        await pilot.pause(0.2)  # type: ignore[attr-defined]
    # The app looks at the recording on a timer: wait for the look that sees it ended
    # (a fixed pause was too short on a loaded machine), then for the repaint.
    # Polled against a deadline, not a count of pauses: on a loaded 2-core CI machine
    # ten seconds of pauses once went by before the timer's look came.
    app = pilot.app  # type: ignore[attr-defined]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        shown = _progress(app)
        if app.recorded and shown and not shown.startswith("recording…"):
            break
        await pilot.pause(0.05)  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]  # (the repaint)


async def test_the_app_opens_while_a_long_run_records_and_follows_it():
    # Above the default step limit, so that it records long enough to be caught at it.
    recording = compile_and_start(_loop(500_000), "long.rs", max_steps=3_000_000)
    app = StackHeapApp(recording=recording)
    async with app.run_test(size=NARROW) as pilot:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # until the first step is drawn
            if counter(app).startswith("step 1 / "):
                break
            await pilot.pause(0.05)
        assert not recording.done.is_set(), "the run should still be recording"
        assert not app.recorded
        assert _progress(app).startswith("recording… ")
        assert counter(app).startswith("step 1 / ") and counter(app).endswith("…")
        assert app.query_one(Timeline).recording
        # Not `pilot.press`: it waits for the process to go idle, and the recording
        # thread keeps it busy until the run ends.
        await app.run_action("last")
        so_far = app.step
        assert so_far > 0
        assert not app.recorded  # so End went to the last step recorded so far
        assert counter(app).startswith(f"step {so_far + 1:,} / ")
        first = len(recording.trace)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # until the app's next look at the grown recording
            if len(recording.trace) > first and f"/ {first:,}…" not in counter(app):
                break
            await pilot.pause(0.05)
        assert len(recording.trace) > first  # the step count grows...
        assert f"/ {first:,}…" not in counter(app)  # ...and so does the counter

        await _until_recorded(pilot, recording)
        total = len(recording.trace)
        assert total > 1_000_000 and so_far < total - 1
        assert app.recorded and not app.query_one(Timeline).recording
        assert _progress(app) == "done · exit 0"
        # End pressed while recording went on to the real end once the run finished.
        assert app.step == total - 1
        await pilot.press("end")
        assert app.step == total - 1
        assert counter(app) == f"step {total:,} / {total:,}"


async def test_the_step_limit_stops_the_run_and_says_so():
    recording = compile_and_start(_loop(300_000), "long.rs", max_steps=20_000)
    app = StackHeapApp(recording=recording)
    async with app.run_test(size=NARROW) as pilot:
        await _until_recorded(pilot, recording)
        assert len(recording.trace) == 20_000
        assert _progress(app) == "stopped at the step limit (20,000 steps)"
        await pilot.press("end")
        assert counter(app) == "step 20,000 / 20,000"
        explanation = text_of(app.query_one("#explanation"))
        assert "the --max-steps limit" in explanation
        await pilot.press("left")
        assert "--max-steps" not in text_of(app.query_one("#explanation"))


async def test_a_lesson_opened_in_place_records_the_same_way():
    recording = compile_and_start(_loop(10), "short.rs")
    app = StackHeapApp(recording=recording)
    async with app.run_test(size=NARROW) as pilot:
        await _until_recorded(pilot, recording)
        await app.run_action("open_sample('box_heap')")
        assert app.recording is not None and app.recording is not recording
        await _until_recorded(pilot, app.recording)
        assert app.title.endswith("02_box_heap.rs")
        assert _progress(app) == "done · exit 0"
        await pilot.press("end")
        steps = len(app.recording.trace)
        assert counter(app) == f"step {steps:,} / {steps:,}"


def test_the_command_line_hands_the_app_the_program_to_compile(monkeypatch, tmp_path):
    """`stackheap-tui FILE` opens the app at once; the app compiles after its first frame
    (see `test_the_first_frame_shows_the_program_then_its_first_step`)."""
    opened: dict[str, object] = {}

    def run_app(**kwargs: object) -> int:
        opened.update(kwargs)
        return 0

    monkeypatch.setattr("stackheap_tui.view.app.run_app", run_app)
    good = tmp_path / "good.rs"
    good.write_text(_loop(3))
    assert cli.main([str(good), "--max-steps", "500"]) == 0
    assert opened["pending"] == Pending(_loop(3), str(good), 500)


async def test_the_first_frame_shows_the_program_then_its_first_step(monkeypatch):
    seen: list[str] = []

    def compile_and_start_later(source: str, path: str, max_steps: int | None = None):
        # What the screen showed while the program was being compiled.
        seen.append(counter(app))
        seen.append(text_of(app.query_one("#source")))
        return compile_and_start(source, path, max_steps)

    monkeypatch.setattr("stackheap_tui.view.app.compile_and_start", compile_and_start_later)
    app = StackHeapApp(pending=Pending(_loop(3), "three.rs"))
    async with app.run_test(size=NARROW) as pilot:
        while app.recording is None:
            await pilot.pause(0.05)
        await _until_recorded(pilot, app.recording)
        assert seen[0] == "checking…" and "while i < 3" in seen[1]
        assert counter(app) == f"step 1 / {len(app.recording.trace)}"
        assert app.opened is app.recording and app.title == "three.rs"
        await pilot.press("end")
        assert "3" in text_of(app.query_one("#output"))


async def test_a_program_that_does_not_compile_shows_its_diagnostics_after_the_first_frame():
    app = StackHeapApp(pending=Pending("fn main() { let x: u64 = oranges; }\n", "bad.rs"))
    async with app.run_test(size=NARROW) as pilot:
        while not app.query("#diagnostics"):
            await pilot.pause(0.05)
        await pilot.pause()
        assert counter(app) == "does not compile"
        assert "cannot find value `oranges`" in text_of(app.query_one("#diagnostics"))
        await pilot.press("q")
    assert app.return_code == 1  # as `--check` would


async def test_a_compile_that_breaks_off_ends_the_app_for_the_command_line_to_report(
        monkeypatch):
    def too_deep(source: str, path: str, max_steps: int | None = None):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("stackheap_tui.view.app.compile_and_start", too_deep)
    app = StackHeapApp(pending=Pending(_loop(3), "deep.rs"))
    async with app.run_test(size=NARROW) as pilot:
        while app.is_running and app.internal_error is None:
            await pilot.pause(0.05)
    assert isinstance(app.internal_error, RecursionError)
    assert app.return_code == 1


async def test_the_timeline_marks_are_redrawn_now_and_then_as_the_index_fills(monkeypatch):
    # Redrawn after each chunk of 2,000 steps indexed, the timeline took the app's time
    # 50 times a second while the run recorded; now twice a second, and once at the end,
    # which draws every mark.
    from stackheap_tui.view import streaming
    from stackheap_tui.view.widgets.timeline import Mark

    redraws = []
    redraw = Timeline.refresh_marks

    def counted(self: Timeline) -> None:
        redraws.append(time.monotonic())
        redraw(self)

    monkeypatch.setattr(Timeline, "refresh_marks", counted)
    recording = compile_and_start(_loop(200_000), "long.rs", max_steps=3_000_000)
    began = time.monotonic()
    app = StackHeapApp(recording=recording)
    async with app.run_test(size=NARROW) as pilot:
        await _until_recorded(pilot, recording)
        deadline = time.monotonic() + 120
        while not (app.index is not None and app.index.complete) and time.monotonic() < deadline:
            await pilot.pause(0.05)
        await pilot.pause()
        elapsed = time.monotonic() - began
        chunks = len(recording.trace) // 2_000
        assert len(redraws) <= elapsed / streaming.MARKS_EVERY + 2 < chunks
        assert Mark.UNKNOWN not in app.query_one(Timeline).marks()

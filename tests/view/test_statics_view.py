"""A `static mut` in the TUI: drawn in the static region below the heap, its value as it is
at the step shown (issue 20)."""

from __future__ import annotations

from pathlib import Path

from tests.view.helpers import sample_app, text_of

PROGRAM = """static mut COUNTER: u32 = 0;

fn main() {
    for _ in 0..3 {
        unsafe {
            COUNTER += 2;
        }
    }
    let p = &raw const COUNTER;
    println!("{}", unsafe { *p });
}
"""


async def _until_loaded(pilot, app) -> None:  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + 120  # a deadline, not a count of pauses: CI is slow
    while time.monotonic() < deadline and not (app.trace is not None and app.recorded):
        await pilot.pause(0.05)
    await pilot.pause()


async def test_the_static_region_shows_the_static_mut_at_the_first_and_last_step(
        tmp_path: Path) -> None:
    source = tmp_path / "counter.rs"
    source.write_text(PROGRAM)
    app = sample_app(str(source))
    async with app.run_test(size=(120, 40)) as pilot:
        await _until_loaded(pilot, app)
        heap = text_of(app.query_one("#heap"))
        assert "static mut COUNTER: u32 = 0" in heap
        await pilot.press("end")
        await pilot.pause()
        heap = text_of(app.query_one("#heap"))
        assert "static mut COUNTER: u32 = 6" in heap
        assert "0x5555_555a_6000" in heap

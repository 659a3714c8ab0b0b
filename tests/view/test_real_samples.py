"""The TUI over the real pipeline: the bundled samples and a program that does not compile."""

from __future__ import annotations

from pathlib import Path

import pytest

from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.failure import Failure
from stackheap_tui.view.widgets.diagnostics import DiagnosticsPane
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.output import OutputPane
from stackheap_tui.view.widgets.stack import StackPane
from tests.view.helpers import counter, heap_blocks, text_of

pipeline = pytest.importorskip("stackheap_tui.pipeline")


def _load(path: str) -> StackHeapApp:
    source = Path(path).read_text(encoding="utf-8")
    try:
        return StackHeapApp(pipeline.load(source, path))
    except CompileError as error:
        return StackHeapApp(failure=Failure.from_error(error, source, path))


async def test_box_sample_allocates_prints_and_frees():
    app = _load("samples/02_box_heap.rs")
    steps = len(app.trace)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("right")
        assert counter(app) == f"step 2 / {steps}"
        assert "my_number = → 0x" in text_of(app.query_one(StackPane))
        assert "Box<i32>, 8 B at 0x" in text_of(app.query_one(StackPane))
        assert "i32 = 42" in text_of(app.query_one(HeapPane))
        assert heap_blocks(app)[0].has_class("-pointed")
        seen_tombstone = False
        for _ in range(steps - 2):
            await pilot.press("right")
            seen_tombstone |= "freed" in text_of(app.query_one(HeapPane))
        assert seen_tombstone
        assert counter(app) == f"step {steps} / {steps}"
        assert "▸ My number is: 42" in text_of(app.query_one(OutputPane))
        assert "Nothing on the heap." in text_of(app.query_one(HeapPane))


async def test_scopes_sample_walks_to_the_end_and_back():
    app = _load("samples/01_stack_scopes.rs")
    steps = len(app.trace)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("end")
        assert counter(app) == f"step {steps} / {steps}"
        assert "Variables `x` and `y` are still in scope: 5, 10" in text_of(
            app.query_one(OutputPane)
        )
        await pilot.press("left", "left")
        assert counter(app) == f"step {steps - 2} / {steps}"
        await pilot.press("home")
        assert counter(app) == f"step 1 / {steps}"


async def test_a_program_that_does_not_compile_opens_on_its_diagnostic():
    app = _load("tests/conformance/basics/reject_undeclared_name.rs")
    assert app.failure is not None
    async with app.run_test(size=(80, 24)):
        text = text_of(app.query_one(DiagnosticsPane))
        assert "error[E0425]: cannot find value `oranges` in this scope" in text

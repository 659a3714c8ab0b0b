"""Pictures that matter, small (80×24) and large (160×45): the seed lessons at their key
steps, a call, a moved-from slot, a tombstone, a panic, a diagnostic, predict mode and
the lesson browser.

Update the SVGs with `pytest tests/view --snapshot-update` only after looking at them.
"""

from __future__ import annotations

import pytest

from stackheap_tui import resources
from stackheap_tui.view.app import StackHeapApp
from tests.view.fake_trace import box_heap_trace, calls_trace, stack_scopes_trace
from tests.view.test_app import _undeclared_name

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])


def _at(step: int) -> list[str]:
    """Keys that go to `step` (1-based), as a learner would with `g`."""
    return ["g", *str(step), "enter"]


@SIZES
def test_box_new_step(snap_compare, size):
    assert snap_compare(StackHeapApp(box_heap_trace()), terminal_size=size, press=["right"])


@SIZES
def test_drop_step_tombstone(snap_compare, size):
    app = StackHeapApp(box_heap_trace())
    assert snap_compare(app, terminal_size=size, press=["right", "right", "right"])


@SIZES
def test_scopes_block_end_pops_z(snap_compare, size):
    app = StackHeapApp(stack_scopes_trace())
    assert snap_compare(app, terminal_size=size, press=_at(6))


@SIZES
def test_call_pushes_a_frame(snap_compare, size):
    assert snap_compare(StackHeapApp(calls_trace()), terminal_size=size, press=_at(3))


@SIZES
def test_moved_from_slot(snap_compare, size):
    assert snap_compare(StackHeapApp(calls_trace()), terminal_size=size, press=_at(5))


@SIZES
def test_panic(snap_compare, size):
    assert snap_compare(StackHeapApp(calls_trace()), terminal_size=size, press=["end"])


@SIZES
def test_diagnostic(snap_compare, size):
    assert snap_compare(StackHeapApp(failure=_undeclared_name()), terminal_size=size)


@SIZES
def test_predict_question_answered(snap_compare, size):
    app = StackHeapApp(calls_trace())
    assert snap_compare(app, terminal_size=size, press=[*_at(4), "p", "right", "1"])


def test_lesson_browser(snap_compare, monkeypatch):
    # The two seed lessons only: the picture must not change each time a lesson is added.
    seed = tuple(s for s in resources.list_samples() if s.name in ("stack_scopes", "box_heap"))
    monkeypatch.setattr(resources, "list_samples", lambda: seed)
    app = StackHeapApp(box_heap_trace())
    assert snap_compare(app, terminal_size=(80, 24), press=["b"])


def test_too_small(snap_compare):
    app = StackHeapApp(box_heap_trace())
    assert snap_compare(app, terminal_size=(50, 16))

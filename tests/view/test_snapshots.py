"""Pictures that matter: the Box sample when it allocates and when it frees, small and large.

Update the SVGs with `pytest tests/view --snapshot-update` only after looking at them.
"""

from __future__ import annotations

import pytest

from stackheap_tui.view.app import StackHeapApp
from tests.view.fake_trace import box_heap_trace

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])


@SIZES
def test_box_new_step(snap_compare, size):
    assert snap_compare(StackHeapApp(box_heap_trace()), terminal_size=size, press=["right"])


@SIZES
def test_drop_step_tombstone(snap_compare, size):
    app = StackHeapApp(box_heap_trace())
    assert snap_compare(app, terminal_size=size, press=["right", "right", "right"])

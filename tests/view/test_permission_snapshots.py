"""Pictures of the permissions pane and of a borrow error explained in permissions, small
(80×24) and large (160×45). Update with `pytest tests/view --snapshot-update` only after
looking at them."""

from __future__ import annotations

import pytest

from tests.view.helpers import goto_keys, sample_app

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])


@SIZES
def test_permissions_after_a_mutable_borrow(snap_compare, size):
    # `let r1 = &mut s;`: `s` loses R, W and O until `r1`'s last use; `*r1` gains R and W.
    app = sample_app("samples/25_borrows_end_early.rs")
    assert snap_compare(app, terminal_size=size, press=["w", *goto_keys(3)])


@SIZES
def test_push_while_borrowed_explained(snap_compare, size):
    app = sample_app("samples/21_push_while_borrowed.rs")
    assert snap_compare(app, terminal_size=size)

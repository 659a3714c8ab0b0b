"""A hostile afternoon: keys and signals a learner (or their terminal) throws at the app.
Each test asserts what the user sees: a notice instead of a crash, the step kept, the
terminal restored, the app gone when asked to quit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from stackheap_tui.view import screenshot
from stackheap_tui.view.app import StackHeapApp
from tests.view.fake_trace import box_heap_trace
from tests.view.helpers import counter

NARROW = (80, 24)


def _messages(app: StackHeapApp) -> list[str]:
    return [n.message for n in app._notifications]


# -- 1. `s` where the SVG cannot be written, or a file is already there -------------------------


async def _press_s(app: StackHeapApp) -> None:
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("right", "s")
        await pilot.pause()
        assert app.is_running  # the app is still there
        assert counter(app) == "step 2 / 5"  # at the same place
        await pilot.press("q")


async def test_s_in_a_deleted_folder_says_so_and_keeps_the_step(tmp_path, monkeypatch):
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    app = StackHeapApp(box_heap_trace())
    await _press_s(app)
    assert app.return_code == 0
    assert any("Could not save the screenshot" in m and "no longer exists" in m
               for m in _messages(app))


async def test_s_in_a_read_only_folder_says_so_and_keeps_the_step(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    real_open = os.open

    def read_only(path, flags, *args):  # as a folder without write permission answers
        if str(path).endswith(".svg"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(screenshot.os, "open", read_only)
    app = StackHeapApp(box_heap_trace())
    await _press_s(app)
    assert app.return_code == 0
    assert any("no permission to write" in m for m in _messages(app))
    assert not list(tmp_path.iterdir())


def test_a_folder_without_write_permission_is_reported(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes in any folder")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(screenshot.NotSaved, match="no permission"):
            screenshot.save_svg("<svg/>", "prog-step-1", str(tmp_path))
    finally:
        tmp_path.chmod(0o700)


async def test_s_never_overwrites_nor_follows_a_link(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "02_box_heap-step-2.svg").write_text("mine", encoding="utf-8")
    (tmp_path / "02_box_heap-step-2-2.svg").mkdir()  # a folder of the next name
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    (tmp_path / "02_box_heap-step-2-3.svg").symlink_to(target)
    (tmp_path / "02_box_heap-step-2-4.svg").symlink_to(tmp_path / "nowhere")  # dangling
    app = StackHeapApp(box_heap_trace())
    await _press_s(app)
    assert (tmp_path / "02_box_heap-step-2.svg").read_text(encoding="utf-8") == "mine"
    assert target.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "nowhere").exists()
    saved = tmp_path / "02_box_heap-step-2-5.svg"
    assert saved.read_text(encoding="utf-8").startswith("<svg")
    assert any(str(saved) in m for m in _messages(app))
    # Again: the next free name.
    app = StackHeapApp(box_heap_trace())
    await _press_s(app)
    assert (tmp_path / "02_box_heap-step-2-6.svg").exists()


def test_the_names_tried_count_up_from_2():
    assert screenshot.free_names("p-step-3")[:3] == ["p-step-3.svg", "p-step-3-2.svg",
                                                     "p-step-3-3.svg"]


def test_save_svg_creates_the_file_in_the_folder_given(tmp_path):
    path = screenshot.save_svg("<svg/>", "p-step-1", str(tmp_path))
    assert path == Path(tmp_path) / "p-step-1.svg"
    assert path.read_text(encoding="utf-8") == "<svg/>"

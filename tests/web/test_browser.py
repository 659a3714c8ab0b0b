"""The app in a real browser (issue 24): `stackheap-tui --serve` on a free localhost port,
the page opened in headless Chromium (Debian's, driven by Playwright), used as a learner
would: the session started, clicks while the program is checked, → three times and End,
a click on the timeline, the window resized, a second tab. The app must stay alive, its
standard error (textual-serve prints it when the app ends) must hold no traceback, and
the page must not be textual-serve's "Session ended." page, which it shows once the
app's process is gone (the last step here quits with `q` to see that page for real).

What the app draws reaches the browser as terminal output over the page's websocket:
the test reads it there ("step 4 / 5" is the status bar's counter). It is skipped only
when there is no Chromium to drive (`.ci/run` installs Debian's `chromium` as root).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.expectations import REPO

pytestmark = pytest.mark.browser

# As the machine's notes say Chromium must start here: without the background-networking
# flags a closed network refuses its connections, many at a time.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"]
WAIT = 90.0  # seconds, at most, for anything (an app starting on a busy 2-core machine)
SAMPLE, STEPS = "box_heap", 5
MOVE_TO = re.compile(rb"\x1b\[(\d+);(\d+)H")  # where Textual writes each run of text


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Served:
    """`stackheap-tui --serve` running, with everything it has printed so far."""

    process: subprocess.Popen[str]
    url: str
    lines: list[str] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)

    def read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)
            if "serving" in line:
                self.ready.set()
        self.ready.set()  # ended: no reason to wait any more

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def children(self) -> list[int]:
        """The processes it started (one shell, then the app, per browser tab)."""
        pid = self.process.pid
        found: list[int] = []
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(child) for child in (task / "children").read_text().split()]
        return found


@pytest.fixture
def served() -> Iterator[Served]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO)}  # each tab's app runs this checkout too
    process = subprocess.Popen(
        [sys.executable, "-m", "stackheap_tui", "--serve", "--sample", SAMPLE,
         "--port", str(port)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    server = Served(process, f"http://127.0.0.1:{port}")
    reader = threading.Thread(target=server.read, daemon=True)
    reader.start()
    try:
        assert server.ready.wait(WAIT) and process.poll() is None, server.output
        yield server
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)  # Ctrl+C: ends every tab's app too
            try:
                process.wait(WAIT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        reader.join(WAIT)


class Screen:
    """What the app of one page has drawn: its terminal output, as the page received it,
    and the terminal sizes the page asked for."""

    def __init__(self, page: object, served: Served) -> None:
        self.page = page
        self.served = served  # its output says why a session ended
        self.received = bytearray()
        self.sizes: list[tuple[int, int]] = []
        page.on("websocket", self._opened)

    def _opened(self, socket: object) -> None:
        socket.on("framereceived", self._received)
        socket.on("framesent", self._sent)

    def _received(self, payload: bytes | str) -> None:
        if isinstance(payload, bytes):  # the app's output (text frames are textual-serve's)
            self.received += payload

    def _sent(self, payload: bytes | str) -> None:
        found = re.search(r'\["resize",\{"width":(\d+),"height":(\d+)\}\]', str(payload))
        if found:
            self.sizes.append((int(found[1]), int(found[2])))

    def mark(self) -> int:
        return len(self.received)

    def wait_for(self, text: str, since: int = 0,
                 meanwhile: Callable[[], None] | None = None) -> None:
        """Until the app draws `text` after `since` (doing `meanwhile` between looks)."""
        wanted = text.encode()
        deadline = time.monotonic() + WAIT
        while wanted not in bytes(self.received[since:]):
            assert time.monotonic() < deadline, f"the app never drew {text!r}"
            assert not self.closed(), (f"the session ended before the app drew {text!r}; "
                                       f"the server printed:\n{self.served.output}")
            if meanwhile is not None:
                meanwhile()
            self.page.wait_for_timeout(20)  # lets events in

    def row_of(self, text: str) -> int:
        """The screen row (0-based) where `text` was drawn last."""
        data = bytes(self.received)
        at = data.rindex(text.encode())
        move = list(MOVE_TO.finditer(data, max(0, at - 2000), at))[-1]
        return int(move[1]) - 1

    def cell(self) -> tuple[float, float]:
        """A character cell's size in CSS pixels."""
        box = self.page.locator(".xterm-screen").bounding_box()
        columns, rows = self.sizes[-1]
        return box["width"] / columns, box["height"] / rows

    def closed(self) -> bool:
        """textual-serve's "Session ended." page is showing (the app's process ended)."""
        return "-closed" in self.page.evaluate("document.body.className")


def test_a_lesson_served_to_headless_chromium_steps_scrubs_and_resizes(served, tmp_path):
    browser_path = chromium()
    if browser_path is None:
        pytest.skip("no Chromium to drive: install Debian's chromium (as root: apt-get install "
                    "-y chromium; .ci/run does it) to run the browser test")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_path, args=CHROMIUM_FLAGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            page = context.new_page()
            screen = Screen(page, served)
            # textual-serve's start page, with its Start button (`?delay`), as a teacher
            # would share the link; the click starts the session.
            page.goto(f"{served.url}/?delay=1")
            page.click("#start")
            page.wait_for_selector("body.-first-byte", timeout=WAIT * 1000)
            # Clicks on the program while it is checked and its first step replaces the
            # first frame (they ended the session with a traceback: issue 24).
            clicks = []

            def click_the_source() -> None:
                page.mouse.click(200, 150)
                clicks.append(1)

            screen.wait_for(f"step 1 / {STEPS}", meanwhile=click_the_source)
            assert clicks, "no click reached the app while it started"

            since = screen.mark()
            for _ in range(3):
                page.keyboard.press("ArrowRight")
            screen.wait_for(f"step 4 / {STEPS}", since)
            since = screen.mark()
            page.keyboard.press("End")
            screen.wait_for(f"step {STEPS} / {STEPS}", since)

            # The timeline is the row above the status bar (whose first row holds the
            # counter); its first cell, after one of padding, is the first step.
            width, height = screen.cell()
            row = screen.row_of(f"step {STEPS} / {STEPS}") - 1
            since = screen.mark()
            page.mouse.click(width * 1.5, height * (row + 0.5))
            screen.wait_for(f"step 1 / {STEPS}", since)

            # A smaller window: the page asks for fewer cells, the app lays out again and
            # still answers keys.
            sizes = len(screen.sizes)
            page.set_viewport_size({"width": 900, "height": 560})
            deadline = time.monotonic() + WAIT
            while len(screen.sizes) == sizes:
                assert time.monotonic() < deadline, "the page never sent its new size"
                page.wait_for_timeout(20)
            (wide, tall), (narrow, short) = screen.sizes[sizes - 1], screen.sizes[-1]
            assert narrow < wide and short < tall
            since = screen.mark()
            page.keyboard.press("ArrowRight")
            screen.wait_for(f"step 2 / {STEPS}", since)

            # A second tab runs its own copy: it starts at the first step while the first
            # tab stays at the second.
            other = context.new_page()
            other_screen = Screen(other, served)
            other.goto(served.url)
            other_screen.wait_for(f"step 1 / {STEPS}")
            assert len(served.children()) == 2
            other.close()

            alive = page.screenshot(path=str(tmp_path / "alive.png"))
            assert not screen.closed()
            assert not page.locator(".closed-dialog").is_visible()
            assert served.process.poll() is None

            # `q` ends this tab's app: now textual-serve shows its "Session ended." page.
            page.keyboard.press("q")
            page.wait_for_selector("body.-closed", timeout=WAIT * 1000)
            assert page.locator(".closed-dialog").is_visible()
            assert "Session ended." in page.locator(".closed-dialog").inner_text()
            ended = page.screenshot(path=str(tmp_path / "ended.png"))
            assert alive != ended
        finally:
            browser.close()

    served.process.send_signal(signal.SIGINT)
    assert served.process.wait(WAIT) == 0
    output = served.output
    assert "Traceback" not in output and "Error" not in output, output

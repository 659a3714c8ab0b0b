"""Take the README's picture of a lesson in the browser (docs/browser-lesson.png):
`stackheap-tui --serve` on a free localhost port, the page in headless Chromium (Debian's
`chromium`, driven by Playwright: the web and test extras), the lesson at one step.

    python scripts/browser_screenshot.py [--program samples/07_vec_growth.rs] [--step 13]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", default="samples/07_vec_growth.rs")
    parser.add_argument("--step", type=int, default=13)
    parser.add_argument("--size", default="1280x800", help="the window, in CSS pixels")
    parser.add_argument("--out", default="docs/browser-lesson.png")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    browser_path = shutil.which("chromium")
    if browser_path is None:
        sys.exit("no chromium: apt-get install -y chromium (as root)")
    from playwright.sync_api import sync_playwright

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "stackheap_tui", "--serve", args.program, "--port", str(port)],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE,
        text=True)
    try:
        assert server.stdout is not None
        print(server.stdout.readline(), end="")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=browser_path, args=FLAGS)
            page = browser.new_page(viewport={"width": width, "height": height})
            received = bytearray()
            page.on("websocket", lambda ws: ws.on(
                "framereceived",
                lambda data: received.extend(data) if isinstance(data, bytes) else None))
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector("body.-first-byte", timeout=90_000)
            _until(page, received, b"step 1 / ")
            page.mouse.click(width // 2, height // 3)  # the terminal takes the keys
            for key in ["g", *str(args.step), "Enter"]:
                page.keyboard.press(key)
            _until(page, received, f"step {args.step} / ".encode())
            page.wait_for_timeout(500)  # the last frame's paint, after its bytes arrived
            page.screenshot(path=str(REPO / args.out))
            browser.close()
        print(f"wrote {args.out}")
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(30)


def _until(page: object, received: bytearray, text: bytes) -> None:
    deadline = time.monotonic() + 90
    while text not in received:
        if time.monotonic() > deadline:
            sys.exit(f"the app never drew {text.decode()!r}")
        page.wait_for_timeout(50)  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()

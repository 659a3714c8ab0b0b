"""`stackheap-tui --serve`: what it says and where it listens, and its usage errors (one
line, exit 2), as the other modes. The page in a real browser: tests/web."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.request

import pytest

from tests.expectations import REPO, run_cli

WAIT = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(("args", "says"), [
    (["--serve", "-"], "--serve reads the program again for each browser tab: give a file, "
                       "not `-` (standard input)"),
    (["--serve", "missing.rs"], "cannot read `missing.rs`: no such file"),
    (["--serve", "--sample", "nope"], "no sample called `nope`"),
    (["--serve", "--run", "samples/02_box_heap.rs"],
     "--serve shows the app in a browser: it does not go with --run"),
    (["--serve", "--list-samples"],
     "--serve shows the app in a browser: it does not go with --list-samples"),
    (["--port", "9000"], "--port only goes with --serve"),
    (["--host", "0.0.0.0", "samples/02_box_heap.rs"], "--host only goes with --serve"),
    (["--serve", "--port", "http"], "--port takes a port number from 1 to 65535, not `http`"),
    (["--serve", "--port", "0"], "--port takes a port number from 1 to 65535, not 0"),
    (["--serve", "--host", ""], "the --host address is empty"),
    (["--serve", "--host", "no-such-host.invalid"],
     "cannot serve on no-such-host.invalid: no such host name or address"),
])
def test_usage_errors_are_one_line_and_exit_2(args, says):
    result = run_cli(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"stackheap-tui: error: {says}")
    assert result.stderr.count("\n") == 1


def test_a_port_in_use_is_a_usage_error_naming_it():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("--serve", "--port", str(port))
    assert result.exit_code == 2
    assert result.stderr == (f"stackheap-tui: error: cannot serve on 127.0.0.1:{port}: the port "
                             "is in use (another server, or another stackheap-tui --serve); "
                             "choose another with --port\n")


def test_without_the_web_extra_it_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)  # import fails
    result = run_cli("--serve", "--sample", "box_heap")
    assert result.exit_code == 2
    assert result.stderr == ("stackheap-tui: error: --serve needs textual-serve, which is not "
                             "installed: pip install 'stackheap-tui[web]' (in a checkout: "
                             "pip install '.[web]')\n")


def test_it_listens_on_this_computer_only_says_so_and_stops_on_ctrl_c():
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "stackheap_tui", "--serve", "samples/02_box_heap.rs",
         "--port", str(port)],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        said = server.stdout.readline()
        assert said == (f"stackheap-tui: serving `samples/02_box_heap.rs` on "
                        f"http://127.0.0.1:{port} (this computer only; --host 0.0.0.0 lets "
                        "other computers on the network connect).\n")
        # Bound to the loopback address alone: 127.0.0.1 answers, this machine's other
        # addresses (when it has one) do not.
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=WAIT).read().decode()
        assert f'data-session-websocket-url="ws://127.0.0.1:{port}/ws"' in page
        assert "stackheap-tui · `samples/02_box_heap.rs`" in page
        # The page's websocket is at the address the browser used.
        page = urllib.request.urlopen(f"http://localhost:{port}/", timeout=WAIT).read().decode()
        assert f'data-session-websocket-url="ws://localhost:{port}/ws"' in page
        other = _another_address()
        if other is not None:
            with pytest.raises(OSError), socket.create_connection((other, port), timeout=5):
                pass
    finally:
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=WAIT)
    assert server.returncode == 0
    assert "Traceback" not in out + err


def _another_address() -> str | None:
    """An IPv4 address of this machine other than loopback, if it has one."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
            address = probe.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else address

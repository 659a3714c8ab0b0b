"""`--serve`: the app as a web page, for a classroom (issue 24).

textual-serve (the optional `web` extra) answers the page, and for each browser tab that
opens it starts the app's own command line with Textual's web driver: every tab runs its
own copy of the app, reads the program afresh, and steps through it on its own. This
module only builds that command and starts the server; nothing of the app changes.

It listens on 127.0.0.1 (this computer only) unless told another address, and says
where it listens before anyone connects.
"""

from __future__ import annotations

import errno
import shlex
import signal
import socket
import sys
from collections.abc import Sequence
from typing import Any

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
INSTALL_HINT = "pip install 'stackheap-tui[web]' (in a checkout: pip install '.[web]')"
SESSION_END_SECONDS = 5.0  # Ctrl+C: how long each tab's app is given to quit
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class CannotServe(Exception):
    """The server cannot start: the web extra is missing, or the address is unusable.
    The command line prints it as a usage error (one line, exit 2)."""


def app_command(app_args: Sequence[str]) -> str:
    """The shell command textual-serve runs for each tab: this Python, this package, the
    same program (so a checkout's code serves its own app, as `python -m` would)."""
    return shlex.join([sys.executable, "-m", "stackheap_tui", *app_args])


def serve(app_args: Sequence[str], shown: str, host: str, port: int) -> int:
    """Serve the app opened with `app_args` until Ctrl+C (or SIGTERM); exit status 0."""
    import asyncio  # here: the command line imports this module for every mode

    try:
        from textual_serve.server import Server
    except ImportError:
        raise CannotServe(f"--serve needs textual-serve, which is not installed: "
                          f"{INSTALL_HINT}") from None
    _check_address(host, port)

    class ClassroomServer(Server):
        """textual-serve's server, saying what it serves where, giving each page the
        address the browser used (the server's own may be 0.0.0.0), and ending every
        tab's session at once on Ctrl+C."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.sessions: set[asyncio.Task[Any]] = set()  # one per open tab

        def initialize_logging(self) -> None:
            import logging

            super().initialize_logging()
            # Warnings and errors only: not every request of every tab.
            logging.getLogger().setLevel(logging.WARNING)

        async def on_startup(self, app: Any) -> None:
            pass  # (textual-serve's logo) what is served is said once it is listening

        def serve(self, debug: bool = False) -> None:
            """textual-serve's `serve`, saying where it listens once it does (its own says
            it before, and the address refused connections until then)."""
            from aiohttp import web

            self.debug = debug
            self.initialize_logging()
            loop = asyncio.new_event_loop()
            for number in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(number, self.request_exit)
            # `request_exit` raises GracefulExit, which `run_app` ends on, cleaning up.
            web.run_app(self._make_app(), host=self.host, port=self.port,
                        handle_signals=False, loop=loop,
                        print=lambda *_: print(_listening(shown, host, port), flush=True))

        async def handle_index(self, request: Any) -> Any:
            # The page names the URLs of its script and of the app's websocket: those the
            # browser reached this page by (the name a student typed), not the address
            # listened on. Nothing is awaited before the page is drawn from it.
            self.public_url = f"{request.scheme}://{request.host}"
            return await super().handle_index(request)

        async def handle_websocket(self, request: Any) -> Any:
            """A tab's session: its own app's process, relayed over the page's websocket."""
            session = asyncio.current_task()
            assert session is not None
            self.sessions.add(session)
            try:
                return await super().handle_websocket(request)
            finally:
                self.sessions.discard(session)

        async def on_shutdown(self, app: Any) -> None:
            """Ctrl+C: end every tab's session now (its app is told to quit, the page says
            "Session ended."). Left to themselves, they kept the server 20 s or more."""
            sessions = list(self.sessions)
            for session in sessions:
                session.cancel()
            if sessions:
                await asyncio.wait(sessions, timeout=SESSION_END_SECONDS)

        async def _make_app(self) -> Any:
            app = await super()._make_app()
            app.on_cleanup.append(self._collect_sessions)
            return app

        async def _collect_sessions(self, app: Any) -> None:
            """Once every session has ended, while the event loop still runs: their
            subprocess transports are freed now. Freed after the loop had closed, each
            printed a traceback as the server stopped ('Exception ignored in
            BaseSubprocessTransport.__del__ … RuntimeError: Event loop is closed')."""
            import gc

            gc.collect()

    server = ClassroomServer(app_command(app_args), host=host, port=port,
                             title=f"stackheap-tui · {shown}")
    try:
        server.serve()
    except OSError as problem:  # lost a race for the port since `_check_address`
        raise CannotServe(_address_problem(host, port, problem)) from None
    return 0


def _listening(shown: str, host: str, port: int) -> str:
    if host in _LOOPBACK:
        where = (f"http://{host}:{port} (this computer only; --host 0.0.0.0 lets other "
                 "computers on the network connect)")
    elif host in ("0.0.0.0", "::"):
        where = (f"port {port} of every network address of this computer (open "
                 f"http://<its name or address>:{port}); anyone who can reach it can connect")
    else:
        where = f"http://{host}:{port}; anyone who can reach that address can connect"
    return (f"stackheap-tui: serving {shown} on {where}.\n"
            "Each browser tab runs its own copy of the app. Ctrl+C stops the server.")


def _check_address(host: str, port: int) -> None:
    """Bind the address once, as the server will, so that a port in use or a host that
    is not this computer's is one clear line before anything is printed."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise CannotServe(f"cannot serve on {host}: no such host name or address") from None
    family, kind, proto, _, address = infos[0]
    try:
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as aiohttp does
            probe.bind(address)
    except OSError as problem:
        raise CannotServe(_address_problem(host, port, problem)) from None


def _address_problem(host: str, port: int, problem: OSError) -> str:
    if problem.errno == errno.EADDRINUSE:
        return (f"cannot serve on {host}:{port}: the port is in use (another server, or "
                f"another stackheap-tui --serve); choose another with --port")
    if problem.errno == errno.EACCES:
        return (f"cannot serve on {host}:{port}: permission denied (ports below 1024 "
                "need root); choose another with --port")
    if problem.errno == errno.EADDRNOTAVAIL:
        return f"cannot serve on {host}: not an address of this computer"
    return f"cannot serve on {host}:{port}: {problem.strerror or problem}"

"""Live reload and opening another file.

While a program from a file is shown, the file is checked for changes twice a second;
when it changed on disk the app checks and runs it again and goes back to the step it
showed (or the last one, if the new run is shorter), with a notice. A version that no
longer compiles shows its diagnostic; the next save that compiles brings the run back.
`f` asks for another file's path and opens it the same way; a path that cannot be
opened gets a notice, never a traceback."""

from __future__ import annotations

import asyncio
import os
import stat
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.widgets import Header
from textual.widgets._header import HeaderTitle

from stackheap_tui.lang.diagnostics import CompileError
from stackheap_tui.view.failure import Failure
from stackheap_tui.view.loading import RecordingView, compile_and_start
from stackheap_tui.view.modes import Modes
from stackheap_tui.view.screens.open_file import OpenFileScreen

if TYPE_CHECKING:
    from stackheap_tui.trace.protocol import TraceView

WATCH_EVERY = 0.5  # seconds between looks at the file's size and modification time
MAX_BYTES = 10 * 1024 * 1024  # as the command line: a larger file is not a program


class NotOpened(Exception):
    """Why a path could not be opened, in a sentence for the notice."""


@dataclass(frozen=True, slots=True)
class Stamp:
    """What changes when a file is written."""

    mtime_ns: int
    size: int


def stamp_of(path: str) -> Stamp | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return Stamp(info.st_mtime_ns, info.st_size)


def read_program(path: str) -> str:
    """The text of a regular UTF-8 file of at most 10 MB; else `NotOpened` says why."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise NotOpened(f"{path} is a directory, not a Rust file")
        if not stat.S_ISREG(info.st_mode):
            raise NotOpened(f"{path} is not a regular file")
        if info.st_size > MAX_BYTES:
            raise NotOpened(f"{path} is larger than 10 MB")
        with open(path, "rb") as file:
            data = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise NotOpened(f"{path}: no such file") from None
    except PermissionError:
        raise NotOpened(f"{path}: permission denied") from None
    except OSError as problem:
        raise NotOpened(f"{path}: {problem.strerror or problem}") from None
    if b"\0" in data:
        raise NotOpened(f"{path} looks like a binary file, not Rust source")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise NotOpened(f"{path} is not UTF-8 text") from None


class Reloading(Modes):
    """Watches the shown program's file; opens another on `f`."""

    _watched: tuple[str, Stamp] | None = None

    def start_watching(self) -> None:
        """Called once mounted: look at the file now and then."""
        self.set_interval(WATCH_EVERY, self._look)

    def _watchable(self) -> str | None:
        path = self.program_path
        if not path or path in ("-", "<stdin>") or self.rejected is not None:
            return None  # standard input, or a what-if run (its program is the failure's)
        return path

    async def _look(self) -> None:
        path = self._watchable()
        if path is None:
            self._watched = None
            return
        now = stamp_of(path)
        if now is None:
            return  # being replaced (an editor writes a new file and renames it)
        watched = self._watched
        if watched is None or watched[0] != path:
            self._watched = (path, now)
            return
        if now != watched[1]:
            self._watched = (path, now)
            await self.reload(path)

    async def reload(self, path: str) -> None:
        """Check and run the file again; back to the same step where the run has it."""
        step = self.step
        try:
            source = read_program(path)
        except NotOpened as problem:
            self.notify(f"Could not read the changed file: {problem}.", severity="warning")
            return
        opened = await self.open_source(source, path)
        if opened and self.trace is not None:
            self.come_back_to(step)
            self.notify(f"{os.path.basename(path)} changed on disk: checked and run again, "
                        f"at step {self.step + 1:,}.", title="Reloaded", timeout=4)
        elif not opened:
            self.notify(f"{os.path.basename(path)} changed on disk and no longer compiles: "
                        "fix it and save, the run comes back.", title="Reloaded",
                        severity="warning", timeout=6)

    def come_back_to(self, step: int) -> None:
        """Go to `step`, or as far as the new run goes (the rest may still be recording)."""
        if self.trace is None or len(self.trace) == 0:
            return
        self.step = min(step, len(self.trace) - 1)

    async def _settled(self) -> None:
        """Until the header drawn by the last program shown is whole: replacing it before
        its title is mounted makes Textual's header look for a title it no longer has."""
        for _ in range(50):
            if all(header.query(HeaderTitle) for header in self.query(Header)):
                return
            await asyncio.sleep(0.01)

    async def open_source(self, source: str, path: str) -> bool:
        """Show `source` (from `path`): its run, or its diagnostic. True if it compiled."""
        await self._settled()
        try:
            recording = compile_and_start(source, path)
        except CompileError as error:
            await self.show_program(None, Failure.from_error(error, source, path))
            return False
        await self.show_program(None, None, recording)
        return True

    def action_open_file(self) -> None:
        self.push_screen(OpenFileScreen(self.program_path), self._file_chosen)

    async def _file_chosen(self, path: str | None) -> None:
        if path is None:
            return
        path = os.path.expanduser(path)
        try:
            source = read_program(path)
        except NotOpened as problem:
            self.notify(f"Could not open {problem}.", title="Open", severity="error",
                        timeout=6)
            return
        await self.open_source(source, path)
        self._watched = None  # watched from its next look on

    if TYPE_CHECKING:
        # Defined by the app (it replaces the panes).
        async def show_program(self, trace: TraceView | None, failure: Failure | None,
                               recording: RecordingView | None = None,
                               rejected: Failure | None = None) -> None: ...

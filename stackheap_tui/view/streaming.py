"""Following a run while it records on its own thread: the growing step count, the
timeline's marks as the step index fills in the background, and the run's end."""

from __future__ import annotations

import asyncio

from textual import work

from stackheap_tui.view.navigation import Navigation
from stackheap_tui.view.steps import UNKNOWN
from stackheap_tui.view.widgets.status import StatusBar
from stackheap_tui.view.widgets.timeline import Timeline

_INDEX_CHUNK = 2_000
"""Steps indexed between two screen updates while the index fills in the background."""

FOLLOW_EVERY = 0.1
"""Seconds between two looks at a run still recording (its step count, its end)."""
_YIELD_WHILE_RECORDING = 0.02  # seconds between index chunks while recording
MARKS_EVERY = 0.5
"""Seconds between two redraws of the timeline's marks as the index fills, and once at
its end (it was redrawn after each chunk of 2,000 steps: 50 times a second while a run
records, each a layout and paint the keys wait behind)."""


class Streaming(Navigation):
    """Keeps the picture, the counter and the keys up with a run still recording."""

    def _handle_exception(self, error: Exception) -> None:
        """Running out of memory (the command line caps it at 3/4 of the machine's) while
        the app follows a run or draws a step ends the app as out of memory in the check
        does: `run_app` raises it, the command line says so in one line; not Textual's
        traceback of the app's insides."""
        if isinstance(error, MemoryError):
            self.internal_error = error
            self.exit(return_code=1)
            return
        super()._handle_exception(error)

    def _follow_recording(self) -> None:
        """While the run records: show the growing step count; once it ends, its outcome."""
        trace = self.trace
        if trace is None or not self.query(StatusBar):
            return
        recorded = self.recorded
        if recorded and self._follower is not None:
            self._follower.stop()
            self._follower = None
        status = self.query_one(StatusBar)
        if self._drawn is None and len(trace) > 0:
            self._show_step(self.step)  # the first step has arrived
        status.show_progress(self._progress_text())
        status.show_counter(self._counter_text(self.step))
        # Forward keys at the last step wait for new steps; the failure of a search
        # "nothing yet" may have become an answer.
        self._targets.clear()
        self._refresh_keys()
        if recorded:
            for timeline in self.query(Timeline):
                timeline.recording = False
            if self.step == self.last_step:
                self._show_step(self.step)  # the last step now says why the run stopped
            failure = self.recording.failure if self.recording is not None else None
            if failure is not None:
                self.notify(
                    f"The run broke off: internal error {type(failure).__name__}: {failure}",
                    severity="error",
                    timeout=10,
                )

    @work(exclusive=True, group="index")
    async def _index_steps(self) -> None:
        """Index every step a chunk at a time, redrawing the timeline as its marks arrive;
        while the run records, keep up with it."""
        index = self.index
        clock = asyncio.get_running_loop().time
        marked = clock()
        while index is not None and not (index.complete and self.recorded):
            if index.complete:
                await asyncio.sleep(FOLLOW_EVERY)  # wait for the recording to go on
                continue
            index.fill(_INDEX_CHUNK)
            if self.index is not index:
                return  # another program was loaded meanwhile
            if (index.complete and self.recorded) or clock() - marked >= MARKS_EVERY:
                marked = clock()
                for timeline in self.query(Timeline):
                    timeline.refresh_marks()
            # Only keys whose answer waited on unindexed steps can change; redrawing the
            # footer for nothing, chunk after chunk, would slow the indexing down.
            waiting = [key for key, found in self._targets.items() if found is UNKNOWN]
            if waiting and self.screen_stack:  # (no screen left: the app is closing)
                for key in waiting:
                    del self._targets[key]
                self._refresh_keys()  # the footer is redrawn only if a key's state changed
            # While the run records, the indexer gives way between chunks: it could keep
            # this thread busy as fast as the recorder adds steps, and keys would wait.
            await asyncio.sleep(0 if self.recorded else _YIELD_WHILE_RECORDING)

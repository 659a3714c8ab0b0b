"""The tail of a run's output at a step, read from its output log without joining it.

A run's output is an append-only log of (stream, text) chunks shared by every picture
(`Snapshot.printed`). Joining all of it at every step that prints cost the square of
the run (10 MB printed: seconds per step); here each stream's chunks are indexed once,
as the log is read, with running totals of characters and newlines, and a step takes
only the last lines it shows.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

STREAMS = ("stdout", "stderr")
TAIL_LINES = 100
"""Lines of each stream the pane holds: the newest ones (the rest are counted)."""
TAIL_CHARS = 20_000
"""Characters of each stream the pane holds at most (a single 10 MB line included)."""


@dataclass(frozen=True, slots=True)
class Tail:
    """The last part of a stream: `text` starts at character `start` of the stream, and
    `hidden` lines ended before it."""

    text: str
    start: int
    hidden: int


class OutputIndex:
    """Each stream's chunks in a run's output log, with running totals (extended as far as
    the log has been read; the log only grows, so nothing indexed changes)."""

    def __init__(self, chunks: Sequence[tuple[str, str]]) -> None:
        self.chunks = chunks
        self._read = 0  # chunks indexed so far
        self._at = {stream: array("q") for stream in STREAMS}  # the log's index of each
        self._chars = {stream: array("q", [0]) for stream in STREAMS}  # in the first j
        self._lines = {stream: array("q", [0]) for stream in STREAMS}  # newlines, first j

    def _index(self, count: int) -> None:
        chunks = self.chunks
        for at in range(self._read, min(count, len(chunks))):
            stream, text = chunks[at]
            if stream not in self._at:
                continue
            self._at[stream].append(at)
            self._chars[stream].append(self._chars[stream][-1] + len(text))
            self._lines[stream].append(self._lines[stream][-1] + text.count("\n"))
        self._read = max(self._read, min(count, len(chunks)))

    def _before(self, stream: str, count: int) -> int:
        """How many of the stream's chunks are among the log's first `count`."""
        self._index(count)
        return bisect.bisect_left(self._at[stream], count)

    def length(self, stream: str, count: int) -> int:
        """Characters the stream had after the log's first `count` chunks."""
        return self._chars[stream][self._before(stream, count)]

    def tail(self, stream: str, count: int, lines: int = TAIL_LINES,
             most: int = TAIL_CHARS) -> Tail:
        """The stream's last `lines` lines (and at most `most` characters) after the log's
        first `count` chunks."""
        last = self._before(stream, count)
        at, chunks, pieces = self._at[stream], self.chunks, []
        start, size, newlines, taken = self._chars[stream][last], 0, 0, last
        while taken > 0 and newlines <= lines and size < most:
            taken -= 1
            text = chunks[at[taken]][1]
            if len(text) > most - size:
                text = text[len(text) - (most - size):]
            pieces.append(text)
            size += len(text)
            newlines += text.count("\n")
            start -= len(text)
        text = "".join(reversed(pieces))
        kept = text.split("\n")
        shown = len(kept) - (1 if kept[-1] == "" else 0)
        if shown > lines:
            cut = sum(len(piece) + 1 for piece in kept[: shown - lines])
            text, start = text[cut:], start + cut
        hidden = self._lines[stream][last] - text.count("\n")
        return Tail(text, start, hidden)

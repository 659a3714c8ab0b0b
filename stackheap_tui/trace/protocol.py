"""What every view may ask of a recorded run (the TUI, `--trace`, `--json`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from stackheap_tui.memory.records import Outcome, Snapshot, StepInfo


class TraceView(Protocol):
    path: str  # the file as the user named it
    source: str  # the program text

    def __len__(self) -> int:
        """Steps recorded so far (a run still recording may grow)."""
        ...

    def step(self, index: int) -> StepInfo:
        """Step `index` (0-based): its span, kind, explanation, what it changed."""
        ...

    def snapshot(self, index: int, *, output: bool = True) -> Snapshot:
        """The whole memory picture after step `index`; `output=False` may leave its
        `stdout` and `stderr` empty when its `printed` says what was printed."""
        ...

    @property
    def outcome(self) -> Outcome:
        """How the program ended: exit code, stdout, stderr."""
        ...


class RecordedRun(TraceView, Protocol):
    """A recorded run the text exports stream (`--trace`, `--json`): they follow the
    output step by step instead of reading all of it at every step."""

    def snapshot(self, index: int, *, output: bool = True,
                 newest: int | None = None) -> Snapshot:
        """The picture after step `index`; `output=False` leaves stdout and stderr empty,
        `newest=N` draws only the newest N frames."""
        ...

    def pictures(self, newest: int | None = None) -> Iterator[tuple[StepInfo, Snapshot]]:
        """Every step in order with its picture (`output=False`, the `newest` frames),
        at a cost per step that does not grow with the depth of the stack."""
        ...

    def walk(self, *, newest: int | None = None,
             every: int = 1) -> Iterator[tuple[StepInfo, Snapshot | None]]:
        """Every step in order at that same cost, with its picture when its index is a
        multiple of `every` or it is the last step (else None)."""
        ...

    def printed_at(self, index: int) -> tuple[tuple[str, str], ...]:
        """What step `index` printed: (stream, text) pairs."""
        ...

"""What every view may ask of a recorded run (the TUI, `--trace`, `--json`)."""

from __future__ import annotations

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

    def snapshot(self, index: int) -> Snapshot:
        """The whole memory picture after step `index`."""
        ...

    @property
    def outcome(self) -> Outcome:
        """How the program ended: exit code, stdout, stderr."""
        ...

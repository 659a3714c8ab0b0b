"""A program that did not compile: what the TUI shows instead of a trace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from stackheap_tui.lang.diagnostics import CompileError, Diagnostic

if TYPE_CHECKING:
    from stackheap_tui.lang.permission_errors import PermissionExplanation


@dataclass(frozen=True, slots=True)
class Failure:
    diagnostics: Sequence[Diagnostic]
    source: str
    path: str
    # The borrow-check errors told in permissions (those that can be), in their order.
    explanations: Sequence[PermissionExplanation] = ()
    runs_anyway: bool = False  # the borrow checker alone rejects it: "run it anyway" offered

    @classmethod
    def from_error(cls, error: CompileError, source: str, path: str) -> Failure:
        """The failure the pipeline raised (`pipeline.Rejected` brings the explanations and
        whether the program may run anyway; any other error has neither)."""
        explanations: Sequence[PermissionExplanation] = getattr(error, "explanations", ())
        runs_anyway: bool = getattr(error, "runs_anyway", False)
        return cls(tuple(error.diagnostics), source, path, tuple(explanations), runs_anyway)

"""One function activation's run-time state (`Env`), and the shapes of compiled code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from stackheap_tui.lang import types as T
from stackheap_tui.memory.explain import Lazy
from stackheap_tui.memory.values import Ref


@dataclass
class Env:
    """One function activation: its frame and where each binding's slot is."""

    frame: int
    slots: dict[int, int] = field(default_factory=dict)  # id(binding) -> slot index
    temps: list[tuple[Any, T.Ty, Ref | None]] = field(default_factory=list)  # die at `;`
    # Facts for this step's explanation: "kind:text" strings, or lazy notes (assignments)
    # whose values are rendered only if the step is shown.
    notes: list[str | Lazy] = field(default_factory=list)
    moved_paths: dict[int, set[tuple[int, ...]]] = field(default_factory=dict)  # partial moves
    function: str = "main"
    # The `move` closures running now (innermost last): each one's own copies of the Copy
    # values it captured, id(binding) -> value (changes outside do not reach them).
    capture_frames: list[dict[int, Any]] = field(default_factory=list)
    # Places moved into a closure that it still owns, (slot index, path): the closure
    # drops them when it is dropped, unless its body moved them on first.
    closure_owned: set[tuple[int, tuple[int, ...]]] = field(default_factory=set)
    # A closure called from another function runs in a frame of its own: the variables
    # it captures are its creator's, found through `outer`.
    outer: Env | None = None

    def owner_of(self, key: int) -> Env:
        """The activation whose frame holds this binding's slot (this one, or the one a
        closure running here was created in)."""
        env: Env | None = self
        while env is not None:
            if key in env.slots:
                return env
            env = env.outer
        raise KeyError(key)


Code = Callable[[Env], Any]
PlaceCode = Callable[[Env], Any]  # returns a Ref or a Slice
StmtCode = Callable[[Env], None]

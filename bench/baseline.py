"""The baseline: a recorder built the way Python Tutor's `pg_logger` works.

`pg_logger` is a `bdb.Bdb` debugger. At every line event it encodes the whole picture
afresh: each frame's locals into a new dict (with the names in order), every object
reachable from them into a new heap dict keyed by small ids (`["REF", id]` where a value
points at one, `["LIST", ...]` for a list), plus the program's output so far, and
appends that dict to the trace. Nothing is shared between steps, so a step costs as
much as the whole picture, and memory grows with steps × picture size.

This is a faithful, not a handicapped, copy of that scheme: the encoder is as lean as
`pg_encoder` (primitives inline, one pass over reachable objects, a per-run small-id
table), and `bdb` is what Python Tutor really uses.
"""

from __future__ import annotations

import bdb
import gc
import io
import time
import types
from dataclasses import dataclass
from typing import Any

_PRIMITIVES = (int, float, str, bool, type(None))


def loop_source(steps: int) -> str:
    """The Rust benchmark's `while` loop in Python: three line events per iteration."""
    return (
        "def main():\n"
        "    i = 0\n"
        "    total = 0\n"
        f"    while i < {steps // 3}:\n"
        "        total = total + i % 7\n"
        "        i += 1\n"
        "    print(total)\n"
        "\n"
        "main()\n"
    )


def grow_source(steps: int) -> str:
    """Pushing onto a list, as the Rust benchmark pushes onto a Vec: two line events
    per iteration (the `for` and the `append`)."""
    return (
        "def main():\n"
        "    v = []\n"
        f"    for i in range({steps // 2}):\n"
        "        v.append(i)\n"
        "    print(len(v))\n"
        "\n"
        "main()\n"
    )


class Encoder:
    """`pg_encoder.ObjectEncoder`: values to JSON-able data, objects on a per-step heap."""

    def __init__(self) -> None:
        self.small_ids: dict[int, int] = {}
        self.heap: dict[int, list[Any]] = {}

    def reset_heap(self) -> None:
        self.heap = {}

    def encode(self, value: Any) -> Any:
        if isinstance(value, _PRIMITIVES):
            return value
        small = self.small_ids.get(id(value))
        if small is None:
            small = self.small_ids[id(value)] = len(self.small_ids) + 1
        reference = ["REF", small]
        if small in self.heap:
            return reference
        encoded: list[Any] = []
        self.heap[small] = encoded
        if isinstance(value, list):
            encoded.append("LIST")
            encoded.extend(self.encode(item) for item in value)
        elif isinstance(value, tuple):
            encoded.append("TUPLE")
            encoded.extend(self.encode(item) for item in value)
        elif isinstance(value, set):
            encoded.append("SET")
            encoded.extend(self.encode(item) for item in value)
        elif isinstance(value, dict):
            encoded.append("DICT")
            encoded.extend([self.encode(k), self.encode(v)] for k, v in value.items())
        elif isinstance(value, types.FunctionType):
            encoded += ["FUNCTION", value.__name__, None]
        else:
            encoded += ["INSTANCE", type(value).__name__]
            encoded.extend([k, self.encode(v)] for k, v in vars(value).items())
        return reference


class Logger(bdb.Bdb):
    """`pg_logger.PGLogger`: records one encoded picture per line event."""

    def __init__(self, max_steps: int) -> None:
        super().__init__()
        self.encoder = Encoder()
        self.trace: list[dict[str, Any]] = []
        self.max_steps = max_steps
        self.stdout = io.StringIO()
        self.user_globals: dict[str, Any] = {}

    def user_line(self, frame: types.FrameType) -> None:
        if frame.f_code.co_filename != "<user>":
            return
        if len(self.trace) >= self.max_steps:
            self.set_quit()  # Python Tutor stops at its step limit too
            return
        self.interaction(frame)

    def interaction(self, top: types.FrameType) -> None:
        self.encoder.reset_heap()
        frames = []
        frame: types.FrameType | None = top
        while frame is not None and frame.f_code.co_filename == "<user>":
            frames.append(frame)
            frame = frame.f_back
        stack = []
        for depth, frame in enumerate(reversed(frames)):
            if frame.f_code.co_name == "<module>":
                continue  # the globals are encoded on their own, as pg_logger does
            encoded_locals = {name: self.encoder.encode(value)
                              for name, value in frame.f_locals.items()}
            stack.append({
                "func_name": frame.f_code.co_name,
                "frame_id": depth,
                "encoded_locals": encoded_locals,
                "ordered_varnames": list(encoded_locals),
                "is_highlighted": frame is top,
                "unique_hash": f"{frame.f_code.co_name}_f{depth}",
            })
        shown_globals = {name: self.encoder.encode(value)
                         for name, value in self.user_globals.items()
                         if not name.startswith("__")}
        self.trace.append({
            "event": "step_line",
            "line": top.f_lineno,
            "func_name": top.f_code.co_name,
            "globals": shown_globals,
            "ordered_globals": list(shown_globals),
            "stack_to_render": stack,
            "heap": self.encoder.heap,
            "stdout": self.stdout.getvalue(),
        })

    def run_source(self, source: str) -> None:
        code = compile(source, "<user>", "exec")
        self.user_globals = {"__name__": "__main__", "print": self._print}
        self.run(code, self.user_globals)

    def _print(self, *values: object) -> None:
        print(*values, file=self.stdout)


def rss_bytes() -> int:
    """The process's resident set size now (Linux /proc), in bytes."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


@dataclass(frozen=True, slots=True)
class Result:
    steps: int
    seconds: float
    retained_bytes: int  # RSS delta over the run, the trace still alive

    @property
    def steps_per_s(self) -> float:
        return self.steps / self.seconds

    @property
    def bytes_per_step(self) -> float:
        return self.retained_bytes / self.steps


def record(source: str, max_steps: int) -> Result:
    """Run `source` under the logger; memory is measured as the RSS delta (as for the
    interpreter's own figure, so the two compare)."""
    gc.collect()
    before = rss_bytes()
    logger = Logger(max_steps)
    start = time.perf_counter()
    logger.run_source(source)
    seconds = time.perf_counter() - start
    retained = rss_bytes() - before
    steps = len(logger.trace)
    del logger
    gc.collect()
    return Result(steps, seconds, retained)

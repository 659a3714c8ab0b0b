"""Shared helpers: load rustc-recorded expectations and run our CLI in-process."""

from __future__ import annotations

import io
import json
import re
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from stackheap_tui.cli import main

REPO = Path(__file__).resolve().parent.parent
_THREAD_ID = re.compile(r"thread '([^']*)' \(\d+\)")


@dataclass(frozen=True)
class RunResult:
    exit_code: int
    stdout: str
    stderr: str


def run_cli(*args: str, stdin: str = "") -> RunResult:
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode()))
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(list(args))
    finally:
        sys.stdin = old_stdin
    return RunResult(code, out.getvalue(), err.getvalue())


def normalise_stderr(text: str, path: str) -> str:
    """Same normalisation as scripts/record_expectations.py: no thread id, no path."""
    return _THREAD_ID.sub(r"thread '\1' (TID)", text).replace(path, "{file}")


def expectation(program: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        program.with_suffix(".expected.json").read_text(encoding="utf-8")
    )
    return data


def assert_matches_rustc(program: Path) -> None:
    """Our `--run` against what rustc's binary did, recorded in the repo."""
    expected = expectation(program)
    if "undefined_behavior" in expected:
        assert_stops_at_undefined_behaviour(program)
        return
    path = str(program)
    result = run_cli("--run", path)
    assert result.exit_code == expected["exit_code"], result.stderr
    assert result.stdout == expected["stdout"]
    if expected["compiled"]:
        assert normalise_stderr(result.stderr, path) == expected["stderr"]
    else:
        first_error = next(line for line in result.stderr.splitlines()
                           if line.startswith("error"))
        assert first_error == expected["error_line"]


def assert_stops_at_undefined_behaviour(program: Path) -> None:
    """A program with undefined behaviour (its hand-written record names it: rustc's binary
    is no oracle for it, Miri is): `--run` prints the output before it, then Miri's
    report at the recorded line, and exits 1."""
    record = expectation(program)
    result = run_cli("--run", str(program))
    assert result.exit_code == 1, result.stderr
    assert result.stdout == record["stdout"]
    lines = result.stderr.splitlines()
    assert lines[0] == record["stderr_first_line"]
    assert lines[0].startswith("error: Undefined Behavior: ")
    where = re.search(r"--> .*:(\d+):\d+", result.stderr)
    assert where is not None and int(where.group(1)) == record["ub_line"]
    assert "^ Undefined Behavior occurred here" in result.stderr


def rejected_programs() -> list[Path]:
    """Every conformance program rustc rejects, relative to the repo."""
    return [p.relative_to(REPO) for p in sorted((REPO / "tests" / "conformance").rglob("*.rs"))
            if p.with_suffix(".expected.json").exists() and expectation(p)["compiled"] is False]


def whole_diagnostic(program: Path) -> tuple[str, str]:
    """(our `--run` stderr, rustc's recorded stderr) for a program rustc rejects, both
    normalised; `program` is relative to the repo."""
    path = str(program)
    ours = normalise_stderr(run_cli("--run", path).stderr, path)
    return ours, str(expectation(REPO / program)["stderr"])

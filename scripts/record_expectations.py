#!/usr/bin/env python3
"""Record what real rustc does with each program, so tests can compare without rustc.

For every `NAME.rs` given (files or folders), compile it with `rustc --edition 2024`
(debug build: overflow checks on, as `cargo run` does), run the binary with
RUST_BACKTRACE unset, and write `NAME.expected.json` beside it:

    {"rustc": "rustc 1.95.0 (...)", "exit_code": 0 | 1 | 101 | 134 | ...,
     "compiled": true | false, "stdout": "...", "stderr": "...",
     "error_code": "E0382" | null, "error_line": "error[E0382]: ..." | null}

`stderr` is normalised with `normalise_stderr`: the panicking thread's id becomes
`(TID)` and the program's path becomes `{file}`, so the record does not depend on
where or when it was made. For a program rustc rejects, `exit_code` is 1 (what our
`--run` returns), `stdout` is empty and `stderr` holds rustc's full diagnostics.

Usage: python scripts/record_expectations.py samples tests/conformance [--check]
`--check` records nothing and exits 1 if a stored expectation differs from rustc's.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_THREAD_ID = re.compile(r"thread '([^']*)' \(\d+\)")
_ERROR_CODE = re.compile(r"^error\[(E\d{4})\]")
RUN_TIMEOUT_S = 20


def normalise_stderr(text: str, source_path: str) -> str:
    """The comparable form of a program's stderr: no thread id, no machine path."""
    text = _THREAD_ID.sub(r"thread '\1' (TID)", text)
    return text.replace(source_path, "{file}")


def rustc_version() -> str:
    return subprocess.run(
        ["rustc", "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()


def record(source: Path, version: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}
    with tempfile.TemporaryDirectory() as tmp:
        # Compile a copy named like the original so diagnostics and panics name
        # the same file; the path shown is then normalised to `{file}`.
        copied = Path(tmp) / source.name
        shutil.copyfile(source, copied)
        binary = Path(tmp) / "prog"
        compile_run = subprocess.run(
            ["rustc", "--edition", "2024", "-o", str(binary), source.name],
            capture_output=True, text=True, cwd=tmp, env=env,
        )
        if compile_run.returncode != 0:
            diagnostics = normalise_stderr(compile_run.stderr, source.name)
            first_error = next(
                (line for line in diagnostics.splitlines() if line.startswith("error")), None
            )
            match = _ERROR_CODE.match(first_error or "")
            return {
                "rustc": version, "compiled": False, "exit_code": 1, "stdout": "",
                "stderr": diagnostics, "error_code": match.group(1) if match else None,
                "error_line": first_error,
            }
        run = subprocess.run(
            [str(binary)], capture_output=True, cwd=tmp, env=env, timeout=RUN_TIMEOUT_S,
        )
        # A process killed by SIGABRT (stack overflow) reports -6; the shell says 134.
        exit_code = run.returncode if run.returncode >= 0 else 128 - run.returncode
        return {
            "rustc": version, "compiled": True, "exit_code": exit_code,
            "stdout": run.stdout.decode("utf-8", errors="replace"),
            "stderr": normalise_stderr(run.stderr.decode("utf-8", errors="replace"), source.name),
            "error_code": None, "error_line": None,
        }


def expectation_path(source: Path) -> Path:
    return source.with_suffix(".expected.json")


def gather(paths: list[str]) -> list[Path]:
    sources: list[Path] = []
    for name in paths:
        path = Path(name)
        sources.extend(sorted(path.rglob("*.rs")) if path.is_dir() else [path])
    # Programs with undefined behaviour (tests/conformance/unsafe_ub/) have hand-written
    # records: rustc's binary is not their oracle (Miri is; see tests/test_unsafe_ub.py).
    return [source for source in sources if "unsafe_ub" not in source.parts
            and not _undefined_behaviour(source)]


def _undefined_behaviour(source: Path) -> bool:
    """A program whose hand-written record names its undefined behaviour."""
    target = expectation_path(source)
    return target.exists() and "undefined_behavior" in json.loads(target.read_text())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="programs or folders of programs")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    if shutil.which("rustc") is None:
        print("record_expectations: rustc is not installed", file=sys.stderr)
        return 2
    version = rustc_version()
    stale = 0
    for source in gather(args.paths):
        result = record(source, version)
        target = expectation_path(source)
        text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
        if args.check:
            stored = json.loads(target.read_text()) if target.exists() else None
            if stored is None or {k: v for k, v in stored.items() if k != "rustc"} != {
                k: v for k, v in result.items() if k != "rustc"
            }:
                stale += 1
                print(f"differs: {source}")
        else:
            target.write_text(text, encoding="utf-8")
            print(f"{source}: exit {result['exit_code']}")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())

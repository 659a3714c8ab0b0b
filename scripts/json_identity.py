"""Prove a refactoring changed no behaviour: the `--json`, `--trace` and `--run` output of
every sample and conformance program, before and after.

    python scripts/json_identity.py record before.json    # on the old code
    python scripts/json_identity.py compare before.json   # on the new code: exit 1 on a change

Each program's output is hashed (sha256 of stdout and stderr, and the exit code) per mode,
so the manifest stays small although some traces are large. `--run` goes to the default
step limit; `--json` stops at 20,000 steps and `--trace` at 2,000 (`--trace` prints the
whole stack at every step, so a deep recursion's text grows with steps × depth); the
step limit is part of what is compared.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import re
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = {"--json": 20_000, "--trace": 2_000, "--run": 1_000_000}


# A panic's header names the thread with the process id, which differs from run to run.
_THREAD_ID = re.compile(rb"(thread '[^']*') \(\d+\)")


class _Hasher(io.TextIOBase):
    """A text stream that keeps only the sha256 and length of what is written to it
    (process ids in panic headers replaced, so two runs of one program hash the same)."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0
        self.buffer = self  # `sys.stdout.buffer.write` (bytes) lands here too

    def write(self, text: str | bytes) -> int:  # type: ignore[override]
        data = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text
        data = _THREAD_ID.sub(rb"\1 (TID)", data)
        self.digest.update(data)
        self.size += len(data)
        return len(text)

    def flush(self) -> None:
        pass

    def summary(self) -> str:
        return f"{self.size}:{self.digest.hexdigest()[:24]}"


def programs() -> list[Path]:
    found = sorted((ROOT / "samples").glob("*.rs"))
    found += sorted((ROOT / "tests" / "conformance").rglob("*.rs"))
    return found


def run_one(job: tuple[str, str]) -> tuple[str, str, dict[str, str]]:
    from stackheap_tui.cli import main

    path, mode = job
    max_steps = MODES[mode]
    out, err = _Hasher(), _Hasher()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):  # type: ignore[type-var]
        code = main([mode, path, "--max-steps", str(max_steps)])
    return path, mode, {"exit": str(code), "stdout": out.summary(), "stderr": err.summary()}


def measure(workers: int) -> dict[str, dict[str, dict[str, str]]]:
    jobs = [(str(p.relative_to(ROOT)), mode) for p in programs() for mode in MODES]
    result: dict[str, dict[str, dict[str, str]]] = {}
    sys.setrecursionlimit(100_000)
    with Pool(workers, maxtasksperchild=40) as pool:
        for path, mode, found in pool.imap_unordered(run_one, jobs, chunksize=4):
            result.setdefault(path, {})[mode] = found
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    import os

    os.chdir(ROOT)
    now = measure(args.workers)
    if args.action == "record":
        args.manifest.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n")
        print(f"recorded {len(now)} programs x {len(MODES)} modes in {args.manifest}")
        return 0
    before = json.loads(args.manifest.read_text())
    changed = [
        f"{path} {mode}: {before.get(path, {}).get(mode)} -> {found}"
        for path, modes in sorted(now.items()) for mode, found in modes.items()
        if before.get(path, {}).get(mode) != found
    ]
    missing = sorted(set(before) - set(now))
    for line in changed + [f"{path}: no longer measured" for path in missing]:
        print(line)
    print(f"{len(now)} programs x {len(MODES)} modes: {len(changed)} changed, "
          f"{len(missing)} missing")
    return 1 if changed or missing else 0


if __name__ == "__main__":
    sys.exit(main())

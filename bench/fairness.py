"""The recorder and the UI share the machine fairly (issue "Big programs").

While a long run records on its own thread, the TUI must keep answering keys. The child
runs the real app (`stackheap-tui`, Linux driver, in a pseudo-terminal) on a long loop;
after every frame it writes to the terminal it reports the step shown and whether the
run still records. The parent presses → every 100 ms while the run records and times
each key until the frame showing the step it leads to: `keys_while_recording_ms_p50/p99`
(target p99 ≤ 50 ms). It also times the recording in the app against `--run` of the
same program alone: `recording_vs_run` (target ≤ 1.5).

    python bench/fairness.py           # a 4,000,000-step loop
    python bench/fairness.py --quick   # 1,000,000 steps
"""

from __future__ import annotations

import argparse
import os
import resource
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

_CHILD = """
import os, sys
from textual.app import App
display = App._display
def reporting(self, screen, renderable):
    display(self, screen, renderable)
    if renderable is None or getattr(self, "trace", None) is None:
        return
    done = self.recording is None or self.recording.done.is_set()
    os.write(int(os.environ["BENCH_FD"]), f"{self.step} {int(done)}\\n".encode())
App._display = reporting
from stackheap_tui.cli import main
main(["--max-steps", "100000000", sys.argv[1]])
"""

RIGHT = b"\x1b[C"


def loop_program(steps: int) -> str:
    return (
        "fn main() {\n"
        "    let mut total: u64 = 0;\n"
        "    let mut i: u64 = 0;\n"
        f"    while i < {steps // 2} {{\n"
        "        total = total + i % 7;\n"
        "        i += 1;\n"
        "    }\n"
        '    println!("{}", total);\n'
        "}\n"
    )


def run_alone(path: str) -> tuple[float, float]:
    """Seconds of `--run` (no steps kept, no UI) of the program, in a fresh process: wall
    time and CPU time (user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "stackheap_tui", "--max-steps", "100000000",
                    "--run", path], cwd=REPO, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def thread_cpu(pid: int) -> dict[str, float]:
    """CPU seconds (user + system) of process `pid`'s threads: "app" (the main thread:
    keys, drawing, the step index), "recorder" (the run's thread, ended by then: the
    process's CPU less its live threads') and "other" (Textual's input and output
    threads). CPU is what the load moves least (a thread waiting for a core or for the
    interpreter lock uses none). Python 3.11 does not name its threads for the OS."""
    tick = os.sysconf("SC_CLK_TCK")
    used: dict[int, float] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used[int(task.name)] = (int(fields[11]) + int(fields[12])) / tick
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    whole = (int(fields[11]) + int(fields[12])) / tick  # every thread, ended ones too
    app = used.pop(pid, 0.0)
    other = sum(used.values())
    return {"app": app, "recorder": whole - app - other, "other": other}


def in_the_app(path: str, timeout: float = 600.0) -> tuple[list[float], float, dict[str, float]]:
    """Key latencies (ms) while the run records, seconds until it was recorded, and the CPU
    seconds each thread had used by then."""
    read_end, write_end = os.pipe()
    controller, terminal = os.openpty()
    env = dict(os.environ, BENCH_FD=str(write_end), TERM="xterm-256color",
               COLUMNS="160", LINES="45")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", _CHILD, path], cwd=REPO, env=env,
                             stdin=terminal, stdout=terminal, stderr=terminal,
                             pass_fds=(write_end,), close_fds=True)
    os.close(write_end)
    os.close(terminal)
    latencies: list[float] = []
    shown, done = -1, False
    waiting_for: tuple[int, float] | None = None  # (step, when its key was pressed)
    next_key = 0.0
    recorded_at: float | None = None
    pending = b""
    cpu: dict[str, float] = {}
    try:
        while time.perf_counter() - start < timeout and recorded_at is None:
            now = time.perf_counter()
            if shown >= 0 and waiting_for is None and now >= next_key:
                os.write(controller, RIGHT)
                waiting_for = (shown + 1, now)
                next_key = now + 0.1
            ready, _, _ = select.select([read_end, controller], [], [], 0.01)
            if controller in ready:
                try:
                    os.read(controller, 1 << 16)  # drain the screen so the child never blocks
                except OSError:
                    break
            if read_end in ready:
                pending += os.read(read_end, 4096)
                *lines, pending = pending.split(b"\n")
                for line in lines:
                    step, finished = (int(part) for part in line.split())
                    arrived = time.perf_counter()
                    shown, done = step, bool(finished)
                    if waiting_for is not None and step >= waiting_for[0]:
                        if not done:
                            latencies.append((arrived - waiting_for[1]) * 1000)
                        waiting_for = None
                    if done and recorded_at is None:
                        recorded_at = arrived - start
                        cpu = thread_cpu(child.pid)
    finally:
        child.kill()
        child.wait()
        os.close(read_end)
        os.close(controller)
    if recorded_at is None:
        raise RuntimeError("the run did not finish recording in the app")
    return latencies, recorded_at, cpu


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return ordered[len(ordered) // 2], ordered[max(int(len(ordered) * 0.99) - 1, 0)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".rs", delete=False) as file:
        file.write(loop_program(1_000_000 if args.quick else 4_000_000))
    try:
        alone, alone_cpu = run_alone(file.name)
        latencies, recorded, cpu = in_the_app(file.name)
    finally:
        Path(file.name).unlink()
    p50, p99 = percentiles(latencies) if latencies else (float("nan"), float("nan"))
    print(f"keys_while_recording         {len(latencies)}")
    print(f"keys_while_recording_ms_p50  {p50:.1f}")
    print(f"keys_while_recording_ms_p99  {p99:.1f}")
    print(f"run_alone_s                  {alone:.2f}")
    print(f"run_alone_cpu_s              {alone_cpu:.2f}")
    print(f"recording_in_app_s           {recorded:.2f}")
    print(f"recording_vs_run             {recorded / alone:.2f}")
    # Until the run was recorded: the app's own thread (keys, drawing, the step index)
    # against the recorder's; the rest is Textual's input and output threads.
    for name in ("app", "recorder", "other"):
        print(f"{name + '_thread_cpu_s':<29}{cpu.get(name, float('nan')):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

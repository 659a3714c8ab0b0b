"""Hostile and careless input to the command line: odd names, devices, pipes, huge files,
closed or narrow output streams. Each is one clear line and exit 2, or Rust's behaviour."""

from __future__ import annotations

import os
import pty
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from stackheap_tui import cli
from tests.expectations import run_cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "samples/02_box_heap.rs"


def run_process(*args: str, shell_redirect: str = "", env: dict[str, str] | None = None,
                stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    command = " ".join([f"'{sys.executable}'", "-m", "stackheap_tui", *args]) + shell_redirect
    return subprocess.run(["sh", "-c", command], input=stdin, capture_output=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=60)


@pytest.mark.parametrize("mode", ["--run", "--check", "--trace", "--json"])
def test_an_empty_file_name_is_a_usage_error(mode):
    result = run_cli(mode, "")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "stackheap-tui: error: the file name is empty\n"


def test_a_second_file_is_a_usage_error_not_ignored():
    result = run_cli("--run", SAMPLE, "missing.rs")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "unexpected argument `missing.rs`" in result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_before_it_is_read(device):
    result = run_cli("--run", device)
    assert result.exit_code == 2
    assert result.stderr == (f"stackheap-tui: error: `{device}` is not a regular file (a device, "
                             "a pipe or a socket); give the path of a .rs file\n")


def test_a_fifo_nobody_writes_to_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "prog.rs"
    os.mkfifo(fifo)
    result = run_process("--run", str(fifo))  # opening it would block: the timeout fails
    assert result.returncode == 2
    assert b"is not a regular file" in result.stderr


def test_a_file_in_a_folder_that_cannot_be_entered(monkeypatch):
    # As root (CI) no folder is closed to us, so the refusal the OS gives is simulated.
    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(cli.os, "stat", refuse)
    result = run_cli("--run", "locked/prog.rs")
    assert (result.exit_code, result.stderr) == (
        2, "stackheap-tui: error: cannot read `locked/prog.rs`: permission denied\n")


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    big = tmp_path / "big.rs"
    big.write_bytes(b"fn main() {}\n" + b" " * cli.MAX_SOURCE_BYTES)
    result = run_cli("--run", str(big))
    assert result.exit_code == 2
    assert "is larger than 10 MB (10.0 MB)" in result.stderr


def test_standard_input_has_the_same_limit():
    result = run_cli("--run", "-", stdin="fn main() {}\n" + " " * cli.MAX_SOURCE_BYTES)
    assert result.exit_code == 2
    assert "standard input is larger than 10 MB" in result.stderr
    at_limit = run_cli("--run", "-", stdin="fn main() {}".ljust(cli.MAX_SOURCE_BYTES))
    assert (at_limit.exit_code, at_limit.stderr) == (0, "")


def test_a_closed_stdout_is_silent_success_as_in_rust():
    result = run_process("--run", SAMPLE, shell_redirect=" >&-")
    assert (result.returncode, result.stderr) == (0, b"")


def test_a_closed_stdout_still_reports_a_panic_on_stderr(tmp_path):
    program = tmp_path / "p.rs"
    program.write_text('fn main() { println!("a"); panic!("boom"); }\n')
    result = run_process("--run", str(program), shell_redirect=" >&-")
    assert result.returncode == 101
    assert b"boom" in result.stderr


@pytest.mark.parametrize("redirect", [" 2>&-", " 2</dev/null"])
def test_a_panic_with_stderr_closed_still_exits_101(tmp_path, redirect):
    # As rustc's binary: the message is lost, the status is not. A read-only descriptor in
    # place of stderr is what a closed stderr becomes under a shell wrapper (pyenv's shims
    # leave their script open there); writes to it fail as to a closed one.
    program = tmp_path / "p.rs"
    program.write_text('fn main() { println!("a"); panic!("boom"); }\n')
    result = run_process("--run", str(program), shell_redirect=redirect)
    assert (result.returncode, result.stdout) == (101, b"a\n")
    ok = run_process("--run", SAMPLE, shell_redirect=redirect)
    assert ok.returncode == 0


def test_an_ascii_locale_does_not_lose_the_output():
    source = 'fn main() { println!("h\u00e9llo \u2713"); }\n'.encode()
    result = run_process("--run", "-", env={"PYTHONIOENCODING": "ascii"}, stdin=source)
    assert (result.returncode, result.stdout) == (0, "h\u00e9llo \u2713\n".encode())


@pytest.mark.parametrize("mode", ["--trace", "--json"])
def test_trace_and_json_exit_with_the_programs_status(tmp_path, mode):
    panics = tmp_path / "p.rs"
    panics.write_text('fn main() { panic!("boom"); }\n')
    assert run_cli(mode, str(panics)).exit_code == 101
    endless = tmp_path / "loop.rs"
    endless.write_text("fn main() { let mut i = 0u64; loop { i += 1; } }\n")
    assert run_cli(mode, str(endless), "--max-steps", "50").exit_code == 1
    assert run_cli(mode, SAMPLE).exit_code == 0


def test_with_no_terminal_at_all_the_app_says_so_instead_of_spinning():
    # setsid: no controlling terminal, as under cron or CI; stdin is /dev/null.
    result = subprocess.run(["setsid", sys.executable, "-m", "stackheap_tui", SAMPLE],
                            stdin=subprocess.DEVNULL, capture_output=True, cwd=ROOT,
                            timeout=60)
    assert result.returncode == 2
    assert result.stderr == (b"stackheap-tui: error: there is no terminal to show the app in; "
                             b"use --run, --trace or --json to run a program without one\n")


def test_a_program_piped_in_is_shown_and_keys_come_from_the_terminal():
    from tests.view.test_robustness import _read_until, _wait_for_exit

    pid, fd = pty.fork()
    done = 0
    if pid == 0:  # the child: `cat prog.rs | stackheap-tui -` in a real terminal
        os.chdir(ROOT)
        os.environ.update(TERM="xterm-256color")
        os.execv("/bin/sh", ["sh", "-c", f"cat {SAMPLE} | '{sys.executable}' -m stackheap_tui -"])
    try:
        shown = _read_until(fd, b"Box::new", limit=60)
        assert b"Box::new" in shown, shown[-2000:]
        shown += _read_until(fd, b"step 1 /", limit=60)  # the app is answering keys
        os.write(fd, b"q")  # read from the terminal, not from the pipe that held the program
        _read_until(fd, None, limit=30)
        done, status = _wait_for_exit(pid, limit=30)
        assert done == pid, "q did not quit the app"
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        if done == 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def test_exported_columns_and_lines_do_not_fix_the_apps_size(monkeypatch):
    from stackheap_tui.view import terminal

    monkeypatch.setattr(terminal.os, "isatty", lambda fd: True)
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setenv("LINES", "20")
    terminal.prepare_terminal()
    assert (os.environ.get("COLUMNS"), os.environ.get("LINES")) == (None, None)
    monkeypatch.setenv("COLUMNS", "60")  # `textual serve` sizes its first frame by them
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    terminal.prepare_terminal()
    assert os.environ.get("COLUMNS") == "60"


@pytest.mark.parametrize("stage", ["parse", "check_types", "borrow_check_analysed", "run_to_end"])
@pytest.mark.parametrize("mode", ["--run", "--trace", "--json"])
def test_running_out_of_memory_in_any_stage_is_one_clear_line(monkeypatch, stage, mode):
    from stackheap_tui import pipeline

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(pipeline, stage, exhausted)
    result = run_cli(mode, SAMPLE)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("error: not supported yet: a program this large (stackheap-tui "
                             "ran out of memory)\n")


@pytest.mark.parametrize(("source", "status", "stderr"), [
    # The first whole line fails: std panics there, after the stderr written before it.
    ('fn main() { eprintln!("e0"); print!("a"); eprintln!("e1"); println!("b"); '
     'eprintln!("e2"); }', 101, "e0\ne1\n"),
    # A last partial line is flushed at exit, where std ignores the failure.
    ('fn main() { print!("a"); eprintln!("e1"); }', 0, "e1\n"),
])
def test_a_full_stdout_fails_as_a_rust_binary_does(tmp_path, source, status, stderr):
    program = tmp_path / "p.rs"
    program.write_text(source + "\n")
    result = run_process("--run", str(program), shell_redirect=" >/dev/full")
    assert result.returncode == status
    text = re.sub(r"\(\d+\)", "(TID)", result.stderr.decode())
    if status == 0:
        assert text == stderr
    else:
        assert text == stderr + (
            "\nthread 'main' (TID) panicked at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/"
            "library/std/src/io/stdio.rs:1165:9:\nfailed printing to stdout: No space left on "
            "device (os error 28)\nnote: run with `RUST_BACKTRACE=1` environment variable to "
            "display a backtrace\n")


def test_an_aborting_program_ends_by_sigabrt_as_a_rust_binary_does():
    """A stack overflow aborts: rustc's binary is killed by SIGABRT (a shell shows 134,
    a parent's waitpid sees the signal); so is `--run`'s process, after its output."""
    program = ROOT / "tests" / "conformance" / "edges" / "stack_overflow_drop_through_helper.rs"
    result = subprocess.run([sys.executable, "-m", "stackheap_tui", "--run", str(program)],
                            capture_output=True, cwd=ROOT, timeout=120)
    assert result.returncode == -6
    assert b"has overflowed its stack" in result.stderr
    shell = run_process("--run", str(program), shell_redirect="; echo status $?")
    assert shell.stdout.decode().splitlines()[-1] == "status 134"


@pytest.mark.parametrize("mode", ["--run", "--check", "--trace", "--json"])
def test_a_command_ends_without_pythons_teardown_and_loses_no_output(mode):
    # Freeing every object of a big program one by one at exit was 8 % of `--run`'s CPU
    # on a megabyte of code; the process now ends at once, after flushing its output.
    # An exit handler stands for that teardown: it never runs, the output is all there.
    script = ("import atexit, sys\n"
              "atexit.register(lambda: sys.stderr.write('teardown ran\\n'))\n"
              "from stackheap_tui.cli import entry_point\n"
              f"sys.argv = ['stackheap-tui', '{mode}', '{SAMPLE}']\n"
              "raise SystemExit(entry_point())\n")
    ended = subprocess.run([sys.executable, "-c", script], capture_output=True, cwd=ROOT,
                           timeout=60)
    alone = run_cli(mode, SAMPLE)
    assert (ended.returncode, ended.stderr.decode()) == (alone.exit_code, alone.stderr)
    assert ended.stdout.decode() == alone.stdout


def test_running_a_program_imports_nothing_of_the_app_or_the_web_server():
    # `--run`, `--check`, `--trace` and `--json` pay for every module they import: the
    # web server's asyncio (~0.1 s) or the app's Textual have nothing to do there.
    script = ("import sys\n"
              "from stackheap_tui import cli\n"
              f"cli.main(['--run', '{SAMPLE}'])\n"
              "loaded = [name for name in ('asyncio', 'textual', 'rich') if name in sys.modules]\n"
              "print('loaded:', loaded)\n")
    ended = subprocess.run([sys.executable, "-c", script], capture_output=True, cwd=ROOT,
                           timeout=60, text=True)
    assert ended.stdout.splitlines()[-1] == "loaded: []"

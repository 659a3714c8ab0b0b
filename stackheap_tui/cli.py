"""The command line: argument parsing, exit codes, dispatch to run/check/trace/json/TUI.

Exit codes: 0 success; 1 the program does not compile (or an interpreter limit);
2 usage or file errors; 101 the Rust program panicked; 134 stack overflow abort.
No Python traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import signal
import stat
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, NoReturn, TextIO

from stackheap_tui import resources
from stackheap_tui.lang.diagnostics import CompileError, render_all
from stackheap_tui.machine.limits import DEFAULT_MAX_STEPS
from stackheap_tui.machine.schedule import use_schedule
from stackheap_tui.schedule_cli import add_schedule_arguments, cmd_explore
from stackheap_tui.serve import DEFAULT_HOST, DEFAULT_PORT

if TYPE_CHECKING:
    from stackheap_tui.memory.records import Outcome

EXIT_USAGE = 2
EXIT_COMPILE = 1
# The largest source file read: rustc reads any size, but a learner's program (or a
# teacher's long solution) is far below this, and a file past it is most likely the
# wrong file. Measured costs stay linear up to it (README, "Performance").
MAX_SOURCE_BYTES = 10 * 1024 * 1024


class UsageError(Exception):
    """A problem with what the user asked for: printed as one line, exit 2."""


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: str  # as the user named it; diagnostics and panics show it
    text: str


def read_source(name: str) -> SourceFile:
    if name == "":
        raise UsageError("the file name is empty")
    if name == "-":
        data = _read_bounded(sys.stdin.buffer, "standard input")
        display = "<stdin>"
    else:
        data = _read_file(name)
        display = name
    if b"\0" in data:
        raise UsageError(f"`{display}` looks like a binary file, not Rust source")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as problem:
        raise UsageError(
            f"`{display}` is not valid UTF-8 (byte {problem.start}); Rust source must be UTF-8"
        ) from None
    return SourceFile(display, text.removeprefix("\ufeff"))


def _read_file(name: str) -> bytes:
    """The bytes of a regular file of at most MAX_SOURCE_BYTES; anything else (a folder,
    a device, a FIFO, a socket, a file too big) is refused before any of it is read."""
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise UsageError(f"`{name}` is a directory, not a Rust source file")
        if not stat.S_ISREG(info.st_mode):
            raise UsageError(f"`{name}` is not a regular file (a device, a pipe or a socket); "
                             "give the path of a .rs file")
        if info.st_size > MAX_SOURCE_BYTES:
            raise UsageError(_too_big(f"`{name}`", info.st_size))
        with open(name, "rb") as file:
            return _read_bounded(file, f"`{name}`")
    except FileNotFoundError:
        raise UsageError(f"cannot read `{name}`: no such file") from None
    except PermissionError:
        raise UsageError(f"cannot read `{name}`: permission denied") from None
    except OSError as problem:
        raise UsageError(f"cannot read `{name}`: {problem.strerror or problem}") from None


def _read_bounded(stream: BinaryIO, what: str) -> bytes:
    data = stream.read(MAX_SOURCE_BYTES + 1)
    if len(data) > MAX_SOURCE_BYTES:
        raise UsageError(_too_big(what, None))
    return data


def _too_big(what: str, size: int | None) -> str:
    limit = MAX_SOURCE_BYTES // (1024 * 1024)
    measured = f" ({size / (1024 * 1024):.1f} MB)" if size is not None else ""
    return (f"{what} is larger than {limit} MB{measured}; stackheap-tui reads source files "
            f"of up to {limit} MB")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stackheap-tui",
        description="Step through a Rust program and watch its stack and heap.",
    )
    parser.add_argument("file", nargs="?", help="a Rust file to open in the TUI ('-' = stdin)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--sample", metavar="NAME", help="open a bundled sample in the TUI")
    mode.add_argument("--list-samples", action="store_true", help="list the bundled samples")
    mode.add_argument("--run", metavar="FILE",
                      help="run without the UI: output exactly as the compiled program")
    mode.add_argument("--check", metavar="FILE", help="only report compile errors (exit 0/1)")
    mode.add_argument("--trace", metavar="FILE", help="print every step as plain text")
    mode.add_argument("--json", metavar="FILE",
                      help="print the run as JSON (schema in the README)")
    parser.add_argument("--serve", action="store_true",
                        help="serve the app (FILE, --sample NAME or the first sample) as a web "
                        "page, each browser tab its own copy (needs the web extra: "
                        "pip install 'stackheap-tui[web]')")
    parser.add_argument("--host", metavar="H",
                        help=f"with --serve: the address to listen on (default {DEFAULT_HOST}, "
                        "this computer only; 0.0.0.0 for every network address)")
    parser.add_argument("--port", metavar="P",
                        help=f"with --serve: the port to listen on (default {DEFAULT_PORT})")
    parser.add_argument("--max-steps", type=_positive_int, default=DEFAULT_MAX_STEPS, metavar="N",
                        help=f"stop a run after N steps (default {DEFAULT_MAX_STEPS:,})")
    add_schedule_arguments(parser)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _print_diagnostics(error: CompileError, source: SourceFile) -> int:
    sys.stderr.write(render_all(error.diagnostics, source.text, source.path))
    return EXIT_COMPILE


def cmd_list_samples() -> int:
    samples = resources.list_samples()
    width = max(len(s.name) for s in samples)
    for sample in samples:
        print(f"{sample.name:<{width}}  {sample.title}")
    return 0


def cmd_check(source: SourceFile) -> int:
    from stackheap_tui.pipeline import compile_program

    try:
        compile_program(source.text)
    except CompileError as error:
        return _print_diagnostics(error, source)
    return 0


def cmd_run(source: SourceFile, max_steps: int) -> int:
    from stackheap_tui.pipeline import load, stdout_failed

    try:
        trace = load(source.text, source.path, max_steps, keep_steps=False)
    except CompileError as error:
        return _print_diagnostics(error, source)
    outcome = trace.outcome
    try:
        sys.stdout.write(outcome.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as problem:  # `>/dev/full`: std panics at the first whole line
        failed = stdout_failed(outcome, problem)
        if failed is not None:
            sys.stderr.write(failed[0])
            return failed[1]
    sys.stderr.write(outcome.stderr)
    if outcome.stopped_early:
        sys.stderr.write(f"error: {outcome.stopped_early}\n")
    global _ABORTED  # read once by `entry_point`, after `main` returns
    _ABORTED = outcome.aborted and not outcome.stopped_early
    return _exit_status(outcome)


_OWN_PROCESS = False  # started as the command (`entry_point`), not called in a test's process
_ABORTED = False  # `--run`'s program aborted: the real process ends by SIGABRT too
_QUICK_EXIT = False  # one program checked or run as a command: end without teardown


def _exit_status(outcome: Outcome) -> int:
    """The status every mode exits with: the program's own (0, 101 on a panic, 134 on an
    abort, or what `process::exit` asked for), or 1 if stackheap-tui stopped it early."""
    return EXIT_COMPILE if outcome.stopped_early else outcome.exit_code


def cmd_trace(source: SourceFile, max_steps: int) -> int:
    from stackheap_tui.pipeline import load
    from stackheap_tui.view.text import render_trace

    try:
        trace = load(source.text, source.path, max_steps)
    except CompileError as error:
        return _print_diagnostics(error, source)
    for block in render_trace(trace):
        sys.stdout.write(block)
    if trace.outcome.stopped_early:  # as `--run` reports it
        sys.stdout.flush()
        sys.stderr.write(f"error: {trace.outcome.stopped_early}\n")
    return _exit_status(trace.outcome)


def cmd_json(source: SourceFile, max_steps: int) -> int:
    from stackheap_tui.pipeline import load
    from stackheap_tui.view.export import write_json

    try:
        trace = load(source.text, source.path, max_steps)
    except CompileError as error:
        return _print_diagnostics(error, source)
    write_json(trace, sys.stdout)
    return _exit_status(trace.outcome)


def cmd_tui(source: SourceFile, max_steps: int) -> int:
    from stackheap_tui.view.app import run_app
    from stackheap_tui.view.loading import Pending
    from stackheap_tui.view.terminal import NoTerminal

    # The app draws its first frame, then compiles (errors replace the picture) and
    # records on its own thread: the checker's and the interpreter's imports and the
    # check are most of the start-up time, and need not keep the window from showing.
    try:
        return run_app(pending=Pending(source.text, source.path, max_steps))
    except NoTerminal as problem:
        raise UsageError(str(problem)) from None


def sample_source(name: str) -> SourceFile:
    sample = resources.find_sample(name)
    if sample is None:
        names = ", ".join(s.name for s in resources.list_samples())
        raise UsageError(f"no sample called `{name}`; the samples are: {names}")
    return SourceFile(str(sample.path), sample.path.read_text(encoding="utf-8"))


def cmd_serve(args: argparse.Namespace) -> int:
    """`--serve [FILE | --sample NAME]`: the TUI as a web page, a copy per browser tab."""
    from stackheap_tui.serve import CannotServe, serve

    if args.file == "-":
        raise UsageError("--serve reads the program again for each browser tab: give a "
                         "file, not `-` (standard input)")
    if args.sample is not None:
        sample_source(args.sample)  # an unknown name is an error now, not in each tab
        opened, shown = ["--sample", args.sample], f"the lesson {args.sample}"
    elif args.file is not None:
        read_source(args.file)  # a missing or unreadable file too
        opened, shown = [args.file], f"`{args.file}`"
    else:
        opened, shown = [], f"the lesson {resources.DEFAULT_SAMPLE}"
    if args.max_steps != DEFAULT_MAX_STEPS:
        opened += ["--max-steps", str(args.max_steps)]
    host = DEFAULT_HOST if args.host is None else args.host
    if host == "":
        raise UsageError("the --host address is empty")
    port = DEFAULT_PORT if args.port is None else _port(args.port)
    try:
        return serve(opened, shown, host, port)
    except CannotServe as problem:
        raise UsageError(str(problem)) from None



def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise UsageError(f"--port takes a port number from 1 to 65535, not `{text}`") from None
    if not 1 <= port <= 65535:
        raise UsageError(f"--port takes a port number from 1 to 65535, not {port}")
    return port


def dispatch(args: argparse.Namespace) -> int:
    use_schedule(args.schedule)  # (threads: which runs next, `schedule_cli.py`)
    modes = {"--run": args.run, "--check": args.check, "--trace": args.trace,
             "--json": args.json, "--sample": args.sample}
    chosen = [flag for flag, value in modes.items() if value is not None]
    if _OWN_PROCESS and any(flag != "--sample" for flag in chosen):
        # One program, and the process ends: the cycle collector need never scan what
        # checking and running it made (a megabyte of code makes millions of objects;
        # the scan as checking ends and the one as Python exits took ~2 s of 12).
        gc.disable()
        global _QUICK_EXIT  # and it ends without freeing them one by one (`entry_point`)
        _QUICK_EXIT = True
    if args.file is not None and (chosen or args.list_samples):
        flag = chosen[0] if chosen else "--list-samples"
        raise UsageError(f"unexpected argument `{args.file}`: {flag} takes "
                         f"{'no file' if flag == '--list-samples' else 'one'}")
    if args.serve:
        other = [flag for flag in chosen if flag != "--sample"]
        if other or args.list_samples:
            flag = other[0] if other else "--list-samples"
            raise UsageError(f"--serve shows the app in a browser: it does not go with {flag}")
        return cmd_serve(args)
    for flag, value in (("--host", args.host), ("--port", args.port)):
        if value is not None:
            raise UsageError(f"{flag} only goes with --serve")
    if args.list_samples:
        return cmd_list_samples()
    if args.explore is not None:
        return cmd_explore(read_source(args.explore), args)
    if args.run is not None:
        return cmd_run(read_source(args.run), args.max_steps)
    if args.check is not None:
        return cmd_check(read_source(args.check))
    if args.trace is not None:
        return cmd_trace(read_source(args.trace), args.max_steps)
    if args.json is not None:
        return cmd_json(read_source(args.json), args.max_steps)
    if args.sample is not None:
        return cmd_tui(sample_source(args.sample), args.max_steps)
    if args.file is not None:
        return cmd_tui(read_source(args.file), args.max_steps)
    return cmd_tui(sample_source(resources.DEFAULT_SAMPLE), args.max_steps)


def _cap_memory() -> None:
    """Cap the address space at 3/4 of the machine's memory, so a program too big for
    stackheap-tui ends in a MemoryError (a clear message) instead of the kernel
    killing the process, or the whole machine swapping, first."""
    try:
        import resource

        # Never below 4 GiB: a run reserves (not uses) a 1 GiB stack for its thread.
        cap = max(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") * 3 // 4, 4 << 30)
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if soft == resource.RLIM_INFINITY or soft > cap:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):
        pass  # no such limit on this system: nothing to do


def entry_point() -> int:
    """The `stackheap-tui` command and `python -m stackheap_tui`: the process is ours, so
    its memory is capped and its standard streams set up as a Rust binary's are (tests
    calling `main` in their own process are left alone: a cap there would outlive the
    call and count every later test's threads)."""
    global _OWN_PROCESS
    _OWN_PROCESS = True
    _cap_memory()
    _standard_streams()
    status = main()
    if _ABORTED:
        # A Rust binary that aborts (stack overflow, failed allocation) is killed by
        # SIGABRT: a shell sees status 134, a parent's waitpid sees the signal. So here.
        sys.stdout.flush()
        sys.stderr.flush()
        signal.signal(signal.SIGABRT, signal.SIG_DFL)
        os.abort()
    if _QUICK_EXIT:
        _exit_now(status)
    return status


def _exit_now(status: int) -> NoReturn:
    """End the process once its output is out, without Python's teardown: it frees every
    object the check and the run made, one at a time (~0.9 s of CPU after `--run` of a
    megabyte of code, 8 % of the whole command). A stream that cannot take the rest of its
    output is left as std leaves it at exit (ignored), and nothing else runs at exit in
    these modes (no app, no thread still working: the run has ended)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


def _standard_streams() -> None:
    """A Rust program writes UTF-8 bytes whatever the locale says, and one started with
    its stdout or stderr closed carries on silently (std ignores EBADF on them): so does
    one whose descriptor is open for reading only (a shell wrapper's script, as pyenv's
    shims leave in place of a closed stderr), where every write fails with EBADF."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None or not _writable(stream):  # closed when the process started
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="surrogateescape")


def _writable(stream: TextIO) -> bool:
    """Whether writes to `stream`'s descriptor can succeed (it is open, not read-only)."""
    try:
        import fcntl

        flags = fcntl.fcntl(stream.fileno(), fcntl.F_GETFL)
    except ImportError:
        return True  # no fcntl on this system: take the stream as it is
    except (OSError, ValueError):
        return False
    return flags & os.O_ACCMODE != os.O_RDONLY


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return dispatch(args)
    except UsageError as problem:
        sys.stderr.write(f"stackheap-tui: error: {problem}\n")
        return EXIT_USAGE
    except RecursionError:
        sys.stderr.write("error: not supported yet: a program nested this deeply "
                         "(stackheap-tui ran out of recursion depth)\n")
        return EXIT_COMPILE
    except MemoryError:
        sys.stderr.write("error: not supported yet: a program this large (stackheap-tui ran "
                         "out of memory)\n")
        return EXIT_COMPILE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as problem:  # a bug in stackheap-tui: still no traceback for the user
        sys.stderr.write(f"error: internal error in stackheap-tui: {type(problem).__name__}: "
                         f"{problem}\nThis is a bug; please report it with the program.\n")
        return EXIT_COMPILE

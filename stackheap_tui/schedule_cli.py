"""The command line's thread options (issue 21, docs/threads.md): `--schedule` picks
which thread runs at each switch point, `--explore` runs a small threaded program under
every schedule up to a depth and lists the distinct outcomes. Kept apart from `cli.py`."""

from __future__ import annotations

import argparse
import sys
from typing import Protocol

from stackheap_tui.machine.schedule import Schedule

EXPLORE_DEPTH = 8  # decisions deep
EXPLORE_RUNS = 200  # runs at most


class _Source(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def path(self) -> str: ...


def _schedule(text: str) -> Schedule:
    try:
        return Schedule.parse(text)
    except ValueError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def add_schedule_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--schedule", type=_schedule, default=Schedule(), metavar="S",
        help="threads: which runs next. run-until-block (default: a thread runs until it "
        "sleeps, blocks or ends, then the next in creation order), round-robin (every step "
        "a switch point), or thread numbers like 1,0,2: at each point where several threads "
        "can run, the next number picks (then the default)")
    parser.add_argument(
        "--explore", metavar="FILE",
        help=f"threads: run FILE under every schedule up to {EXPLORE_DEPTH} decisions deep "
        f"(at most {EXPLORE_RUNS} runs) and list each distinct outcome with the --schedule "
        "that gives it")


def cmd_explore(source: _Source, args: argparse.Namespace) -> int:
    from stackheap_tui.explore import explore, report
    from stackheap_tui.lang.diagnostics import CompileError, render_all

    try:
        found = explore(source.text, source.path, EXPLORE_DEPTH, EXPLORE_RUNS,
                        min(args.max_steps, 200_000), args.schedule.policy)
    except CompileError as error:
        sys.stderr.write(render_all(error.diagnostics, source.text, source.path))
        return 1
    sys.stdout.write(report(found, EXPLORE_DEPTH))
    return 0

"""Which thread runs next: the schedule a run follows (docs/threads.md, issue 21).

A *decision* is a switch point where two threads or more can run. The default schedule
(`run-until-block`) lets a thread run until it sleeps, blocks or ends, then picks the
next runnable thread in creation order. `round-robin` makes every step a switch point.
An explicit list of thread numbers picks, at each decision in turn, the thread that
runs (a number that cannot run then is skipped, the default deciding); once the list is
used up the policy decides. Every decision is recorded (`Recorder.decisions`: the step,
the threads that could run, the one chosen), so the TUI can re-run the program with
another choice at a step and the explorer can enumerate schedules.

The schedule is set for the runs that follow (`use_schedule`): the CLI sets it once,
the TUI and the explorer around each run they start.
"""

from __future__ import annotations

from dataclasses import dataclass

POLICIES = ("run-until-block", "round-robin")


@dataclass(frozen=True)
class Schedule:
    policy: str = "run-until-block"
    choices: tuple[int, ...] = ()

    @staticmethod
    def parse(text: str) -> Schedule:
        """`round-robin`, `run-until-block`, or thread numbers: `1,0,2` (after the list,
        the default policy)."""
        text = text.strip()
        if text in POLICIES:
            return Schedule(text)
        try:
            numbers = tuple(int(part) for part in text.replace(" ", "").split(",") if part)
        except ValueError:
            raise ValueError(f"a schedule is {', '.join(POLICIES)} or thread numbers like "
                             "1,0,2") from None
        if not numbers or min(numbers) < 0:
            raise ValueError("a schedule's thread numbers are 0 (main), 1, 2, ...")
        return Schedule(choices=numbers)


@dataclass(frozen=True)
class Decision:
    """At `step` (the number of steps recorded so far), `options` could run (in the
    default order: the default choice first); `chosen` ran."""

    step: int
    options: tuple[int, ...]
    chosen: int


_current = Schedule()


def use_schedule(schedule: Schedule) -> None:
    global _current
    _current = schedule


def current_schedule() -> Schedule:
    return _current

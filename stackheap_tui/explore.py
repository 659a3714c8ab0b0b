"""The explorer of interleavings (issue 21): run a small threaded program under every
schedule up to a number of decisions, and report the distinct outcomes.

A *decision* is a switch point where two threads or more can run
(`machine/schedule.py`). The explorer runs the program with the default schedule,
reads the decisions it made, then runs it again with each other choice at each decision
(depth first, the choices before it replayed), up to `depth` decisions deep and `limit`
runs. Programs whose output rustc's binary prints the same every time (joins before
printing, a Mutex counter) show one outcome; the Book's listing 16-2 shows several. What
an exhaustive explorer would need beyond this (loom's): a switch point at every access
to shared memory (here only at sleeps, blocks, thread ends, or every step with
`round-robin`), and partial-order reduction to skip schedules that only reorder
independent steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stackheap_tui.machine.schedule import Schedule, current_schedule, use_schedule


@dataclass
class Explored:
    runs: int = 0
    complete: bool = True  # every schedule up to the depth was run (not cut by the limit)
    # (exit code, stdout, the reason a run stopped early) -> the first schedule giving it
    outcomes: dict[tuple[int, str, str], tuple[int, ...]] = field(default_factory=dict)


def explore(source: str, path: str, depth: int = 8, limit: int = 200,
            max_steps: int = 100_000, policy: str = "run-until-block") -> Explored:
    from stackheap_tui.pipeline import load  # (the explorer runs whole programs)

    found = Explored()
    pending: list[tuple[int, ...]] = [()]
    before = current_schedule()
    try:
        while pending:
            if found.runs >= limit:
                found.complete = False
                break
            prefix = pending.pop()
            use_schedule(Schedule(policy, prefix))
            trace = load(source, path, max_steps, keep_steps=False)
            found.runs += 1
            decisions = trace.decisions
            taken = tuple(d.chosen for d in decisions)
            outcome = trace.outcome
            key = (outcome.exit_code, outcome.stdout, outcome.stopped_early or "")
            found.outcomes.setdefault(key, taken)
            alternatives = []
            for at in range(len(prefix), min(len(decisions), depth)):
                for other in decisions[at].options:
                    if other != decisions[at].chosen:
                        alternatives.append((*taken[:at], other))
            pending.extend(reversed(alternatives))
    finally:
        use_schedule(before)
    return found


def report(found: Explored, depth: int) -> str:
    lines = [f"{found.runs} schedule{'s' if found.runs != 1 else ''} run"
             f"{'' if found.complete else ' (the limit cut the search)'}, up to {depth} "
             f"decisions deep: {len(found.outcomes)} distinct outcome"
             f"{'s' if len(found.outcomes) != 1 else ''}"]
    for (code, stdout, stopped), choices in found.outcomes.items():
        schedule = ",".join(str(c) for c in choices) or "run-until-block"
        lines.append("")
        lines.append(f"--schedule {schedule}: exit {code}"
                     + (f" ({stopped})" if stopped else ""))
        lines.extend(f"  | {line}" for line in stdout.splitlines())
    return "\n".join(lines) + "\n"

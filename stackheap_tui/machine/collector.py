"""Python's cycle collector around the stages that run without it.

Checking a program and recording its run make millions of objects that live as long as
the program is open, and the collector would scan them again and again: the front end
and the recorder turn it off (`pipeline`, `Recording`). Turned back on, it would scan
all of them at its next pass, since they are all young to it: seconds for a big
program (a megabyte of code, a run of a million steps), during which the app answers
no key. So a stage that made many objects freezes them first (`gc.freeze`: the
collector no longer looks at them; reference counting still frees them as ever), and
the next program's check gives them back to the collector and collects once (`thaw`),
while it loads anyway, so that the cycles of the program it replaces are freed.
"""

from __future__ import annotations

import gc

FREEZE_ABOVE = 100_000
"""Objects made since the collector last ran past which turning it back on freezes them:
a pass over this many takes ~20 ms on the development machine."""


def resume() -> None:
    """Turn the collector back on after a stage that ran without it."""
    if gc.get_count()[0] > FREEZE_ABOVE:
        gc.freeze()
    gc.enable()


def thaw() -> None:
    """Before a new program is checked: what an earlier one froze goes back to the
    collector, which frees the cycles of whatever of it is gone."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()

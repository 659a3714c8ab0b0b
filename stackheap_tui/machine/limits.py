"""Limits of a run, in a module of their own: the command line reads them to build its
`--help` before it imports anything heavy (the interpreter takes a good part of the
start-up time, and the TUI draws its first frame before it needs it)."""

from __future__ import annotations

DEFAULT_MAX_STEPS = 1_000_000

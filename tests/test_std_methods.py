"""Every std method the checker accepts has a runtime implementation (no internal errors)."""

from __future__ import annotations

import re
from pathlib import Path

from stackheap_tui.lang import types as T
from stackheap_tui.lang.infer import Types
from stackheap_tui.lang.std import method_signatures as std_methods
from stackheap_tui.machine import builtins

RECEIVERS = [
    T.I32, T.U8, T.IntTy("i64"), T.F64, T.CHAR, T.BOOL, T.STR, T.STRING,
    T.SliceTy(T.I32), T.ArrayTy(T.I32, 3), T.vec(T.I32), T.option(T.I32),
    T.option(T.RefTy(T.I32)), T.option(T.option(T.I32)), T.result(T.I32, T.STRING),
    T.rc(T.I32), T.refcell(T.I32), T.IterTy(T.I32), T.IterTy(T.RefTy(T.I32)),
    T.AdtTy("Range", (T.I32,)), T.AdtTy("Ordering", (), T.ORDERING_DEF),
]
# Keys served by generic code paths rather than the METHODS table.
GENERIC = {"clone", "to_string", "eq", "ne", "cmp", "partial_cmp"}


def _names() -> set[str]:
    source = Path(std_methods.__file__).read_text(encoding="utf-8")
    return set(re.findall(r'"([a-z_][a-z0-9_]*)"', source))


def test_every_accepted_std_method_has_a_runtime_implementation() -> None:
    types = Types()
    missing = []
    accepted = 0
    for receiver in RECEIVERS:
        for name in sorted(_names()):
            sig = std_methods.method_signature(receiver, name, types.fresh)
            if sig is None:
                continue
            accepted += 1
            if sig.key not in builtins.METHODS and sig.key not in GENERIC:
                missing.append(f"{receiver}.{name} -> {sig.key}")
    assert accepted > 150
    assert missing == []


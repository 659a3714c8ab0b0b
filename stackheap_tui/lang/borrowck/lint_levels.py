"""`#[allow(arithmetic_overflow)]` and the like: where a deny-by-default lint is off.

An `allow`, `warn` or `expect` attribute naming the lint, on the crate (`#![allow(..)]`),
on a function, or on the `impl` block of a method, turns the lint's errors off inside it
and inside everything nested in it (lint levels are lexical, so a function's span holds
the functions and closures nested in it).
"""

from __future__ import annotations

import re

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.syntax import unsupported

_LINT_NOTE = re.compile(r"`#\[deny\((\w+)\)\]` on by default")


def lint_name(diagnostic: Diagnostic) -> str | None:
    for note in diagnostic.notes:
        found = _LINT_NOTE.fullmatch(note)
        if found:
            return found.group(1)
    return None


def _functions(checked: CheckedProgram) -> list[ast.FnItem]:
    found: list[ast.FnItem] = []
    for item in getattr(checked.items, "all_items", ()):
        if isinstance(item, ast.FnItem):
            found.append(item)
        elif isinstance(item, ast.ImplItem):
            found.extend(item.methods)
    return found


def without_allowed(errors: list[Diagnostic], checked: CheckedProgram) -> list[Diagnostic]:
    """The lint errors whose lint no enclosing attribute turns off."""
    crate = set(checked.program.allowed_lints)
    scoped = [(f.span, set(f.allowed_lints)) for f in _functions(checked) if f.allowed_lints]
    kept = []
    for error in errors:
        name = lint_name(error)
        if name is not None and (name in crate or any(
                name in names and span.start <= error.span.start < span.end
                for span, names in scoped)):
            if name == "overflowing_literals":
                # The literal would be truncated (`256u8` is 0): not modelled.
                raise CompileError([unsupported("a literal out of its type's range under "
                                                "`allow(overflowing_literals)`", error.span)])
            continue
        kept.append(error)
    return kept

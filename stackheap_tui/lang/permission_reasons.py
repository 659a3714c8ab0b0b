"""Why a place's permissions changed, in one sentence a learner can follow.

"`first = &v[0]` borrows `v`: `v` loses W and O until `first`'s last use on line 6".
Each sentence is built from the facts behind the two states (a loan, a move, the end of
a variable's uses), never guessed from the difference alone.
"""

from __future__ import annotations

from stackheap_tui.lang.permissions import O, PlaceState, R, W, Why, perm_list
from stackheap_tui.lang.span import Span

_MAX_CODE = 36


def code_at(source: str, span: Span) -> str:
    """The source a span covers, on one line and shortened: for quoting in a sentence."""
    text = " ".join(source[span.start:span.end].split())
    return text if len(text) <= _MAX_CODE else text[: _MAX_CODE - 1] + "…"


def line_code(source: str, line: int) -> str:
    """A whole source line, trimmed and shortened."""
    lines = source.splitlines()
    text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return text if len(text) <= _MAX_CODE else text[: _MAX_CODE - 1] + "…"


def _until(why: Why) -> str:
    if why.until is None:
        return "while the borrow is in use"
    if why.holder:
        return f"until `{why.holder}`'s last use on line {why.until}"
    return f"until the borrow's last use on line {why.until}"


def loan_sentence(source: str, why: Why) -> str:
    """`&v[0]` borrows `v` / `&mut s` borrows `s` mutably."""
    assert why.loan is not None
    how = " mutably" if why.loan.mutable else ""
    if why.closure is not None:
        by = "by mutable reference" if why.loan.mutable else "by reference"
        return f"the closure `{code_at(source, why.closure)}` captures `{why.loan_place}` {by}"
    code = code_at(source, why.loan.code_span)
    return f"`{code}` borrows `{why.loan_place}`{how}"


def lost_reason(source: str, now: PlaceState, lost: frozenset[str]) -> str:
    why = now.why
    what = perm_list(lost)
    if why.kind == "loan" and why.loan is not None:
        return f"{loan_sentence(source, why)}: `{now.text}` loses {what} {_until(why)}"
    if why.kind == "moved" and why.spans:
        move = why.spans[-1]
        return (f"`{line_code(source, move.line)}` moves `{now.text}` away: it loses {what} "
                "(a move takes every permission)")
    if why.kind == "partly-moved" and why.spans:
        return (f"part of `{now.text}` is moved out on line {why.spans[-1].line}: "
                f"`{now.text}` as a whole loses {what}")
    if why.kind == "uninit":
        return f"`{now.text}` has no value here: it loses {what}"
    if why.kind == "unused":
        if now.text.startswith("*"):
            return f"`{now.text[1:]}` is not used after this: `{now.text}` loses {what}"
        return f"`{now.text}` is not used after this: it loses {what}"
    return f"`{now.text}` loses {what}"


def gained_reason(source: str, before: PlaceState, now: PlaceState,
                  gained: frozenset[str]) -> str:
    what = perm_list(gained)
    old = before.why
    if old.kind == "loan" and old.loan is not None and (
            now.why.kind != "loan" or now.why.loan is not old.loan):
        last = f" (last used on line {old.until})" if old.until is not None else ""
        if old.closure is not None:
            ended = f"the closure `{code_at(source, old.closure)}` is done with `{old.loan_place}`"
        else:
            ended = f"the borrow `{code_at(source, old.loan.code_span)}` has ended"
        return f"{ended}{last}: `{now.text}` gets {what} back"
    if old.kind in ("moved", "uninit", "partly-moved"):
        return f"`{now.text}` is given a value: it gets {what}"
    if old.kind == "unused":
        return f"`{now.text}` gets a value that is used later: it gets {what}"
    return f"`{now.text}` gets {what}"


def new_reason(now: PlaceState) -> str:
    """A place that comes into scope at this step."""
    if not now.perms:
        if now.why.kind == "uninit":
            return f"`{now.text}` is declared without a value: no permissions until assigned"
        if now.why.kind == "unused":
            return f"`{now.text}` is never used: it needs no permissions"
        return f"`{now.text}` comes into scope with no permissions"
    if now.text.startswith("*"):
        pointer = now.text[1:]
        if W in now.perms:
            return f"through `{pointer}` (a `&mut`), `{now.text}` may be read and written (R W)"
        return f"through `{pointer}`, `{now.text}` may be read (R), not written or owned"
    parts = []
    if R in now.perms:
        parts.append("read (R)")
    if W in now.perms:
        parts.append("written (W: it is `mut`)" if "." not in now.text else "written (W)")
    can = "may be " + _and(parts)
    if O in now.perms:
        can += "; it owns the reference (O)" if now.reference else "; it owns its value (O)"
    if "." in now.text:
        return f"`{now.text}`, a part borrowed or moved on its own, {can}"
    return f"`{now.text}` is declared: it {can}"


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def gone_reason(before: PlaceState) -> str:
    return f"`{before.name}` goes out of scope: `{before.text}` is gone"


def change_reason(source: str, before: PlaceState | None, now: PlaceState | None) -> str:
    """The sentence for one place between two steps ("" if nothing changed)."""
    if now is None:
        return gone_reason(before) if before is not None else ""
    if before is None:
        return new_reason(now)
    gained = now.perms - before.perms
    lost = before.perms - now.perms
    parts = []
    if lost:
        parts.append(lost_reason(source, now, lost))
    if gained:
        parts.append(gained_reason(source, before, now, gained))
    return "; ".join(parts)


__all__ = ["change_reason", "code_at", "line_code", "loan_sentence"]

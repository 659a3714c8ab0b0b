"""E0382 of a moved closure, as rustc 1.95 words it (read from its output on
tests/conformance/diagnostics3/reject_closure_*.rs and the closures/ folder):

- moved by a call (an `FnOnce` closure, or `f: F` with `F: FnOnce()`): the move's label
  is "`f` moved due to this call" under the whole call (`f()`); the closure's type is
  not shown, a note names the captured variable its body moves out ("closure cannot be
  invoked more than once because it moves the variable `s` out of its environment") and
  another the call ("this value implements `FnOnce`, which causes it to be moved when
  called"); for a type parameter the note "`FnOnce` closures can only be called once"
  points at its bound;
- moved otherwise, a closure that is not `Copy` because it mutates (`|| n += 1`) or
  moves out a capture: no type label, the note "closure cannot be moved more than once
  as it is not `Copy` due to moving the variable `n` out of its environment";
- moved otherwise, a closure not `Copy` because it owns a value (`move || s.len()`):
  the type label names it `{closure@FILE:L:C: L:C}` (its head `move ||`), with help
  to pass a borrow when it went into a generic parameter, or to clone it.

The same rule holds in a loop: when the use is the move itself, the caret has no text
of its own and the call's label says "..., in previous iteration of loop".
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.ir import Graph, LocalInfo
from stackheap_tui.lang.diagnostics import FILE_MARK, Diagnostic, Edit, Label, SubNote, Suggestion
from stackheap_tui.lang.span import Span

if TYPE_CHECKING:
    from stackheap_tui.lang.borrowck.lowering.base import ClosureFacts

MOVED_HERE = "value moved here"
LOOP = ", in previous iteration of loop"


def closure_type_text(head: Span) -> str:
    """A closure's type as rustc prints it: `{closure@FILE:4:13: 4:20}` (its head)."""
    return f"{{closure@{FILE_MARK}:{head.line}:{head.col}: {head.end_line}:{head.end_col}}}"


def closure_moved(d: Diagnostic, g: Graph, info: LocalInfo, move_spans: list[Span],
                  span: Span) -> Diagnostic:
    """rustc's wording for a use of a moved closure (or closure-typed parameter)."""
    ty = info.ty
    facts: ClosureFacts | None = g.closures.get(ty.ident) if isinstance(
        ty, T.FnTy) and not ty.pointer else None
    bound = _once_bound(g, ty) if isinstance(ty, T.ParamTy) else None
    calls = [(where, g.call_moves[where.start]) for where in move_spans
             if where.start in g.call_moves]
    if calls and ((facts is not None and facts.why is not None) or bound is not None):
        return _moved_by_call(d, info, calls, span, facts, bound)
    if facts is None or calls:
        return d
    labels = list(d.labels)
    children: tuple[SubNote, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    typed = [i for i, label in enumerate(labels) if label.text.startswith("move occurs")]
    if facts.why is not None:
        labels = [label for i, label in enumerate(labels) if i not in typed]
        children = (SubNote("note", "closure cannot be moved more than once as it is not "
                            f"`Copy` due to moving the variable `{facts.var}` out of its "
                            "environment", facts.why[0]),)
    else:
        if facts.head is None:
            return d
        for i in typed:
            labels[i] = Label(labels[i].span, f"move occurs because `{info.name}` has type "
                              f"`{closure_type_text(facts.head)}`, which does not implement "
                              "the `Copy` trait")
    last = move_spans[-1] if move_spans else None
    if last is not None and not facts.once and last.start in g.generic_args:
        mutably = facts.why is not None  # an `FnMut` closure is passed as `&mut f`
        at = Span(last.line, last.col, last.line, last.col, last.start, last.start)
        suggestions = (Suggestion(
            f"consider {'mutably ' if mutably else ''}borrowing `{info.name}`",
            (Edit(at, "&mut " if mutably else "&"),)),)
    elif last is not None and facts.why is None and facts.clone:
        end = Span(last.end_line, last.end_col, last.end_line, last.end_col, last.end, last.end)
        suggestions = (Suggestion("consider cloning the value if the performance cost is "
                                  "acceptable", (Edit(end, ".clone()"),)),)
    if d.children or d.suggestions:
        return d  # another pass already explained it: leave its words alone
    return dataclasses.replace(d, labels=tuple(labels), children=children,
                               suggestions=suggestions)


def _moved_by_call(d: Diagnostic, info: LocalInfo, calls: list[tuple[Span, Span]],
                   span: Span, facts: ClosureFacts | None, bound: Span | None
                   ) -> Diagnostic:
    called = {(where.start, where.end): call for where, call in calls}
    label = d.label
    labels: list[Label] = []
    for old in d.labels:
        call = called.get((old.span.start, old.span.end))
        if old.text.startswith("move occurs") and bound is None:
            continue  # a closure's own type is not shown
        if call is not None and old.text.startswith(MOVED_HERE):
            loop = LOOP if old.text.endswith(LOOP) else ""
            labels.append(Label(call, f"`{info.name}` moved due to this call{loop}"))
            continue
        labels.append(old)
    here = called.get((span.start, span.end))
    if here is not None and label.startswith(MOVED_HERE):
        # The use is the move itself (a loop's next turn): no text under the caret.
        loop = LOOP if label.endswith(LOOP) else ""
        labels.append(Label(here, f"`{info.name}` moved due to this call{loop}"))
        label = ""
    first = calls[0]
    callee = first[0]
    implements = "this value implements `FnOnce`, which causes it to be moved when called"
    children: tuple[SubNote, ...]
    if bound is not None:
        name = str(info.ty)
        children = (SubNote("note", "`FnOnce` closures can only be called once", bound,
                            f"`{name}` is made to be an `FnOnce` closure here",
                            labels=(Label(first[1], implements),)),)
    else:
        assert facts is not None and facts.why is not None
        children = (SubNote("note", "closure cannot be invoked more than once because it "
                            f"moves the variable `{facts.var}` out of its environment",
                            facts.why[0]),
                    SubNote("note", implements, callee))
    return dataclasses.replace(d, label=label, labels=tuple(labels), children=children)


def _once_bound(g: Graph, ty: T.ParamTy) -> Span | None:
    """The span of an `FnOnce(..)` bound on the function's type parameter `ty`."""
    item = g.item
    if not isinstance(item, ast.FnItem):
        return None
    for param in item.generics:
        if param.name != ty.name:
            continue
        for bound in param.bounds:
            if bound.segments[-1:] == ("FnOnce",):
                return bound.span
    return None


__all__ = ["closure_moved", "closure_type_text"]

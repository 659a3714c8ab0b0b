"""A value moved inside a loop (E0382), reported as rustc 1.95 does.

Measured against rustc on `for`, `while` and `loop` bodies, nested loops and uses after
the loop:

- a move is "value moved here, in previous iteration of loop" when the way from the move
  to the use goes back through a loop's head: the use is at or before the move in the
  loop, or after a `while`/`for` loop (which is only left through its head);
- where the use is the move itself (`let t = s;` on the second iteration), that is the
  primary label, alone (not also "value used here after move");
- each loop around such a move that does not also hold the moved variable's declaration
  is labelled "inside of this loop" at its head (`for x in it`, `while cond`, `loop`);
- of the uses that share one set of moves, rustc reports the first its borrow checker
  visits: the MIR of a `while` or `for` loop puts the code after the loop before the
  loop's body, so a use after such a loop is the one reported.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from stackheap_tui.lang import ast
from stackheap_tui.lang.borrowck.flow import BodyChecker
from stackheap_tui.lang.diagnostics import Diagnostic, Label
from stackheap_tui.lang.span import Span

PREVIOUS = "value moved here, in previous iteration of loop"


@dataclass(frozen=True, slots=True)
class LoopSpan:
    span: Span  # the whole loop
    head: Span  # `for x in it`, `while cond`, `loop`
    left_by_head: bool  # `while` and `for`: leaving it goes through its head


def loops_of(item: ast.FnItem) -> list[LoopSpan]:
    """The loops of a function, outermost first."""
    found: list[LoopSpan] = []

    def head(node: ast.Loop | ast.While | ast.For) -> Span:
        start = node.span
        end = (node.iterable.span if isinstance(node, ast.For) else node.cond.span
               if isinstance(node, ast.While) else None)
        if end is None:
            return Span(start.line, start.col, start.line, start.col + 4, start.start,
                        start.start + 4)
        return Span(start.line, start.col, end.end_line, end.end_col, start.start, end.end)

    def walk(node: object) -> None:
        if isinstance(node, ast.Loop | ast.While | ast.For) and node.label is None:
            found.append(LoopSpan(node.span, head(node), not isinstance(node, ast.Loop)))
        for child in ast.children(node):
            walk(child)

    walk(item)
    return found


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _after_loop(move: Span, use: Span, loops: list[LoopSpan]) -> bool:
    """The use is after a `while`/`for` loop holding the move: reached through its head."""
    return any(loop.left_by_head and _inside(move, loop.span) and use.start >= loop.span.end
               for loop in loops)


def report_order(body: BodyChecker, errors: list[Diagnostic],
                 loops: list[LoopSpan]) -> list[Diagnostic]:
    """`errors` in the order rustc's borrow checker meets them, as far as it matters for
    which use of a moved value is reported: a use inside a `while`/`for` loop that holds
    its move comes after the uses past that loop."""
    facts = {id(f.diagnostic): f for f in body.facts}

    def late(d: Diagnostic) -> bool:
        f = facts.get(id(d))
        if d.code != "E0382" or f is None or not f.move_spans:
            return False
        return any(loop.left_by_head and _inside(d.span, loop.span) and all(
            _inside(move, loop.span) for move in f.move_spans) for loop in loops)

    return sorted(errors, key=late)  # (stable: otherwise in the checker's order)


def relabel(body: BodyChecker, errors: list[Diagnostic],
            loops: list[LoopSpan]) -> list[Diagnostic]:
    """E0382 labels for moves made in an earlier iteration of a loop."""
    if not loops:
        return errors
    facts = {id(f.diagnostic): f for f in body.facts}
    out: list[Diagnostic] = []
    for d in errors:
        f = facts.get(id(d))
        if d.code != "E0382" or f is None or f.moved is None or not f.move_spans:
            out.append(d)
            continue
        labels: list[Label] = []
        label = d.label
        again_moves: list[Span] = []
        for lab in d.labels:
            if lab.span in f.move_spans and lab.text.startswith(("value moved here",
                                                                  "value partially moved")):
                again = lab.text.endswith("in previous iteration of loop") or _after_loop(
                    lab.span, d.span, loops)
                text = lab.text.split(",")[0]
                if again:
                    again_moves.append(lab.span)
                    text += ", in previous iteration of loop"
                    if lab.span == d.span and not lab.text.startswith("value partially"):
                        label = PREVIOUS  # the use is the move, one iteration on
                        continue
                labels.append(dataclasses.replace(lab, text=text))
            else:
                labels.append(lab)
        if not again_moves:
            out.append(d)
            continue
        info = body.g.locals.get(f.moved.local)
        declared = info.span if info is not None else None
        heads = [Label(loop.head, "inside of this loop") for loop in loops
                 if any(_inside(move, loop.span) for move in again_moves)
                 and not (declared is not None and _inside(declared, loop.span))]
        # rustc adds the loop labels after the declaration's "move occurs because".
        first = 1 if labels and labels[0].text.startswith("move occurs because") else 0
        labels[first:first] = heads
        new = dataclasses.replace(d, label=label, labels=tuple(labels))
        f.diagnostic = new  # the explanations find the error by its facts
        out.append(new)
    return out

"""rustc's words around a value moved inside a loop (E0382).

Measured with rustc 1.95:

- every loop around the move that does not also hold the moved binding's declaration
  gets "inside of this loop" under its head (`for x in xs`, `while cond`, `loop`);
- when the move's nearest enclosing expression is a call (`drop(s)`, `v.push(s)`) and
  the outermost such loop has a `break` (a `while` loop always has one: its condition
  is one), "help: consider moving the expression out of the loop so it is only moved
  once": `let mut value = CALL;` before the loop and `value` in the call's place.
"""

from __future__ import annotations

import dataclasses

from stackheap_tui.lang import ast
from stackheap_tui.lang.borrowck.clone_suggestions import _chain_to, path_chain
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

_LOOPS = (ast.Loop, ast.While, ast.For)
AnyLoop = ast.Loop | ast.While | ast.For
HOIST = "consider moving the expression out of the loop so it is only moved once"


def _contains(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _head(loop: object) -> Span | None:
    """A loop's head as rustc underlines it: `'a: for x in xs`, `while cond`, `loop`
    (after a label written as `'a: `)."""
    if not isinstance(loop, _LOOPS):
        return None
    s = loop.span
    if isinstance(loop, ast.Loop):
        # `'a: loop`: only the keyword (for `for` and `while` the label is included).
        skip = len(loop.label) + 2 if loop.label is not None else 0
        if loop.label is not None and not loop.label.startswith("'"):
            return None
        return Span(s.line, s.col + skip, s.line, s.col + skip + 4, s.start + skip,
                    s.start + skip + 4)
    end = loop.iterable.span if isinstance(loop, ast.For) else loop.cond.span
    return Span(s.line, s.col, end.end_line, end.end_col, s.start, end.end)


def _has_break(node: object) -> bool:
    """A `break` anywhere in the loop (a `while` always breaks at its condition)."""
    if isinstance(node, ast.While):
        return True
    if isinstance(node, ast.Break):
        return True
    if isinstance(node, ast.Closure | ast.FnItem):
        return False
    return any(_has_break(child) for child in ast.children(node))


def _indent(loop: AnyLoop) -> str:
    return " " * (loop.span.col - 1)  # rustc indents as the loop's line


def _with_loop_words(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    moves = [label for label in d.all_labels() if label.text.startswith("value moved here")
             or " moved due to this call" in label.text]
    declared = [label for label in d.labels if label.text.startswith("move occurs because")]
    if len(moves) != 1 or len(declared) > 1:
        return d
    if not declared and not moves[0].text.endswith(", in previous iteration of loop"):
        return d  # (a closure's E0382 shows no type; a move in an earlier turn of the
        # loop says its binding is outside it)
    chain = path_chain(checked.program, moves[0].span) if declared else _chain_to(
        checked.program, moves[0].span, (ast.Call,))
    if chain is None:
        return d
    loops: list[AnyLoop] = []
    for node in reversed(chain[:-1]):
        span = getattr(node, "span", None)
        if isinstance(node, ast.FnItem | ast.Closure) or (
                isinstance(span, Span) and declared and _contains(span, declared[0].span)):
            break
        if isinstance(node, ast.For) and _contains(node.iterable.span, moves[0].span):
            continue  # a `for`'s iterable is evaluated once, before the loop
        if isinstance(node, _LOOPS):
            loops.append(node)
    if not loops:
        return d
    heads = [_head(loop) for loop in loops]
    if any(head is None for head in heads):
        return d
    labels = (*d.labels, *(Label(head, "inside of this loop") for head in heads if head))
    d = dataclasses.replace(d, labels=labels)
    parent = chain[-2]
    outer = loops[-1]
    if not isinstance(parent, ast.Call | ast.MethodCall) or not _has_break(outer):
        return d
    call = parent.span
    if call.line != call.end_line:
        return d
    text = _call_text(parent)
    if text is None:
        return d
    start = outer.span
    hoist = Suggestion(HOIST, (
        Edit(start, f"let mut value = {text};\n{_indent(outer)}"),
        Edit(call, "value", call.end - call.start)))
    return dataclasses.replace(d, suggestions=(hoist, *d.suggestions))


def _call_text(call: ast.Call | ast.MethodCall) -> str | None:
    """The call as written, for the simple shapes a learner writes (`f(x)`, `v.push(x)`);
    None when it cannot be rebuilt exactly from the tree."""
    def text(e: object) -> str | None:
        if isinstance(e, ast.Path) and e.is_name:
            return e.segments[0]
        if isinstance(e, ast.Field):
            base = text(e.base)
            return None if base is None else f"{base}.{e.name}"
        return None

    args = [text(arg) for arg in call.args]
    if any(arg is None for arg in args):
        return None
    if isinstance(call, ast.MethodCall):
        receiver = text(call.receiver)
        if receiver is None or call.generic_args:
            return None
        head = f"{receiver}.{call.method}"
    else:
        callee = call.callee
        if not isinstance(callee, ast.Path) or callee.generic_args or callee.as_trait:
            return None
        head = "::".join(callee.segments)
    return f"{head}({', '.join(a for a in args if a is not None)})"


def add_loop_words(diagnostics: list[Diagnostic], checked: CheckedProgram) -> list[Diagnostic]:
    """E0382 diagnostics with rustc's loop labels and hoisting help, where they apply."""
    return [_with_loop_words(d, checked) if d.code == "E0382" and (
        d.message.startswith(("use of moved value", "borrow of moved value"))) else d
        for d in diagnostics]


# ---- which use of a value moved in a loop is reported, and how its move is named ----
# Measured with rustc 1.95: of the uses that share one set of moves, rustc reports the
# first its borrow checker visits, and the MIR of a `while` or `for` loop puts the code
# after the loop before the loop's body: a use after such a loop is the one reported (a
# `loop`'s body comes first). The way from the move to that use goes back through the
# loop's head, so the move is "in previous iteration of loop" there too.


def exited_by_head(item: ast.FnItem) -> list[Span]:
    """The `while` and `for` loops of a function (left only through their head)."""
    found: list[Span] = []
    stack: list[object] = [item]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.For):  # its iterable is evaluated once, before it
            s, after = node.span, node.iterable.span
            found.append(Span(after.end_line, after.end_col, s.end_line, s.end_col, after.end,
                              s.end))
        elif isinstance(node, ast.While):
            found.append(node.span)
        stack.extend(ast.children(node))
    return found


def _after_loop(move: Span, use: Span, loops: list[Span]) -> bool:
    return any(_contains(loop, move) and use.start >= loop.end for loop in loops)


def report_order(errors: list[Diagnostic], moves: dict[int, tuple[Span, ...]],
                 loops: list[Span]) -> list[Diagnostic]:
    """`errors` as rustc meets them where that decides the report (`moves`: id of an
    E0382 -> its move spans): a use inside a `while`/`for` loop holding all its moves
    comes after the uses past that loop."""
    def late(d: Diagnostic) -> bool:
        spans = moves.get(id(d), ())
        return bool(spans) and any(_contains(loop, d.span) and all(
            _contains(loop, move) for move in spans) for loop in loops)

    return sorted(errors, key=late)  # stable: otherwise in the checker's order


def previous_iteration(d: Diagnostic, loops: list[Span]) -> Diagnostic:
    """A use after a `while`/`for` loop of a value moved inside it: the move happened in
    a previous iteration (rustc's label)."""
    if d.code != "E0382":
        return d
    labels = tuple(dataclasses.replace(label, text=label.text + ", in previous iteration of loop")
                   if label.text in ("value moved here", "value partially moved here")
                   and _after_loop(label.span, d.span, loops) else label
                   for label in d.labels)
    return d if labels == d.labels else dataclasses.replace(d, labels=labels)

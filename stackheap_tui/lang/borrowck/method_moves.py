"""rustc's words for a value moved by a method that takes `self` (E0382).

Measured with rustc 1.95 on the program's own methods (`o.finish()` with
`fn finish(self)`):

- the move is labelled over the method and its arguments: "`o` moved due to this method
  call" (", in previous iteration of loop" in a loop, where the caret then has no label);
- outside a loop, "note: `Order::finish` takes ownership of the receiver `self`, which
  moves `o`" at the `self` of the method (a trait's method: at the trait's declaration,
  named `Trait::method`; a generic type's: `W::<T>::take`);
- if the receiver's type implements `Clone`: "help: you can `clone` the value and
  consume it, but this might not be your desired behavior", `.clone()` after it.

std methods (`unwrap`, `into_iter`) point into the standard library's sources, without
a snippet (`RECEIVER_TAKEN_AT`, measured per method); an `Option` or `Result` receiver
adds "help: consider calling `.as_ref()` ..." under it.
"""

from __future__ import annotations

import dataclasses
import re

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.clone_suggestions import _chain_to, _is_clone
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, SubNote, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std.library_locations import (
    OPERATOR_MOVES_LEFT,
    RECEIVER_TAKEN_AT,
    library,
)

_MOVED = "value moved here"
_AGAIN = ", in previous iteration of loop"
AS_REF = "help: consider calling `.as_ref()` or `.as_mut()` to borrow the type's contents"
CLONE_CONSUME = "you can `clone` the value and consume it, but this might not be your " \
    "desired behavior"


def _owner(program: ast.Program, item: ast.FnItem) -> tuple[str, ast.SelfParam] | None:
    """How rustc names the method (`Order::finish`, `Consume::eat`, `W::<T>::take`) and
    the `self` it points at."""
    for decl in program.items:
        # A generic method's copy per instantiation shares its declaration's span.
        declared = next((m for m in decl.methods if m.span == item.span), None) if (
            isinstance(decl, ast.ImplItem)) else None
        if not isinstance(decl, ast.ImplItem) or declared is None:
            continue
        item = declared
        if decl.trait is not None:
            for trait in program.items:
                if isinstance(trait, ast.TraitItem) and trait.name == decl.trait.segments[-1]:
                    for method in (*trait.required, *trait.provided):
                        if method.name == item.name and method.self_param is not None:
                            return f"{trait.name}::{item.name}", method.self_param
            return None
        target = decl.self_type
        if not isinstance(target, ast.TypePath) or item.self_param is None:
            return None
        name = target.segments[-1]
        params = [g.name for g in decl.generics if not g.name.startswith("'")]
        shown = f"{name}::<{', '.join(params)}>" if params else name
        return f"{shown}::{item.name}", item.self_param
    return None


def _self_word(param: ast.SelfParam) -> Span:
    """The `self` of `self` / `mut self`."""
    s = param.span
    return Span(s.end_line, s.end_col - 4, s.end_line, s.end_col, s.end - 4, s.end)


def _with_method_move(d: Diagnostic, checked: CheckedProgram,
                      reported: set[tuple[int, str]]) -> Diagnostic:
    """`reported`: (function, note target) of the receiver notes given so far; rustc
    gives each once per function body."""
    moves = [label for label in d.all_labels() if label.text in (_MOVED, _MOVED + _AGAIN)]
    shown = re.search(r"moved value: `([^`]*)`$", d.message)
    if len(moves) != 1 or shown is None or d.children or d.suggestions:
        return d
    move = moves[0]
    chain = _chain_to(checked.program, move.span, (ast.Path,))
    if chain is None or len(chain) < 2:
        return d
    call, path = chain[-2], chain[-1]
    body = id(next((node for node in chain if isinstance(node, ast.FnItem)), None))
    if isinstance(call, ast.For) and isinstance(path, ast.Path) and call.iterable is path and (
            move.text == _MOVED):
        return _implicit_into_iter(d, checked, move, path, shown.group(1),
                                   reported, body)
    if not isinstance(call, ast.MethodCall) or call.receiver is not path:
        return d
    callee = checked.callees.get(id(call))
    if callee is None or callee.self_mode != "value" or callee.derefs:
        return d
    std = RECEIVER_TAKEN_AT.get(callee.key) if callee.kind == "builtin" else None
    owner = _owner(checked.program, callee.item) if callee.item is not None else None
    if owner is None and std is None:
        return d
    name = shown.group(1)
    again = move.text.endswith(_AGAIN)
    m = call.method_span
    at = Span(m.line, m.col, call.span.end_line, call.span.end_col, m.start, call.span.end)
    label = Label(at, f"`{name}` moved due to this method call" + (_AGAIN if again else ""))
    if move.primary:  # the caret keeps no words of its own
        d = dataclasses.replace(d, label="", labels=(*d.labels, label))
    else:
        d = dataclasses.replace(d, labels=tuple(label if lb is move else lb for lb in d.labels))
    ty = checked.types.get(id(path))
    if std is not None and isinstance(ty, T.AdtTy) and ty.name in ("Option", "Result"):
        d = dataclasses.replace(d, labels=(*d.labels, Label(path.span, AS_REF)))
    target = f"{owner[1].span}" if owner is not None else std[1] if std is not None else ""
    if not again and (body, target) not in reported:
        reported.add((body, target))
        if owner is not None:
            d = dataclasses.replace(d, children=(SubNote(
                "note", f"`{owner[0]}` takes ownership of the receiver `self`, which moves "
                f"`{name}`", _self_word(owner[1])),))
        elif std is not None:
            d = dataclasses.replace(d, children=(SubNote(
                "note", f"`{std[0]}` takes ownership of the receiver `self`, which moves "
                f"`{name}`", location=library(std[1])),))
    if ty is not None and _is_clone(ty):
        r = path.span
        end = Span(r.end_line, r.end_col, r.end_line, r.end_col, r.end, r.end)
        d = dataclasses.replace(d, suggestions=(
            Suggestion(CLONE_CONSUME, (Edit(end, ".clone()"),)),))
    return d


def _implicit_into_iter(d: Diagnostic, checked: CheckedProgram, move: Label, path: ast.Path,
                        name: str, reported: set[tuple[int, str]], body: int) -> Diagnostic:
    """`for x in v` moving `v`: "`v` moved due to this implicit call to `.into_iter()`",
    the `into_iter` note (once per body), and for a `Vec` the help to iterate over `&v`."""
    ty = checked.types.get(id(path))
    own = isinstance(ty, T.AdtTy) and ty.defn is not None and ty.defn.span is not None
    if not isinstance(ty, T.AdtTy) or not (ty.name == "Vec" or own):
        return d  # (a program's iterator too: the same words, without the slice help)
    label = Label(move.span, f"`{name}` moved due to this implicit call to `.into_iter()`")
    if move.primary:
        d = dataclasses.replace(d, label="", labels=(*d.labels, label))
    else:
        d = dataclasses.replace(d, labels=tuple(label if lb is move else lb for lb in d.labels))
    taken, where = RECEIVER_TAKEN_AT["Vec::into_iter"]
    if (body, where) not in reported:
        reported.add((body, where))
        d = dataclasses.replace(d, children=(SubNote(
            "note", f"`{taken}` takes ownership of the receiver `self`, which moves "
            f"`{name}`", location=library(where)),))
    if own:
        return d
    r = path.span
    start = Span(r.line, r.col, r.line, r.col, r.start, r.start)
    return dataclasses.replace(d, suggestions=(Suggestion(
        f"consider iterating over a slice of the `{ty}`'s content to avoid moving into the "
        "`for` loop", (Edit(start, "&"),)),))


def _operator_move(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    """`s + "b"` (a `&str` on the right, no coercion): rustc names the operator call,
    "`s` moved due to usage in operator", and notes that `Add::add` takes its left side
    (`s1 + &s2`, whose `&String` is coerced first, is a plain "value moved here")."""
    moves = [label for label in d.labels if label.text == _MOVED]
    shown = re.search(r"moved value: `([^`]*)`$", d.message)
    if len(moves) != 1 or shown is None or d.children:
        return d
    chain = _chain_to(checked.program, moves[0].span, (ast.Path,))
    if chain is None or len(chain) < 2:
        return d
    binary, path = chain[-2], chain[-1]
    if not isinstance(binary, ast.Binary) or binary.op != "+" or binary.left is not path:
        return d
    right = checked.types.get(id(binary.right))
    if right != T.RefTy(T.STR) or id(binary.right) in checked.coercions:
        return d
    label = Label(binary.span, f"`{shown.group(1)}` moved due to usage in operator")
    return dataclasses.replace(
        d, labels=tuple(label if lb is moves[0] else lb for lb in d.labels),
        children=(SubNote("note", "calling this operator moves the left-hand side",
                          location=library(OPERATOR_MOVES_LEFT)),))


def add_method_move_words(diagnostics: list[Diagnostic],
                          checked: CheckedProgram) -> list[Diagnostic]:
    """E0382 diagnostics whose move is a `self` method (or a `for` loop's implicit
    `into_iter`), in rustc's words."""
    reported: set[tuple[int, str]] = set()
    return [_operator_move(_with_method_move(d, checked, reported), checked)
            if d.code == "E0382" else d for d in diagnostics]

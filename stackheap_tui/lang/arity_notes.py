"""E0061 for a call of the program's function with arguments missing at the end, as
rustc 1.95 draws it (read from its output on tests/conformance/diagnostics3/
reject_missing_args_*.rs):

    error[E0061]: this function takes 2 arguments but 1 argument was supplied
     --> src/main.rs:7:20
      |
    7 |     println!("{}", area(5));
      |                    ^^^^--- argument #2 of type `u32` is missing
      |
    note: function defined here
     --> src/main.rs:2:4
      |
    2 | fn area(width: u32, height: u32) -> u32 {
      |    ^^^^             -----------
    help: provide the argument
      |
    7 |     println!("{}", area(5, /* u32 */));
      |                          +++++++++++

The caret is under the function's name, the label under the parentheses ("argument #2
of type `u32` is missing", "two arguments of type `i32` and `bool` are missing"); the
note marks each missing parameter. Drawn only where the given arguments plainly are the
first parameters (their types match them), as rustc then reads the call.
"""

from __future__ import annotations

import dataclasses
import re

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, SubNote, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

_COUNTS = {2: "two", 3: "three", 4: "four", 5: "five"}
_INTS = {"i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"}


def _type_text(ty: ast.TypeExpr) -> str | None:
    if isinstance(ty, ast.TypePath) and not ty.args and not ty.lifetimes and (
            ty.sugar is None and not ty.bindings):
        return "::".join(ty.segments)
    if isinstance(ty, ast.TypeRef) and ty.lifetime is None and not ty.static:
        inner = _type_text(ty.inner)
        return None if inner is None else f"&{'mut ' if ty.mutable else ''}{inner}"
    return None


def _fits(arg: T.Ty | None, written: str) -> bool:
    if arg is None:
        return False
    shown = str(arg)
    return shown == written or (shown == "{integer}" and written in _INTS) or (
        shown == "{float}" and written in ("f32", "f64"))


def _find_call(program: ast.Program, span: Span) -> ast.Call | None:
    def walk(node: object) -> ast.Call | None:
        node_span = getattr(node, "span", None)
        if isinstance(node_span, Span) and not (node_span.start <= span.start
                                                and span.end <= node_span.end):
            return None
        if isinstance(node, ast.Call) and isinstance(node_span, Span) and (
                node_span.start, node_span.end) == (span.start, span.end):
            return node
        for child in ast.children(node):
            found = walk(child)
            if found is not None:
                return found
        return None

    for item in program.items:
        found = walk(item)
        if found is not None:
            return found
    return None


def _point(line: int, col: int, offset: int) -> Span:
    return Span(line, col, line, col, offset, offset)


def _with_missing(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    m = re.fullmatch(r"this function takes (\d+) arguments? but (\d+) arguments? (?:was|were) "
                     r"supplied", d.message)
    if m is None or d.labels or d.children or d.suggestions:
        return d
    wanted, given = int(m.group(1)), int(m.group(2))
    if given >= wanted or (wanted - given > 1 and wanted - given not in _COUNTS):
        return d
    call = _find_call(checked.program, d.span)
    if call is None or not isinstance(call.callee, ast.Path) or not call.callee.is_name:
        return d
    fn = next((item for item in checked.program.items if isinstance(item, ast.FnItem)
               and item.name == call.callee.segments[0]), None)
    if fn is None or fn.generics or len(fn.params) != wanted:
        return d
    written = [_type_text(p.type) for p in fn.params]
    if any(w is None for w in written):
        return d
    types = [w for w in written if w is not None]
    if not all(_fits(checked.types.get(id(arg)), types[i]) for i, arg in enumerate(call.args)):
        return d
    missing = types[given:]
    if len(missing) == 1:
        text = f"argument #{given + 1} of type `{missing[0]}` is missing"
    else:
        listed = [f"`{t}`" for t in missing]
        joined = (" and ".join(listed) if len(listed) == 2
                  else ", ".join(listed[:-1]) + ", and " + listed[-1])
        text = f"{_COUNTS[len(missing)]} arguments of type {joined} are missing"
    head = call.callee.span
    close = call.span
    parens = Span(head.end_line, head.end_col, close.end_line, close.end_col, head.end, close.end)
    note = SubNote("note", "function defined here", fn.name_span, "",
                   labels=tuple(Label(p.span, "") for p in fn.params[given:]))
    inserted = ", ".join(f"/* {t} */" for t in missing)
    at = _point(close.end_line, close.end_col - 1, close.end - 1)
    edit = Edit(at, (", " if given else "") + inserted)
    help_text = "provide the argument" + ("s" if len(missing) > 1 else "")
    return dataclasses.replace(d, span=head, label="", labels=(Label(parens, text),),
                               children=(note,), suggestions=(Suggestion(help_text, (edit,)),))


def add_arity_notes(diagnostics: list[Diagnostic], checked: CheckedProgram) -> list[Diagnostic]:
    """E0061 of a call missing its last arguments, with rustc's note and help."""
    return [_with_missing(d, checked) if d.code == "E0061" else d for d in diagnostics]


__all__ = ["add_arity_notes"]

"""The help rustc 1.95 adds to E0005 in a `let` without `else` (read from its output on
tests/conformance/checks/reject_refutable_let_*.rs and diagnostics/reject_refutable_*):

- a pattern that binds a variable: `help: you might want to use `let...else` to handle
  the variant(s) that isn't/aren't matched`, inserting ` else { todo!() }` after the
  initializer;
- a pattern that binds nothing: `help: you might want to use `if let` to ignore the
  variant(s) ...`, inserting `if ` before `let` and ` { todo!() }` after the initializer.

A `for` or parameter pattern gets neither; a `const`'s name used as the pattern gets
rustc's other help ("introduce a variable instead"), not drawn here.
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang.diagnostics import Edit, Label, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span


def _find_let(node: object, pat: ast.Pattern) -> ast.Let | None:
    if isinstance(node, ast.Let) and node.pattern is pat:
        return node
    for child in ast.children(node):
        found = _find_let(child, pat)
        if found is not None:
            return found
    return None


def _binds(pat: object, checked: CheckedProgram) -> bool:
    if isinstance(pat, ast.IdentPattern | ast.BindingPattern):
        return id(pat) in checked.bindings or isinstance(pat, ast.BindingPattern)
    return any(_binds(child, checked) for child in ast.children(pat))


def _point(line: int, col: int, offset: int) -> Span:
    return Span(line, col, line, col, offset, offset)


def let_help(pat: ast.Pattern, missing: int, checked: CheckedProgram) -> Suggestion | None:
    """The suggestion for a refutable `let` pattern with `missing` uncovered patterns."""
    if isinstance(pat, ast.IdentPattern):  # a const's name: rustc's help is another one
        return None
    let = _find_let(checked.program, pat)
    if let is None or let.init is None or let.otherwise is not None:
        return None
    end = let.init.span
    after = _point(end.end_line, end.end_col, end.end)
    what = ("variants that aren't matched" if missing > 1 else "variant that isn't matched")
    if _binds(pat, checked):
        return Suggestion(f"you might want to use `let...else` to handle the {what}",
                          (Edit(after, " else { todo!() }"),))
    start = _point(let.span.line, let.span.col, let.span.start)
    return Suggestion(f"you might want to use `if let` to ignore the {what}",
                      (Edit(start, "if "), Edit(after, " { todo!() }")))


def const_help(pat: ast.Pattern, checked: CheckedProgram
               ) -> tuple[Label, Suggestion] | None:
    """A `const`'s name where a new variable was meant (`let LIMIT = 3;`): the label on the
    const's declaration and `help: introduce a variable instead` (`LIMIT_var`)."""
    const = checked.pattern_consts.get(id(pat)) if isinstance(pat, ast.IdentPattern) else None
    if const is None:
        return None
    head, ty = const.span, const.type.span
    declared = Span(head.line, head.col, ty.end_line, ty.end_col, head.start, ty.end)
    label = Label(declared, f"missing patterns are not covered because `{const.name}` is "
                  "interpreted as a constant pattern, not a new variable")
    end = pat.span
    return label, Suggestion("introduce a variable instead",
                             (Edit(_point(end.end_line, end.end_col, end.end), "_var"),))

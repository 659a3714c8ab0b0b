"""rustc's suggestions under a use of a moved value (E0382), where the move was a plain
`name` moving a whole local.

Measured with rustc 1.95 (a move outside loops and closures, by `let x = name;`,
`x = name;`, an argument `f(name)` / `v.push(name)`, a struct field `W { s: name }` or
`W { name }`, a tuple or array item, a block's value):

- the type implements `Clone`: "help: consider cloning the value if the performance cost
  is acceptable" with `.clone()` after the name (`name: name.clone()` for a shorthand
  field); an `Rc`: "help: clone the value to increment its reference count";
- a struct or enum of the program without `Clone`: "note: if `P` implemented `Clone`,
  you could clone the value" at `struct P`, and "you could clone this value" at the move;
- an argument of a function of the program: first "note: consider changing this
  parameter type in function `f` to borrow instead if owning the value isn't necessary".

A move inside a loop gets them too, and so does one inside `println!`/`format!`'s
arguments or a `vec![..]` element, and the left side of `s1 + &s2`. Anything else (a
method's receiver, a `for` loop's iterable, a move in a closure, an `if let` scrutinee,
inside other macros) gets nothing: rustc says other things there.
"""

from __future__ import annotations

import dataclasses

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, SubNote, Suggestion
from stackheap_tui.lang.items import item_head
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

_NO_SUGGESTION = (ast.Closure, ast.LetCond)
# Macros whose arguments rustc checks as the expressions written: a move inside one gets
# the same help as anywhere (measured: `println!("{}", take(v))`, `vec![s]`).
_ARGUMENT_MACROS = ("println", "print", "eprintln", "eprint", "format", "vec")
_MOVED = ("value moved here", "value moved here, in previous iteration of loop")
CLONE = "consider cloning the value if the performance cost is acceptable"


def _is_clone(ty: T.Ty) -> bool | None:
    """Whether `ty` implements Clone; None when not known here."""
    if T.is_copy(ty):
        return True
    if isinstance(ty, T.AdtTy):
        if ty.name in ("String", "Rc", "Arc"):
            return True
        if ty.name in ("Vec", "Option", "Result", "RefCell", "Box"):
            parts = [_is_clone(arg) for arg in ty.args]
            return None if None in parts else all(parts)
        if ty.defn is not None and ty.defn.span is not None and ty.name not in (
                "Option", "Result", "Ordering"):
            return "Clone" in ty.defn.derives
        return None
    if isinstance(ty, T.BoxTy):
        return _is_clone(ty.inner)
    if isinstance(ty, T.TupleTy | T.ArrayTy):
        items = ty.items if isinstance(ty, T.TupleTy) else (ty.element,)
        parts = [_is_clone(item) for item in items]
        return None if None in parts else all(parts)
    return None


def path_chain(program: ast.Program, span: Span) -> list[object] | None:
    """The chain of nodes from an item down to the path spanning exactly `span`."""
    return _chain_to(program, span, (ast.Path,))


def _chain_to(program: ast.Program, span: Span, kinds: tuple[type, ...]
              ) -> list[object] | None:
    """The chain of nodes from an item down to a node of one of `kinds` spanning exactly
    `span` (subtrees that do not contain `span` are skipped)."""
    def walk(node: object, chain: list[object]) -> list[object] | None:
        node_span = getattr(node, "span", None)
        if isinstance(node_span, Span) and not (
                node_span.start <= span.start and span.end <= node_span.end):
            return None
        if isinstance(node, kinds) and isinstance(node_span, Span) and (
                node_span.start, node_span.end) == (span.start, span.end):
            return [*chain, node]
        for child in ast.children(node):
            found = walk(child, [*chain, node])
            if found is not None:
                return found
        return None

    for item in program.items:
        found = walk(item, [])
        if found is not None:
            return found
    return None


def _param_note(checked: CheckedProgram, call: ast.Call | ast.MethodCall,
                position: int) -> SubNote | None:
    callee = checked.callees.get(id(call))
    if callee is None or callee.kind != "fn" or callee.item is None:
        return None
    item = callee.item
    if position >= len(item.params):
        return None
    what = "method" if isinstance(call, ast.MethodCall) else "function"
    return SubNote("note", f"consider changing this parameter type in {what} `{item.name}` "
                   "to borrow instead if owning the value isn't necessary",
                   item.params[position].type.span, "this parameter takes ownership of the value",
                   (Label(item.name_span, f"in this {what}"),))


def _context_ok(chain: list[object], path: ast.Path, checked: CheckedProgram
                ) -> tuple[bool, SubNote | None, bool]:
    """Whether rustc suggests here, its parameter note, and whether `path` is a shorthand
    struct field."""
    if any(isinstance(node, _NO_SUGGESTION) for node in chain[:-1]):
        return False, None, False
    parent = chain[-2] if len(chain) >= 2 else None
    if any(isinstance(node, ast.MacroCall) and node.name not in _ARGUMENT_MACROS
           for node in chain[:-1]):
        return False, None, False  # inside other macros rustc's words differ
    if isinstance(parent, ast.MacroCall):  # `vec![s]`: an element
        return parent.name == "vec" and not parent.repeat, None, False
    if isinstance(parent, ast.Binary):  # `s1 + &s2`: `String`'s `Add` takes `self`
        return parent.op == "+" and parent.left is path, None, False
    if isinstance(parent, ast.Let):
        return parent.init is path, None, False
    if isinstance(parent, ast.Assign):
        return parent.op == "=" and parent.value is path, None, False
    if isinstance(parent, ast.Call | ast.MethodCall) and path in parent.args:
        callee = checked.callees.get(id(parent))
        if callee is None or callee.kind not in ("fn", "builtin"):
            return False, None, False
        return True, _param_note(checked, parent, parent.args.index(path)), False
    if isinstance(parent, ast.FieldInit):
        return True, None, parent.span.start == path.span.start
    if isinstance(parent, ast.TupleExpr | ast.ArrayExpr):
        return True, None, False
    if isinstance(parent, ast.Block):
        return parent.tail is path, None, False
    return False, None, False


def _with_clone(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    moves = [label for label in d.all_labels() if label.text.startswith("value moved here")]
    if len(moves) != 1 or moves[0].text not in _MOVED or d.children or d.suggestions:
        return d
    at = moves[0].span
    chain = path_chain(checked.program, at)
    if chain is None:
        return d
    path = chain[-1]
    assert isinstance(path, ast.Path)
    binding = checked.bindings.get(id(path))
    if binding is None or not path.is_name:
        return d
    ok, note, shorthand = _context_ok(chain, path, checked)
    if not ok:
        return d
    ty = binding.ty
    clone = _is_clone(ty)
    children = (note,) if note is not None else ()
    if clone:
        end = Span(at.end_line, at.end_col, at.end_line, at.end_col, at.end, at.end)
        text = f": {path.segments[0]}.clone()" if shorthand else ".clone()"
        rc = isinstance(ty, T.AdtTy) and ty.name in ("Rc", "Arc")
        message = "clone the value to increment its reference count" if rc else CLONE
        return dataclasses.replace(d, children=children,
                                   suggestions=(Suggestion(message, (Edit(end, text),)),))
    if clone is False and isinstance(ty, T.AdtTy) and note is None:
        return _if_it_implemented_clone(d, checked, ty, at)
    return d



def _if_it_implemented_clone(d: Diagnostic, checked: CheckedProgram, ty: T.AdtTy,
                             at: Span) -> Diagnostic:
    """rustc's note for a moved value of the program's own type without `Clone`: at the
    type's declaration, "if `S` implemented `Clone`, you could clone the value"."""
    head = item_head(checked.program, ty.name)
    if head is None:
        return d
    return dataclasses.replace(d, children=(SubNote(
        "note", f"if `{ty.name}` implemented `Clone`, you could clone the value", head,
        "consider implementing `Clone` for this type",
        (Label(at, "you could clone this value"),)),))

def add_clone_suggestions(diagnostics: list[Diagnostic],
                          checked: CheckedProgram) -> list[Diagnostic]:
    """E0382 diagnostics with rustc's clone suggestion or note, where they are known."""
    return [_with_clone(d, checked) if d.code == "E0382" and (
        d.message.startswith(("use of moved value", "borrow of moved value"))) else d
        for d in diagnostics]


# ---- E0507 / E0508 / E0509: moving out of something borrowed ----
# Measured with rustc 1.95: in `let x = EXPR;` rustc suggests borrowing (`&EXPR`) or, for
# `*name`, removing the dereference; then cloning (`EXPR.clone()`, or `*name` replaced by
# `name.clone()`). As a function's value only the clone. Other places: nothing here.
_MOVE_OUT = ("cannot move out of index of", "cannot move out of an `Rc`",
             "cannot move out of an `Arc`", "cannot move out of dereference of `",
             "cannot move out of static item", "cannot move out of type `[")


def _moves_out(d: Diagnostic) -> bool:
    return (d.code in ("E0507", "E0508") and (d.message.startswith(_MOVE_OUT) or " which is "
            "behind a " in d.message)) or (d.code == "E0509" and "implements the `Drop` "
                                           "trait" in d.message)


def _find_expr(program: ast.Program, span: Span) -> list[object] | None:
    return _chain_to(program, span, (ast.Path, ast.Field, ast.Index, ast.Unary))


def _with_move_out_help(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    if d.suggestions or d.span.line != d.span.end_line:
        return d
    chain = _find_expr(checked.program, d.span)
    if chain is None or len(chain) < 2:
        return d
    expr, parent = chain[-1], chain[-2]
    in_let = isinstance(parent, ast.Let) and parent.init is expr and isinstance(
        parent.pattern, ast.IdentPattern)
    fn_value = isinstance(parent, ast.Block) and parent.tail is expr and len(chain) >= 3 and (
        isinstance(chain[-3], ast.FnItem) and chain[-3].body is parent)
    ty = checked.types.get(id(expr))
    if not (in_let or fn_value) or ty is None or not _is_clone(ty):
        return d
    if d.code == "E0508" and not d.labels and isinstance(expr, ast.Index):
        base = _written(expr.base)
        if base is None:
            return d
        d = dataclasses.replace(d, labels=(Label(d.span, f"move occurs because `{base}[_]` "
                                                 f"has type `{ty}`, which does not implement "
                                                 "the `Copy` trait"),))
    at = d.span
    end = Span(at.end_line, at.end_col, at.end_line, at.end_col, at.end, at.end)
    width = at.end - at.start
    if isinstance(expr, ast.Unary):
        operand = expr.operand
        if expr.op != "*" or not (isinstance(operand, ast.Path) and operand.is_name):
            return d
        name = operand.segments[0]
        found: list[Suggestion] = []
        if in_let:
            found.append(Suggestion("consider removing the dereference here",
                                    (Edit(at, name, width),)))
        found.append(Suggestion(CLONE, (Edit(at, f"{name}.clone()", width),)))
        return dataclasses.replace(d, suggestions=tuple(found))
    found = [Suggestion("consider borrowing here", (Edit(at, "&"),))] if in_let else []
    found.append(Suggestion(CLONE, (Edit(end, ".clone()"),)))
    return dataclasses.replace(d, suggestions=tuple(found))


def add_move_out_suggestions(diagnostics: list[Diagnostic],
                             checked: CheckedProgram) -> list[Diagnostic]:
    """Moves out of borrowed places with rustc's borrow / dereference / clone helps."""
    return [_with_move_out_help(d, checked) if _moves_out(d) else d for d in diagnostics]


def _written(expr: object) -> str | None:
    """`v`, `s.items` as written (None for anything else)."""
    if isinstance(expr, ast.Path) and expr.is_name:
        return expr.segments[0]
    if isinstance(expr, ast.Field):
        base = _written(expr.base)
        return None if base is None else f"{base}.{expr.name}"
    return None


# ---- E0505: moving a value out while it is borrowed ----
# Measured with rustc 1.95: the borrow is `&EXPR` (clone EXPR: `&p.name.clone()`, `&*b`
# becomes `&b.clone()`) or a method or `Index` autoref of a receiver taken as it is
# (`s.clone().as_str()`, `&v.clone()[0]`; nothing when the receiver is dereferenced
# first, as `v.iter()` on a Vec is). A struct of the program without `Clone` gets the
# "if `P` implemented `Clone`" note instead.

def _borrowed_expr(chain: list[object], checked: CheckedProgram) -> ast.Expr | None:
    """The expression rustc would clone for the borrow at the end of `chain`."""
    node, parent = chain[-1], chain[-2]
    if isinstance(node, ast.Unary) and node.op in ("&", "&mut"):
        return node.operand
    if isinstance(parent, ast.MethodCall) and parent.receiver is node:
        callee = checked.callees.get(id(parent))
        if callee is not None and callee.derefs == 0 and callee.self_mode in ("ref", "mut"):
            return node
    if isinstance(parent, ast.Index) and parent.base is node:
        ty = checked.types.get(id(node))
        if isinstance(ty, T.AdtTy) and ty.name in ("Vec", "String"):
            return node
    return None


def _with_borrowed_clone(d: Diagnostic, checked: CheckedProgram) -> Diagnostic:
    borrow = next((label for label in d.labels if label.text.startswith("borrow of `")),
                  None)
    if borrow is None or d.children or d.suggestions:
        return d
    chain = _chain_to(checked.program, borrow.span,
                      (ast.Unary, ast.Path, ast.Field, ast.Index))
    if chain is None or len(chain) < 2 or any(
            isinstance(node, ast.MacroCall | ast.Closure) for node in chain):
        return d
    expr = _borrowed_expr(chain, checked)
    ty = checked.types.get(id(expr)) if expr is not None else None
    if expr is None or ty is None:
        return d
    clone = _is_clone(ty)
    at = expr.span
    if clone:
        if isinstance(expr, ast.Unary):
            operand = expr.operand
            if expr.op != "*" or not (isinstance(operand, ast.Path) and operand.is_name):
                return d
            edit = Edit(at, f"{operand.segments[0]}.clone()", at.end - at.start)
        else:
            edit = Edit(Span(at.end_line, at.end_col, at.end_line, at.end_col, at.end, at.end),
                        ".clone()")
        return dataclasses.replace(d, suggestions=(Suggestion(CLONE, (edit,)),))
    if clone is False and isinstance(ty, T.AdtTy):
        return _if_it_implemented_clone(d, checked, ty, at)
    return d


def add_borrowed_move_suggestions(diagnostics: list[Diagnostic],
                                  checked: CheckedProgram) -> list[Diagnostic]:
    """E0505 diagnostics with rustc's clone suggestion or note, where they are known."""
    return [_with_borrowed_clone(d, checked) if d.code == "E0505" else d
            for d in diagnostics]

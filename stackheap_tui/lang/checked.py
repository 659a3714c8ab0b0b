"""What the checker hands the interpreter: side tables keyed by node identity."""

from __future__ import annotations

from dataclasses import dataclass, field

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.span import Span
from stackheap_tui.machine import formatting as fmt


@dataclass(eq=False)
class Binding:
    """One `let` (or parameter) binding: a slot in its function's frame."""

    name: str
    mutable: bool
    ty: T.Ty
    span: Span  # the name in the pattern
    initialised_at_let: bool


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """A format macro, checked: its bound template and its argument expressions."""

    bound: fmt.BoundFormat
    positional: tuple[ast.Expr, ...]
    named: tuple[tuple[str, ast.Expr], ...]  # explicit `name = expr` and captured `{x}`
    newline: bool
    stream: str  # "stdout" or "stderr"


@dataclass
class CheckedProgram:
    program: ast.Program
    main: ast.FnItem
    types: dict[int, T.Ty] = field(default_factory=dict)  # id(expr) -> type
    bindings: dict[int, Binding] = field(default_factory=dict)  # id(pattern | path) -> binding
    formats: dict[int, FormatInfo] = field(default_factory=dict)  # id(MacroCall) -> format
    moves: set[int] = field(default_factory=set)  # id(path) of uses that move the value

    def type_of(self, expr: ast.Expr) -> T.Ty:
        return self.types[id(expr)]

"""The control-flow graph the borrow checker analyses: one per function or closure body.

Each node is one step of evaluation, in the order rustc's MIR performs it: an
access to a place (read, move, borrow, write, storage death), and/or the
definition of a local whose value carries loans. Edges follow `if`, `match`,
loops, `break`, `continue`, `return` and `?`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.places import Place
from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.span import Span

# Access kinds.
READ = "read"  # copy out, or inspect (a match discriminant)
MOVE = "move"
SHARED = "shared"  # `&place`, autoref `&self`, format arguments
MUTABLE = "mut"  # `&mut place`, autoref `&mut self`
RESERVE = "reserve"  # two-phase `&mut` autoref: acts as shared until the call activates it
WRITE = "write"  # assignment: drops the old value and overwrites
DEAD = "dead"  # the local's storage ends (scope end): nothing may still borrow it


@dataclass(eq=False)
class Loan:
    id: int
    place: Place
    mutable: bool
    span: Span
    node: int = -1  # where it was created
    is_temp: bool = False  # borrows a temporary (E0716 rather than E0597)
    two_phase: bool = False  # a reserved `&mut` autoref: shared until the call, named mutable
    quote: Span | None = None  # the whole expression, where rustc's span is its receiver
    # a closure's capture: where its body uses the variable (the loan's span is the
    # closure's `|..|`, as rustc points)
    closure_use: Span | None = None

    @property
    def code_span(self) -> Span:
        """What an explanation quotes: `v.first()` or `&v[0]`, not the receiver `v`."""
        return self.quote or self.span


@dataclass(eq=False)
class Access:
    place: Place
    kind: str
    span: Span
    borrow_use: bool = False  # "borrow of moved value" rather than "use of"
    loan: Loan | None = None  # the loan a borrow creates
    ignore: tuple[int, ...] = ()  # loans this access may ignore (its own reservation)
    compound: bool = False  # `x += 1` (reads the old value)
    whole_write: bool = False  # assigns the whole local (E0384 applies)
    target: Span | None = None  # an assignment's place expression (`a[0]`, `p.x`)
    quote: Span | None = None  # the whole expression, where rustc's span is its receiver

    @property
    def code_span(self) -> Span:
        return self.quote or self.span


@dataclass(eq=False)
class Node:
    span: Span
    accesses: list[Access] = field(default_factory=list)
    define: int | None = None  # local wholly (re)defined: carries `flow` loans and `gen`
    update: int | None = None  # local partly updated: adds `flow` loans and `gen`
    flow: list[int] = field(default_factory=list)  # locals whose loans flow in (and are used)
    gen: list[Loan] = field(default_factory=list)
    uses: list[int] = field(default_factory=list)  # further locals read here (liveness)
    init: list[Place] = field(default_factory=list)  # places initialised here
    uninit: list[int] = field(default_factory=list)  # locals declared without a value
    returns: ast.Expr | None = None  # a return of the value in `flow` (E0515)
    # The scope-end drop of a local whose destructor may read the loans it carries: a use
    # of it (put in `uses` by the dataflow) unless the local is surely moved out by then.
    drop: int | None = None
    succ: list[int] = field(default_factory=list)


@dataclass(eq=False)
class LocalInfo:
    name: str
    ty: T.Ty
    mutable: bool
    span: Span
    kind: str  # "var", "param", "temp"
    static: bool = False  # a temporary copy of a `static` (Rust would borrow the static)


@dataclass(eq=False)
class Graph:
    """One body: nodes (node 0 is the entry), locals and loans."""

    name: str
    nodes: list[Node] = field(default_factory=list)
    locals: dict[int, LocalInfo] = field(default_factory=dict)
    loans: dict[int, Loan] = field(default_factory=dict)
    params: list[int] = field(default_factory=list)
    drops: dict[int, str] = field(default_factory=dict)  # local -> what its drop runs
    calls: dict[int, Span] = field(default_factory=dict)  # method-call node -> method name
    # A function's exit, where every path that returns ends: it reads the parameters whose
    # types can hold references, since their lifetimes outlive the call (a loan that flows
    # into one must outlive every local). None for a closure body.
    exit: int | None = None
    # A node storing a value into a local it only updates: ("argument", the `&mut`
    # receiver's type) for `v.push(s)`, ("assignment", "") for `*slot = Some(s)`.
    stores: dict[int, tuple[str, str]] = field(default_factory=dict)
    # A temporary holding a value read (False) or borrowed (True) from a place inside a
    # parameter: its lifetimes are those of that place's type, not all the parameter's.
    narrow: dict[int, tuple[Place, bool]] = field(default_factory=dict)
    # Locals annotated `&'static T`: used at the exit, so what they borrow must outlive
    # the function (the annotation's span, for rustc's label).
    static_locals: dict[int, Span] = field(default_factory=dict)
    returned_lifetime: str = "'1"  # the return type's reference lifetime, as rustc names it
    # Where that lifetime comes from, with rustc's label ("lifetime `'a` defined here",
    # "let's call the lifetime of this reference `'1`"); None where not known.
    returned_origin: tuple[Span, str] | None = None
    # A value moved into a closure: (closure span's start, local) -> the closure's head
    # (`move ||`) and where its body uses the variable, for E0382's two labels.
    closure_moves: dict[tuple[int, int], tuple[Span, Span]] = field(default_factory=dict)
    # calls that consume an `FnOnce` (a `Box<dyn FnOnce()>`, a closure moving out what it
    # captured): (the callee's start, its local) -> (the call, rustc's notes on it, whether
    # the "move occurs because" label stays)
    once_calls: dict[tuple[int, int], tuple[Span, tuple[Any, ...], bool]] = field(
        default_factory=dict)
    used_mut: set[int] = field(default_factory=set)  # locals whose `mut` something needed
    let_inits: dict[int, Span] = field(default_factory=dict)  # `let x = e;` node -> `e`
    fake_reads: set[int] = field(default_factory=set)  # `let _ = x;`: x counts as used
    # A closure moved by calling it (an `FnOnce` call): the callee's span start -> the
    # call's span, for E0382's "`f` moved due to this call".
    call_moves: dict[int, Span] = field(default_factory=dict)
    # An argument moved into a parameter whose type is a generic type parameter of the
    # callee (`call(f)` with `fn call<F: FnMut()>(f: F)`): its span start. rustc suggests
    # passing a borrow of a closure there.
    generic_args: set[int] = field(default_factory=set)
    # The program's closures (FnTy.ident -> their facts), shared by every body.
    closures: dict[int, Any] = field(default_factory=dict)
    item: ast.FnItem | None = None  # the function this body is (None: a closure's body)


@dataclass(eq=False)
class ErrorFacts:
    """What the dataflow knew when it reported an error: the explanation in permissions
    (and "run it anyway") read these rather than parse the diagnostic's wording."""

    diagnostic: Diagnostic
    node: int  # where the rejected access (or return) happens
    access: Access | None = None  # None for a returned borrow (E0515)
    loan: Loan | None = None  # the live loan it conflicts with (or the returned one)
    holder: int | None = None  # a live local carrying that loan at the access
    later: Span | None = None  # where the borrow is used later
    moved: Place | None = None  # E0382: the (partly) moved place
    move_spans: tuple[Span, ...] = ()  # E0382: where it was moved

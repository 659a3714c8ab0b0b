"""What the checker hands the interpreter: side tables keyed by node identity."""

from __future__ import annotations

from dataclasses import dataclass, field

from stackheap_tui.lang import ast
from stackheap_tui.lang import format_string as fmt
from stackheap_tui.lang import types as T
from stackheap_tui.lang.span import Span


@dataclass(eq=False)
class Binding:
    """One `let` (or parameter) binding: a slot in its function's frame."""

    name: str
    mutable: bool
    ty: T.Ty
    span: Span  # the name in the pattern
    initialised_at_let: bool
    by_ref: str = ""  # "" binds by value; "ref" / "ref mut" binds a reference (match ergonomics)
    is_param: bool = False


@dataclass(frozen=True, slots=True)
class Callee:
    """What a call or method call runs, decided by the checker."""

    kind: str  # "fn" (a user fn or method), "builtin", "variant", "struct"
    key: str  # builtin key ("Vec::push", "Box::new"); the fn name for "fn"
    item: ast.FnItem | None = None
    adt: T.AdtTy | None = None  # for "variant"/"struct" constructors
    variant: int = 0
    self_mode: str = ""  # methods: "ref", "mut" or "value": how the receiver is passed
    derefs: int = 0  # autoderef steps applied to the receiver first
    type_arg: T.Ty | None = None  # `size_of::<T>()`


@dataclass(frozen=True, slots=True)
class PathValue:
    """A path that is not a local: a const, a unit variant, a unit struct, `i32::MAX`."""

    kind: str  # "const", "variant", "unit_struct", "value"
    adt: T.AdtTy | None = None
    variant: int = 0
    const: ast.ConstItem | None = None
    value: object = None  # for "value": the Python value (`i32::MAX`)


@dataclass(frozen=True, slots=True)
class PatternInfo:
    """How a pattern matches: the type it sees after peeling references."""

    ty: T.Ty
    derefs: int  # `&` layers auto-peeled (match ergonomics)
    variant: int = -1  # for variant patterns: which variant
    adt: T.AdtTy | None = None
    field_indexes: tuple[int, ...] = ()  # struct patterns: declaration index of each field
    is_binding: bool = False  # an IdentPattern that binds (not a unit variant)


@dataclass
class FnInfo:
    item: ast.FnItem
    params: list[Binding]  # `self` first for methods
    ret: T.Ty
    owner: str | None  # the impl's type name for methods
    trait: str | None = None  # the trait of a trait impl's (or a provided) method


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """A format macro, checked: its bound template and its argument expressions."""

    bound: fmt.BoundFormat
    positional: tuple[ast.Expr, ...]
    named: tuple[tuple[str, ast.Expr], ...]  # explicit `name = expr` and captured `{x}`
    newline: bool
    stream: str  # "stdout" or "stderr"


@dataclass
class Capture:
    """One place a closure captures: the variable (`key`: its binding's id), the path
    into it (("field", index) and ("deref", "") steps), by value or by reference, the
    place's type, and how the place is written (`p.name`)."""

    key: int
    path: tuple[tuple[str, int], ...]
    by_value: bool
    mutable: bool
    ty: T.Ty
    text: str


@dataclass
class CheckedProgram:
    program: ast.Program
    main: ast.FnItem
    items: object = None  # the ItemTable (typed loosely to keep this module import-light)
    functions: dict[int, FnInfo] = field(default_factory=dict)  # id(FnItem) -> info
    callees: dict[int, Callee] = field(default_factory=dict)  # id(Call | MethodCall) -> callee
    paths: dict[int, PathValue] = field(default_factory=dict)  # id(Path) -> non-local value
    # closures returned as `-> impl Fn(..)`: FnTy.ident -> (the function, the bound's trait)
    closure_returns: dict[int, tuple[str, str]] = field(default_factory=dict)
    # a closure returned boxed (`Box::new(|x| x + n)` for `-> Box<dyn Fn(..)>`): where
    # rustc's "closure is returned here" points (the `Box::new(..)`)
    closure_return_spans: dict[int, Span] = field(default_factory=dict)
    # closures made trait objects (`Box<dyn Fn()>`): FnTy.ident -> the trait (`Fn`, ...)
    closure_dyn: dict[int, str] = field(default_factory=dict)
    patterns: dict[int, PatternInfo] = field(default_factory=dict)  # id(pattern) -> info
    fields: dict[int, tuple[int, int]] = field(default_factory=dict)  # id(Field) -> (derefs, idx)
    struct_lits: dict[int, tuple[int, ...]] = field(default_factory=dict)  # field order
    # id(expr) -> the type a `&expr` reference was coerced to (`&String` -> `&str`)
    coercions: dict[int, T.Ty] = field(default_factory=dict)
    # id(pattern) -> its subpatterns with `..` expanded into wildcards
    expanded: dict[int, tuple[object, ...]] = field(default_factory=dict)
    pattern_consts: dict[int, ast.ConstItem] = field(default_factory=dict)
    conversions: dict[int, str] = field(default_factory=dict)  # id(Try) -> From conversion
    try_conversions: dict[int, ast.FnItem] = field(default_factory=dict)  # id(Try) -> `from`
    # `MyBox<i32>` -> its `deref` (the program's `impl Deref`; a generic one's copy)
    deref_fns: dict[str, ast.FnItem] = field(default_factory=dict)
    types: dict[int, T.Ty] = field(default_factory=dict)  # id(expr) -> type
    bindings: dict[int, Binding] = field(default_factory=dict)  # id(pattern | path) -> binding
    formats: dict[int, FormatInfo] = field(default_factory=dict)  # id(MacroCall) -> format
    moves: set[int] = field(default_factory=set)  # id(path) of uses that move the value
    # `size_of_val(&x)`: x's type, what was called and where; whether the size is known
    # is asked once the borrow checker has laid each closure's captures out.
    size_checks: list[tuple[T.Ty, str, Span]] = field(default_factory=list)
    # id(Closure) -> its captures as the borrow checker decided them (see Capture)
    captures: dict[int, tuple[Capture, ...]] = field(default_factory=dict)
    # `thread::spawn(closure)` calls: each closure may only capture by value (E0373),
    # asked once the borrow checker decided the captures (`check/threads.py`)
    spawned: list[tuple[ast.Call | ast.MethodCall, ast.Closure]] = field(default_factory=list)
    # `thread::scope(closure)` calls and `s.spawn(closure)` calls, checked together once
    # the borrow checker decided the captures (`check/scoped.py`)
    scopes: list[tuple[ast.Call, ast.Expr]] = field(default_factory=list)
    scoped_spawns: list[tuple[ast.MethodCall, ast.Expr]] = field(default_factory=list)
    # id(FnItem) of functions whose body is shared by others (same spans): a provided
    # method's copies per type, and the trait's own body checked with `Self` opaque
    copies: set[int] = field(default_factory=set)
    # (concrete type, trait) -> its vtable's method slots in the trait's declaration order:
    # (method name, the function that slot runs), for each unsizing to `&dyn Trait`
    vtables: dict[tuple[str, str], tuple[tuple[str, ast.FnItem], ...]] = field(
        default_factory=dict)
    # Spans (start, end) of the bindings that are a struct pattern's shorthand field
    # (`P { x, y }`), found once for the lints that ask (None until then)
    shorthand_fields: set[tuple[int, int]] | None = None
    unsafe_blocks: int = 0  # how many `unsafe { }` blocks the checker met

    def type_of(self, expr: ast.Expr) -> T.Ty:
        return self.types[id(expr)]

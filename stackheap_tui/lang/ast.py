"""The syntax tree: frozen dataclasses, each with the span it came from.

Nodes are compared by identity in the checker's side tables (`id(node)`), so two
equal-looking expressions at different places stay distinct.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from stackheap_tui.lang.span import Span


def children(node: object) -> Iterator[object]:
    """The syntax nodes directly under `node`, in field order: the one walker over the
    tree (every node is a slotted dataclass whose node fields hold a node or a tuple)."""
    kind = type(node)
    names = _NODE_FIELDS.get(kind)
    if names is None:
        names = _NODE_FIELDS[kind] = _node_fields(kind)
    for name in names:
        value = getattr(node, name)
        if isinstance(value, tuple):
            for item in value:
                if hasattr(item, "span"):
                    yield item
        elif hasattr(value, "span"):
            yield value


# Field types that never hold a node: `children` skips them (walks of a big program
# read millions of fields).
_PLAIN = frozenset({"Span", "str", "str | None", "int", "int | None", "float", "bool",
                    "tuple[str, ...]"})
_NODE_FIELDS: dict[type, tuple[str, ...]] = {}


def _node_fields(kind: type) -> tuple[str, ...]:
    """The fields of a node class that may hold a node, in field order."""
    annotations: dict[str, object] = {}
    for base in reversed(kind.__mro__):
        annotations.update(getattr(base, "__annotations__", {}))
    return tuple(name for name in getattr(kind, "__slots__", ())
                 if str(annotations.get(name, "")).strip() not in _PLAIN)

# ---- types as written in the source ----


@dataclass(frozen=True, slots=True, eq=False)
class TypePath:
    span: Span
    segments: tuple[str, ...]
    args: tuple[TypeExpr, ...] = ()
    lifetimes: tuple[str, ...] = ()  # `Excerpt<'a>`: the lifetime arguments given
    bindings: tuple[AssocBinding, ...] = ()  # `Iterator<Item = u32>`
    # `Fn(i32, &str) -> bool`: the parenthesised arguments and the return type (None: not
    # this form; a missing `-> R` is `()`).
    sugar: tuple[TypeExpr, ...] | None = None
    sugar_ret: TypeExpr | None = None


@dataclass(frozen=True, slots=True, eq=False)
class AssocBinding:
    """`Item = u32` in a bound's `<...>`."""

    span: Span
    name: str
    type: TypeExpr


@dataclass(frozen=True, slots=True, eq=False)
class TypeRef:
    span: Span
    mutable: bool
    inner: TypeExpr
    static: bool = False  # `&'static T`: borrows nothing of the caller's
    lifetime: str | None = None  # `&'a T`: "'a" (None when elided)


@dataclass(frozen=True, slots=True, eq=False)
class TypeTuple:
    span: Span
    items: tuple[TypeExpr, ...]


@dataclass(frozen=True, slots=True, eq=False)
class TypeArray:
    span: Span
    element: TypeExpr
    length: Expr | None  # None: a slice `[T]`


@dataclass(frozen=True, slots=True, eq=False)
class TypeNever:
    span: Span


@dataclass(frozen=True, slots=True, eq=False)
class TypeImpl:
    """`impl Summary` as a parameter's type: an anonymous type parameter with that bound."""

    span: Span
    bound: TypePath


@dataclass(frozen=True, slots=True, eq=False)
class TypeDyn:
    """`dyn Shape`: a trait object (behind `&`: a data pointer and a vtable pointer)."""

    span: Span
    bound: TypePath


TypeExpr = TypePath | TypeRef | TypeTuple | TypeArray | TypeNever | TypeImpl | TypeDyn

# ---- patterns ----


@dataclass(frozen=True, slots=True, eq=False)
class IdentPattern:
    span: Span
    name: str
    mutable: bool = False
    by_ref: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class TuplePattern:
    span: Span
    items: tuple[Pattern, ...]


@dataclass(frozen=True, slots=True, eq=False)
class WildcardPattern:
    span: Span


@dataclass(frozen=True, slots=True, eq=False)
class RestPattern:
    """`..` inside a tuple, tuple-struct or slice pattern."""

    span: Span


@dataclass(frozen=True, slots=True, eq=False)
class LiteralPattern:
    span: Span
    value: Expr  # IntLit, FloatLit, BoolLit, CharLit, StrLit, or Unary("-", IntLit)


@dataclass(frozen=True, slots=True, eq=False)
class RangePattern:
    span: Span
    start: Expr | None  # a literal (or negated literal) or a path to a const
    end: Expr | None
    inclusive: bool


@dataclass(frozen=True, slots=True, eq=False)
class OrPattern:
    span: Span
    alternatives: tuple[Pattern, ...]


@dataclass(frozen=True, slots=True, eq=False)
class PathPattern:
    """`None`, `Color::Red`, `Self::Empty`: a unit variant, unit struct or const.

    A single name such as `None` parses as an IdentPattern; the checker decides
    whether it names a variant or binds a new variable, as rustc does.
    """

    span: Span
    path: Path


@dataclass(frozen=True, slots=True, eq=False)
class TupleStructPattern:
    span: Span
    path: Path  # `Some`, `Message::Move`
    items: tuple[Pattern, ...]


@dataclass(frozen=True, slots=True, eq=False)
class FieldPattern:
    span: Span
    name: str
    pattern: Pattern  # `x` alone is shorthand for `x: x` (an IdentPattern)


@dataclass(frozen=True, slots=True, eq=False)
class StructPattern:
    span: Span
    path: Path
    fields: tuple[FieldPattern, ...]
    has_rest: bool  # ends with `..`


@dataclass(frozen=True, slots=True, eq=False)
class RefPattern:
    span: Span
    pattern: Pattern
    mutable: bool


@dataclass(frozen=True, slots=True, eq=False)
class BindingPattern:
    """`name @ subpattern`."""

    span: Span
    binding: IdentPattern
    pattern: Pattern


@dataclass(frozen=True, slots=True, eq=False)
class SlicePattern:
    span: Span
    items: tuple[Pattern, ...]


Pattern = (
    IdentPattern | TuplePattern | WildcardPattern | RestPattern | LiteralPattern | RangePattern
    | OrPattern | PathPattern | TupleStructPattern | StructPattern | RefPattern
    | BindingPattern | SlicePattern
)

# ---- expressions ----


@dataclass(frozen=True, slots=True, eq=False)
class IntLit:
    span: Span
    value: int
    suffix: str | None


@dataclass(frozen=True, slots=True, eq=False)
class FloatLit:
    span: Span
    value: float
    suffix: str | None
    text: str = ""  # as written (`1e40f32`, `1_0e400`): the overflowing_literals lint's note


@dataclass(frozen=True, slots=True, eq=False)
class BoolLit:
    span: Span
    value: bool


@dataclass(frozen=True, slots=True, eq=False)
class StrLit:
    span: Span
    value: str


@dataclass(frozen=True, slots=True, eq=False)
class CharLit:
    span: Span
    value: str


@dataclass(frozen=True, slots=True, eq=False)
class UnitLit:
    span: Span


@dataclass(frozen=True, slots=True, eq=False)
class Path:
    """A name or a path: `x`, `Box::new`, `std::mem::size_of::<i32>`."""

    span: Span
    segments: tuple[str, ...]
    generic_args: tuple[TypeExpr, ...] = ()
    # `<Tweet as Summary>::new`: segments ("Tweet", "new"), the trait named here
    as_trait: TypePath | None = None
    # how many segments precede the turbofish: 1 in `Stack::<u8>::new` (the type's
    # arguments), 2 in `Stack::new::<u8>` (the function's); 0 when there is none
    generic_at: int = 0

    @property
    def is_name(self) -> bool:
        return len(self.segments) == 1 and not self.generic_args and self.as_trait is None


@dataclass(frozen=True, slots=True, eq=False)
class Unary:
    span: Span
    op: str  # "-", "!", "*", "&", "&mut", "&raw const", "&raw mut"
    operand: Expr


@dataclass(frozen=True, slots=True, eq=False)
class Binary:
    span: Span
    op: str  # "+", "==", "&&", "<<", ...
    left: Expr
    right: Expr


@dataclass(frozen=True, slots=True, eq=False)
class Assign:
    span: Span
    op: str  # "=" or a compound operator such as "+="
    target: Expr
    value: Expr


@dataclass(frozen=True, slots=True, eq=False)
class Cast:
    span: Span
    expr: Expr
    type: TypeExpr


@dataclass(frozen=True, slots=True, eq=False)
class Call:
    span: Span
    callee: Expr
    args: tuple[Expr, ...]


@dataclass(frozen=True, slots=True, eq=False)
class MethodCall:
    span: Span
    receiver: Expr
    method: str
    args: tuple[Expr, ...]
    method_span: Span
    generic_args: tuple[TypeExpr, ...] = ()  # `collect::<Vec<i32>>()`


@dataclass(frozen=True, slots=True, eq=False)
class Field:
    span: Span
    base: Expr
    name: str  # a field name, or a tuple index such as "0"


@dataclass(frozen=True, slots=True, eq=False)
class Index:
    span: Span
    base: Expr
    index: Expr
    bracket_span: Span  # Rust's panic location for Vec and range indexing


@dataclass(frozen=True, slots=True, eq=False)
class Try:
    span: Span
    expr: Expr


@dataclass(frozen=True, slots=True, eq=False)
class MacroCall:
    span: Span
    name: str
    args: tuple[Expr, ...]
    bracket: bool  # `vec![...]` rather than `println!(...)`
    repeat: bool = False  # `vec![value; count]`: args are (value, count)


@dataclass(frozen=True, slots=True, eq=False)
class TupleExpr:
    span: Span
    items: tuple[Expr, ...]


@dataclass(frozen=True, slots=True, eq=False)
class ArrayExpr:
    span: Span
    items: tuple[Expr, ...]


@dataclass(frozen=True, slots=True, eq=False)
class ArrayRepeat:
    span: Span
    value: Expr
    count: Expr


@dataclass(frozen=True, slots=True, eq=False)
class RangeExpr:
    span: Span
    start: Expr | None
    end: Expr | None
    inclusive: bool


@dataclass(frozen=True, slots=True, eq=False)
class Block:
    span: Span  # from `{` to `}` inclusive
    stmts: tuple[Stmt, ...]
    tail: Expr | None

    @property
    def close_span(self) -> Span:
        """The closing brace: where the block's bindings go out of scope."""
        s = self.span
        return Span(s.end_line, s.end_col - 1, s.end_line, s.end_col, s.end - 1, s.end)


@dataclass(frozen=True, slots=True, eq=False)
class If:
    span: Span
    cond: Expr
    then: Block
    otherwise: Block | If | None


@dataclass(frozen=True, slots=True, eq=False)
class Loop:
    span: Span
    body: Block
    label: str | None


@dataclass(frozen=True, slots=True, eq=False)
class While:
    span: Span
    cond: Expr
    body: Block
    label: str | None


@dataclass(frozen=True, slots=True, eq=False)
class For:
    span: Span
    pattern: Pattern
    iterable: Expr
    body: Block
    label: str | None


@dataclass(frozen=True, slots=True, eq=False)
class Return:
    span: Span
    value: Expr | None


@dataclass(frozen=True, slots=True, eq=False)
class Break:
    span: Span
    label: str | None
    value: Expr | None


@dataclass(frozen=True, slots=True, eq=False)
class Continue:
    span: Span
    label: str | None


@dataclass(frozen=True, slots=True, eq=False)
class Unsafe:
    span: Span
    body: Block


@dataclass(frozen=True, slots=True, eq=False)
class LetCond:
    """`let PATTERN = EXPR` as the condition of `if let` / `while let`."""

    span: Span
    pattern: Pattern
    value: Expr


@dataclass(frozen=True, slots=True, eq=False)
class FieldInit:
    span: Span
    name: str  # a field name, or a tuple index such as "0"
    value: Expr  # `Point { x }` is shorthand for `x: x` (a Path)


@dataclass(frozen=True, slots=True, eq=False)
class StructLit:
    span: Span
    path: Path  # `Point`, `Self`, `Message::Move`
    fields: tuple[FieldInit, ...]
    base: Expr | None  # `..other` (struct update syntax)


@dataclass(frozen=True, slots=True, eq=False)
class MatchArm:
    span: Span
    pattern: Pattern
    guard: Expr | None
    body: Expr


@dataclass(frozen=True, slots=True, eq=False)
class Match:
    span: Span
    scrutinee: Expr
    arms: tuple[MatchArm, ...]


@dataclass(frozen=True, slots=True, eq=False)
class ClosureParam:
    span: Span
    pattern: Pattern
    type: TypeExpr | None


@dataclass(frozen=True, slots=True, eq=False)
class Closure:
    span: Span
    params: tuple[ClosureParam, ...]
    return_type: TypeExpr | None
    body: Expr
    is_move: bool
    head: Span | None = None  # `move |x|`: where rustc says a value moved into it


Expr = (
    IntLit | FloatLit | BoolLit | StrLit | CharLit | UnitLit | Path | Unary | Binary | Assign
    | Cast | Call | MethodCall | Field | Index | Try | MacroCall | TupleExpr | ArrayExpr
    | ArrayRepeat | RangeExpr | Block | If | Loop | While | For | Return | Break | Continue
    | Unsafe | LetCond | StructLit | Match | Closure
)

BLOCK_LIKE = (Block, If, Loop, While, For, Unsafe, Match)

# ---- statements and items ----


@dataclass(frozen=True, slots=True, eq=False)
class Let:
    span: Span
    pattern: Pattern
    type: TypeExpr | None
    init: Expr | None
    otherwise: Block | None = None  # `let PATTERN = EXPR else { ... };`


@dataclass(frozen=True, slots=True, eq=False)
class ExprStmt:
    span: Span
    expr: Expr
    semicolon: bool


@dataclass(frozen=True, slots=True, eq=False)
class EmptyStmt:
    span: Span


@dataclass(frozen=True, slots=True, eq=False)
class Param:
    span: Span
    pattern: Pattern
    type: TypeExpr


@dataclass(frozen=True, slots=True, eq=False)
class SelfParam:
    """`self`, `mut self`, `&self`, `&mut self` (and `&'a self`)."""

    span: Span
    by_ref: bool
    mutable_ref: bool  # `&mut self`
    mutable_binding: bool  # `mut self`
    lifetime: str | None = None  # `&'a self`: "'a"


@dataclass(frozen=True, slots=True, eq=False)
class GenericParam:
    span: Span
    name: str  # `'a` for a lifetime, `T` for a type parameter
    bounds: tuple[TypePath, ...]  # `T: PartialOrd + Copy`
    outlives: tuple[str, ...] = ()  # `'b: 'a` (or `where 'b: 'a`): the lifetimes it outlives


@dataclass(frozen=True, slots=True, eq=False)
class FnItem:
    span: Span
    name: str
    name_span: Span
    params: tuple[Param, ...]
    return_type: TypeExpr | None
    body: Block
    self_param: SelfParam | None = None
    generics: tuple[GenericParam, ...] = ()
    allowed_lints: tuple[str, ...] = ()  # deny lints off by `#[allow(..)]` here or on the impl
    unsafe: bool = False  # `unsafe fn`: its callers need an `unsafe` block


@dataclass(frozen=True, slots=True, eq=False)
class FieldDef:
    span: Span
    name: str  # "0", "1", ... for tuple structs and tuple variants
    type: TypeExpr


@dataclass(frozen=True, slots=True, eq=False)
class StructItem:
    span: Span
    name: str
    name_span: Span
    kind: str  # "named", "tuple" or "unit"
    fields: tuple[FieldDef, ...]
    derives: tuple[str, ...]  # from `#[derive(Debug, Clone, ...)]`
    generics: tuple[GenericParam, ...] = ()
    derive_spans: tuple[Span, ...] = ()  # where each of `derives` is named


@dataclass(frozen=True, slots=True, eq=False)
class VariantDef:
    span: Span
    name: str
    kind: str  # "unit", "tuple" or "named"
    fields: tuple[FieldDef, ...]
    discriminant: Expr | None  # `Red = 1`


@dataclass(frozen=True, slots=True, eq=False)
class EnumItem:
    span: Span
    name: str
    name_span: Span
    variants: tuple[VariantDef, ...]
    derives: tuple[str, ...]
    generics: tuple[GenericParam, ...] = ()
    derive_spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)
class ImplItem:
    span: Span
    self_type: TypeExpr
    trait: TypePath | None  # `impl Drop for T`
    methods: tuple[FnItem, ...]
    generics: tuple[GenericParam, ...] = ()
    assoc_types: tuple[AssocType, ...] = ()  # `type Item = u32;`
    consts: tuple[AssocConst, ...] = ()  # `const ID: u32 = 7;`


@dataclass(frozen=True, slots=True, eq=False)
class AssocType:
    """`type Item = u32;` in an impl, `type Item;` in a trait (`type` None)."""

    span: Span
    name: str
    name_span: Span
    type: TypeExpr | None


@dataclass(frozen=True, slots=True, eq=False)
class AssocConst:
    """`const ID: u32 = 7;` in an impl or trait (`value` None: a trait's required const)."""

    span: Span
    name: str
    name_span: Span
    type: TypeExpr
    value: Expr | None


@dataclass(frozen=True, slots=True, eq=False)
class TraitItem:
    """`trait Name { .. }`: its required methods (signatures, with an empty body that is
    never checked or run) and its provided (default) methods."""

    span: Span
    name: str
    name_span: Span
    required: tuple[FnItem, ...]
    provided: tuple[FnItem, ...]
    generics: tuple[GenericParam, ...] = ()
    supertraits: tuple[TypePath, ...] = ()
    assoc_types: tuple[AssocType, ...] = ()  # `type Item;` (its `type` None)
    consts: tuple[AssocConst, ...] = ()  # `const ID: u32;` (value None) or with a default

    @property
    def methods(self) -> tuple[FnItem, ...]:
        """Every method, in declaration order."""
        return tuple(sorted((*self.required, *self.provided), key=lambda m: m.span.start))


@dataclass(frozen=True, slots=True, eq=False)
class ConstItem:
    span: Span
    name: str
    name_span: Span
    type: TypeExpr
    value: Expr
    is_static: bool = False
    mutable: bool = False  # `static mut`


@dataclass(frozen=True, slots=True, eq=False)
class UseItem:
    span: Span
    path: tuple[str, ...]  # `use std::rc::Rc;` -> ("std", "rc", "Rc")
    names: tuple[str, ...] = ()  # `use std::cell::{Cell, RefCell};` -> ("Cell", "RefCell")


@dataclass(frozen=True, slots=True, eq=False)
class TypeAlias:
    """`type Km = i32;`: another name for a type (generic: `type Grid<T> = Vec<Vec<T>>;`)."""

    span: Span
    name: str
    name_span: Span
    generics: tuple[GenericParam, ...]
    type: TypeExpr


Item = FnItem | StructItem | EnumItem | ImplItem | TraitItem | ConstItem | UseItem | TypeAlias


@dataclass(frozen=True, slots=True, eq=False)
class ItemStmt:
    span: Span
    item: Item


Stmt = Let | ExprStmt | EmptyStmt | ItemStmt


@dataclass(frozen=True, slots=True, eq=False)
class Program:
    items: tuple[Item, ...]
    allowed_lints: tuple[str, ...] = ()  # `#![allow(arithmetic_overflow)]` for the crate

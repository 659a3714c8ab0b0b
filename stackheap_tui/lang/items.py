"""The program's items: structs, enums, impls, functions, consts and `use`s.

Collected before any body is checked, because Rust items may be used before they
are declared. Also turns written types (`Vec<Point>`, `&'a str`) into `Ty`s and
rejects recursive types without indirection (E0072) as rustc does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.assoc import (
    UserIterator,
    assoc_type_of,
    implement_iterator,
    iterator_item,
)
from stackheap_tui.lang.conversions import (
    FromImpl,
    check_error_impls,
    implement_error,
    implement_from,
    is_error,
    is_from,
)
from stackheap_tui.lang.default_impls import implement_default, is_default
from stackheap_tui.lang.deref_impls import implement_deref, is_deref
from stackheap_tui.lang.derives import derive_errors
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.fmt_impls import fmt_trait, implement_fmt
from stackheap_tui.lang.fn_traits import is_closure_bound
from stackheap_tui.lang.infer import map_type
from stackheap_tui.lang.ops_impls import OperatorImpl, implement_operator, operator_trait
from stackheap_tui.lang.recursive_types import recursive_types
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std import atomics, threads
from stackheap_tui.lang.std.method_signatures import PARSE_ERRORS
from stackheap_tui.lang.syntax import unsupported
from stackheap_tui.lang.traits import (
    TraitDef,
    TraitMethod,
    check_collisions,
    declare_trait,
    dyn_incompatibility,
    implement,
    opaque_type,
)

# What `use` may bring into scope, and under which short name.
KNOWN_IMPORTS = {
    ("std", "mem"): "mem", ("std", "rc", "Rc"): "Rc", ("std", "cell", "RefCell"): "RefCell",
    ("std", "fmt"): "fmt", ("std", "process"): "process", ("std", "cmp", "Ordering"): "Ordering",
    ("std", "cell", "Cell"): "Cell", ("std", "f64", "consts"): "consts",
    ("std", "mem", "size_of"): "size_of", ("std", "mem", "drop"): "drop",
    ("std", "mem", "swap"): "swap", ("std", "mem", "replace"): "replace",
    ("std", "mem", "take"): "take", ("std", "cmp"): "cmp",
    ("std", "mem", "size_of_val"): "size_of_val", ("std", "mem", "align_of"): "align_of",
    ("std", "mem", "align_of_val"): "align_of_val",
    ("std", "fmt", "self"): "fmt", ("std", "fmt", "Display"): "Display",
    ("std", "fmt", "Debug"): "Debug", ("std", "fmt", "Formatter"): "Formatter",
    ("std", "num", "ParseIntError"): "ParseIntError",
    ("std", "error", "Error"): "Error", ("std", "error"): "error", ("std", "convert"): "convert",
    ("std", "num", "ParseFloatError"): "ParseFloatError",
    ("std", "str", "ParseBoolError"): "ParseBoolError",
    ("std", "char", "ParseCharError"): "ParseCharError",
    ("std", "rc", "Weak"): "Weak",
    ("std", "collections", "VecDeque"): "VecDeque",
    ("std", "collections", "BTreeMap"): "BTreeMap", ("std", "collections", "BTreeSet"): "BTreeSet",
    ("std", "collections", "BinaryHeap"): "BinaryHeap",
    ("std", "ptr"): "ptr", ("std", "slice"): "slice",
    ("std", "mem", "ManuallyDrop"): "ManuallyDrop", ("std", "mem", "MaybeUninit"): "MaybeUninit",
    ("std", "collections", "HashMap"): "HashMap", ("std", "collections", "HashSet"): "HashSet",
    ("std", "ops"): "ops", ("std", "ops", "Add"): "Add", ("std", "ops", "Sub"): "Sub",
    ("std", "ops", "Mul"): "Mul", ("std", "ops", "Div"): "Div", ("std", "ops", "Rem"): "Rem",
    ("std", "ops", "Neg"): "Neg", ("std", "ops", "Deref"): "Deref",
    ("std", "ops", "AddAssign"): "AddAssign", ("std", "ops", "SubAssign"): "SubAssign",
    ("std", "ops", "MulAssign"): "MulAssign", ("std", "ops", "DivAssign"): "DivAssign",
    ("std", "ops", "RemAssign"): "RemAssign",
}
_PARSE_ERROR_HOMES = {"ParseIntError": "num", "ParseFloatError": "num", "ParseBoolError": "str",
                      "ParseCharError": "char"}
GENERIC_STD = {"Vec": 1, "Option": 1, "Result": 2, "Rc": 1, "Arc": 1, "Mutex": 1,
               "MutexGuard": 1, "RefCell": 1, "Box": 1, "Cell": 1, "HashMap": 2, "HashSet": 1,
               "Weak": 1, "VecDeque": 1, "Sender": 1, "Receiver": 1, "ManuallyDrop": 1,
               "MaybeUninit": 1, "RwLock": 1, "SyncSender": 1, "RwLockReadGuard": 1,
               "RwLockWriteGuard": 1, "BTreeMap": 2, "BTreeSet": 1, "BinaryHeap": 1}
STD_COLLECTIONS = ("HashMap", "HashSet", "VecDeque", "BTreeMap", "BTreeSet", "BinaryHeap")


@dataclass
class ItemTable:
    adts: dict[str, T.AdtDef] = field(default_factory=dict)
    functions: dict[str, ast.FnItem] = field(default_factory=dict)
    methods: dict[str, dict[str, ast.FnItem]] = field(default_factory=dict)  # inherent impls
    drop_impls: dict[str, ast.FnItem] = field(default_factory=dict)
    # (type name, "Display" or "Debug") -> the program's `fn fmt`
    fmt_impls: dict[tuple[str, str], ast.FnItem] = field(default_factory=dict)
    consts: dict[str, ast.ConstItem] = field(default_factory=dict)
    imports: set[str] = field(default_factory=set)
    impl_of: dict[int, str] = field(default_factory=dict)  # id(method FnItem) -> type name
    all_items: list[ast.Item] = field(default_factory=list)  # top-level and nested items
    # `use List::{Cons, Nil};` brings enum variants into scope under their own names.
    variant_aliases: dict[str, tuple[str, str]] = field(default_factory=dict)
    glob_enums: list[str] = field(default_factory=list)  # `use Enum::*;` (variants filled later)
    traits: dict[str, TraitDef] = field(default_factory=dict)  # the program's own traits
    trait_impls: dict[str, dict[str, ast.ImplItem]] = field(default_factory=dict)  # type -> trait
    # type -> method name -> the traits' methods of that name it implements
    trait_methods: dict[str, dict[str, list[TraitMethod]]] = field(default_factory=dict)
    method_traits: dict[int, str] = field(default_factory=dict)  # id(FnItem) -> its trait
    default_copies: list[ast.FnItem] = field(default_factory=list)  # provided methods, per type
    # id(method FnItem) -> its inherent impl when that impl is generic (`impl<T> Point<T>`)
    # or for one instantiation (`impl Point<f32>`): its `Self` is the impl's written type.
    generic_impls: dict[int, ast.ImplItem] = field(default_factory=dict)
    aliases: dict[str, ast.TypeAlias] = field(default_factory=dict)  # `type Km = i32;`
    # id(the `impl Summary` of a function's `-> impl Summary`) -> what its callers see
    opaque_nodes: dict[int, T.ParamTy] = field(default_factory=dict)
    alias_depth: int = 0  # aliases being expanded now (a cycle is refused)
    # (type name, `Item`) -> the impl's `type Item = u32;`; (type name, `ID`) -> its const
    assoc_types: dict[tuple[str, str], ast.TypeExpr] = field(default_factory=dict)
    assoc_consts: dict[tuple[str, str], ast.AssocConst] = field(default_factory=dict)
    iterators: dict[str, UserIterator] = field(default_factory=dict)  # `impl Iterator for`
    operators: dict[tuple[str, str], OperatorImpl] = field(default_factory=dict)  # `impl Add`
    from_impls: dict[str, list[FromImpl]] = field(default_factory=dict)  # target -> `impl From`
    error_impls: dict[str, ast.ImplItem] = field(default_factory=dict)  # `impl Error for`
    default_impls: dict[str, ast.FnItem] = field(default_factory=dict)  # `impl Default for`

    def method_of(self, type_name: str, name: str, span: Span) -> ast.FnItem | None:
        """The method or associated function `name` of the program's type: inherent, else
        from the one trait it implements that has it (two such traits: refused, where
        rustc says E0034 with notes not modelled)."""
        inherent = self.methods.get(type_name, {}).get(name)
        if inherent is not None:
            return inherent
        from_traits = self.trait_methods.get(type_name, {}).get(name, [])
        if len(from_traits) > 1:
            raise CompileError([unsupported(
                f"a call of `{name}` that two traits of `{type_name}` provide", span)])
        return from_traits[0].item if from_traits else None

    def adt(self, name: str, args: tuple[T.Ty, ...] = ()) -> T.AdtTy:
        return T.AdtTy(name, args, self.adts[name])

    def own_params(self, name: str) -> dict[str, T.Ty]:
        """A generic struct's or enum's type parameters, opaque (`T` in `Point<T>`)."""
        return {p: T.ParamTy(p) for p in self.adts[name].type_params}

    def lower(self, node: ast.TypeExpr, self_ty: T.Ty | None = None,
              hole: Callable[[], T.Ty] | None = None,
              params: Mapping[str, T.Ty] | None = None) -> T.Ty:
        """A written type as a `Ty`; `Self` is the impl's type; `_` asks `hole`."""
        if isinstance(node, ast.TypePath):
            if node.segments == ("_",) and hole is not None:
                return hole()
            if node.segments == ("fn",) and node.sugar is not None:  # `fn(i32) -> i32`
                assert node.sugar_ret is not None
                return T.FnTy(tuple(self.lower(a, self_ty, hole, params) for a in node.sugar),
                              self.lower(node.sugar_ret, self_ty, hole, params), pointer=True)
            return self._lower_path(node, self_ty, hole, params)
        if isinstance(node, ast.TypeRef):
            if isinstance(node.inner, ast.TypeDyn):
                return T.RefTy(self.trait_object(node.inner), node.mutable)
            return T.RefTy(self.lower(node.inner, self_ty, hole, params), node.mutable)
        if isinstance(node, ast.TypeDyn):
            raise CompileError([unsupported("trait objects here (`&dyn Trait` and "
                                            "`Box<dyn Trait>` are supported)", node.span)])
        if isinstance(node, ast.TypeTuple):
            return T.TupleTy(tuple(self.lower(item, self_ty, hole, params)
                                   for item in node.items))
        if isinstance(node, ast.TypeNever):
            return T.NeverTy()
        if isinstance(node, ast.TypeImpl) and id(node) in self.opaque_nodes:
            return self.opaque_nodes[id(node)]
        if isinstance(node, ast.TypeImpl):
            raise CompileError([unsupported("`impl Trait` types here (a parameter's type "
                                            "is supported)", node.span)])
        if isinstance(node, ast.TypeArray):
            element = self.lower(node.element, self_ty, hole, params)
            if node.length is None:
                return T.SliceTy(element)
            length = self.const_usize(node.length)
            return T.ArrayTy(element, length)
        raise CompileError([unsupported("this kind of type", node.span)])

    def _alias(self, node: ast.TypePath, alias: ast.TypeAlias, self_ty: T.Ty | None,
               hole: Callable[[], T.Ty] | None, params: Mapping[str, T.Ty] | None) -> T.Ty:
        """`Km` for `type Km = i32;`: the aliased type, its parameters the arguments."""
        names = [g.name for g in alias.generics if not g.name.startswith("'")]
        if len(node.args) != len(names):
            raise CompileError([unsupported(f"the type alias `{alias.name}` with "
                                            f"{len(node.args)} generic arguments", node.span)])
        if self.alias_depth > 16:  # rustc: E0391, a cycle
            raise CompileError([unsupported("type aliases that refer to themselves",
                                            alias.name_span)])
        args = {name: self.lower(a, self_ty, hole, params)
                for name, a in zip(names, node.args, strict=True)}
        self.alias_depth += 1
        try:
            return self.lower(alias.type, None, hole, args)
        finally:
            self.alias_depth -= 1

    def trait_object(self, node: ast.TypeDyn) -> T.DynTy:
        """`dyn Shape` behind a reference, for one of the program's dyn-compatible traits
        (E0038 otherwise)."""
        bound = node.bound
        name = bound.segments[-1]
        if bound.sugar is not None and name in ("Fn", "FnMut", "FnOnce"):  # `Box<dyn Fn()>`
            assert bound.sugar_ret is not None
            return T.DynTy(name, T.FnTy(tuple(self.lower(a) for a in bound.sugar),
                                        self.lower(bound.sugar_ret)))
        if bound.sugar is not None:
            raise CompileError([unsupported(f"closure trait objects (`dyn {name}(…)`)",
                                            node.span)])
        if len(bound.segments) != 1 or bound.args or bound.bindings or name not in self.traits:
            raise CompileError([unsupported(f"trait objects of `{'::'.join(bound.segments)}`",
                                            node.span)])
        problem = dyn_incompatibility(self.traits[name])
        if problem is not None:
            raise CompileError([problem(node.span)])
        return T.DynTy(name)

    def const_usize(self, expr: ast.Expr) -> int:
        if isinstance(expr, ast.IntLit):
            return expr.value
        if isinstance(expr, ast.Path) and expr.is_name and expr.segments[0] in self.consts:
            return self.const_usize(self.consts[expr.segments[0]].value)
        raise CompileError([unsupported("this array length (use a number)", expr.span)])

    def _lower_path(self, node: ast.TypePath, self_ty: T.Ty | None,
                    hole: Callable[[], T.Ty] | None = None,
                    params: Mapping[str, T.Ty] | None = None) -> T.Ty:
        if node.bindings:  # (a bound's `Iterator<Item = u32>` is read in its place)
            raise CompileError([unsupported("associated type bindings (`"
                                            f"{node.bindings[0].name} = …`) here", node.span)])
        if params is not None and len(node.segments) == 1 and not node.args and (
                node.segments[0] in params):
            return params[node.segments[0]]  # a type parameter of the function
        segments = node.segments
        if segments[0] in T.RAW_POINTERS:
            return T.raw_ptr(self.lower(node.args[0], self_ty, hole, params),
                             segments[0] == "*mut")
        segments = node.segments
        if segments[0] == "crate" and len(segments) > 1:
            segments = segments[1:]
        if segments[:2] in (("std", "rc"), ("std", "cell"), ("std", "sync")):
            segments = segments[2:]
        if len(segments) == 2 and segments[0] == "mpsc" and segments[1] in ("Sender", "Receiver",
                                                                            "SyncSender"):
            segments = segments[1:]
        name = "::".join(segments)
        if name in self.aliases:
            return self._alias(node, self.aliases[name], self_ty, hole, params)
        if segments[:2] in (("std", "result"), ("std", "option")) and len(segments) == 3:
            segments = segments[2:]  # `std::result::Result<T, E>`: std's, never an alias
            name = segments[0]
            if name not in ("Result", "Option"):
                raise CompileError([unsupported(f"the type `{'::'.join(node.segments)}`",
                                                node.span)])
            args = tuple(self.lower(a, self_ty, hole, params) for a in node.args)
            if len(args) != GENERIC_STD[name]:
                raise CompileError([unsupported(f"`{name}` with these arguments", node.span)])
            return T.option(args[0]) if name == "Option" else T.result(args[0], args[1])
        if name == "Box" and len(node.args) == 1 and isinstance(node.args[0], ast.TypeDyn):
            return T.BoxTy(self.trait_object(node.args[0]))  # `Box<dyn Shape>`
        args = tuple(self.lower(a, self_ty, hole, params) for a in node.args)
        short = name.rsplit("::", 1)[-1]
        if short in PARSE_ERRORS and ((name == short and short in self.imports) or name in (
                f"std::{_PARSE_ERROR_HOMES[short]}::{short}",
                f"{_PARSE_ERROR_HOMES[short]}::{short}")):
            return T.AdtTy(short)  # (unimported, rustc cannot find the type: E0425 below)
        if name in T.PRIMITIVES and not args:
            return T.PRIMITIVES[name]
        if name == "Self" and self_ty is not None:
            return self_ty
        if len(segments) == 2 and segments[0] == "Self" and not args:
            found = assoc_type_of(self, self_ty, segments[1])  # `Self::Item`
            if found is not None:
                return found
        if len(segments) == 2 and segments[1] == "Item" and not args and params is not None \
                and segments[0] in params:  # `I::Item` of a type parameter `I: Iterator`
            found = iterator_item(self, params[segments[0]])
            if found is not None:
                return found
        if name == "String" and not args:
            return T.STRING
        if name in GENERIC_STD:
            if name in STD_COLLECTIONS and name not in self.imports:
                raise CompileError([unsupported(f"`{name}` without `use std::collections::"
                                                f"{name}`", node.span)])
            if len(args) != GENERIC_STD[name]:
                raise CompileError([Diagnostic(
                    f"missing generics for {'enum' if name in ('Option', 'Result') else 'struct'}"
                    f" `{name}`", node.span, "E0107", "expected generic argument")])
            if name == "Box":
                return T.BoxTy(args[0])
            if name == "Option":
                return T.option(args[0])
            if name == "Result":
                return T.result(args[0], args[1])
            return T.AdtTy(name, args)
        if name in ("fmt::Formatter", "std::fmt::Formatter") or (
                name == "Formatter" and "Formatter" in self.imports):
            return T.FORMATTER
        if name in ("fmt::Result", "std::fmt::Result") and not args:
            return T.FMT_RESULT
        if name in ("Duration", "time::Duration", "std::time::Duration") and not args and (
                name != "Duration" or "Duration" in self.imports):
            return threads.DURATION
        if name in ("JoinHandle", "thread::JoinHandle", "std::thread::JoinHandle") and len(
                args) == 1 and (name != "JoinHandle" or "JoinHandle" in self.imports):
            return threads.join_handle(args[0])
        if name in ("thread::Builder", "std::thread::Builder") and not args:
            return threads.BUILDER
        if name in ("thread::Thread", "std::thread::Thread") and not args:
            return threads.THREAD
        if name in ("thread::ThreadId", "std::thread::ThreadId") and not args:
            return threads.THREAD_ID
        if name in atomics.ATOMICS and name in self.imports and not args:
            return T.AdtTy(name)
        if name == "Ordering" and atomics.ORDERING_IMPORT in self.imports:
            return atomics.ORDERING
        if name in ("cmp::Ordering", "Ordering", "std::cmp::Ordering"):
            return T.AdtTy("Ordering", (), T.ORDERING_DEF)
        if name in self.adts:
            defn = self.adts[name]
            if len(args) != len(defn.type_params):
                raise CompileError([_generic_count(node, defn, len(args))])
            return T.AdtTy(name, args, defn)
        if len(segments) > 1:  # `std::net::Ipv4Addr`: a path into std or a module
            raise CompileError([unsupported(f"the type `{name}`", node.span)])
        raise CompileError([Diagnostic(f"cannot find type `{name}` in this scope", node.span,
                                       "E0425", "not found in this scope")])


def _opaque_return(table: ItemTable, item: ast.FnItem, node: ast.TypeImpl) -> None:
    """`fn f() -> impl Summary`: the opaque type its callers see (a free function's, bound
    by one of the program's traits, `Display` or `Debug`)."""
    bound = node.bound
    if is_closure_bound(bound) and not any(not g.name.startswith("'") for g in item.generics):
        # `-> impl Fn(i32) -> i32`: callers call it with the bound's signature
        assert bound.sugar is not None and bound.sugar_ret is not None
        call = T.FnTy(tuple(table.lower(a) for a in bound.sugar), table.lower(bound.sugar_ret))
        table.opaque_nodes[id(node)] = replace(opaque_type(item, bound.segments[-1]),
                                               call=call)
        return
    trait = bound.segments[-1] if len(bound.segments) == 1 and not (
        bound.args or bound.bindings) and (
        bound.segments[0] in table.traits) else fmt_trait(table, bound)
    if trait is None or any(not g.name.startswith("'") for g in item.generics):
        raise CompileError([unsupported("`impl Trait` returned here", node.span)])
    table.opaque_nodes[id(node)] = opaque_type(item, trait)


def _names_param(ty: ast.TypeExpr, name: str) -> bool:
    stack: list[object] = [ty]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.TypePath) and node.segments == (name,):
            return True
        stack.extend(ast.children(node))
    return False


def _generic_count(node: ast.TypePath, defn: T.AdtDef, given: int) -> Diagnostic:
    """E0107: `Point` or `Point<i32, f64>` for a `struct Point<T>` (rustc points at the
    name)."""
    name = node.span
    width = len(node.segments[-1])
    if name.line == name.end_line:
        name = Span(name.line, name.col, name.line, name.col + width, name.start,
                    name.start + width)
    kind = "enum" if defn.is_enum else "struct"
    want = len(defn.type_params)
    s = "" if want == 1 else "s"
    label = f"expected {want} generic argument{s}"
    if given == 0:
        return Diagnostic(f"missing generics for {kind} `{defn.name}`", name, "E0107", label)
    were = "argument was" if given == 1 else "arguments were"
    return Diagnostic(f"{kind} takes {want} generic argument{s} but {given} generic {were} "
                      "supplied", name, "E0107", label)


def _unused_params(item: ast.StructItem | ast.EnumItem, defn: T.AdtDef) -> list[Diagnostic]:
    """E0392: a type parameter no field mentions."""
    used: set[str] = set()

    def visit(t: T.Ty) -> T.Ty:
        if isinstance(t, T.ParamTy):
            used.add(t.name)
        map_type(t, visit)
        return t

    for variant in defn.variants:
        for ty in variant.field_types:
            visit(ty)
    return [Diagnostic(f"type parameter `{g.name}` is never used", g.span, "E0392",
                       "unused type parameter",
                       help="consider removing `" + g.name + "`, referring to it in a field, "
                       "or using a marker such as `PhantomData`")
            for g in item.generics if not g.name.startswith("'") and g.name not in used]


def _nested_items(items: tuple[ast.Item, ...] | list[ast.Item],
                  homes: dict[str, tuple[int, Span]] | None = None) -> list[ast.Item]:
    """Items declared inside function bodies are items too (scoped here as if global).

    rustc scopes such an item to its block, so two functions may each declare their own
    `struct Item`; the table here has one name space, so a nested item whose name another
    item outside its block also declares is refused rather than conflated with it."""
    found: list[ast.Item] = []
    if homes is None:
        homes = {_item_name(i): (-1, i.span) for i in items if _item_name(i)}
    stack: list[object] = [i.body for i in items if isinstance(i, ast.FnItem)]
    stack += [m.body for i in items if isinstance(i, ast.ImplItem | ast.TraitItem)
              for m in i.methods]
    while stack:
        node = stack.pop()
        for sub in ast.children(node):
            if not isinstance(sub, ast.ItemStmt):
                continue
            name = _item_name(sub.item)
            if not name:
                continue
            here = getattr(sub.item, "name_span", sub.span)
            home, there = homes.setdefault(name, (id(node), here))
            if home != id(node):
                raise CompileError([unsupported(
                    f"two items named `{name}` in different scopes (an item declared "
                    "inside a function body)", max(here, there, key=lambda s: s.start))])
        if isinstance(node, ast.ItemStmt):
            found.append(node.item)
            found.extend(_nested_items([node.item], homes))
            continue
        stack.extend(sub for sub in ast.children(node) if not isinstance(sub, ast.FnItem))
    return found


def _item_name(item: ast.Item) -> str:
    """The name an item declares (an `impl` or a `use` declares none here)."""
    if isinstance(item, ast.ImplItem | ast.UseItem):
        return ""
    return item.name


def collect_items(program: ast.Program) -> ItemTable:
    table = ItemTable()
    errors: list[Diagnostic] = []
    table.all_items = [*program.items, *_nested_items(program.items)]
    program = ast.Program(tuple(table.all_items))
    # First the names, so field types may refer to types declared later.
    for item in program.items:
        if isinstance(item, ast.StructItem | ast.EnumItem):
            params = tuple(g.name for g in item.generics if not g.name.startswith("'"))
            for g in item.generics:
                if g.bounds and not g.name.startswith("'"):
                    raise CompileError([unsupported("bounds on a struct's or enum's type "
                                                    "parameters", g.span)])
            table.adts[item.name] = T.AdtDef(
                item.name, isinstance(item, ast.EnumItem), [], params,
                frozenset(item.derives), False,
                item.kind if isinstance(item, ast.StructItem) else "named", item.name_span)
        elif isinstance(item, ast.FnItem):
            if item.name in table.functions:
                errors.append(Diagnostic(f"the name `{item.name}` is defined multiple times",
                                         item.name_span, "E0428"))
            table.functions[item.name] = item
        elif isinstance(item, ast.ConstItem):
            table.consts[item.name] = item
        elif isinstance(item, ast.TypeAlias):
            if item.name in table.aliases or item.name in table.adts:
                errors.append(Diagnostic(f"the name `{item.name}` is defined multiple times",
                                         item.name_span, "E0428"))
            for g in item.generics:
                if not g.name.startswith("'") and not _names_param(item.type, g.name):
                    raise CompileError([unsupported(  # rustc: E0091
                        f"a type alias whose parameter `{g.name}` is unused", g.span)])
                if g.bounds:  # rustc: a warning that they are not enforced
                    raise CompileError([unsupported("bounds on a type alias's parameters",
                                                    g.span)])
            table.aliases[item.name] = item
    for item in program.items:
        if isinstance(item, ast.TraitItem):
            declare_trait(table, item, errors)
    for item in program.items:
        if isinstance(item, ast.UseItem):
            _use(table, item)
    for item in program.items:
        if isinstance(item, ast.FnItem) and isinstance(item.return_type, ast.TypeImpl):
            _opaque_return(table, item, item.return_type)
    unknown: list[Diagnostic] = []
    for item in program.items:
        if isinstance(item, ast.StructItem):
            adt = table.adts[item.name]
            adt.variants = [T.VariantDef(
                item.name, {"named": "named", "tuple": "tuple", "unit": "unit"}[item.kind],
                tuple(f.name for f in item.fields),
                tuple(_field_type(table, f.type, item.name, unknown)
                      for f in item.fields), 0)]
        elif isinstance(item, ast.EnumItem):
            adt = table.adts[item.name]
            next_discriminant = 0
            for variant in item.variants:
                if variant.discriminant is not None:
                    next_discriminant = _const_int(variant.discriminant)
                adt.variants.append(T.VariantDef(
                    variant.name, variant.kind, tuple(f.name for f in variant.fields),
                    tuple(_field_type(table, f.type, item.name, unknown)
                          for f in variant.fields), next_discriminant))
                next_discriminant += 1
    if unknown:  # every type rustc cannot find in the fields, in source order
        raise CompileError(unknown)
    for item in program.items:
        if isinstance(item, ast.StructItem | ast.EnumItem) and table.adts[item.name].type_params:
            errors.extend(_unused_params(item, table.adts[item.name]))
    for name in table.glob_enums:
        for defined in table.adts[name].variants:
            table.variant_aliases[defined.name] = (name, defined.name)
    for item in program.items:
        if isinstance(item, ast.ImplItem):
            _impl(table, item, errors)
    check_collisions(table)
    check_error_impls(table)
    errors.extend(recursive_types(program, table))
    derived = [derive_errors(item, table.adts[item.name], program) for item in program.items
               if isinstance(item, ast.StructItem | ast.EnumItem) and item.derives]
    errors.extend(error for group in zip(*derived, strict=True) for found in group
                  for error in found)
    if errors:
        raise CompileError(errors)
    return table


def _field_type(table: ItemTable, node: ast.TypeExpr, owner: str,
                unknown: list[Diagnostic]) -> T.Ty:
    """A field's type; one rustc cannot find (E0425) goes to `unknown` (the next is
    reported too) and stands for `()` until those errors are raised."""
    try:
        return table.lower(node, None, None, table.own_params(owner))
    except CompileError as problem:
        if not problem.diagnostics or any(d.code != "E0425" for d in problem.diagnostics):
            raise
        unknown.extend(problem.diagnostics)
        return T.UNIT


def _const_int(expr: ast.Expr) -> int:
    if isinstance(expr, ast.IntLit):
        return expr.value
    if isinstance(expr, ast.Unary) and expr.op == "-" and isinstance(expr.operand, ast.IntLit):
        return -expr.operand.value
    raise CompileError([unsupported("this enum discriminant (use a number)", expr.span)])


def _use(table: ItemTable, item: ast.UseItem) -> None:
    paths = [(*item.path, name) for name in item.names] if item.names else [item.path]
    for path in paths:
        local = path[1:] if path[0] in ("crate", "self") else path
        if local[-1] == "*" and len(local) == 2 and local[0] in table.adts and table.adts[
                local[0]].is_enum:
            for variant in table.adts[local[0]].variants or []:
                table.variant_aliases[variant.name] = (local[0], variant.name)
            table.glob_enums.append(local[0])
            continue
        if len(local) == 2 and local[0] in table.adts and table.adts[local[0]].is_enum:
            table.variant_aliases[local[1]] = (local[0], local[1])
            continue
        short = KNOWN_IMPORTS.get(path) or threads.IMPORTS.get(path) or atomics.IMPORTS.get(
            path)
        if (short == "Ordering" and atomics.ORDERING_IMPORT in table.imports) or (
                short == atomics.ORDERING_IMPORT and "Ordering" in table.imports):
            raise CompileError([unsupported("both `Ordering`s imported", item.span)])
        if short is None:
            raise CompileError([unsupported(f"`use {'::'.join(path)}`", item.span)])
        table.imports.add(short)


def _impl(table: ItemTable, item: ast.ImplItem, errors: list[Diagnostic]) -> None:
    params = [g for g in item.generics if not g.name.startswith("'")]
    target = item.self_type
    if not isinstance(target, ast.TypePath) or len(target.segments) != 1 or (
            target.segments[0] not in table.adts):
        raise CompileError([unsupported("impl blocks for this type", target.span)])
    name = target.segments[0]
    if item.trait is not None and item.trait.bindings:
        raise CompileError([unsupported("a trait with associated type bindings here",
                                        item.trait.span)])
    if item.trait is not None and is_deref(table, item.trait):
        implement_deref(table, item, name, errors)
        return
    if params or table.adts[name].type_params:
        if item.trait is not None:
            raise CompileError([unsupported("trait impls for generic types",
                                            item.trait.span)])
        _generic_impl(table, item, name, errors)
    for method in item.methods:
        table.impl_of[id(method)] = name
    if item.trait is not None and item.trait.segments[-1] in table.traits and len(
            item.trait.segments) == 1:
        implement(table, item, name, errors)
        return
    if item.trait is not None and item.trait.segments in (
            ("Iterator",), ("std", "iter", "Iterator")):
        implement_iterator(table, item, name, errors)
        return
    if item.trait is None and (item.assoc_types or item.consts):
        from stackheap_tui.lang.assoc import implement_assoc
        implement_assoc(table, item, None, name, errors)
    if item.trait is None:
        methods = table.methods.setdefault(name, {})
        for method in item.methods:
            if method.name in methods:
                other = table.generic_impls.get(id(methods[method.name]))
                mine = table.generic_impls.get(id(method))
                if other is not None and mine is not None and not (
                        _opens(other) or _opens(mine)):
                    # `impl Point<i32> { fn f }` beside `impl Point<f32> { fn f }`: rustc
                    # takes both (they cannot overlap); one method per name here.
                    raise CompileError([unsupported(
                        f"a method `{method.name}` in two impls of `{name}`", method.name_span)])
                errors.append(_duplicate(methods[method.name], method, item))
            methods[method.name] = method
        return
    trait = item.trait.segments[-1]
    if (item.assoc_types or item.consts) and operator_trait(table, item.trait) is None:
        raise CompileError([unsupported(f"associated items in `impl {trait}` (rustc: E0437 "
                                        "or E0438)", item.span)])
    if trait == "Drop":
        drop_fn = item.methods[0] if len(item.methods) == 1 else None
        sp = drop_fn.self_param if drop_fn is not None else None
        if drop_fn is None or drop_fn.name != "drop" or sp is None or not sp.mutable_ref or (
                drop_fn.params or drop_fn.return_type is not None):
            where = drop_fn.name_span if drop_fn is not None else item.span
            errors.append(Diagnostic("method `drop` has an incompatible type for trait", where,
                                     "E0053", "expected `&mut Self`: `fn drop(&mut self)`"))
            return
        table.adts[name].has_drop = True
        table.drop_impls[name] = drop_fn
    elif fmt_trait(table, item.trait) is not None:
        implement_fmt(table, item, name, errors)
    elif operator_trait(table, item.trait) is not None:
        implement_operator(table, item, name, errors)
    elif is_from(table, item.trait):
        implement_from(table, item, name, errors)
    elif is_error(table, item.trait):
        implement_error(table, item, name)
    elif is_default(item.trait):
        implement_default(table, item, name, errors)
    else:
        raise CompileError([unsupported(f"implementing the trait `{trait}`", item.trait.span)])


def _generic_impl(table: ItemTable, item: ast.ImplItem, name: str,
                  errors: list[Diagnostic]) -> None:
    """`impl<T> Point<T>` / `impl Point<f32>`: its methods' `Self` is the impl's type (each
    call instantiates the impl's parameters, as a generic function's)."""
    params = {g.name: T.ParamTy(g.name) for g in item.generics if not g.name.startswith("'")}
    try:
        written = table.lower(item.self_type, None, None, params)
    except CompileError as e:
        errors.extend(e.diagnostics)
        return
    assert isinstance(written, T.AdtTy)
    for arg in written.args:
        if not isinstance(arg, T.ParamTy) and any(
                isinstance(a, T.ParamTy) for a in written.args):
            raise CompileError([unsupported("an impl for partly generic arguments",
                                            item.self_type.span)])
    if isinstance(written.args[0] if written.args else None, T.ParamTy) and len(
            {str(a) for a in written.args}) != len(written.args):
        raise CompileError([unsupported("an impl repeating a type parameter",
                                        item.self_type.span)])
    if set(params) - {str(a) for a in written.args}:
        raise CompileError([unsupported("an impl's type parameter its type does not name "
                                        "(rustc: E0207)", item.span)])
    for method in item.methods:
        table.generic_impls[id(method)] = item


def _opens(item: ast.ImplItem) -> bool:
    """Whether an impl is for every instantiation (`impl<T> Point<T>`), not one."""
    return any(not g.name.startswith("'") for g in item.generics)


def item_head(program: ast.Program, name: str) -> Span | None:
    """`struct P` / `pub enum E`: the part of a type's item rustc underlines when it points
    at the definition (None if that part spans lines)."""
    for item in program.items:
        if isinstance(item, ast.StructItem | ast.EnumItem) and item.name == name:
            head, named = item.span, item.name_span
            if head.line != named.line:
                return None
            return Span(head.line, head.col, named.line, named.end_col, head.start, named.end)
    return None


def _duplicate(first: ast.FnItem, second: ast.FnItem, impl: ast.ImplItem) -> Diagnostic:
    """E0592 as rustc points it: both signatures; the later one primary when both are in
    one `impl`, the earlier one when they are in two."""
    name = second.name
    a, b = _signature(first), _signature(second)
    if a is None or b is None:
        return Diagnostic(f"duplicate definitions with name `{name}`", second.name_span,
                          "E0592")
    primary, other = (b, a) if any(m is first for m in impl.methods) else (a, b)
    return Diagnostic(f"duplicate definitions with name `{name}`", primary, "E0592",
                      f"duplicate definitions for `{name}`",
                      (Label(other, f"other definition for `{name}`"),))


def _signature(fn: ast.FnItem) -> Span | None:
    """`pub fn f(&self, x: i32) -> i32`: from the item's start to the end of its return
    type, or to the `)` before the body's `{` on the same line (one space between);
    None when that cannot be told from the spans (generics, a signature over lines)."""
    start = fn.span
    if fn.generics:
        return None
    if fn.return_type is not None:
        end = fn.return_type.span
        if end.end_line != start.line:
            return None
        return Span(start.line, start.col, end.end_line, end.end_col, start.start, end.end)
    body = fn.body.span
    if body.line != start.line or body.col < 3:
        return None
    return Span(start.line, start.col, body.line, body.col - 1, start.start, body.start - 1)

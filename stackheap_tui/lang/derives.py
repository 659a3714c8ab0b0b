"""Is each `#[derive(..)]` valid? The errors rustc reports for the impls it would generate.

- `Copy`: every field `Copy` (E0204), no `impl Drop` (E0184), and `Clone` derived too (E0277);
- `Clone`, `Debug`, `Eq`, `Hash`, `Default`: every field's type implements the trait
  (E0277, naming the innermost type that does not: `Inner` for a `Vec<Inner>` field);
- `PartialEq`: every field comparable with `==` (E0369, naming the field's type; `&T` in
  an enum, whose derived code compares references to the fields);
- `Eq` and `PartialOrd` need `PartialEq`, `Ord` needs `Eq` and `PartialOrd` (E0277).

What this module cannot decide surely (a field type it does not know the impls of, a
derive name it does not know, `PartialOrd`/`Ord` with a field lacking them, `Default` on an
enum, whose `#[default]` variant attribute is not read) is "not supported yet".
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.derive_notes import explain
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label
from stackheap_tui.lang.std.method_signatures import PARSE_ERRORS
from stackheap_tui.lang.syntax import unsupported

KNOWN = ("Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Hash", "Default")
_ALL = frozenset(KNOWN)
_NO_COPY = _ALL - {"Copy"}


class _Unsure(Exception):
    """A type whose implementations of the trait this module does not know."""


def _lacks(ty: T.Ty, trait: str) -> T.Ty | None:
    """None if `ty` implements `trait`, else the innermost type that does not."""
    if isinstance(ty, T.IntTy | T.BoolTy | T.CharTy):
        return None
    if isinstance(ty, T.FloatTy):
        return ty if trait in ("Eq", "Ord", "Hash") else None
    if isinstance(ty, T.TupleTy):
        if len(ty.items) > 12:
            raise _Unsure
        return _first(ty.items, trait)
    if isinstance(ty, T.ArrayTy):
        if trait == "Default" and ty.length > 32:
            return ty
        return None if trait == "Default" and ty.length == 0 else _lacks(ty.element, trait)
    if isinstance(ty, T.RefTy):
        if trait in ("Clone", "Copy"):
            return ty if ty.mutable else None
        if trait == "Default":
            if isinstance(ty.inner, T.StrTy) and not ty.mutable:
                return None
            raise _Unsure
        return None if isinstance(ty.inner, T.StrTy) else _lacks(ty.inner, trait)
    if isinstance(ty, T.BoxTy):
        return ty if trait == "Copy" else _lacks(ty.inner, trait)
    if isinstance(ty, T.AdtTy):
        return _adt_lacks(ty, trait)
    if isinstance(ty, T.ParamTy):
        return None  # a derive on `Point<T>` requires `T: Trait` of each use instead
    raise _Unsure


def _first(types: tuple[T.Ty, ...], trait: str) -> T.Ty | None:
    for item in types:
        missing = _lacks(item, trait)
        if missing is not None:
            return missing
    return None


def _adt_lacks(ty: T.AdtTy, trait: str) -> T.Ty | None:
    name, args = ty.name, ty.args
    if name == "String":
        return ty if trait == "Copy" else None
    if name == "Vec":
        return ty if trait == "Copy" else None if trait == "Default" else _first(args, trait)
    if name == "Option":
        return None if trait == "Default" else _first(args, trait)
    if name == "Result":
        return ty if trait == "Default" else _first(args, trait)
    if name == "Ordering":
        return ty if trait == "Default" else None
    if name in ("Rc", "Arc"):
        return ty if trait == "Copy" else None if trait == "Clone" else _first(args, trait)
    if name == "RefCell":
        return ty if trait in ("Copy", "Hash") else _first(args, trait)
    if name == "Weak":  # std's impls have no bound on `T`
        return None if trait in ("Debug", "Clone", "Default") else ty
    if name in ("HashMap", "HashSet", "Cell", "BTreeMap", "BTreeSet", "BinaryHeap") and (
            trait in ("Debug", "Copy")):
        return ty if trait == "Copy" else _first(args, trait)
    if name in PARSE_ERRORS and not args and trait == "Debug":
        return None  # (`MyError::Parse(ParseIntError)`, as Rust by Example's error types)
    if ty.defn is not None and ty.defn.span is not None and name not in (
            "Cell", "HashMap"):  # one of the program's own structs and enums
        return _first(ty.args, trait) if trait in ty.defn.derives else ty
    raise _Unsure


def _fields(item: ast.StructItem | ast.EnumItem) -> list[ast.FieldDef]:
    if isinstance(item, ast.StructItem):
        return list(item.fields)
    return [f for variant in item.variants for f in variant.fields]


# The derives on a generic struct or enum whose `T: Trait` requirement each use checks
# (`is_copy`, `is_clone`, `implements(.., "Debug")`, comparisons).
_GENERIC_DERIVES = ("Debug", "Clone", "Copy", "PartialEq")


def derive_errors(item: ast.StructItem | ast.EnumItem, defn: T.AdtDef,
                  program: ast.Program) -> tuple[list[Diagnostic], ...]:
    """rustc's errors for the item's derives, with the notes `derive_notes` adds, in three
    groups rustc reports in turn over all items: coherence (E0204, E0184), the impls'
    headers (a supertrait not derived), the fields."""
    derives = item.derives
    for name in derives:
        if name not in KNOWN:
            raise CompileError([unsupported(f"`#[derive({name})]`", item.name_span)])
    if "Default" in derives and isinstance(item, ast.EnumItem):
        raise CompileError([unsupported("`#[derive(Default)]` on an enum", item.name_span)])
    if defn.type_params:
        for name in derives:
            if name not in _GENERIC_DERIVES:
                raise CompileError([unsupported(f"`#[derive({name})]` on a generic type",
                                                item.name_span)])
    fields = _fields(item)
    types = [t for variant in defn.variants for t in variant.field_types]
    coherence: list[Diagnostic] = []
    if "Copy" in derives:
        # A type parameter is `Copy` here: the derive requires `T: Copy` of each use.
        some: dict[str, T.Ty] = {p: T.I32 for p in defn.type_params}
        not_copy = [f for f, t in zip(fields, types, strict=True)
                    if not T.is_copy(T.substitute(t, some))]
        if not_copy:
            coherence.append(explain(Diagnostic(
                "the trait `Copy` cannot be implemented for this type", item.name_span,
                "E0204", labels=tuple(Label(f.span, "this field does not implement `Copy`")
                                      for f in not_copy)), program, item, "Copy"))
        elif defn.has_drop:
            coherence.append(explain(Diagnostic(
                "the trait `Copy` cannot be implemented for this type; the type has a "
                "destructor", item.name_span, "E0184",
                "`Copy` not allowed on types with destructors"), program, item, "Copy"))
    headers: list[Diagnostic] = []
    errors: list[Diagnostic] = []
    for name in dict.fromkeys(derives):
        supertrait = [explain(d, program, item, name) for d in _supertrait_errors(item, name)]
        found = _field_errors(item, name, fields, types, program)
        if found and supertrait:
            raise CompileError([unsupported(f"`#[derive({name})]` with more than one problem",
                                            item.name_span)])
        headers += supertrait
        errors += found
    return coherence, headers, errors


def _supertrait_errors(item: ast.StructItem | ast.EnumItem, trait: str) -> list[Diagnostic]:
    derives, name = item.derives, item.name
    if trait == "Copy" and "Clone" not in derives:
        return [Diagnostic(f"the trait bound `{name}: Clone` is not satisfied", item.name_span,
                           "E0277", f"the trait `Clone` is not implemented for `{name}`")]
    compare = f"can't compare `{name}` with `{name}`"
    if trait in ("Eq", "PartialOrd") and "PartialEq" not in derives:
        return [Diagnostic(compare, item.name_span, "E0277",
                           f"no implementation for `{name} == {name}`")]
    if trait == "Ord" and "PartialOrd" not in derives:
        return [Diagnostic(compare, item.name_span, "E0277",
                           f"no implementation for `{name} < {name}` and `{name} > {name}`")]
    if trait == "Ord" and "Eq" not in derives:
        return [Diagnostic(f"the trait bound `{name}: Eq` is not satisfied", item.name_span,
                           "E0277", f"the trait `Eq` is not implemented for `{name}`")]
    return []


def _field_errors(item: ast.StructItem | ast.EnumItem, trait: str,
                  fields: list[ast.FieldDef], types: list[T.Ty],
                  program: ast.Program) -> list[Diagnostic]:
    if trait == "Copy":
        return []  # E0204 above
    errors = []
    hand = _hand_defaults(program) if trait == "Default" else frozenset()
    for field_def, ty in zip(fields, types, strict=True):
        if hand and _mentions(ty, hand):  # its default is the program's `fn default`
            raise CompileError([unsupported("`#[derive(Default)]` around a type with its own "
                                            "`impl Default`", field_def.span)])
        try:
            missing = _lacks(ty, trait)
        except _Unsure:
            raise CompileError([unsupported(f"`#[derive({trait})]` with a field of type "
                                            f"`{ty}`", field_def.span)]) from None
        if missing is None:
            continue
        if trait in ("PartialOrd", "Ord"):
            raise CompileError([unsupported(f"`#[derive({trait})]` with a field of type "
                                            f"`{ty}`", field_def.span)])
        if trait == "PartialEq":
            shown = f"&{ty}" if isinstance(item, ast.EnumItem) else str(ty)
            error = Diagnostic(f"binary operation `==` cannot be applied to type `{shown}`",
                               field_def.span, "E0369")
        elif trait == "Debug":
            error = Diagnostic(f"`{missing}` doesn't implement `Debug`", field_def.span,
                               "E0277", f"the trait `Debug` is not implemented for `{missing}`")
        else:
            error = Diagnostic(f"the trait bound `{missing}: {trait}` is not satisfied",
                               field_def.span, "E0277", f"the trait `{trait}` is not "
                               f"implemented for `{missing}`")
        errors.append(explain(error, program, item, trait, ty, missing))
    return errors


def _hand_defaults(program: ast.Program) -> frozenset[str]:
    """The types the program writes `impl Default for` by hand."""
    return frozenset(
        item.self_type.segments[-1] for item in program.items
        if isinstance(item, ast.ImplItem) and item.trait is not None
        and item.trait.segments[-1] == "Default" and isinstance(item.self_type, ast.TypePath))


def _mentions(ty: T.Ty, names: frozenset[str]) -> bool:
    if isinstance(ty, T.AdtTy):
        return ty.name in names or any(_mentions(a, names) for a in ty.args)
    if isinstance(ty, T.RefTy | T.BoxTy):
        return _mentions(ty.inner, names)
    if isinstance(ty, T.TupleTy):
        return any(_mentions(t, names) for t in ty.items)
    if isinstance(ty, T.ArrayTy | T.SliceTy):
        return _mentions(ty.element, names)
    return False

"""The labels, notes and help rustc adds to an error in a `#[derive(..)]`'s generated code.

Read from rustc 1.95's output (tests/conformance/checks/reject_derive_*.rs and
tests/conformance/diagnostics/reject_derive_*.rs):
- every such error points back at the derive: `in this derive macro expansion` under the
  trait's name in `#[derive(..)]`;
- a field whose type lacks the trait: when the lacking type is one of the program's own,
  `help: consider annotating `Inner` with `#[derive(Trait)]`` (a new line before its
  `struct`/`enum`), after what rustc says about the container the field wraps it in;
  `Debug` first adds `= note: add `#[derive(Debug)]` to ..`;
- `Eq`'s field check is a bound of `std::cmp::AssertParamIsEq`, a float's lack of
  `Eq`/`Hash` lists the types that have it;
- a derived `PartialEq` comparing a field of a type without `==`: `note: an implementation
  of `PartialEq` might be missing for ..` at that type's definition;
- `Copy` without `Clone`, `Eq` without `PartialEq`: `note: required by a bound in ..`;
- `Copy` on a type with `impl Drop`: `note: destructor declared here`.
Where rustc's words depend on a container not listed in `std/library_locations.py`, the
error keeps only its first lines (the whole-diagnostic test then lists it as pending).
"""

from __future__ import annotations

from dataclasses import replace

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, SubNote, Suggestion
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std.library_locations import BOUND_DEFINED_AT, IMPL_AT, library

# What rustc lists for a float lacking `Eq` / `Hash` (the first eight integer types,
# alphabetically, "and 4 others").
_INTEGERS_LISTED = ("i128", "i16", "i32", "i64", "i8", "isize", "u128", "u16")


def _own_item(program: ast.Program, name: str) -> ast.StructItem | ast.EnumItem | None:
    for item in program.items:
        if isinstance(item, ast.StructItem | ast.EnumItem) and item.name == name:
            return item
    return None


def annotate(program: ast.Program, name: str, trait: str) -> Suggestion | None:
    """`help: consider annotating `Name` with `#[derive(Trait)]``: a new line before the
    type's `struct`/`enum` (after its other attributes)."""
    item = _own_item(program, name)
    if item is None:
        return None
    head = item.span
    at = Span(head.line, 1, head.line, 1, head.start - head.col + 1, head.start - head.col + 1)
    return Suggestion(f"consider annotating `{name}` with `#[derive({trait})]`",
                      (Edit(at, " " * (head.col - 1) + f"#[derive({trait})]\n"),))


def _bound(name: str) -> SubNote:
    return SubNote("note", f"required by a bound in `{name}`",
                   location=library(BOUND_DEFINED_AT[name]))


def _container_notes(trait: str, field_ty: T.Ty, missing: T.Ty) -> tuple[SubNote, ...] | None:
    """What rustc says about the std container between the field's type and the type that
    lacks the trait; None when that is not known here."""
    if field_ty == missing:
        return ()
    if not isinstance(field_ty, T.AdtTy | T.BoxTy) or (
            isinstance(field_ty, T.AdtTy) and field_ty.args != (missing,)) or (
            isinstance(field_ty, T.BoxTy) and field_ty.inner != missing):
        return None
    container = "Box" if isinstance(field_ty, T.BoxTy) else field_ty.name
    required = SubNote("note", f"required for `{field_ty}` to implement `{trait}`")
    if trait == "Clone" and container in ("Vec", "Option"):
        return (required,)
    known = IMPL_AT.get((trait, container))
    if known is None:
        return None
    shown, where = known
    implemented = SubNote("help", f"the trait `{trait}` is implemented for `{shown}`",
                          location=library(where))
    return (implemented,) if trait == "Debug" else (implemented, required)


def explain(diagnostic: Diagnostic, program: ast.Program, item: ast.StructItem | ast.EnumItem,
            trait: str, field_ty: T.Ty | None = None,
            missing: T.Ty | None = None) -> Diagnostic:
    """The diagnostic of the derive of `trait` on `item`, with what rustc adds to it."""
    if trait not in item.derives or len(item.derive_spans) != len(item.derives):
        return diagnostic
    expansion = Label(item.derive_spans[item.derives.index(trait)],
                      "in this derive macro expansion")
    labels = (*diagnostic.labels, expansion)
    children: tuple[SubNote, ...] | None = ()
    suggestions: tuple[Suggestion, ...] = ()
    if diagnostic.code == "E0204":  # its labels say which fields
        return replace(diagnostic, labels=labels)
    if diagnostic.code == "E0184":
        destructor = _destructor(program, item.name)
        children = (SubNote("note", "destructor declared here", destructor),) if (
            destructor is not None) else None
    elif field_ty is None:  # a supertrait the item does not derive
        required = "PartialEq" if trait in ("Eq", "PartialOrd") else (
            "Clone" if trait == "Copy" else None)
        if trait in ("Copy", "Eq") and required is not None:
            children = (_bound(trait),)
            if trait == "Eq":
                children = (SubNote("help", f"the trait `PartialEq` is not implemented for "
                                    f"`{item.name}`"), *children)
            found = annotate(program, item.name, required)
            suggestions = (found,) if found is not None else ()
        else:
            children = None
    elif missing is not None:
        children = _field_children(diagnostic, program, trait, field_ty, missing)
        if isinstance(missing, T.AdtTy) and _own_item(program, missing.name) is not None:
            found = annotate(program, missing.name, trait)
            suggestions = (found,) if found is not None else ()
    if children is None:  # not known here: only the label
        return replace(diagnostic, labels=labels)
    return replace(diagnostic, labels=labels, children=diagnostic.children + children,
                   suggestions=diagnostic.suggestions + suggestions)


def _field_children(diagnostic: Diagnostic, program: ast.Program, trait: str,
                    field_ty: T.Ty, missing: T.Ty) -> tuple[SubNote, ...] | None:
    if isinstance(missing, T.FloatTy) and field_ty == missing and trait in ("Eq", "Hash"):
        listed = "\n".join(["", *("  " + name for name in _INTEGERS_LISTED), "and 4 others"])
        children: tuple[SubNote, ...] = (SubNote(
            "help", f"the following other types implement trait `{trait}`:{listed}"),)
        return children + ((_bound("std::cmp::AssertParamIsEq"),) if trait == "Eq" else ())
    if not isinstance(missing, T.AdtTy) or _own_item(program, missing.name) is None:
        return None
    if diagnostic.code == "E0369":  # a derived `PartialEq`
        own = _own_item(program, missing.name)
        if own is None or own.span.line != own.name_span.line:
            return None
        head = Span(own.span.line, own.span.col, own.name_span.line, own.name_span.end_col,
                    own.span.start, own.name_span.end)
        return (SubNote("note", f"an implementation of `PartialEq` might be missing for "
                        f"`{missing}`", head, "must implement `PartialEq`"),)
    around = _container_notes(trait, field_ty, missing)
    if around is None:
        return None
    if trait == "Debug":
        around = (SubNote("note", f"add `#[derive(Debug)]` to `{missing}` or manually "
                          f"`impl Debug for {missing}`"), *around)
    if trait == "Eq":
        around = (*around, _bound("std::cmp::AssertParamIsEq"))
    return around


def _destructor(program: ast.Program, name: str) -> Span | None:
    """`fn drop(&mut self)` of the type's `impl Drop`, as rustc underlines it."""
    for item in program.items:
        drop_impl = isinstance(item, ast.ImplItem) and item.trait is not None and (
            item.trait.segments[-1] == "Drop")
        if drop_impl and isinstance(item, ast.ImplItem) and isinstance(
                item.self_type, ast.TypePath) and item.self_type.segments[-1] == name:
            for method in item.methods:
                own = method.self_param
                if method.name == "drop" and own is not None and own.span.line == method.span.line:
                    return Span(method.span.line, method.span.col, own.span.end_line,
                                own.span.end_col + 1, method.span.start, own.span.end + 1)
    return None

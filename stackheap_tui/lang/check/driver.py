"""The static pass: what rustc would reject, rejected before anything runs.

Two phases, in rustc's order: (1) name resolution and type inference (the `Checker`
assembled here from the mixins of this package), whose errors (E0425, E0308, E0599,
...) stop compilation; then exhaustiveness of every `match`; (2) only if those passed,
the borrow-check phase (`borrowck.py`): initialisation, moves, borrows and mutability,
plus the deny-by-default `arithmetic_overflow` lint.

The result is a `CheckedProgram`: side tables keyed by node identity that the
interpreter reads (each expression's type, each name's binding, each call's
callee, each pattern's shape), so the interpreter never re-derives a Rust rule.
"""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.arity_notes import add_arity_notes
from stackheap_tui.lang.borrowck import borrow_check
from stackheap_tui.lang.bound_suggestions import add_bound_suggestions
from stackheap_tui.lang.check.calls import CallChecker
from stackheap_tui.lang.check.casts import CastChecker
from stackheap_tui.lang.check.control import ControlChecker
from stackheap_tui.lang.check.conversions import ConversionChecker
from stackheap_tui.lang.check.derefs import DerefChecker
from stackheap_tui.lang.check.expressions import ExpressionChecker
from stackheap_tui.lang.check.fn_bounds import FnBoundChecker
from stackheap_tui.lang.check.generics import GenericChecker
from stackheap_tui.lang.check.imports import missing_imports
from stackheap_tui.lang.check.macros import MacroChecker
from stackheap_tui.lang.check.methods import MethodChecker
from stackheap_tui.lang.check.opaque import OpaqueChecker
from stackheap_tui.lang.check.operators import OperatorChecker
from stackheap_tui.lang.check.paths import PathChecker
from stackheap_tui.lang.check.patterns import PatternChecker
from stackheap_tui.lang.check.statements import StatementChecker
from stackheap_tui.lang.check.threads import (
    interior_mutability,
    not_send_errors,
    with_outlive_errors,
)
from stackheap_tui.lang.check.unsafety import (
    UnsafeChecker,
    unsafety_diagnostics,
    with_unsafety,
)
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic
from stackheap_tui.lang.exhaustive import missing_patterns, refutable_binding
from stackheap_tui.lang.infer import Types
from stackheap_tui.lang.items import ItemTable, collect_items
from stackheap_tui.lang.nesting import headroom
from stackheap_tui.lang.program import Callee, CheckedProgram, PathValue, PatternInfo
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.syntax import unsupported


class Checker(StatementChecker, PatternChecker, ExpressionChecker, PathChecker,
              OperatorChecker, CastChecker, ControlChecker, CallChecker, MethodChecker,
              MacroChecker, GenericChecker, FnBoundChecker, OpaqueChecker, UnsafeChecker,
              ConversionChecker, DerefChecker):
    """Phase 1: names and types, for every function body."""


def check(program: ast.Program) -> CheckedProgram:
    """Run both phases; raise CompileError with rustc's diagnostics, or return tables."""
    checked = check_types(program)
    with headroom():  # both passes recurse once or more per nesting level
        errors = borrow_check(checked)
        unsafety = unsafety_diagnostics(checked)  # after: it reads the moves borrowck found
    errors = with_unsafety(unsafety, errors)
    errors = with_outlive_errors(errors, checked)
    if errors:
        # A provided method's copies share its spans: one error per place, as rustc
        # reports it once for the trait's body.
        raise CompileError(list(dict.fromkeys(errors)))
    return checked


# Errors of rustc's name resolution, reported before any type error.
RESOLVE_CODES = frozenset({"E0405", "E0407", "E0412", "E0422", "E0423", "E0425", "E0433",
                           "E0531", "E0532", "E0574"})


# Names the checker gives std's meaning: a program's own item of that name would shadow
# it, which is not modelled (an `enum Result` of its own, a `struct Vec`).
STD_NAMES = frozenset({"Option", "Result", "Vec", "String", "Box", "Some", "None", "Ok", "Err",
                       "Rc", "Arc", "RefCell", "Cell", "Ordering", "HashMap"})


def _refuse_std_names(items: tuple[ast.Item, ...] | list[ast.Item]) -> None:
    for item in items:
        if isinstance(item, ast.FnItem | ast.StructItem | ast.EnumItem | ast.ConstItem) and (
                item.name in STD_NAMES):
            raise CompileError([unsupported(f"an item named `{item.name}` (std's name)",
                                            item.name_span)])


def check_types(program: ast.Program) -> CheckedProgram:
    """Phase 1 only (names, types, exhaustiveness): what the borrow checker then reads.

    Kept apart so the permissions view can run the borrow analysis itself on a program
    whose borrow check failed (its errors explained in permissions)."""
    with headroom():
        return _check_types(program)


def _check_types(program: ast.Program) -> CheckedProgram:
    _refuse_std_names(program.items)
    items = collect_items(program)
    _refuse_std_names(items.all_items)
    main = items.functions.get("main")
    if main is None:
        raise CompileError([Diagnostic("`main` function not found in crate", Span(1, 1, 1, 1, 0,
                                       0), "E0601", "consider adding a `main` function")])
    if main.params or main.return_type is not None:
        raise CompileError([unsupported("`main` with parameters or a return type", main.span)])
    checked = CheckedProgram(program, main, items)
    checker = Checker(checked, items)
    checker.errors.extend(missing_imports(program, items.imports))
    for const in items.consts.values():
        checker.scopes = [{}]
        ty = checker.lower(const.type)
        if const.is_static and interior_mutability(ty):  # (each use reads the initial value)
            raise CompileError([unsupported("a `static` whose value can change through a "
                                            "shared reference (an atomic, a `Mutex`)",
                                            const.span)])
        checker.expect(ty, checker.expr(const.value, ty), const.value)
    for (owner, _), assoc in items.assoc_consts.items():  # `const ID: u32 = 7;` (literals)
        if assoc.value is not None and id(assoc.value) not in checked.types:
            checker.scopes = [{}]
            ty = items.lower(assoc.type, items.adt(owner))
            checker.expect(ty, checker.expr(assoc.value, ty), assoc.value)
    for item in items.all_items:
        if isinstance(item, ast.FnItem):
            checker.function(item, None)
        elif isinstance(item, ast.ImplItem):
            for method in item.methods:
                checker.function(method, items.impl_of[id(method)])
        elif isinstance(item, ast.TraitItem):
            for method in item.provided:
                checker.function(method, None, trait=item.name)
                checked.copies.add(id(method))
    if not checker.errors:
        _check_default_copies(checker, items)
    checker.finish_operators()
    checker.finish_deferred()
    checker.collect_items.clear()
    checker.deferred_methods.clear()
    concretes = checker.opaque_concretes() if not checker.errors else {}
    if not checker.errors:
        checker.finish_derefs()
        checker.finish_generics()
        checker.finish_deferred()  # the copies' own `collect()` / `parse()`
        if not checker.errors and checker.deref_uses:  # (what the copies dereference)
            checker.finish_derefs()
            checker.finish_generics()
    if not checker.errors:
        checker.fill_opaque(concretes)
    checker.errors.extend(not_send_errors(checker))
    if checker.errors:
        # rustc resolves names before it checks types: those errors come first.
        raise CompileError(add_arity_notes(add_bound_suggestions(
            sorted(checker.errors, key=lambda d: d.code not in RESOLVE_CODES), program), checked))
    unknown = checker.never_inferred()
    if unknown:
        raise CompileError(unknown)
    _default_literals(checked, checker.tys)
    checked.size_checks = [(checker.tys.default(pointee), name, span)
                           for pointee, name, span in checker.size_checks]
    exhaustiveness = []
    for match in checker.deferred_matches:
        problem = missing_patterns(match, checked)
        if problem is not None:
            exhaustiveness.append(problem)
    for pattern, ty, place in checker.deferred_irrefutable:
        problem = refutable_binding(pattern, checker.tys.default(ty), place, checked)
        if problem is not None:
            exhaustiveness.append(problem)
    if exhaustiveness:
        # rustc checks each body's patterns in source order, outer before inner.
        exhaustiveness.sort(key=lambda d: (d.span.line, d.span.col))
        raise CompileError(exhaustiveness)
    return checked


def _check_default_copies(checker: Checker, items: ItemTable) -> None:
    """Each type's copy of a provided method it does not override, checked with `Self` that
    type (the tables the interpreter reads). The trait's own body passed its check with
    `Self` opaque, so an error only the copy finds is not one rustc would report: refused."""
    for copy in items.default_copies:
        checker.out.copies.add(id(copy))
        try:
            checker.function(copy, items.impl_of[id(copy)])
        except CompileError:
            checker.errors.append(unsupported("this provided method for this type",
                                              copy.name_span))
        if checker.errors:
            raise CompileError([unsupported(
                f"the provided method `{copy.name}` for `{items.impl_of[id(copy)]}`",
                copy.name_span)])


def _default_literals(checked: CheckedProgram, tys: Types) -> None:
    """Every type in the tables with the literals' defaults (`i32`, `f64`) filled in."""
    for key, ty in list(checked.types.items()):
        checked.types[key] = tys.default(ty)
    for binding in set(checked.bindings.values()):
        binding.ty = tys.default(binding.ty)
    for key, info in list(checked.patterns.items()):
        adt = info.adt
        checked.patterns[key] = PatternInfo(
            tys.default(info.ty), info.derefs, info.variant,
            _default_adt(tys, adt) if adt is not None else None,
            info.field_indexes, info.is_binding)
    for key, ty in list(checked.coercions.items()):
        checked.coercions[key] = tys.default(ty)
    for key, callee in list(checked.callees.items()):
        if callee.adt is not None:
            checked.callees[key] = Callee(callee.kind, callee.key, callee.item,
                                          _default_adt(tys, callee.adt), callee.variant,
                                          callee.self_mode, callee.derefs, callee.type_arg)
    for key, value in list(checked.paths.items()):
        if value.adt is not None:
            checked.paths[key] = PathValue(value.kind, _default_adt(tys, value.adt),
                                           value.variant, value.const, value.value)


def _default_adt(tys: Types, adt: T.AdtTy) -> T.AdtTy:
    defaulted = tys.default(adt)
    assert isinstance(defaulted, T.AdtTy)
    return defaulted

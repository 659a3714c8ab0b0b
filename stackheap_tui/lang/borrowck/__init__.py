"""Phase 2 of checking: what rustc's borrow checker rejects, and the moves it sees.

Runs only on a program that resolved and type-checked. Each function (and each
closure) is lowered to a small control-flow graph in evaluation order
(`lowering`), then analysed as rustc's MIR borrow checker does
(`flow`): initialisation and moves (E0381, E0382, E0384), loans alive
until their last use (E0499, E0502, E0503, E0505, E0506, E0597, E0716, E0515),
mutability (E0594, E0596, checked while lowering) and moves out of borrows
(E0507). Signatures are checked for missing lifetimes (E0106) first, as rustc
does while resolving names. Only a program that passes all of this gets the
`arithmetic_overflow` lint, which rustc runs after borrow checking.

As a side effect `checked.moves` receives every use that moves a value, which the
interpreter reads to mark slots moved-from.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from stackheap_tui.lang import ast
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.binding_forms import adjust_mutable_suggestions
from stackheap_tui.lang.borrowck.clone_suggestions import (
    add_borrowed_move_suggestions,
    add_clone_suggestions,
    add_move_out_suggestions,
)
from stackheap_tui.lang.borrowck.closure_clone_suggestions import add_closure_clone_suggestions
from stackheap_tui.lang.borrowck.flow import BodyChecker
from stackheap_tui.lang.borrowck.ir import Graph
from stackheap_tui.lang.borrowck.lint import code_nodes, literal_lint, overflow_lint
from stackheap_tui.lang.borrowck.loop_moves import (
    add_loop_words,
    exited_by_head,
    previous_iteration,
    report_order,
)
from stackheap_tui.lang.borrowck.lowering import Lowerer, Shared
from stackheap_tui.lang.borrowck.messages import place_text, returned_origin
from stackheap_tui.lang.borrowck.method_moves import add_method_move_words
from stackheap_tui.lang.borrowck.pattern_move_out import add_pattern_move_out_labels
from stackheap_tui.lang.borrowck.pattern_move_suggestions import add_pattern_move_suggestions
from stackheap_tui.lang.borrowck.places import Place, is_prefix, may_carry_loans
from stackheap_tui.lang.borrowck.ref_suggestions import add_ref_mut_suggestions
from stackheap_tui.lang.borrowck.signature import signature_errors
from stackheap_tui.lang.borrowck.struct_update_moves import add_struct_update_moves
from stackheap_tui.lang.borrowck.temporary_suggestions import add_temporary_suggestions
from stackheap_tui.lang.borrowck.uninit_labels import add_uninit_conditions
from stackheap_tui.lang.borrowck.universal import UniversalCheck
from stackheap_tui.lang.borrowck.unused import note_first, unused_mut, unused_values
from stackheap_tui.lang.borrowck.value_suggestions import add_value_suggestions
from stackheap_tui.lang.diagnostics import Diagnostic
from stackheap_tui.lang.program import CheckedProgram, FnInfo
from stackheap_tui.lang.statics import static_mut_refs
from stackheap_tui.lang.syntax.errors import unsupported


def lower_function(shared: Shared, info: FnInfo) -> Graph:
    item = info.item
    graph = Graph(item.name, item=item, closures=shared.closures)
    low = Lowerer(shared, graph)
    low.emit(item.span)
    keys = [low.local(binding, "param") for binding in info.params]
    graph.params.extend(keys)
    low.emit(item.span, init=[Place(k) for k in keys])
    graph.exit = low.label(item.body.close_span)
    if isinstance(item.return_type, ast.TypeRef) and item.return_type.lifetime is not None:
        graph.returned_lifetime = item.return_type.lifetime
    graph.returned_origin = returned_origin(item)
    graph.nodes[graph.exit].uses.extend(
        k for k in keys if may_carry_loans(graph.locals[k].ty))
    low.block(item.body, returns=True)
    low.goto(graph.exit)
    return graph


@dataclass(eq=False)
class FunctionAnalysis:
    """One function's bodies as the borrow checker analysed them: the function first,
    then the closures inside it. The permissions view reads the same graphs and flow."""

    name: str  # as the interpreter names its frame: `main`, `Point::area`
    bodies: list[BodyChecker]
    errors: list[Diagnostic]  # sorted and deduplicated, as reported


def analyse_function(shared: Shared, info: FnInfo) -> FunctionAnalysis:
    shared.errors = []
    shared.graphs = []
    graphs = [lower_function(shared, info), *shared.graphs]
    for graph in graphs[1:]:
        graph.closures = shared.closures
    errors = list(shared.errors)
    bodies = [BodyChecker(graph) for graph in graphs]
    sig = shared.signature(info)
    loops = exited_by_head(info.item)
    for body in bodies:
        checked_errors = body.run()
        if loops:
            moves = {id(f.diagnostic): f.move_spans for f in body.facts}
            checked_errors = report_order(checked_errors, moves, loops)
        found = _uninit_field_labels(body, _one_report_per_move(body, checked_errors))
        if loops:
            relabelled = []
            for d in found:
                new = previous_iteration(d, loops)
                if new is not d:
                    for f in body.facts:  # the explanations find the error by its facts
                        if f.diagnostic is d:
                            f.diagnostic = new
                relabelled.append(new)
            found = relabelled
        if body is bodies[0] and sig is not None:
            universal = UniversalCheck(body, sig, info.item, shared.checked)
            found = universal.explain_stores(found)
            found.extend(universal.run())
        errors.extend(found)
    # rustc buffers a body's borrow-check errors and emits them sorted by position.
    # An assignment into an uninitialised binding is only E0381, never also E0594.
    uninit = {(d.span.start, d.span.end) for d in errors if d.code == "E0381"}
    errors = [d for d in errors if d.code != "E0594" or (d.span.start, d.span.end)
              not in uninit]
    unique: dict[tuple[str, int, int], Diagnostic] = {}
    for d in errors:
        unique.setdefault((d.message, d.span.start, d.span.end), d)
    name = info.item.name if info.owner is None else f"{info.owner}::{info.item.name}"
    return FunctionAnalysis(name, bodies,
                            sorted(unique.values(), key=lambda d: (d.span.start, d.span.end)))


def _one_report_per_move(body: BodyChecker, errors: list[Diagnostic]) -> list[Diagnostic]:
    """rustc reports one E0382 per set of moves (`buffer_move_error`): a later use of the
    same moved value replaces the earlier report, unless the later use is of the place
    already reported or a parent of it (`has_move_error`), which keeps the earlier one."""
    facts = {id(f.diagnostic): f for f in body.facts}
    reported: dict[tuple[int, frozenset[tuple[int, int]]], tuple[Place, Diagnostic]] = {}
    dropped: set[int] = set()
    for d in errors:
        f = facts.get(id(d))
        if (d.code != "E0382" or f is None or f.access is None or f.moved is None
                or not f.move_spans
                or not d.message.startswith(("use of ", "borrow of "))):
            continue
        key = (f.moved.local, frozenset((s.start, s.end) for s in f.move_spans))
        used = f.access.place
        if key in reported:
            place, earlier = reported[key]
            if is_prefix(used, place):
                dropped.add(id(d))
                continue
            dropped.add(id(earlier))
        reported[key] = (used, d)
    return [d for d in errors if id(d) not in dropped]


def _uninit_field_labels(body: BodyChecker, errors: list[Diagnostic]) -> list[Diagnostic]:
    """E0381's label names the field read (`pair.0` used here), as rustc's does."""
    facts = {id(f.diagnostic): f for f in body.facts}
    out: list[Diagnostic] = []
    for d in errors:
        f = facts.get(id(d))
        if (d.code == "E0381" and f is not None and f.access is not None
                and f.access.place.proj and d.message.startswith("used binding")
                and all(p.kind == "field" for p in f.access.place.proj)):
            name = place_text(f.access.place, body.g.locals)
            relabelled = dataclasses.replace(d, label=f"`{name}` " + d.label.split(" ", 1)[1])
            f.diagnostic = relabelled  # the explanations find the error by its facts
            d = relabelled
        out.append(d)
    return out


def analyse(checked: CheckedProgram) -> list[FunctionAnalysis]:
    """Lower and analyse every function (recording moves in `checked.moves`)."""
    shared = Shared(checked)
    return [analyse_function(shared, info) for info in checked.functions.values()]


def borrow_check(checked: CheckedProgram) -> list[Diagnostic]:
    return borrow_check_analysed(checked)[0]


def borrow_check_analysed(checked: CheckedProgram
                          ) -> tuple[list[Diagnostic], list[FunctionAnalysis]]:
    """The borrow checker's errors (or, if none, the late lints'), and the analysis they
    came from: the permissions view and the explanations read the same graphs. Beside
    errors come the warnings rustc prints with them: each function's `unused_mut` before
    its errors."""
    errors = signature_errors(checked.program)
    functions = analyse(checked)
    # A signature with E0106 taints its body: rustc does not borrow-check it.
    tainted = [item.span for item in _fn_items(checked.program)
               if any(d.code == "E0106" and item.span.start <= d.span.start < item.body.span.start
                      for d in errors)]
    warned: list[Diagnostic] = []
    seen: set[tuple[str, str, int, int]] = set()
    for function in functions:
        graphs = [body.g for body in function.bodies]
        warnings = unused_mut(graphs, checked)
        later = unused_values([*graphs[1:], graphs[0]], checked)  # closures' first
        # A returned closure that borrows a local is E0373 alone (rustc stops there; the
        # return of its loans is not reported again as E0515).
        escaping = {c.span.start for d in function.errors if d.code == "E0373"
                    for c in d.children if c.span is not None}
        for d in [*warnings, *function.errors, *later]:
            if d.code == "E0515" and d.span.start in escaping:
                continue
            if any(t.start <= d.span.start < t.end for t in tainted):
                continue
            # A trait's provided method is checked for each impl, a generic
            # function for each copy (they share its spans); rustc checks each once.
            key = (d.level, d.message, d.span.start, d.span.end)
            if key in seen:
                continue
            seen.add(key)
            errors.append(d)
            if d.level == "warning":
                warned.append(d)
    if len(errors) > len(warned):
        errors = adjust_mutable_suggestions(errors, checked.program)
        errors = add_ref_mut_suggestions(errors, checked)
        errors = add_value_suggestions(errors, checked)
        errors = add_pattern_move_out_labels(errors, checked)
        errors = add_uninit_conditions(errors, checked)
        errors = add_struct_update_moves(errors, checked)
        errors = add_move_out_suggestions(errors, checked)
        errors = add_borrowed_move_suggestions(errors, checked)
        errors = add_clone_suggestions(errors, checked)
        errors = add_loop_words(errors, checked)
        errors = add_temporary_suggestions(errors, checked)
        errors = add_pattern_move_suggestions(errors, checked)
        errors = add_closure_clone_suggestions(errors, checked)
        return note_first(add_method_move_words(errors, checked)), functions
    unknown = unknown_sizes(checked)
    if unknown:
        return unknown, functions
    # Late lints run after borrow checking; KnownPanicsLint only once those passed.
    nodes = code_nodes(checked)  # one walk for both lints
    late = [*literal_lint(checked, nodes), *static_mut_refs(checked, nodes)]
    late.sort(key=lambda d: d.span.start)  # (one late lint pass: in source order)
    lints = late or overflow_lint(checked, nodes)
    return (note_first([*warned, *lints]) if lints else []), functions


def unknown_sizes(checked: CheckedProgram) -> list[Diagnostic]:
    """`size_of_val` of a value whose size is not known here (an iterator struct not
    measured, a closure whose captures are not laid out): refused, not guessed."""
    for ty, name, span in checked.size_checks:
        if not L.layout_known(ty):
            what = f"an iterator `{ty}`" if isinstance(ty, T.IterTy) else "this value"
            return [unsupported(f"`{name}` of {what}", span)]
    return []


def _fn_items(program: ast.Program) -> list[ast.FnItem]:
    out: list[ast.FnItem] = []
    for item in program.items:
        if isinstance(item, ast.FnItem):
            out.append(item)
        elif isinstance(item, ast.ImplItem):
            out.extend(item.methods)
    return out

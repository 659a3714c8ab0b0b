"""Calls: function and closure calls, method calls (autoref, two-phase borrows, what
the result borrows), and macro calls (`println!` and friends borrow their arguments).
"""

from __future__ import annotations

from dataclasses import replace

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.ir import MOVE, MUTABLE, RESERVE, SHARED, Access, Loan
from stackheap_tui.lang.borrowck.lowering.base import ClosureFacts, Operand, promotable
from stackheap_tui.lang.borrowck.lowering.control import ControlFlowLowering
from stackheap_tui.lang.borrowck.places import Place, may_carry_loans
from stackheap_tui.lang.borrowck.signature import (
    linked_arguments,
    named_lifetimes,
    returns_no_self_borrow,
    returns_only_static,
)
from stackheap_tui.lang.diagnostics import CompileError, Diagnostic, Label, SubNote
from stackheap_tui.lang.fn_traits import closure_bound_spans, closure_params, meets
from stackheap_tui.lang.program import Callee
from stackheap_tui.lang.std.collections import BORROWED_KEY  # (lookups keep no key)
from stackheap_tui.lang.syntax import unsupported

NEVER_MACROS = {"panic", "unreachable", "todo", "unimplemented"}
# Standard methods whose result borrows the receiver itself (`&self` -> `&T`); every
# other std method returns owned data, or items borrowing what the receiver holds.
# std methods whose closure argument is `FnOnce` (called at most once): a closure that
# moves a captured value out may be given to them.
_FN_ONCE_METHODS = frozenset({
    "Option::map", "Option::map_or", "Option::map_or_else", "Option::and_then",
    "Option::or_else", "Option::unwrap_or_else", "Option::ok_or_else", "Option::filter",
    "Option::get_or_insert_with", "Option::is_some_and", "Option::is_none_or",
    "Option::inspect", "Option::take_if", "Result::map", "Result::map_err",
    "Result::and_then", "Result::or_else", "Result::unwrap_or_else", "Result::map_or",
    "Result::map_or_else", "Result::is_ok_and", "Result::is_err_and", "Result::inspect",
    "Result::inspect_err", "Entry::or_insert_with", "Entry::or_insert_with_key",
    "Entry::and_modify", "bool::then",
})
_BORROWING_METHODS = frozenset({
    "as_str", "as_bytes", "trim", "trim_start", "trim_end", "chars", "bytes",
    "split_whitespace", "lines", "char_indices", "split", "split_terminator", "iter",
    "iter_mut", "first", "last", "get", "get_mut", "first_mut", "last_mut", "as_slice",
    "as_mut_slice", "windows", "chunks", "as_ref", "as_mut", "borrow", "borrow_mut",
    "as_deref", "peek", "keys", "values", "values_mut", "split_at", "strip_prefix",
    "strip_suffix", "get_or_insert", "entry", "as_deref_mut", "front", "back", "lock",
    "first_key_value", "last_key_value", "range", "union", "intersection", "difference",
    "symmetric_difference",
})
# `a.union(&b)` and its kin borrow both sets.
_BOTH_SETS = ("union", "intersection", "difference", "symmetric_difference")


class CallLowering(ControlFlowLowering):
    """Lowers calls of functions, closures, methods and macros."""

    def once_call(self, e: ast.Call, place: Place, fn_ty: T.Ty,
                  facts: ClosureFacts | None) -> None:
        """How rustc explains a second call of an `FnOnce` (E0382): the first call moved
        it, and why it is `FnOnce` (a trait object's bound, or what the closure moves)."""
        called = SubNote("note", "this value implements `FnOnce`, which causes it to be "
                         "moved when called", e.callee.span)
        if isinstance(fn_ty, T.DynTy):
            self.g.once_calls[(e.callee.span.start, place.local)] = (e.span, (called,), True)
        elif facts is not None and facts.once and facts.why is not None and facts.var:
            why = SubNote("note", "closure cannot be invoked more than once because it moves "
                          f"the variable `{facts.var}` out of its environment", facts.why[0])
            self.g.once_calls[(e.callee.span.start, place.local)] = (e.span, (why, called),
                                                                     False)

    def e_Call(self, e: ast.Call) -> Operand:
        callee = self.c.callees.get(id(e))
        ret = self.type_of(e)
        closure_flows: tuple[int, ...] = ()
        if callee is not None and callee.kind == "closure" and isinstance(e.callee, ast.Path):
            binding = self.c.bindings.get(id(e.callee))
            if binding is not None:
                place = Place(id(binding))
                fn_ty = binding.ty
                through_ref = isinstance(fn_ty, T.RefTy)
                while isinstance(fn_ty, T.RefTy | T.BoxTy):
                    fn_ty = fn_ty.inner
                if through_ref and callee.self_mode in ("mut", "value") and isinstance(
                        fn_ty, T.DynTy):
                    raise CompileError([unsupported(f"calling a `{fn_ty}` through a shared "
                                                    "reference", e.span)])
                facts = self.s.closures.get(fn_ty.ident) if isinstance(fn_ty, T.FnTy) else None
                if through_ref and facts is not None and (facts.mutates or facts.once):
                    # rustc: E0596 / E0507 through the `&`, with their own notes
                    raise CompileError([unsupported(f"calling an `{facts.kind}` closure "
                                                    "through a shared reference", e.span)])
                mode = callee.self_mode  # a closure-bounded parameter: as its bound says
                if mode == "value" or (not mode and facts is not None and facts.once):
                    # An FnOnce closure is moved into its call (a second call is E0382),
                    # though a closure type counts as Copy elsewhere here.
                    self.access(place, MOVE, e.callee.span)
                    self.g.call_moves[e.callee.span.start] = e.span
                    self.c.moves.add(id(e.callee))
                    self.once_call(e, place, fn_ty, facts)
                elif mode == "mut" or (not mode and facts is not None and facts.mutates):
                    before = len(self.s.errors)
                    self.require_mutable(place, e.callee.span, assign=False)
                    if len(self.s.errors) > before and not mode and facts is not None and (
                            facts.why is not None) and self.s.errors[-1].code == "E0596":
                        # rustc: where the closure borrows (or, moved in, changes) a capture
                        why = "possible mutation" if facts.is_move else "mutable borrow"
                        error = self.s.errors[-1]
                        self.s.errors[-1] = replace(error, labels=(*error.labels, Label(
                            facts.why[0], f"calling `{e.callee.segments[0]}` requires mutable "
                                          f"binding due to {why} of `{facts.var}`")))
                    self.access(place, MUTABLE, e.callee.span, borrow_use=True)
                else:
                    self.access(place, SHARED, e.callee.span, borrow_use=True)
                closure_flows = (place.local,)
        flows: list[int] = list(closure_flows)
        per_arg: list[tuple[int, ...]] = []
        item = callee.item if callee is not None else None
        for i, arg in enumerate(e.args):
            if item is not None and i < len(item.params) and _is_type_parameter(
                    item.params[i].type, item):
                self.g.generic_args.add(arg.span.start)
            flowed = self.consume(self.expr(arg), reborrow=True,
                                  shared=_shared_param(callee, i), at=e.span)
            per_arg.append(flowed)
            if callee is not None and callee.key in ("Rc::clone", "Rc::downgrade") and isinstance(
                    arg, ast.Unary) and arg.op == "&" and isinstance(arg.operand, ast.Path):
                # The new Rc shares the pointee, not the `&` that reached it: it carries
                # what the original Rc carries, not a borrow of it.
                inner = self.expr(arg.operand)
                flowed = (inner.place.local,) if inner.place is not None and may_carry_loans(
                    inner.ty) else ()
            flows.extend(flowed)
        if callee is not None and callee.kind == "fn" and callee.item is not None:
            self.closure_kinds(e, callee.item)
        if callee is not None and callee.kind == "fn" and callee.item is not None and (
                len(per_arg) == len(callee.item.params)):
            # `push(&mut v, &s)` with `fn push<'a>(v: &mut Vec<&'a str>, s: &'a str)`: the
            # signature lets the call store `&s` in `v`, so `v` carries that borrow on.
            for target, sources in linked_arguments(callee.item).items():
                holder = self.mut_arg_local(e.args[target])
                stored = [f for j in sorted(sources)
                          for f in self.linked_value(callee.item, target, j, e.args[j],
                                                     per_arg[j])]
                if holder is not None and stored:
                    self.emit(e.span, update=holder, flow=stored)
                    self.g.stores[len(self.g.nodes) - 1] = ("argument", "")
        carried: tuple[int, ...] = ()
        if callee is not None and callee.item is not None and returns_only_static(callee.item):
            flows = []  # `-> &'static str` holds no borrow of the arguments
        if may_carry_loans(ret):
            carried = self.store(flows, ret, e.span)
        elif flows:
            self.emit(e.span, uses=flows)
        if flows:  # an argument's borrow is "later used by call" (at the callee)
            self.g.calls[len(self.g.nodes) - 1] = e.callee.span
        if isinstance(ret, T.NeverTy):
            self.emit(e.span, uses=flows)
            self.cur = None
        return Operand(e, ret, carried=carried)

    def std_closure_kind(self, arg: ast.Expr, key: str, method: str) -> None:
        """A closure that moves a captured value out (only `FnOnce`) given to a std method
        that may call it again (`sort_by_key`, `map`, `retain`: `FnMut`): rustc's E0507
        "cannot move out of `value`, a captured variable in an `FnMut` closure", refused
        here rather than run (the second call would use the moved value)."""
        fn_ty = self.type_of(arg)
        facts = self.s.closures.get(fn_ty.ident) if isinstance(fn_ty, T.FnTy) and (
            fn_ty.ident) else None
        if facts is None or facts.kind != "FnOnce" or key in _FN_ONCE_METHODS:
            return
        raise CompileError([unsupported(
            f"a closure that moves a captured value out, given to `{method}` (which may "
            "call it more than once)", arg.span)])

    def closure_kinds(self, e: ast.Call, item: ast.FnItem) -> None:
        """E0525: a closure given for an `F: Fn(..)` bound that mutates (only `FnMut`) or
        moves out (only `FnOnce`) what it captured."""
        for i, required in closure_params(item).items():
            if i >= len(e.args):
                continue
            arg = e.args[i]
            fn_ty = self.type_of(arg)
            facts = self.s.closures.get(fn_ty.ident) if isinstance(fn_ty, T.FnTy) and (
                fn_ty.ident) else None
            if facts is None or meets(facts.kind, required):
                continue
            if isinstance(arg, ast.Closure):
                # rustc makes the closure what the bound asks and reports its body
                # instead (E0594, E0596, E0507: "a captured variable in a `Fn` closure").
                raise CompileError([unsupported(
                    f"a closure written for a `{required}` bound that is only `{facts.kind}`",
                    arg.span)])
            assert facts.head is not None
            name = item.name.split("::<")[0]  # (a copy's callee: the function as written)
            labels: list[Label] = []
            if facts.why is not None:
                labels.append(Label(facts.why[0], f"closure is `{facts.kind}` because it "
                                                  f"{facts.why[1]}"))
            labels += [Label(arg.span, f"the requirement to implement `{required}` derives "
                                       "from here"),
                       Label(e.callee.span, "required by a bound introduced by this call")]
            self.s.errors.append(Diagnostic(
                f"expected a closure that implements the `{required}` trait, but this "
                f"closure only implements `{facts.kind}`", facts.head, "E0525",
                f"this closure implements `{facts.kind}`, not `{required}`",
                labels=tuple(labels), children=tuple(
                    SubNote("note", f"required by a bound in `{name}`", bound.span,
                            f"required by this bound in `{name}`")
                    for bound in closure_bound_spans(item, i))))

    def linked_value(self, item: ast.FnItem, target: int, j: int, arg: ast.Expr,
                     flowed: tuple[int, ...]) -> tuple[int, ...]:
        """What a call may store from argument `j` into argument `target`: the argument
        itself (`s: &'a str`), or, when the shared lifetime is inside a reference
        (`y: &mut &'a str` in `fn swap<'a>(x: &mut &'a str, y: &mut &'a str)`), what
        the referenced variable holds, not the borrow of it."""
        ty = item.params[j].type
        target_ty = item.params[target].type
        if not isinstance(ty, ast.TypeRef) or not isinstance(target_ty, ast.TypeRef):
            return flowed
        inside = named_lifetimes(target_ty.inner)
        if ty.lifetime in inside:
            return flowed
        e = arg.operand if isinstance(arg, ast.Unary) and arg.op in ("&", "&mut") else arg
        if not isinstance(e, ast.Path):
            return flowed
        binding = self.c.bindings.get(id(e))
        key = id(binding) if binding is not None else None
        if key is None or key not in self.g.locals:
            return flowed
        return (key,) if may_carry_loans(self.g.locals[key].ty) else ()

    def mut_arg_local(self, arg: ast.Expr) -> int | None:
        """The local a `&mut` argument reaches: `&mut v`, `&mut v.items` → `v`; a `&mut`
        variable passed on → that variable (its loans are what flows on)."""
        e = arg.operand if isinstance(arg, ast.Unary) and arg.op == "&mut" else arg
        while isinstance(e, ast.Field | ast.Index):
            e = e.base
        if not isinstance(e, ast.Path):
            return None
        binding = self.c.bindings.get(id(e))
        key = id(binding) if binding is not None else None
        return key if key is not None and key in self.g.locals else None

    def e_MethodCall(self, e: ast.MethodCall) -> Operand:
        callee = self.c.callees.get(id(e))
        ret = self.type_of(e)
        mode = callee.self_mode if callee is not None else "ref"
        derefs = callee.derefs if callee is not None else 0
        receiver = self.expr(e.receiver)
        place: Place | None = None
        recv_flows: tuple[int, ...] = ()
        reservation: Loan | None = None
        hold: tuple[int, ...] = ()
        self_ty: T.Ty = receiver.ty
        if mode in ("ref", "mut"):
            if receiver.place is None:
                t = self.store_always(receiver, e.receiver.span)
                static = self.static_item(e.receiver)
                if static is not None:
                    self.static_temps[t] = static
                    self.g.locals[t].static = True
                if self.stmt_temps and not (mode == "ref" and promotable(e.receiver, self.c)):
                    # (A constant like `[1, 2, 3]` is promoted to a static: its `&`
                    # outlives the statement, `[1, 2].iter()…collect()` is fine.)
                    self.stmt_temps[-1].append(t)
                place, self_ty = self.derefs(Place(t), receiver.ty, derefs)
            else:
                place, self_ty = self.derefs(receiver.place, receiver.ty, derefs)
            if mode == "mut":
                self.require_mutable(place, e.receiver.span, assign=False)
            if not self.is_outer(place.local) and (mode == "mut" or e.args):
                # The autoref is taken before the arguments run and lasts to the call. A
                # `&mut self` one is a two-phase borrow: reserved now, activated by the
                # call, so the arguments may still read the receiver (`v.push(v.len())`);
                # a `&self` one forbids changing it there (`v.get({ v.push(2); 0 })`).
                # Through `IndexMut` (`v[0].push(v.len())`) the `&mut v` that
                # `index_mut` takes is an ordinary borrow, active before the arguments run:
                # reading `v` there is E0502 (no two-phase borrow for it).
                through = self._index_mut_span(e.receiver) if mode == "mut" else None
                # A slice's (or str's) `&mut self` method on a Vec, String or array
                # (`v.swap(0, v.len() - 1)`) takes `&mut *v` through `DerefMut` or an
                # unsizing coercion: not a two-phase borrow either (E0502).
                adjusted = mode == "mut" and callee is not None and callee.item is None and (
                    callee.key.startswith(("slice::", "str::"))) and (
                    T.is_vec(receiver.ty) or T.is_string(receiver.ty)
                    or isinstance(receiver.ty, T.ArrayTy))
                two_phase = mode == "mut" and through is None and not adjusted
                reservation = self.new_loan(place, through is not None,
                                            through or e.receiver.span)
                reservation.two_phase = two_phase
                hold = (self.temp(T.UNIT, e.receiver.span),)
                kind = RESERVE if two_phase or adjusted else MUTABLE if mode == "mut" else SHARED
                if adjusted:  # the reservation is an active `&mut`, over the receiver
                    reservation.mutable = True
                self.emit(e.receiver.span,
                          accesses=[Access(place, kind, through or e.receiver.span,
                                           borrow_use=True, loan=reservation)],
                          define=hold[0], gen=[reservation], init=[Place(hold[0])])
        elif receiver.place is not None and derefs:
            place, ty = self.derefs(receiver.place, receiver.ty, derefs)
            recv_flows = self.consume(Operand(e.receiver, ty, place))
            place = None
        else:
            recv_flows = self.consume(receiver)
        arg_flows: list[int] = []
        called: list[int] = []  # closures a std method calls: used by the call, not kept
        for i, arg in enumerate(e.args):
            flowed = self.consume(self.expr(arg), reborrow=True,
                                  shared=_shared_param(callee, i), at=e.span)
            if callee is not None and callee.item is None and e.method in ("expect",
                                                                           "expect_err"):
                continue  # the panic message never ends up in the result
            if isinstance(self.type_of(arg), T.FnTy) and callee is not None and (
                    callee.item is None):
                self.std_closure_kind(arg, callee.key, e.method)
                # A closure given to a std method (`find(|u| u.name == name)`) is called
                # and dropped by it; what it captures does not flow into the result, but
                # its borrows are alive during the call (`v.retain(|x| … v.len())`: E0502).
                called.extend(flowed)
                continue
            arg_flows.extend(flowed)
        carries = may_carry_loans(ret) and not (
            callee is not None and callee.item is not None and returns_only_static(callee.item))
        key = callee.key if callee is not None else ""
        # What the result borrows: the receiver's autoref for user methods (elision ties
        # the result to `&self`) and for std methods that lend out the receiver.
        user = callee is not None and callee.item is not None
        ties_to_autoref = carries and place is not None and (
            user or key.rsplit("::", 1)[-1] in _BORROWING_METHODS) and not (
            user and callee is not None and callee.item is not None
            and returns_no_self_borrow(callee.item))
        flows: list[int] = [*recv_flows, *arg_flows]
        if place is not None and not self.is_outer(place.local):
            holder_ty = self.g.locals[place.local].ty
            if carries and (place.has_deref() or may_carry_loans(holder_ty)):
                flows.append(place.local)
        user_self_ref = callee is not None and callee.item is not None and mode in (
            "ref", "mut") and not callee.item.generics
        if user_self_ref or key.startswith(("HashMap::", "HashSet::")) or (
                key.startswith(("BTreeMap::", "BTreeSet::", "BinaryHeap::"))
                and key.rsplit("::", 1)[-1] not in _BOTH_SETS):
            flows = [f for f in flows if f not in arg_flows]  # elision: only `&self` counts
        gen: list[Loan] = []
        accesses: list[Access] = []
        if place is not None:
            kind = MUTABLE if mode == "mut" else SHARED
            # rustc spans an autoref at the receiver (`- immutable borrow occurs here`
            # under `v` of `v.first()`); only a `&mut self` activation is the whole call.
            loan = self.new_loan(place, mode == "mut", e.receiver.span) if (
                ties_to_autoref) else None
            if loan is not None:
                loan.quote = e.span
            if self.is_outer(place.local):
                assert self.on_capture is not None
                self.on_capture(place, kind, e.receiver.span)
            else:
                at = e.span if mode == "mut" else e.receiver.span
                through = self._index_mut_span(e.receiver)
                if through is not None:
                    at = through  # `v[0].push(c)`: `IndexMut` borrows `v` first
                if not (mode == "ref" and reservation is not None):
                    # (A `&self` autoref taken before the arguments is one borrow, live
                    # to the call: no second access there, `l.merge(&mut l)` is one E0502.)
                    accesses.append(Access(place, kind, at, borrow_use=True, loan=loan,
                                           quote=e.span, ignore=(reservation.id,)
                                           if reservation else ()))
                if loan is not None:
                    gen.append(loan)
        result: int | None = None
        if carries and (flows or gen):
            result = self.temp(ret, e.span)
            if place is not None and place.has_deref() and self.is_param(place.local) and (
                    place.local in flows and flows == [place.local]):
                # `self.tokens.get(i)`: it lends what `self.tokens` holds.
                self.g.narrow[result] = (place, True)
        # The arguments are alive at the call: a `&mut` one of the receiver conflicts
        # with the activation of its two-phase borrow (`c.absorb(&mut c)`: E0499 twice).
        self.emit(e.span, accesses=accesses, define=result, flow=flows, gen=gen,
                  uses=[*hold, *called, *arg_flows],
                  init=[Place(result)] if result is not None else [])
        self.g.calls[len(self.g.nodes) - 1] = e.method_span
        if mode == "mut" and place is not None and arg_flows and not self.is_outer(
                place.local) and may_carry_loans(self_ty) and key not in BORROWED_KEY:
            # `v.push(&x)`: what the arguments borrow now lives in the receiver.
            self.emit(e.span, update=place.local, flow=list(arg_flows))
            self.g.stores[len(self.g.nodes) - 1] = ("argument", str(self_ty))
        if isinstance(ret, T.NeverTy):
            self.cur = None
        return Operand(e, ret, carried=(result,) if result is not None else ())

    def e_MacroCall(self, e: ast.MacroCall) -> Operand:
        info = self.c.formats.get(id(e))
        flows: list[int] = []
        if e.name == "vec":
            for arg in e.args:
                flows.extend(self.consume(self.expr(arg)))
            ty = self.type_of(e)
            return Operand(e, ty, carried=self.store(flows, ty, e.span) if may_carry_loans(
                ty) else ())
        if e.name in ("assert", "debug_assert") and e.args:
            self.consume(self.expr(e.args[0]))
        elif e.name in ("assert_eq", "assert_ne", "debug_assert_eq") and len(e.args) >= 2:
            for arg in e.args[:2]:
                self.borrow_operand(self.expr(arg))
        if info is not None:
            held: list[int] = []
            for arg in (*info.positional, *(a for _, a in info.named)):
                op = self.expr(arg)
                self.borrow_operand(op)
                if op.place is None:
                    held.extend(op.carried)
            if held:
                # `format_args!` keeps every argument until it prints: a borrow one argument
                # returned is alive while the next runs (`v.get(0), v.pop()`: E0502).
                self.emit(e.span, uses=held)
        elif e.name not in ("assert", "debug_assert", "assert_eq", "assert_ne",
                            "debug_assert_eq"):
            for arg in e.args:
                self.consume(self.expr(arg))
        self.emit(e.span)
        if e.name in NEVER_MACROS:
            self.cur = None
        return self.value(e)

    def borrow_operand(self, op: Operand) -> None:
        """A macro argument taken by reference (`println!`, `assert_eq!`)."""
        if op.place is not None:
            self.access(op.place, SHARED, op.expr.span, borrow_use=True)
        elif op.carried:
            self.emit(op.expr.span, uses=list(op.carried))


def _shared_param(callee: Callee | None, i: int) -> bool:
    """Whether a user function's parameter `i` is a shared reference (`x: &i32`): a
    `&mut` argument is coerced to it by a shared reborrow (`&*x`), so a closure that only
    passes `x` there borrows `*x` immutably (rustc's borrowck closures-unique test)."""
    if callee is None or callee.item is None or i >= len(callee.item.params):
        return False
    ty = callee.item.params[i].type
    return isinstance(ty, ast.TypeRef) and not ty.mutable


def _is_type_parameter(ty: ast.TypeExpr, item: ast.FnItem) -> bool:
    """A parameter typed by one of the function's own type parameters (`f: F`)."""
    return isinstance(ty, ast.TypePath) and len(ty.segments) == 1 and not ty.args and any(
        g.name == ty.segments[0] for g in item.generics)

"""rustc's borrow-checker diagnostics, worded as rustc 1.95 words them."""

from __future__ import annotations

from typing import Any

from stackheap_tui.lang import ast
from stackheap_tui.lang import types as T
from stackheap_tui.lang.borrowck.ir import (
    DEAD,
    MOVE,
    MUTABLE,
    READ,
    RESERVE,
    SHARED,
    WRITE,
    Loan,
    LocalInfo,
)
from stackheap_tui.lang.borrowck.places import (
    BOX,
    GUARD,
    GUARD_MUT,
    OVERLOADED,
    RC,
    REF,
    REF_MUT,
    USER_DEREF,
    Place,
    Proj,
    call_prefix,
    describe,
)
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, SubNote, Suggestion
from stackheap_tui.lang.span import Span


def _name(place: Place, locals_: dict[int, LocalInfo]) -> str:
    info = locals_.get(place.local)
    return info.name if info is not None else "value"


def place_text(place: Place, locals_: dict[int, LocalInfo]) -> str:
    return describe(place, _name(place, locals_))


def needs_mut_binding(place: Place) -> bool:
    """Whether writing or `&mut`-borrowing `place` needs its local declared `mut` (as
    `mutability_error` walks it: not through a reference, an `Rc` or a `RefCell` guard)."""
    proj = place.proj
    for i in range(len(proj) - 1, -1, -1):
        p = proj[i]
        if p.kind == "index" and p.overloaded_index:
            return needs_mut_binding(Place(place.local, proj[:i]))
        if p.kind != "deref" or p.name == BOX:
            continue
        if p.name in (GUARD_MUT, OVERLOADED):
            return needs_mut_binding(Place(place.local, proj[:i]))
        return False
    return True


def mutability_error(place: Place, locals_: dict[int, LocalInfo], span: Span,
                     assign: bool, shown: Place | None = None) -> Diagnostic | None:
    """E0594 / E0596: writing or `&mut`-borrowing a place that isn't mutable; `shown`:
    the place the message names when it is not `place` (`*s.x`, whose `&mut` is reached
    through the `&` of `s`)."""
    proj = place.proj
    for i in range(len(proj) - 1, -1, -1):
        p = proj[i]
        prefix = Place(place.local, proj[:i])
        if p.kind == "index" and p.overloaded_index:
            # `v[i] = x` calls `IndexMut::index_mut(&mut v, i)`.
            return mutability_error(prefix, locals_, span, assign=False)
        if p.kind != "deref" or p.name == BOX:
            continue
        desc = place_text(shown if shown is not None else place, locals_)
        if p.name == REF:
            # rustc names the reference when it is a variable's (`*r`, `(*self).n`), and
            # offers `&mut` where that variable got its `&` (see `ref_suggestions`).
            owner = locals_.get(place.local)
            named = i == 0 and owner is not None and owner.kind in ("var", "param")
            act = "written to" if assign else "borrowed as mutable"
            label = (f"`{_outer(place, i, locals_)}` is a `&` reference, so it cannot be {act}"
                     if named else "cannot assign" if assign else "cannot borrow as mutable")
            marks = (Suggestion(REF_MUT_MARK, (Edit(owner.span, ""),)),) if (
                named and owner is not None) else ()
            if assign:
                return Diagnostic(f"cannot assign to `{desc}`, which is behind a `&` reference",
                                  span, "E0594", label, suggestions=marks)
            return Diagnostic(f"cannot borrow `{desc}` as mutable, as it is behind a `&` "
                              "reference", span, "E0596", label, suggestions=marks)
        if p.name == REF_MUT:
            # Through `&mut` only uniqueness matters: no `&` may come before it.
            if any(q.kind == "deref" and q.name == REF for q in proj[:i]):
                return mutability_error(Place(place.local, proj[:i]), locals_, span, assign,
                                        shown if shown is not None else place)
            return None
        if p.name == RC:
            if assign:
                return Diagnostic("cannot assign to data in an `Rc`", span, "E0594",
                                  "cannot assign",
                                  help="trait `DerefMut` is required to modify through a "
                                  f"dereference, but it is not implemented for `{p.container}`")
            return Diagnostic("cannot borrow data in an `Rc` as mutable", span, "E0596",
                              "cannot borrow as mutable",
                              help="trait `DerefMut` is required to modify through a "
                              f"dereference, but it is not implemented for `{p.container}`")
        if p.name == USER_DEREF:  # the program's `impl Deref`, without `DerefMut`
            why = ("trait `DerefMut` is required to modify through a dereference, but it is "
                   f"not implemented for `{p.container}`")
            if assign:
                return Diagnostic(f"cannot assign to data in dereference of `{p.container}`",
                                  span, "E0594", "cannot assign", help=why)
            return Diagnostic(f"cannot borrow data in dereference of `{p.container}` as "
                              "mutable", span, "E0596", "cannot borrow as mutable", help=why)
        if p.name == GUARD:
            inner = p.container[4:-1] if p.container.startswith("Ref<") else "_"
            if assign:
                return Diagnostic(f"cannot assign to data in dereference of `Ref<'_, {inner}>`",
                                  span, "E0594", "cannot assign")
            return Diagnostic(f"cannot borrow data in dereference of `Ref<'_, {inner}>` as "
                              "mutable", span, "E0596", "cannot borrow as mutable")
        if p.name in (GUARD_MUT, OVERLOADED):
            # `DerefMut::deref_mut(&mut owner)`: the owner itself must be mutable.
            return mutability_error(prefix, locals_, span, assign=False)
    info = locals_.get(place.local)
    if info is None or info.mutable or info.kind == "temp":
        return None
    desc = place_text(place, locals_)
    if assign:
        if not proj:
            return None  # a whole local: E0384, decided by the dataflow
        return Diagnostic(f"cannot assign to `{desc}`, as `{info.name}` is not declared as "
                          "mutable", span, "E0594", "cannot assign",
                          suggestions=(make_mutable(info, MAKE_MUTABLE[0]),))
    who = f"`{info.name}`" if proj else "it"  # `p.v`, `*b`: the variable is named
    return Diagnostic(f"cannot borrow `{desc}` as mutable, as {who} is not declared as "
                      "mutable", span, "E0596", "cannot borrow as mutable",
                      suggestions=(make_mutable(info, MAKE_MUTABLE[0]),))


REF_MUT_MARK = "consider changing this to be a mutable reference"  # where: ref_suggestions
MAKE_MUTABLE = ("consider changing this to be mutable", "consider making this binding mutable")


def make_mutable(info: LocalInfo, message: str) -> Suggestion:
    """`mut ` before the binding's name; `borrowck.binding_forms` adjusts it to how the
    binding was written (a `for` pattern, a binding inside a pattern, a `ref` binding)."""
    return Suggestion(message, (Edit(info.span, "mut "),))


def _outer(place: Place, i: int, locals_: dict[int, LocalInfo]) -> str:
    return place_text(Place(place.local, place.proj[:i]), locals_)


def move_out_error(place: Place, locals_: dict[int, LocalInfo]) -> tuple[str, str, str] | None:
    """E0507 / E0508: moving out of something the place doesn't own."""
    for i in range(len(place.proj) - 1, -1, -1):
        p = place.proj[i]
        if p.kind == "index":
            if p.overloaded_index:
                return (f"cannot move out of index of `{p.container}`", "E0507",
                        _moved_out_label(place, locals_))
            if p.container.startswith("["):
                if ";" in p.container:
                    return (f"cannot move out of type `{p.container}`, a non-copy array",
                            "E0508", "cannot move out of here")
                return (f"cannot move out of type `{p.container}`, a non-copy slice", "E0508",
                        "cannot move out of here")
        if p.kind != "deref" or p.name == BOX:
            continue
        desc = place_text(place, locals_)
        variant = next((k for k in range(i + 1, len(place.proj))
                        if place.proj[k].kind == "field" and place.proj[k].variant >= 0
                        and place.proj[k].container), None)
        if variant is not None and p.name in (REF, REF_MUT):
            # `match *r { Some(s) => .. }`: rustc names the enum and the variant
            base = place.proj[:variant]
            if base and base[-1].kind == "deref":
                base = base[:-1]
            desc = (f"{place_text(Place(place.local, base), locals_)}` as enum variant "
                    f"`{place.proj[variant].container}")
        if p.name == REF:
            return (f"cannot move out of `{desc}` which is behind a shared reference", "E0507",
                    _moved_out_label(place, locals_))
        if p.name == REF_MUT:
            return (f"cannot move out of `{desc}` which is behind a mutable reference", "E0507",
                    _moved_out_label(place, locals_))
        if p.name == RC:  # (rustc names the pointer: `Rc` or `Arc`)
            pointer = "Arc" if p.container.startswith("Arc<") else "Rc"
            return (f"cannot move out of an `{pointer}`", "E0507",
                    _moved_out_label(place, locals_))
        if p.name in (GUARD, GUARD_MUT):
            return (f"cannot move out of dereference of `{_guard_text(p.container)}`", "E0507",
                    _moved_out_label(place, locals_))
        if p.name in (OVERLOADED, USER_DEREF):
            return (f"cannot move out of dereference of `{p.container}`", "E0507",
                    _moved_out_label(place, locals_))
    return None


def erased_type_text(ty: T.Ty, lifetimes: dict[str, int]) -> str:
    """A type as rustc prints a local's type after borrow checking: every lifetime `'_`
    (`lifetimes` gives how many lifetime parameters each user type declares)."""
    if isinstance(ty, T.AdtTy):
        count = 1 if ty.name in ("Ref", "RefMut", "MutexGuard", "RwLockReadGuard",
                                 "RwLockWriteGuard") else lifetimes.get(ty.name, 0)
        args = ["'_"] * count + [erased_type_text(a, lifetimes) for a in ty.args]
        return f"{ty.name}<{', '.join(args)}>" if args else ty.name
    if isinstance(ty, T.TupleTy):
        items = [erased_type_text(t, lifetimes) for t in ty.items]
        return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"
    if isinstance(ty, T.BoxTy):
        return f"Box<{erased_type_text(ty.inner, lifetimes)}>"
    if isinstance(ty, T.RefTy):
        return f"&{'mut ' if ty.mutable else ''}{erased_type_text(ty.inner, lifetimes)}"
    if isinstance(ty, T.ArrayTy):
        return f"[{erased_type_text(ty.element, lifetimes)}; {ty.length}]"
    return str(ty)


def destructor_text(ty: T.Ty, lifetimes: dict[str, int]) -> str:
    """What runs when a value of this type is dropped, as rustc's drop explanation says."""
    if isinstance(ty, T.AdtTy) and ty.defn is not None and ty.defn.has_drop:
        return f"the `Drop` code for type `{ty.name}`"
    return f"the destructor for type `{erased_type_text(ty, lifetimes)}`"


def _has_ref(ty: object) -> bool:
    if isinstance(ty, ast.TypeRef):
        return True
    return any(_has_ref(child) for child in ast.children(ty))


def returned_origin(item: ast.FnItem) -> tuple[Span, str] | None:
    """Where the lifetime of a returned reference is named, as rustc labels it beside
    "returning this value requires that ..": `'a` of `fn f<'a>` ("lifetime `'a` defined
    here"), or for an elided one the `&` it is elided from by rustc's rules (of `&self`,
    or of the only parameter holding a reference): "let's call the lifetime of this
    reference `'1`". None where neither applies."""
    ret = item.return_type
    if not isinstance(ret, ast.TypeRef) or ret.static:
        return None
    if ret.lifetime is not None:
        declared = next((g for g in item.generics if g.name == ret.lifetime), None)
        return (declared.span, f"lifetime `{ret.lifetime}` defined here") if (
            declared is not None) else None
    first: Span | None = None
    own = item.self_param
    if own is not None and own.by_ref and own.lifetime is None:
        first = own.span
    elif own is None:
        holding = [p for p in item.params if _has_ref(p.type)]
        if len(holding) == 1 and isinstance(holding[0].type, ast.TypeRef) and (
                holding[0].type.lifetime is None and not holding[0].type.static):
            first = holding[0].type.span
    if first is None:
        return None
    amp = Span(first.line, first.col, first.line, first.col + 1, first.start, first.start + 1)
    return amp, "let's call the lifetime of this reference `'1`"


def _captured_span(use: Span, place: Place, locals_: dict[int, LocalInfo]) -> Span:
    """rustc spans a closure's use of a captured place over the whole place (`p.name`),
    where the capture records only its variable: widened by the fields written after it."""
    text = place_text(place, locals_)
    name = locals_[place.local].name if place.local in locals_ else ""
    if use.line != use.end_line or use.end - use.start != len(name) or not text.startswith(
            name + ".") or any(ch in text for ch in "*[ "):
        return use
    extra = len(text) - len(name)
    return Span(use.line, use.col, use.end_line, use.end_col + extra, use.start, use.end + extra)


BUFFER_REUSE = "buffer reuse with borrowed references requires unsafe code or restructuring"


def _first_vec_of_refs(locals_: dict[int, LocalInfo]) -> LocalInfo | None:
    """The body's first named variable (parameters first) whose type is `Vec<&T>`."""
    for info in locals_.values():
        ty = info.ty
        if info.kind in ("var", "param") and isinstance(ty, T.AdtTy) and ty.name == "Vec" and (
                ty.args and isinstance(ty.args[0], T.RefTy)):
            return info
    return None


SPLIT_AT_MUT = "use `.split_at_mut(position)` to obtain two mutable non-overlapping sub-slices"


def _two_elements(a: Place, b: Place) -> bool:
    """Two borrows of elements of one local array or slice (`&mut arr[0]`, `&mut s[1]`,
    MIR's `arr[i]` / `(*s)[i]` and nothing else: not `pair.0[i]`): rustc suggests
    `split_at_mut`."""
    def shape(p: Place) -> tuple[str, ...]:
        return tuple(q.kind for q in p.proj)
    # Through `IndexMut` (`&mut v[0]`, `&mut v[1]` of a Vec) as well: both are index
    # expressions of one local (not `&mut v[0]` beside `&mut v` or `v.push(..)`).
    if any(q.kind == "index" and q.name for q in (*a.proj, *b.proj)):
        return False  # a slice pattern's fixed position (`[x, ..]`): no such help
    return a.local == b.local and shape(a) == shape(b) and shape(a) in (
        ("index",), ("deref", "index")) and (
        [q.overloaded_index for q in a.proj] == [q.overloaded_index for q in b.proj])


def _unique_capture(loan: Loan, locals_: dict[int, LocalInfo]) -> bool:
    """A closure's mutable capture through a `&mut` held by a binding that is not `mut`
    (`|n| v.push(n)` with `v: &mut Vec<i32>`): rustc captures it by a unique borrow."""
    if loan.closure_use is None or not loan.mutable:
        return False
    proj = loan.place.proj
    info = locals_.get(loan.place.local)
    return bool(proj) and proj[0].kind == "deref" and proj[0].name == REF_MUT and (
        info is not None and not info.mutable)


def _closure_unique_error(kind: str, desc: str, borrowed: str, span: Span, loan: Loan,
                          later: Span | None) -> Diagnostic:
    """E0501: a borrow while a closure holds its unique borrow of the same place."""
    how = "immutable" if kind == SHARED else "mutable"
    assert loan.closure_use is not None
    labels = [Label(loan.span, "closure construction occurs here"),
              Label(loan.closure_use, f"first borrow occurs due to use of `{borrowed}` in "
                                      "closure")]
    if later is not None:
        labels.append(Label(later, "first borrow later used here"))
    return Diagnostic(f"cannot borrow `{desc}` as {how} because previous closure requires "
                      "unique access", span, "E0501", "second borrow occurs here",
                      tuple(labels))


def conflict_error(kind: str, place: Place, span: Span, loan: Loan,
                   locals_: dict[int, LocalInfo], later: Span | None,
                   dropped: tuple[str, str] | None = None, call: bool = False,
                   temporary: Span | None = None,
                   returned: tuple[Span, str] | None = None,
                   by: Loan | None = None,
                   origin: tuple[Span, str] | None = None) -> Diagnostic:
    """An access that conflicts with a live loan (E0499/E0502/E0503/E0505/E0506/E0597).
    `dropped`: the later use is the scope-end drop of this local (name, destructor);
    `temporary`: that local is a statement's temporary, created there; `returned`: the
    loan is returned (where, and the return type's lifetime), `origin` the label where
    that lifetime is named (`returned_origin`)."""
    accessed = place
    called = call_prefix(place, loan.place)  # `v[0].a` vs `v[0].b`: both borrow `v`
    if called is not None:
        place = called
    desc = place_text(place, locals_)
    borrowed = place_text(called if called is not None else loan.place, locals_)
    mutable = loan.mutable or loan.two_phase  # a reservation is named a mutable borrow
    if kind in (MUTABLE, RESERVE, SHARED) and _unique_capture(loan, locals_):
        return _closure_unique_error(kind, desc, borrowed, span, loan, later)
    # (E0506 names the place assigned: `&p` then `p.x = 5` is "`p.x` is borrowed here")
    labels = [Label(loan.span, f"borrow of `{borrowed}` occurs here" if kind == MOVE
                    else f"`{desc}` is borrowed here" if kind == WRITE
                    else f"`{borrowed}` is borrowed here" if kind == READ
                    else ("first mutable borrow occurs here" if kind in (MUTABLE, RESERVE)
                          and mutable else "mutable borrow occurs here" if mutable
                          else "immutable borrow occurs here"))]
    which = ("" if kind in (MOVE, WRITE, READ, DEAD) else "first " if kind in (
        MUTABLE, RESERVE) and mutable else "mutable " if mutable else "immutable ")
    use = _captured_span(loan.closure_use, loan.place, locals_) if (
        loan.closure_use is not None) else None
    if use is not None and kind in (MOVE, WRITE):  # E0505 and E0506 name no place here
        labels.append(Label(use, "borrow occurs due to use in closure"))
    elif use is not None:  # the loan is a closure's capture
        first = "first " if kind in (MUTABLE, RESERVE, SHARED) else ""
        labels.append(Label(use, f"{first}borrow occurs due to use of `{borrowed}` in closure"))
    if by is not None and by.closure_use is not None and kind in (MUTABLE, RESERVE, SHARED):
        labels.append(Label(_captured_span(by.closure_use, by.place, locals_),
                            f"second borrow occurs due to use of `{desc}` in closure"))
    if later is not None and dropped is not None and temporary is not None:
        labels.append(Label(temporary, "a temporary with access to the borrow is created "
                            "here ..."))
        labels.append(Label(later, f"... and the {which}borrow might be used here, when that "
                            f"temporary is dropped and runs {dropped[1]}"))
    elif later is not None and dropped is not None:
        labels.append(Label(later, f"{which}borrow might be used here, when `{dropped[0]}` "
                            f"is dropped and runs {dropped[1]}"))
    elif later is not None:
        labels.append(Label(later, f"{which}borrow later used "
                            + ("by call" if call else "here")))
    if returned is not None:  # the loan lives as long as the caller's reference
        labels.append(Label(returned[0], f"returning this value requires that `{borrowed}` "
                            f"is borrowed for `{returned[1]}`"))
        if origin is not None:
            labels.append(Label(*origin))
    if kind == DEAD:
        info = locals_.get(place.local)
        if info is not None and info.static:
            return Diagnostic("not supported yet: a reference to a constant or a `static` "
                              "kept past its statement (Rust's `&'static`)", loan.span,
                              label="stackheap-tui cannot run this yet")
        if info is not None and info.kind == "temp":
            # rustc points at the expression that made the temporary.
            return Diagnostic("temporary value dropped while borrowed", info.span, "E0716",
                              "creates a temporary value which is freed while still in use",
                              (Label(span, "temporary value is freed at the end of this "
                                     "statement"), *labels[1:]))
        name = info.name if info is not None else desc
        declared = (Label(info.span, f"binding `{name}` declared here"),) if info else ()
        # A named local ends while another one's destructor may still use it.
        order = ("values in a scope are dropped in the opposite order they are defined",) \
            if dropped is not None and info is not None and not place.proj else ()
        # (Not when the borrow must outlive the call: a lifetime of the signature.)
        vec = _first_vec_of_refs(locals_) if returned is None and later is not None else None
        stored: tuple[Label, ...] = ()
        if vec is not None:
            # rustc 1.95 names the body's first `Vec<&T>` variable, whichever it is.
            stored = (Label(vec.span, f"variable `{vec.name}` declared here"),)
            order = (*order, f"`{vec.name}` is a collection that stores borrowed references, "
                     f"but `{name}` does not live long enough to be stored in it")
        return Diagnostic(f"`{name}` does not live long enough", loan.span, "E0597",
                          "borrowed value does not live long enough",
                          (*stored, *declared,
                           Label(span, f"`{name}` dropped here while still borrowed"),
                           *labels[1:]), order,
                          help=BUFFER_REUSE if vec is not None else None)
    if kind == MOVE:
        info = locals_.get(place.local)
        declared = (Label(info.span, f"binding `{info.name}` declared here"),) if (
            info is not None and info.kind in ("var", "param")
            and loan.closure_use is None) else ()  # (not for a closure's capture)
        return Diagnostic(f"cannot move out of `{desc}` because it is borrowed", span, "E0505",
                          f"move out of `{desc}` occurs here", (*declared, *labels))
    if kind == WRITE:
        return Diagnostic(f"cannot assign to `{desc}` because it is borrowed", span, "E0506",
                          f"`{desc}` is assigned to here but it was already borrowed",
                          tuple(labels))
    if kind == READ:
        return Diagnostic(f"cannot use `{desc}` because it was mutably borrowed", span, "E0503",
                          f"use of borrowed `{borrowed}`", tuple(labels))
    if kind in (MUTABLE, RESERVE):
        if mutable:
            return Diagnostic(f"cannot borrow `{desc}` as mutable more than once at a time",
                              span, "E0499", "second mutable borrow occurs here", tuple(labels),
                              help=SPLIT_AT_MUT if _two_elements(accessed, loan.place) else None)
        return Diagnostic(f"cannot borrow `{desc}` as mutable because it is also borrowed as "
                          "immutable", span, "E0502", "mutable borrow occurs here",
                          tuple(labels))
    assert kind == SHARED
    return Diagnostic(f"cannot borrow `{desc}` as immutable because it is also borrowed as "
                      "mutable", span, "E0502", "immutable borrow occurs here", tuple(labels))


def moved_error(kind: str, borrow_use: bool, span: Span, moved: Place, used: Place,
                partial: bool, move_spans: list[Span], locals_: dict[int, LocalInfo],
                ty_text: str,
                closure_moves: dict[tuple[int, int], tuple[Span, Span]] | None = None,
                once_calls: dict[tuple[int, int], tuple[Span, tuple[Any, ...], bool]] | None
                = None) -> Diagnostic:
    """E0382: a use of a (partially) moved value."""
    verb = "borrow" if borrow_use or kind in (SHARED, MUTABLE, RESERVE) else "use"
    shown = place_text(used if partial else moved, locals_)
    what = "partially moved value" if partial else "moved value"
    labels: list[Label] = []
    info = locals_.get(moved.local)
    if info is not None and not partial and not moved.proj:
        labels.append(Label(info.span, f"move occurs because `{info.name}` has type "
                            f"`{ty_text}`, which does not implement the `Copy` trait"))
    primary = (f"value {'borrowed' if verb == 'borrow' else 'used'} here after "
               f"{'partial ' if partial else ''}move")
    children: list[SubNote] = []
    for where in move_spans:
        again = (where.line, where.col) >= (span.line, span.col)
        loop = ", in previous iteration of loop" if again else ""
        once = (once_calls or {}).get((where.start, moved.local))
        if once is not None and not partial:  # `f()` consumed an `FnOnce`
            call, once_notes, keep = once
            if not keep and labels and labels[0].span == (info.span if info else None):
                labels.pop(0)
            labels.append(Label(call, f"`{shown}` moved due to this call" + loop))
            children.extend(once_notes)
            if (where.start, where.end) == (span.start, span.end):
                primary = ""  # the use is the move itself: no text under the caret
            continue
        into_closure = (closure_moves or {}).get((where.start, moved.local))
        if into_closure is not None:  # `move || s.len()`: the head, then the use inside
            part = "partially " if partial else ""
            labels.append(Label(into_closure[0], f"value {part}moved into closure here" + loop))
            labels.append(Label(into_closure[1], f"variable {part}moved due to use in closure"
                                + loop))
            continue
        text = "value partially moved here" if partial else "value moved here"
        text += loop
        if (where.start, where.end) == (span.start, span.end):
            primary = text  # rustc says only where it moved, under the caret
            continue
        labels.append(Label(where, text))
    notes: tuple[str, ...] = ()
    # A field moved: no declaration to label, so the type is a note (`p.name`), for a
    # partial move of the whole and for a use of that same field alike.
    moved_ty = place_type(info.ty, moved.proj) if info is not None and (
        partial or moved.proj) else None
    if moved_ty is not None:
        notes = (f"{'partial ' if partial else ''}move occurs because "
                 f"`{place_text(moved, locals_)}` has type `{moved_ty}`, which does not "
                 "implement the `Copy` trait",)
    return Diagnostic(f"{verb} of {what}: `{shown}`", span, "E0382", primary, tuple(labels),
                      notes, children=tuple(children))


def place_type(ty: T.Ty, proj: tuple[Proj, ...]) -> T.Ty | None:
    """The type of a local's field (through boxes), or None where not followed here."""
    for p in proj:
        if p.kind == "field" and isinstance(ty, T.TupleTy) and p.index < len(ty.items):
            ty = ty.items[p.index]
        elif p.kind == "field" and isinstance(ty, T.AdtTy) and ty.defn is not None and (
                not ty.defn.is_enum and p.variant < 0):
            fields = ty.variant_types(ty.defn.variants[0])
            if p.index >= len(fields):
                return None
            ty = fields[p.index]
        elif p.kind == "deref" and isinstance(ty, T.BoxTy | T.RefTy):
            ty = ty.inner
        elif p.kind == "deref" and p.name in (RC, GUARD, GUARD_MUT) and isinstance(
                ty, T.AdtTy) and ty.args:
            ty = ty.args[0]
        elif p.kind == "index" and isinstance(ty, T.ArrayTy | T.SliceTy):
            ty = ty.element
        elif p.kind == "index" and isinstance(ty, T.AdtTy) and ty.name == "Vec" and ty.args:
            ty = ty.args[0]
        else:
            return None
    return ty


def _guard_text(container: str) -> str:
    """A guard's type as E0507 names it: `RefMut<'_, String>`,
    `std::sync::MutexGuard<'_, String>` (`_` when the type is not known)."""
    name, _, rest = container.partition("<")
    inner = rest[:-1] if rest.endswith(">") else "_"
    if name not in ("Ref", "RefMut", "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard"):
        name, inner = "RefMut", "_"
    return f"{'' if name.startswith('Ref') else 'std::sync::'}{name}<'_, {inner}>"


def _moved_out_label(place: Place, locals_: dict[int, LocalInfo]) -> str:
    """E0507's label: the place as rustc names it (`value` through an overloaded index or
    deref) and its type."""
    info = locals_.get(place.local)
    ty = place_type(info.ty, place.proj) if info is not None else None
    if ty is None:
        return "move occurs because value does not implement the `Copy` trait"
    overloaded = any(p.overloaded_index or (p.kind == "deref" and p.name not in (BOX, REF,
                     REF_MUT)) for p in place.proj)
    who = "value" if overloaded else f"`{place_text(place, locals_)}`"
    return f"move occurs because {who} has type `{ty}`, which does not implement the `Copy` trait"


def assign_to_moved_part(span: Span, moved: Place, locals_: dict[int, LocalInfo],
                         move_spans: list[Span]) -> Diagnostic:
    shown = place_text(moved, locals_)
    return Diagnostic(f"assign to part of moved value: `{shown}`", span, "E0382",
                      "value partially assigned here after move",
                      tuple(Label(s, "value moved here") for s in move_spans))


def uninitialized_error(kind: str, span: Span, local: LocalInfo, possibly: bool) -> Diagnostic:
    state = "is possibly-uninitialized" if possibly else "isn't initialized"
    # rustc says "used" for a read and a borrow alike (`as_general_verb_in_past_tense`).
    return Diagnostic(f"used binding `{local.name}` {state}", span, "E0381",
                      f"`{local.name}` used here but it {state}",
                      (Label(local.span, "binding declared here but left uninitialized"),))


def partial_assign_error(span: Span, local: LocalInfo) -> Diagnostic:
    """E0381: assigning a field of a binding declared without a value."""
    return Diagnostic(f"partially assigned binding `{local.name}` isn't fully initialized",
                      span, "E0381", f"`{local.name}` partially assigned here but it isn't "
                      "fully initialized",
                      (Label(local.span, "binding declared here but left uninitialized"),),
                      help="partial initialization isn't supported, fully initialize the "
                      "binding with a default value and mutate it, or use "
                      "`std::mem::MaybeUninit`")


def assign_twice_error(span: Span, local: LocalInfo, first: Span | None) -> Diagnostic:
    if local.kind == "param":
        return Diagnostic(f"cannot assign to immutable argument `{local.name}`", span, "E0384",
                          "cannot assign to immutable argument",
                          suggestions=(make_mutable(local, MAKE_MUTABLE[1]),))
    # In a loop the first assignment can be this one (its previous turn): no label then.
    labels = (Label(first, f"first assignment to `{local.name}`"),) if first and (
        (first.start, first.end) != (span.start, span.end)) else ()
    return Diagnostic(f"cannot assign twice to immutable variable `{local.name}`", span,
                      "E0384", "cannot assign twice to immutable variable", labels,
                      suggestions=(make_mutable(local, MAKE_MUTABLE[1]),))


def return_local_error(span: Span, loan: Loan, locals_: dict[int, LocalInfo],
                       direct: bool) -> Diagnostic:
    """E0515: a returned value borrows from the function's own locals."""
    info = locals_.get(loan.place.local)
    if info is not None and info.static:
        return Diagnostic("not supported yet: returning a reference to a constant or a "
                          "`static` (Rust's `&'static`)", loan.span,
                          label="stackheap-tui cannot run this yet")
    # `&v[..]` on a Vec calls `Index::index(&v, ..)`: the value references `v` itself.
    overloaded = any(p.overloaded_index or p.name == OVERLOADED for p in loan.place.proj)
    direct = direct and not overloaded
    head = "reference to" if direct else "value referencing"
    if info is None or info.kind == "temp":
        what = "temporary value"
    elif loan.place.proj and not overloaded:
        what = f"local data `{place_text(loan.place, locals_)}`"
    elif info.kind == "param":
        what = f"function parameter `{info.name}`"
    else:
        what = f"local variable `{info.name}`"
    borrowed = loan.place
    for i, p in enumerate(borrowed.proj):
        if p.overloaded_index or p.name == OVERLOADED:
            borrowed = Place(borrowed.local, borrowed.proj[:i])  # `Index::index(&v, ..)`
            break
    labels = () if direct or info is None or info.kind == "temp" else (
        Label(loan.span, f"`{place_text(borrowed, locals_)}` is borrowed here"),)
    return Diagnostic(f"cannot return {head} {what}", span, "E0515",
                      "returns a " + ("reference to" if direct else "value referencing")
                      + " data owned by the current function", labels)


__all__ = ["DEAD", "GUARD_MUT", "MOVE", "READ", "SHARED", "WRITE", "conflict_error",
           "move_out_error", "moved_error", "mutability_error"]

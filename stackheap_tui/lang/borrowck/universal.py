"""A function body checked against its signature's lifetimes (universal regions).

Each parameter's value carries a tag: "derived from parameter i". Tags flow as loans
do (the same graph: a copy, a reborrow, a method result that borrows its receiver, a
`push` into a vector). Where a tagged value is returned, or stored through a `&mut`
parameter (`v.push(s)`, `*slot = Some(s)`), the regions it may have (those of
parameter i's type) must outlive the regions of the destination (the return type's,
or those behind the `&mut`), as the signature's bounds say:

- `fn first<'a>(x: &'a str, y: &str) -> &'a str { y }`: E0621, lifetime `'a` required;
- `fn pick<'a, 'b>(x: &'a i32, y: &'b i32) -> &'a i32 { y }`: lifetime may not live
  long enough (help: add `'b: 'a`);
- `fn push(v: &mut Vec<&str>, s: &str) { v.push(s) }`: `'1` must outlive `'2`.

When every region the value may have outlives every region of the destination, it is
fine. When both are one region and it does not, it is rustc's error. Anything else
(a parameter whose type holds several lifetimes, `&'a Vec<&'b str>`, of which the
value may have either) is beyond this check: refused, never guessed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from stackheap_tui.lang import ast
from stackheap_tui.lang.borrowck.flow import BodyChecker
from stackheap_tui.lang.borrowck.regions import (
    STATIC,
    Region,
    RType,
    Signature,
    Source,
    leaf_only,
    leaf_regions,
    place_regions,
)
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, SubNote, Suggestion
from stackheap_tui.lang.program import CheckedProgram
from stackheap_tui.lang.span import Span

Tags = dict[int, frozenset[int]]


def _transfer(body: BodyChecker, index: int, state: Tags,
              narrowed: Callable[[int, frozenset[int]], frozenset[int]] | None = None,
              ) -> Tags:
    node = body.g.nodes[index]
    incoming: frozenset[int] = frozenset()
    for source in node.flow:
        incoming |= state.get(source, frozenset())
    if node.define is not None and narrowed is not None and node.define in body.g.narrow:
        incoming = narrowed(node.define, incoming)
    if node.define is not None:
        if incoming:
            state[node.define] = incoming
        else:
            state.pop(node.define, None)
    if node.update is not None and incoming:
        state[node.update] = state.get(node.update, frozenset()) | incoming
    return state


def _entry_states(body: BodyChecker, start: Tags,
                  narrowed: Callable[[int, frozenset[int]], frozenset[int]]) -> list[Tags]:
    blocks = body.blocks
    count = len(blocks.members)
    entry: list[Tags] = [{} for _ in range(count)]
    exits: list[Tags | None] = [None] * count
    changed = True
    while changed:
        changed = False
        for block in range(count):
            state: Tags = dict(start) if block == 0 else {}
            for p in blocks.pred_exits[block]:
                out = exits[blocks.block_of[p]]
                if out is None:
                    continue
                for key, tags in out.items():
                    state[key] = state.get(key, frozenset()) | tags
            entry[block] = state
            new = dict(state)
            for index in blocks.members[block]:
                new = _transfer(body, index, new, narrowed)
            if new != exits[block]:
                exits[block] = new
                changed = True
    return entry


class UniversalCheck:
    def __init__(self, body: BodyChecker, sig: Signature, item: ast.FnItem,
                 checked: CheckedProgram) -> None:
        self.body = body
        self.sig = sig
        self.item = item
        self.checked = checked
        self.errors: list[Diagnostic] = []
        # Where a tagged value came from: its parameter and the regions it may have (the
        # first entries are the parameters themselves, with all their type's regions).
        self.sources: list[Source] = [
            Source(i, p.regions, p.shape) for i, p in enumerate(sig.params)]
        self.param_of: dict[int, int] = {}
        # (parameter, source region, destination region, span, store, target), in order
        self.violations: list[tuple[int, str, str, Span, tuple[str, str] | None,
                                    int | None]] = []
        self.anon_names: dict[str, str] = {}

    def narrowed(self, temp: int, tags: frozenset[int]) -> frozenset[int]:
        """A value read from a place inside a parameter has that place's lifetimes."""
        place, borrowed = self.body.g.narrow[temp]
        i = self.param_of.get(place.local)
        if i is None or i not in tags:
            return tags
        source = place_regions(self.sig, i, self.sig.params[i].shape, place.proj, borrowed)
        if source is None:
            return tags
        if source not in self.sources:
            self.sources.append(source)
        return (tags - {i}) | {self.sources.index(source)}

    def run(self) -> list[Diagnostic]:
        g = self.body.g
        if len(g.params) != len(self.sig.params):
            return []
        start: Tags = {key: frozenset({i}) for i, key in enumerate(g.params)
                       if self.sig.params[i].regions}
        if not start:
            return []
        param_of = {key: i for i, key in enumerate(g.params)}
        self.param_of = param_of
        entry = _entry_states(self.body, start, self.narrowed)
        for block, members in enumerate(self.body.blocks.members):
            state = dict(entry[block])
            for index in members:
                node = g.nodes[index]
                if node.returns is not None:
                    tags: frozenset[int] = frozenset()
                    for key in node.flow:
                        tags |= state.get(key, frozenset())
                    for tag in sorted(tags):
                        if self.check(tag, self.sig.ret, node.returns.span, None,
                                      node.returns):
                            break
                elif node.update is not None and node.update in param_of:
                    target = param_of[node.update]
                    incoming: frozenset[int] = frozenset()
                    for key in node.flow:
                        incoming |= state.get(key, frozenset())
                    kind = g.stores.get(index, ("assignment", ""))
                    for tag in sorted(incoming):
                        if self.sources[tag].param != target and self.check(
                                tag, self.sig.params[target].inner, node.span, kind, None,
                                target):
                            break
                elif node.define is not None and node.define in param_of and node.flow:
                    # `cur = other;` reassigns a parameter: the value must live as long
                    # as the parameter's own type says (`&'1 mut` into a `&'2 mut`).
                    target = param_of[node.define]
                    incoming = frozenset()
                    for key in node.flow:
                        incoming |= state.get(key, frozenset())
                    for tag in sorted(incoming):
                        if self.sources[tag].param != target and self.check(
                                tag, self.sig.params[target].regions, node.span,
                                ("assignment", ""), None, target):
                            break
                state = _transfer(self.body, index, state, self.narrowed)
        self.report_violations()
        return self.errors

    def report_violations(self) -> None:
        """As rustc: one error per region that fails to outlive another, generated in the
        order of the signature's regions (which decides the names `'1`, `'2`)."""
        first: dict[str, tuple[int, str, str, Span, tuple[str, str] | None, int | None]] = {}
        for v in self.violations:
            first.setdefault(v[1], v)
        order = list(self.sig.regions)
        for src in sorted(first, key=order.index):
            i, _, dst, span, store, target = first[src]
            self.errors.append(self.report(i, src, dst, span, store, target))

    # ---- a local's borrow stored through a parameter (E0597, E0716) ----
    def explain_stores(self, errors: list[Diagnostic]) -> list[Diagnostic]:
        """rustc says why the borrow must last: "argument requires that `s` is borrowed
        for `'a`" at the `push` that stored it in the parameter, and where `'a` is."""
        g = self.body.g
        facts = {id(f.diagnostic): f for f in self.body.facts}
        params = {key: i for i, key in enumerate(g.params)}
        out: list[Diagnostic] = []
        for d in errors:
            f = facts.get(id(d))
            if f is not None and d.code in ("E0597", "E0716") and f.later is None and (
                    f.holder in g.static_locals):
                what = (f"that `{d.message.split('`')[1]}` is borrowed for"
                        if d.code == "E0597" else "that borrow lasts for")
                changed = dataclasses.replace(d, labels=(*d.labels, Label(
                    g.static_locals[f.holder], f"type annotation requires {what} `'static`")))
                f.diagnostic = changed
                out.append(changed)
                continue
            if f is None or d.code not in ("E0597", "E0716") or f.loan is None or (
                    f.holder not in params or f.later is not None):
                out.append(d)
                continue
            target = params[f.holder]
            inner = [r for r in self.sig.params[target].inner if not r.startswith("?")]
            node = self._store_of(f.holder, f.loan.id)
            if node is None or len(inner) != 1:
                out.append(d)
                continue
            key = inner[0]
            region = self.sig.regions[key]
            name = region.name if region.name is not None else "'1"
            verb = g.stores.get(node, ("assignment", ""))[0]
            what = (f"that `{d.message.split('`')[1]}` is borrowed for" if d.code == "E0597"
                    else "that borrow lasts for")
            labels = [*d.labels, Label(g.nodes[node].span, f"{verb} requires {what} `{name}`"),
                      *self._region_label(region, name, key, target, target)]
            changed = dataclasses.replace(d, labels=tuple(labels))
            f.diagnostic = changed
            out.append(changed)
        return out

    def _store_of(self, holder: int, loan: int) -> int | None:
        """The first node that stores a value carrying `loan` into `holder`."""
        for index in self.body.order:
            node = self.body.g.nodes[index]
            if node.update != holder:
                continue
            state = self.body.carried_in(index)
            if any(loan in state.get(k, frozenset()) for k in node.flow):
                return index
        return None

    # ---- one flow: parameter `i`'s value into `dest` ----
    def check(self, tag: int, dest: tuple[str, ...], span: Span,
              store: tuple[str, str] | None, returned: ast.Expr | None,
              target: int | None = None) -> bool:
        """Report (and say True) if the flow is an error or beyond this check."""
        sig = self.sig
        origin = self.sources[tag]
        i, source = origin.param, origin.regions
        # A generic type's lifetimes are its own: a value of type `T` stays a `T` (the
        # type checker saw to it), so only the lifetimes written out are compared.
        source = tuple(r for r in source if not r.startswith("?"))
        dest = tuple(r for r in dest if not r.startswith("?"))
        if not dest or all(sig.outlives(r, t) for r in source for t in dest):
            return False
        if len(source) != 1 and len(dest) == 1 and leaf_only(
                sig, sig.ret_shape if store is None else _inside(sig.params[target].shape
                                                            if target is not None else None)):
            # `&'1 [&'a str]` gives out only `&'a str`s: what `for w in words` yields.
            leaves = leaf_regions(sig, origin.shape, origin.via)
            if leaves is not None and len(source) > 0:
                source = tuple(r for r in source if r in leaves)
                if all(sig.outlives(r, t) for r in source for t in dest):
                    return False
        if len(source) != 1 or len(dest) != 1:
            self.errors.append(_refusal(span))
            return True
        if returned is not None:
            span = self._leaf(returned, i) or span
        self.violations.append((i, source[0], dest[0], span, store, target))
        return True

    def _leaf(self, e: ast.Expr, i: int) -> Span | None:
        """The branch of a returned `if`/`match`/block that mentions parameter `i`."""
        leaves = list(_leaves(e))
        key = self.body.g.params[i]
        hits = [leaf for leaf in leaves if self._mentions(leaf, key)]
        return hits[0].span if len(hits) == 1 else None

    def _mentions(self, e: object, key: int) -> bool:
        if isinstance(e, ast.Path):
            binding = self.checked.bindings.get(id(e))
            return binding is not None and id(binding) == key
        if dataclasses.is_dataclass(e) and not isinstance(e, type):
            return any(self._mentions(getattr(e, f.name), key)
                       for f in dataclasses.fields(e) if f.name != "span")
        if isinstance(e, tuple | list):
            return any(self._mentions(x, key) for x in e)
        return False

    # ---- the diagnostic, as rustc words it ----
    def report(self, i: int, src: str, dst: str, span: Span, store: tuple[str, str] | None,
               target: int | None) -> Diagnostic:
        sig = self.sig
        param = sig.params[i]
        s_reg, d_reg = sig.regions[src], sig.regions[dst]
        if s_reg.name is None and d_reg.name is not None and dst != STATIC and (
                not param.is_self and not s_reg.hidden_in and src in param.regions):
            at = s_reg.span  # the `&` whose lifetime is elided
            return Diagnostic(
                f"explicit lifetime required in the type of `{param.name}`", span, "E0621",
                f"lifetime `{dst}` required",
                suggestions=(Suggestion(
                    f"add explicit lifetime `{dst}` to the type of `{param.name}`",
                    (Edit(Span(at.line, at.col + 1, at.line, at.col + 1, at.start + 1,
                               at.start + 1), f"{dst} "),)),))
        names: dict[str, str] = {}
        for key in (src, dst):  # rustc names elided lifetimes `'1`, `'2` as it meets them
            region = sig.regions[key]
            if region.name is None and key not in self.anon_names:
                self.anon_names[key] = f"'{len(self.anon_names) + 1}"
            names[key] = region.name if region.name is not None else self.anon_names[key]
        labels: list[Label] = []
        for key in (src, dst):
            labels.extend(self._region_label(sig.regions[key], names[key], key, i, target))
        a, b = names[src], names[dst]
        if store is not None:
            text = f"{store[0]} requires that `{a}` must outlive `{b}`"
        elif dst == STATIC:
            text = f"returning this value requires that `{a}` must outlive `{b}`"
        else:
            text = (f"{sig.kind} was supposed to return data with lifetime `{b}` but it is "
                    f"returning data with lifetime `{a}`")
        children: list[SubNote] = []
        if s_reg.name is not None and d_reg.name is not None and dst != STATIC:
            children.append(SubNote("help", f"consider adding the following bound: `{a}: {b}`"))
        if store is not None and store[1]:
            children += [
                SubNote("note", f"requirement occurs because of a mutable reference to "
                        f"`{store[1]}`"),
                SubNote("note", "mutable references are invariant over their type parameter"),
                SubNote("help", "see <https://doc.rust-lang.org/nomicon/subtyping.html> for "
                        "more information about variance")]
        suggestions = self._introduce_named(src, dst, store is None)
        if s_reg.name is None and d_reg.name is not None and dst != STATIC and (
                param.is_self and param.top == src and store is None):
            at = s_reg.span
            suggestions = (Suggestion(
                "consider reusing a named lifetime parameter and update trait if needed",
                (Edit(Span(at.line, at.col + 1, at.line, at.col + 1, at.start + 1,
                           at.start + 1), f"{dst} "),)),)
        return Diagnostic("lifetime may not live long enough", span, None, text,
                          tuple(sorted(labels, key=lambda x: x.span.start)),
                          children=tuple(children), suggestions=suggestions)

    def _region_label(self, region: Region, name: str, key: str, i: int,
                      target: int | None) -> list[Label]:
        if key == STATIC:
            return []
        if region.name is not None:
            return [Label(region.span, f"lifetime `{name}` defined here")]
        if region.hidden_in:
            owner = next((p for p in self.sig.params if key in p.regions and p.is_self), None)
            if owner is not None and self.item.self_param is not None:
                sp = self.item.self_param
                ref = "&mut " if sp.mutable_ref else ("&" if sp.by_ref else "")
                return [Label(owner.span, f"has type `{ref}{region.hidden_in}<{name}>`")]
            return []
        return [Label(region.span, f"let's call the lifetime of this reference `{name}`")]

    def _introduce_named(self, src: str, dst: str, returned: bool) -> tuple[Suggestion, ...]:
        """rustc's "consider introducing a named lifetime parameter": `<'a>` after the
        name and `'a ` after each `&` involved (elided lifetimes of plain references)."""
        sig = self.sig
        if self.item.generics or any(sig.regions[k].name is not None or sig.regions[k].hidden_in
                                     for k in (src, dst)):
            return ()
        if returned and not self.item.self_param:
            return ()
        n = self.item.name_span
        edits = [Edit(Span(n.end_line, n.end_col, n.end_line, n.end_col, n.end, n.end),
                      "<'a>")]
        spans = [sig.regions[k].span for k in (src, dst)]
        if returned:
            if self.item.return_type is None:
                return ()
            spans = [sig.regions[src].span]
            ret = self.item.return_type
            if not isinstance(ret, ast.TypeRef):
                return ()
            spans.append(ret.span)
        for s in sorted(spans, key=lambda x: x.start):
            edits.append(Edit(Span(s.line, s.col + 1, s.line, s.col + 1, s.start + 1,
                                   s.start + 1), "'a "))
        message = "consider introducing a named lifetime parameter"
        if returned:
            message += " and update trait if needed"
        return (Suggestion(message, tuple(edits)),)


def _inside(shape: RType | None) -> RType | None:
    """What a `&mut` parameter points to (an owned one: itself)."""
    if shape is not None and shape.kind == "ref":
        return shape.items[0] if shape.items else None
    return shape


def _leaves(e: ast.Expr) -> list[ast.Expr]:
    if isinstance(e, ast.If):
        out = _block_leaves(e.then)
        if isinstance(e.otherwise, ast.Block):
            out += _block_leaves(e.otherwise)
        elif isinstance(e.otherwise, ast.If):
            out += _leaves(e.otherwise)
        return out
    if isinstance(e, ast.Match):
        return [e]  # rustc points at the whole `match`
    if isinstance(e, ast.Block):
        return _block_leaves(e)
    return [e]


def _block_leaves(b: ast.Block) -> list[ast.Expr]:
    return _leaves(b.tail) if b.tail is not None else []


def _refusal(span: Span) -> Diagnostic:
    return Diagnostic(
        "not supported yet: checking this reference against the lifetimes of the "
        "function's signature (a parameter or result whose type holds several lifetimes, "
        "or a generic type's)", span, label="stackheap-tui cannot run this yet")

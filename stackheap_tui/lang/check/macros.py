"""Macro calls (`vec!`, `assert!`, `assert_eq!`, `dbg!`, `println!` and the other
format macros) and the formatting traits (`Display`, `Debug`, `LowerHex`, ...) their
arguments must implement."""

from __future__ import annotations

from stackheap_tui.lang import ast
from stackheap_tui.lang import format_string as fmt
from stackheap_tui.lang import layouts as L
from stackheap_tui.lang import types as T
from stackheap_tui.lang.check.base import CheckerBase, ty_text
from stackheap_tui.lang.diagnostics import Diagnostic, Edit, Label, SubNote, Suggestion
from stackheap_tui.lang.fmt_impls import contains_user_fmt, user_fmt
from stackheap_tui.lang.infer import map_type
from stackheap_tui.lang.items import item_head
from stackheap_tui.lang.program import FormatInfo
from stackheap_tui.lang.span import Span
from stackheap_tui.lang.std.atomics import ATOMICS
from stackheap_tui.lang.std.method_signatures import PARSE_ERRORS
from stackheap_tui.lang.traits import SELF_PARAM
from stackheap_tui.lang.types import RANGE_KINDS

FORMAT_MACROS = {
    "println": ("stdout", True), "print": ("stdout", False),
    "eprintln": ("stderr", True), "eprint": ("stderr", False),
    "format": ("string", False), "panic": ("panic", False),
    "write": ("formatter", False), "writeln": ("formatter", True),
}
NEVER_MACROS = {"unreachable", "todo", "unimplemented"}
# Called without `!`, these are E0423 (a macro, not a function), as rustc says.
MACRO_NAMES = {*FORMAT_MACROS, *NEVER_MACROS, "vec", "assert", "assert_eq", "assert_ne", "dbg",
           "matches", "write", "writeln"}


class MacroChecker(CheckerBase):
    """Macro calls and the formatting traits their arguments need."""

    def e_MacroCall(self, e: ast.MacroCall, expected: T.Ty | None) -> T.Ty:
        name = e.name
        if name in ("write", "writeln"):
            return self.write_macro(e)
        if name == "vec":
            return self.vec_macro(e, expected)
        if name in ("assert", "debug_assert"):
            if not e.args:
                self.error(Diagnostic("macro requires a boolean expression as an argument",
                                      e.span))
                return T.UNIT
            self.expect(T.BOOL, self.expr(e.args[0], T.BOOL), e.args[0])
            if len(e.args) > 1:
                self.format_args(e, e.args[1:], "panic")
            return T.UNIT
        if name in ("assert_eq", "assert_ne"):
            if len(e.args) < 2:
                self.error(Diagnostic("macro requires two arguments", e.span))
                return T.UNIT
            left = self.resolve(self.expr(e.args[0]))
            right = self.expr(e.args[1], left)
            fake = ast.Binary(e.span, "==", e.args[0], e.args[1])
            self.comparison(fake, left, self.resolve(right))
            self.require_trait(e.args[0], left, "Debug")
            if len(e.args) > 2:
                self.format_args(e, e.args[2:], "panic")
            return T.UNIT
        if name == "dbg":
            types = [self.expr(arg) for arg in e.args]
            for arg, ty in zip(e.args, types, strict=True):
                self.require_trait(arg, ty, "Debug")
            if len(types) == 1:
                return types[0]
            return T.TupleTy(tuple(types))
        if name in NEVER_MACROS:
            if e.args:
                self.format_args(e, e.args, "panic")
            return T.NeverTy()
        if name in FORMAT_MACROS:
            stream = FORMAT_MACROS[name][0]
            self.format_args(e, e.args, stream)
            if name == "format":
                return T.STRING
            return T.NeverTy() if name == "panic" else T.UNIT
        raise self.fail(f"the macro `{name}!`", e.span)

    def write_macro(self, e: ast.MacroCall) -> T.Ty:
        """`write!(f, "...", args)` into the `&mut fmt::Formatter` of a `fmt` method."""
        if not e.args:
            raise self.fail(f"`{e.name}!` without arguments", e.span)
        target = self.resolve(self.expr(e.args[0]))
        if target != T.RefTy(T.FORMATTER, True):
            raise self.fail(f"`{e.name}!` into a `{target}` (only into `fmt`'s `Formatter`)",
                            e.args[0].span)
        if len(e.args) < 2 and e.name == "write":
            raise self.fail("`write!` without a format string", e.span)
        self.format_args(e, e.args[1:], "formatter")
        return T.FMT_RESULT

    def vec_macro(self, e: ast.MacroCall, expected: T.Ty | None) -> T.Ty:
        hint = self.tys.shallow(expected) if expected is not None else None
        element: T.Ty = hint.args[0] if isinstance(hint, T.AdtTy) and T.is_vec(
            hint) else self.tys.fresh()
        if e.repeat:
            value, count = e.args
            self.expect(element, self.expr(value, element), value)
            self.expect(T.USIZE, self.expr(count, T.USIZE), count)
            return T.vec(element)
        for item in e.args:
            self.expect(element, self.expr(item, element), item)
        return T.vec(element)

    def format_args(self, e: ast.MacroCall, args_in: tuple[ast.Expr, ...], stream: str) -> None:
        newline = FORMAT_MACROS.get(e.name, ("", False))[1]
        args = list(args_in)
        if not args:
            if e.name in ("println", "eprintln", "panic", "writeln") or stream == "panic":
                empty = fmt.bind_arguments(fmt.parse_format_string(""), 0, ())
                self.out.formats[id(e)] = FormatInfo(empty, (), (), newline, stream)
                return
            self.error(Diagnostic("requires at least a format string argument", e.span))
            return
        template = args.pop(0)
        if not isinstance(template, ast.StrLit):
            self.error(Diagnostic("format argument must be a string literal", template.span))
            return
        positional: list[ast.Expr] = []
        named: list[tuple[str, ast.Expr]] = []
        for arg in args:
            if isinstance(arg, ast.Assign) and arg.op == "=" and isinstance(
                arg.target, ast.Path
            ) and arg.target.is_name:
                named.append((arg.target.segments[0], arg.value))
            else:
                positional.append(arg)
        try:
            pieces = fmt.parse_format_string(template.value)
            bound = fmt.bind_arguments(pieces, len(positional), tuple(n for n, _ in named))
        except fmt.FormatStringError as problem:
            self.error(Diagnostic(problem.message, template.span))
            return
        trait_spans: dict[str, Span] = {}
        for name in bound.captured:
            # `{x}` captures the variable `x`: rustc resolves it like a path, spanning
            # the name inside the string.
            name_span, placeholder_span = _captured_spans(template, pieces, name)
            named.append((name, ast.Path(name_span, (name,))))
            # A missing trait is reported at the whole `{name}`.
            trait_spans[name] = placeholder_span
        arg_types: dict[int | str, T.Ty] = {
            i: self.resolve(self.expr(arg)) for i, arg in enumerate(positional)}
        by_name = dict(named)
        for name, arg in named:
            arg_types[name] = self.resolve(self.expr(arg))
        for piece in bound.pieces:
            if not isinstance(piece, fmt.BoundPlaceholder):
                continue
            uses = [(piece.arg, piece.trait)] + [(key, "usize") for key in (
                piece.precision_arg, piece.width_arg) if key is not None]
            for key, trait in uses:
                expr = positional[key] if isinstance(key, int) else by_name[key]
                required = None
                if isinstance(key, str) and key in trait_spans:
                    expr = ast.Path(trait_spans[key], (key,))
                elif trait != "usize":
                    # rustc points at the `{...}` that asks for the trait.
                    required = _placeholder_span(template, piece.offset)
                self.format_trait(expr, arg_types[key], trait, required)
        self.out.formats[id(e)] = FormatInfo(bound, tuple(positional), tuple(named), newline,
                                             stream)

    def format_trait(self, arg: ast.Expr, ty: T.Ty, trait: str,
                     required: Span | None = None) -> None:
        """`{}` needs Display, `{:x}` LowerHex, a `{:1$}` width a usize: as rustc checks."""
        if trait == "usize":
            self.expect(T.USIZE, ty, arg)
            return
        self.require_trait(arg, ty, trait, required, placeholder=True)

    def require_trait(self, arg: ast.Expr, ty: T.Ty, trait: str,
                      required: Span | None = None, placeholder: bool = False) -> None:
        """`ty` must implement the formatting `trait`; `required`: the placeholder asking
        for it, labelled as rustc does. A type with a hand-written `fmt` is formatted by
        running it only for a `{}` / `{:?}` of that very value (through references and
        boxes), not inside another value's `Debug` nor in `dbg!`."""
        labels = (Label(required, "required by this formatting parameter"),) if required else ()
        resolved = self.resolve(ty)
        if isinstance(resolved, T.InferTy) and self.is_error_var(resolved):
            return
        base = resolved
        while isinstance(base, T.RefTy | T.BoxTy):
            base = self.resolve(base.inner)
        mine = user_fmt(self.items, base, trait) is not None
        # A derived or std `Debug` formats what is inside: a hand-written `Debug` there is
        # not run (only a `{:?}` of that very value runs it).
        nested = not mine and trait == "Debug" and contains_user_fmt(self.items, base,
                                                                     ("Debug",))
        if nested or (not placeholder and mine):
            raise self.fail("formatting a value that holds a type with a hand-written "
                            "`Display` or `Debug` here", arg.span)
        if mine:
            return
        if trait == "Debug" and self._holds_iterator(base):
            # std's iterators implement `Debug` (`Iter([1, 2])`, `Map { iter: .. }`, the
            # closure left out); their printed form is not modelled
            raise self.fail("`{:?}` of an iterator", arg.span)
        if isinstance(base, T.InferTy) and base.kind == "any" and not self.finishing and (
                trait != "Pointer" or base is resolved):
            # Not known yet (`let x = s.parse().unwrap(); println!("{x}");`, or a `&_` from
            # `first()` of a Vec whose element a later `push` gives): rustc checks the
            # bound once the type is inferred, or reports that it never is.
            self.deferred_traits.append((arg, ty, trait))
            return
        if T.is_raw_ptr(resolved) and trait in ("Pointer", "Debug"):
            return  # a raw pointer prints its address (the picture's)
        pointer = isinstance(resolved, T.RefTy | T.BoxTy) or (
            isinstance(resolved, T.AdtTy) and resolved.name in ("Rc", "Arc"))
        if trait == "Pointer" and isinstance(resolved, T.RefTy | T.BoxTy) and isinstance(
                self.resolve(resolved.inner), T.DynTy):
            # rustc prints a trait object's pointer with its metadata (`Pointer { addr: ..,
            # metadata: DynMetadata(..) }`), not modelled
            raise self.fail(f"`{{:p}}` on `{ty_text(ty)}` (a trait object)", arg.span)
        if trait == "Pointer" and (isinstance(resolved, T.RefTy) or (
                isinstance(resolved, T.BoxTy) and not _zero_sized(self.resolve(
                    resolved.inner)))):
            return  # the address the picture shows (a `Box` of a zero-sized value has none)
        if trait != "Pointer" and self.implements(ty, trait):
            return
        if trait == "Pointer" and pointer:
            raise self.fail(f"`{{:p}}` on `{ty_text(ty)}` (printing this address)", arg.span)
        base = ty
        while isinstance(base, T.BoxTy | T.RefTy):
            base = base.inner
        shown = "()" if base == T.UNIT else ty_text(ty)
        # A struct or enum of the program, formatted directly or (for Debug) through one `&`.
        resolved = self.resolve(ty)
        by_ref = trait == "Debug" and isinstance(resolved, T.RefTy) and (
            not resolved.mutable and resolved.inner is base)
        own_type = isinstance(base, T.AdtTy) and (base is resolved or by_ref) and (
            base.defn is not None and base.defn.span is not None)
        if own_type and by_ref:
            shown = ty_text(base)
        if isinstance(base, T.ParamTy | T.DynTy):  # rustc names `Self` / `T` / `dyn Shape`,
            shown = str(base)  # not a reference to it
        if trait in ("Debug", "Pointer") and _has_fn_pointer(self.resolve(ty)):
            # rustc prints a function's address (another at each run)
            raise self.fail(f"formatting a function pointer (`{ty_text(ty)}`)", arg.span)
        if trait == "Display":
            label = f"`{shown}` cannot be formatted with the default formatter"
        elif trait == "Debug":
            label = f"`{shown}` cannot be formatted using `{{:?}}`"
            if own_type or isinstance(base, T.ParamTy | T.DynTy):
                label += " because it doesn't implement `Debug`"
        else:
            label = f"the trait `{trait}` is not implemented for `{shown}`"
        path = trait if trait == "Debug" else f"std::fmt::{trait}"
        if trait == "Pointer":  # rustc words an unmet `Pointer` as a trait bound
            self.error(Diagnostic(f"the trait bound `{shown}: {path}` is not satisfied",
                                  arg.span, "E0277",
                                  f"the trait `{path}` is not implemented for `{shown}`", labels))
            return
        children: tuple[SubNote, ...] = ()
        head = item_head(self.out.program, base.name) if isinstance(base, T.AdtTy) and (
            base.defn is not None and base.defn.span is not None) else None
        if trait == "Display" and head is not None:
            # A type of the program: rustc shows where it is defined.
            children = (SubNote("help", f"the trait `{path}` is not implemented for `{shown}`",
                                head),
                        SubNote("note", "in format strings you may be able to use `{:?}` (or "
                                "{:#?} for pretty-print) instead"))
        if isinstance(base, T.ParamTy) and trait in ("Display", "Debug"):
            # `T` (or `Self`) through one `&`: rustc says the `&T` needs it too.
            if trait == "Display":
                children = (SubNote("note", "in format strings you may be able to use `{:?}` "
                                    "(or {:#?} for pretty-print) instead"),)
            if isinstance(resolved, T.RefTy) and resolved.inner is base:
                children += (SubNote("note", f"required for `&{shown}` to implement `{path}`"),)
        suggestions: tuple[Suggestion, ...] = ()
        if trait == "Debug" and own_type and head is not None:
            children = (SubNote("help", f"the trait `Debug` is not implemented for `{shown}`"),
                        SubNote("note", f"add `#[derive(Debug)]` to `{shown}` or manually "
                                f"`impl Debug for {shown}`"))
            if by_ref:
                children += (SubNote("note", f"required for `&{shown}` to implement `Debug`"),)
            at = Span(head.line, 1, head.line, 1, head.start - head.col + 1,
                      head.start - head.col + 1)
            suggestions = (Suggestion(f"consider annotating `{shown}` with `#[derive(Debug)]`",
                                      (Edit(at, " " * (head.col - 1) + "#[derive(Debug)]\n"),)),)
        self.error(Diagnostic(f"`{shown}` doesn't implement `{path}`", arg.span, "E0277", label,
                              labels, children=children, suggestions=suggestions))

    def _holds_iterator(self, ty: T.Ty) -> bool:
        ty = self.resolve(ty)
        if isinstance(ty, T.IterTy):
            return True
        if isinstance(ty, T.RefTy | T.BoxTy):
            return self._holds_iterator(ty.inner)
        if isinstance(ty, T.TupleTy):
            return any(self._holds_iterator(t) for t in ty.items)
        if isinstance(ty, T.ArrayTy | T.SliceTy):
            return self._holds_iterator(ty.element)
        if isinstance(ty, T.AdtTy):
            return any(self._holds_iterator(t) for t in ty.args)
        return False

    def implements(self, ty: T.Ty, trait: str) -> bool:
        base = self.resolve(ty)
        while isinstance(base, T.BoxTy | T.RefTy) or (
                isinstance(base, T.AdtTy) and base.name in T.DEREF_TO_ARG):
            base = base.inner if isinstance(base, T.BoxTy | T.RefTy) else base.args[0]
            base = self.resolve(base)
        if isinstance(base, T.ParamTy):  # `Self` in a provided method, or a generic `T`
            return base != SELF_PARAM and trait in base.bounds
        if isinstance(base, T.DynTy):  # `dyn Shape` has its trait's methods only
            return False
        if user_fmt(self.items, base, trait) is not None:
            return True
        integer = self.tys.is_int(base)
        floating = self.tys.is_float(base)
        if trait == "Debug":
            if isinstance(base, T.TupleTy):
                return all(self.implements(t, trait) for t in base.items)
            if isinstance(base, T.ArrayTy | T.SliceTy):
                return self.implements(base.element, trait)
            if isinstance(base, T.AdtTy):
                if base.name in ("Vec", "Option", "Result", "RefCell", "Cell", "Mutex", "HashMap",
                                 "RwLock", "HashSet", "VecDeque", "ManuallyDrop", "BTreeMap",
                                 "BTreeSet", "BinaryHeap", *RANGE_KINDS):
                    return all(self.implements(a, trait) for a in base.args)
                if base.name in ("String", "Ordering", "Weak", "MaybeUninit",
                                 "Box<dyn Any + Send>", "PoisonError", *ATOMICS,
                                 "RecvError", "SendError", "Sender", "Receiver", "SyncSender",
                                 "Condvar", "Thread", "io::Error",
                                 *PARSE_ERRORS):
                    return True
                return base.defn is not None and "Debug" in base.defn.derives and all(
                    self.implements(a, trait) for a in base.args)
            return not isinstance(base, T.FnTy | T.IterTy)
        if trait == "Display":
            if isinstance(base, T.AdtTy) and base.name in (*PARSE_ERRORS, "TryRecvError",
                                                           "RecvTimeoutError"):
                return True
            if isinstance(base, T.IterTy) and base.kind == "ToCase":
                return True  # ToUppercase / ToLowercase display their chars
            return integer or floating or isinstance(base, T.BoolTy | T.CharTy | T.StrTy) or (
                T.is_string(base))
        if trait in ("LowerExp", "UpperExp"):
            return integer or floating
        return integer  # LowerHex, UpperHex, Octal, Binary




def _zero_sized(ty: T.Ty) -> bool:
    """Whether a type surely has no bytes (an inference variable left is a number's)."""
    try:
        return L.size_of(ty) == 0
    except ValueError:
        return False


def _captured_spans(template: ast.StrLit, pieces: tuple[fmt.Piece, ...],
                    name: str) -> tuple[Span, Span]:
    """Where rustc points for an inline capture: the name, and the whole `{name...}`, at
    its first occurrence in the literal. Only when the literal is written without escapes
    (each character of the value is one character of the source); otherwise both are the
    whole literal."""
    span = template.span
    value = template.value
    first = next((p for p in pieces
                  if isinstance(p, fmt.Placeholder) and p.position == name), None)
    if span.end - span.start != len(value) + 2 or first is None:
        return span, span
    close = value.find("}", first.arg_offset)
    if close < 0:
        return span, span

    def at(offset: int, length: int) -> Span:
        before = value[:offset]
        line = span.line + before.count("\n")
        col = span.col + 1 + offset if "\n" not in before else (
            len(before.rsplit("\n", 1)[1]) + 1)
        start = span.start + 1 + offset
        return Span(line, col, line, col + length, start, start + length)

    return at(first.arg_offset, len(name)), at(first.offset, close + 1 - first.offset)


def _placeholder_span(template: ast.StrLit, offset: int) -> Span | None:
    """The `{...}` starting at `offset` of a literal written without escapes."""
    span, value = template.span, template.value
    close = value.find("}", offset)
    if span.end - span.start != len(value) + 2 or close < 0 or "\n" in value[:close]:
        return None
    col, start = span.col + 1 + offset, span.start + 1 + offset
    return Span(span.line, col, span.line, col + close + 1 - offset, start,
                start + close + 1 - offset)


def _has_fn_pointer(ty: T.Ty) -> bool:
    """Whether a type holds a function pointer (`fn(i32) -> i32`, a `Vec` of them, ...)."""
    found = False

    def visit(t: T.Ty) -> T.Ty:
        nonlocal found
        found = found or (isinstance(t, T.FnTy) and t.pointer)
        map_type(t, visit)
        return t

    visit(ty)
    return found

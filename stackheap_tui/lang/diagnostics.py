"""Compile errors, rendered the way rustc renders them.

One `Diagnostic` type serves the parser, the checker, `--run`, `--check` and the
TUI, so an error reads the same everywhere. The layout (labels stacked under a line,
notes with their own snippet, suggestions drawn with `+` under inserted text) follows
rustc's `HumanEmitter`; `lang/diagnostic_layout.py` draws the labels of one line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from stackheap_tui.lang.diagnostic_layout import LineLabel, draw_line_labels, shown, text_width
from stackheap_tui.lang.span import Span

# Stands for the source file's path inside a message (rustc names a closure's type by
# where it is written: `{closure@src/main.rs:4:13: 4:20}`); `render` puts the path in.
FILE_MARK = "\x00file\x00"


@dataclass(frozen=True, slots=True)
class Label:
    span: Span
    text: str
    primary: bool = False


@dataclass(frozen=True, slots=True)
class Edit:
    """Insert `text` at `at` (a suggestion rustc draws with `+` under the new text), or
    with `replaces` > 0 put it in place of that many characters (rustc then shows the
    line before and after, as `N - old` / `N + new`)."""

    at: Span  # only its start (line, col) is read
    text: str
    replaces: int = 0
    # The source text of this span (on one line) takes the place of `{copied}` in `text`
    # (`let binding = {copied};`: the checker keeps no source text, the renderer does).
    copied: Span | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A `help:` with the source lines as they would read after the edits."""

    message: str
    edits: tuple[Edit, ...]
    # rustc shows an import's new line alone, without the line it goes before
    alone: bool = False


@dataclass(frozen=True, slots=True)
class SubNote:
    """A `note:` / `help:` under the error. With a span it gets its own `-->` and
    snippet; with a `location` in std's sources only the `-->` line (rustc has no
    snippet to show there); with neither it is a `= note: ...` line."""

    level: str  # "note" or "help"
    message: str
    span: Span | None = None
    label: str = ""
    labels: tuple[Label, ...] = ()
    location: str = ""  # "/rustc/<hash>/library/core/src/marker.rs:457:0"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    message: str
    span: Span
    code: str | None = None  # "E0382"; None for syntax errors and lints
    label: str = ""  # the text under the primary caret
    labels: tuple[Label, ...] = ()  # secondary labels ("value moved here")
    notes: tuple[str, ...] = ()
    help: str | None = None
    children: tuple[SubNote, ...] = ()  # after `notes` and `help`, in this order
    suggestions: tuple[Suggestion, ...] = ()  # last, as rustc prints them
    level: str = "error"  # or "warning"

    @property
    def headline(self) -> str:
        code = f"[{self.code}]" if self.code else ""
        return f"{self.level}{code}: {self.message}"

    def all_labels(self) -> list[Label]:
        """The primary label first, then the others in the order rustc added them."""
        if not self.label:  # rustc lists an unlabelled primary span after the labels
            return [*self.labels, Label(self.span, "", primary=True)]
        return [Label(self.span, self.label, primary=True), *self.labels]


class CompileError(Exception):
    """Raised by a pass that found errors; carries every diagnostic it found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        errors = [d for d in diagnostics if d.level == "error"] or diagnostics
        super().__init__(errors[0].headline if errors else "compile error")
        self.diagnostics = diagnostics


def source_lines(source: str) -> list[str]:
    """The file's lines as rustc counts them: only a line feed ends a line (the CR of a
    CR LF goes with it; a lone CR stays in the line)."""
    lines = source.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


@dataclass
class _Renderer:
    source_lines: list[str]
    gutter: int
    path: str
    out: list[str] = field(default_factory=list)

    def bar(self, text: str = "") -> None:
        self.out.append(f"{' ' * self.gutter} |{(' ' + text) if text else ''}".rstrip())

    def line_text(self, line_no: int) -> str:
        return self.source_lines[line_no - 1] if 0 < line_no <= len(self.source_lines) else ""

    def source(self, line_no: int, text: str | None = None) -> None:
        shown_text = shown(self.line_text(line_no) if text is None else text)
        self.out.append(f"{line_no:>{self.gutter}} | {shown_text}".rstrip())

    def arrow(self, span: Span) -> None:
        self.out.append(f"{' ' * self.gutter}--> {self.path}:{span.line}:{span.col}")

    def line_label(self, label: Label) -> LineLabel:
        """A label's 0-based display columns on its first line."""
        line = self.line_text(label.span.line)
        known = 0 < label.span.line <= len(self.source_lines)
        # An end-of-file span sits one past the line's end; rustc draws it right there.
        col = min(label.span.col, len(line) + 1) if known else label.span.col
        start = self.width_before(line, col)
        end_col = label.span.end_col if label.span.end_line == label.span.line else len(line) + 1
        width = self.width_before(line, end_col) - self.width_before(line, label.span.col)
        return LineLabel(start, start + max(1, width), label.text, label.primary)

    @staticmethod
    def width_before(line: str, col: int) -> int:
        """The display width of a line's text before character column `col`."""
        return text_width(line[:col - 1]) + max(0, col - 1 - len(line))

    def snippet(self, labels: list[Label]) -> None:
        """The labelled lines, with the lines between them as rustc shows them."""
        by_line: dict[int, list[Label]] = {}
        for label in labels:
            by_line.setdefault(label.span.line, []).append(label)
        previous: int | None = None
        for line_no in sorted(by_line):
            if previous is not None and line_no - previous == 2:
                self.source(previous + 1)
            elif previous is not None and line_no - previous > 2:
                self.out.append("...")
            self.source(line_no)
            for row in draw_line_labels([self.line_label(lb) for lb in by_line[line_no]]):
                self.bar(row)
            previous = line_no

    def plain(self, level: str, message: str) -> None:
        head = f"{' ' * self.gutter} = {level}: "
        first, *rest = message.split("\n")
        self.out.append(head + first)
        self.out.extend(" " * len(head) + more for more in rest)

    def child(self, note: SubNote) -> None:
        if note.location:
            self.out.append(f"{note.level}: {note.message}")
            self.out.append(f"{' ' * self.gutter}--> {note.location}")
            return
        if note.span is None:
            self.plain(note.level, note.message)
            return
        self.out.append(f"{note.level}: {note.message}")
        self.arrow(note.span)
        self.bar()
        self.snippet([Label(note.span, note.label, primary=True), *note.labels])

    def resolved(self, edit: Edit) -> Edit:
        """`edit` with the source text it copies put in."""
        c = edit.copied
        if c is None:
            return edit
        copied = self.line_text(c.line)[c.col - 1:c.end_col - 1]
        return Edit(edit.at, edit.text.replace("{copied}", copied), edit.replaces)

    def suggestion(self, suggestion: Suggestion) -> None:
        self.out.append(f"help: {suggestion.message}")
        self.bar()
        suggestion = Suggestion(suggestion.message,
                                tuple(self.resolved(e) for e in suggestion.edits),
                                suggestion.alone)
        edits = suggestion.edits
        if len(edits) == 1 and edits[0].text.endswith("\n") and edits[0].at.col == 1:
            # A whole new line: rustc shows it with `+`, then the line it goes before.
            line_no = edits[0].at.line
            self.out.append(f"{line_no:>{self.gutter}} + {shown(edits[0].text[:-1])}".rstrip())
            if not suggestion.alone:
                self.source(line_no + 1, self.line_text(line_no))
            self.bar()
            return
        by_line: dict[int, list[Edit]] = {}
        for edit in suggestion.edits:
            by_line.setdefault(edit.at.line, []).append(edit)
        if len(edits) == 1 and "\n" in edits[0].text.rstrip("\n") and not edits[0].replaces:
            # New lines inside a line: rustc marks a changed line `~`, a new one `+`.
            edit = edits[0]
            line = self.line_text(edit.at.line)
            at = edit.at.col - 1
            pieces = (line[:at] + edit.text + line[at:]).split("\n")
            for k, piece in enumerate(pieces):
                changed = k == 0 or (k == len(pieces) - 1 and line[at:].strip())
                self.out.append(f"{edit.at.line + k:>{self.gutter}} {'~' if changed else '+'} "
                                f"{shown(piece)}".rstrip())
            self.bar()
            return
        if len(edits) > 1 and (any("\n" in edit.text for edit in edits) or len(by_line) > 1):
            self.hunk(edits)  # (edits on several lines: rustc shows them as a `~` hunk)
            return
        if any(edit.replaces for edit in edits):
            for line_no in sorted(by_line):
                old = self.line_text(line_no)
                new = old
                for edit in sorted(by_line[line_no], key=lambda e: -e.at.col):
                    at = edit.at.col - 1
                    new = new[:at] + edit.text + new[at + edit.replaces:]
                self.out.append(f"{line_no:>{self.gutter}} - {shown(old)}".rstrip())
                self.out.append(f"{line_no:>{self.gutter}} + {shown(new)}".rstrip())
            self.bar()
            return
        for line_no in sorted(by_line):
            text = self.line_text(line_no)
            marks = ""
            shift = 0
            for edit in sorted(by_line[line_no], key=lambda e: e.at.col):
                at = edit.at.col - 1 + shift
                text = text[:at] + edit.text + text[at:]
                # rustc marks the inserted text without its surrounding whitespace.
                inserted = edit.text.strip() or edit.text
                lead = len(edit.text) - len(edit.text.lstrip()) if edit.text.strip() else 0
                start = text_width(text[:at + lead])
                marks += " " * (start - len(marks)) + "+" * text_width(inserted)
                shift += len(edit.text)
            self.source(line_no, text)
            self.bar(marks)


    def hunk(self, edits: tuple[Edit, ...]) -> None:
        """Edits over several lines, some adding lines: the lines from the first edit to
        the last as they would read, a changed line marked `~`, an untouched one `|`."""
        first = min(edit.at.line for edit in edits)
        last = max(edit.at.line for edit in edits)
        number = first
        for line_no in range(first, last + 1):
            text = self.line_text(line_no)
            mine = sorted((e for e in edits if e.at.line == line_no), key=lambda e: -e.at.col)
            for edit in mine:
                at = edit.at.col - 1
                text = text[:at] + edit.text + text[at + edit.replaces:]
            for piece in text.split("\n"):
                mark = "~" if mine else "|"
                self.out.append(f"{number:>{self.gutter}} {mark} {shown(piece)}".rstrip())
                number += 1
        self.bar()


def _max_line(diagnostic: Diagnostic) -> int:
    lines = [label.span.line for label in diagnostic.all_labels()]
    for note in diagnostic.children:
        if note.span is not None:
            lines += [note.span.line, *(label.span.line for label in note.labels)]
    for suggestion in diagnostic.suggestions:  # rustc counts the lines it shows there too
        lines += [edit.at.line + edit.text.count("\n") for edit in suggestion.edits]
    return max(lines, default=1)


# Stands for the source file's path in a diagnostic's text (`{closure@PATH:7:32: 7:39}`).
SOURCE_PATH = "\x00path\x00"


def render(diagnostic: Diagnostic, source: str, path: str) -> str:
    """rustc's layout: headline, `-->` location, the labelled lines with carets, then
    the notes, helps and suggestions."""
    gutter = len(str(_max_line(diagnostic)))
    diagnostic = _with_path(diagnostic, path)
    r = _Renderer(source_lines(source), gutter, path)
    r.out.append(diagnostic.headline)
    r.arrow(diagnostic.span)
    r.bar()
    r.snippet(diagnostic.all_labels())
    if diagnostic.notes or diagnostic.help or diagnostic.children or diagnostic.suggestions:
        r.bar()  # one separator line, then every note and the help
    for note in diagnostic.notes:
        r.plain("note", note)
    if diagnostic.help:
        r.plain("help", diagnostic.help)
    for child in diagnostic.children:
        r.child(child)
    for suggestion in diagnostic.suggestions:
        r.suggestion(suggestion)
    return ("\n".join(r.out) + "\n").replace(SOURCE_PATH, path)


def _with_path(d: Diagnostic, path: str) -> Diagnostic:
    """`FILE_MARK` in the texts of `d` replaced by the file's path."""
    def put(text: str) -> str:
        return text.replace(FILE_MARK, path)

    def labels(items: tuple[Label, ...]) -> tuple[Label, ...]:
        return tuple(replace(label, text=put(label.text)) for label in items)

    return replace(d, message=put(d.message), label=put(d.label), labels=labels(d.labels),
                   notes=tuple(put(n) for n in d.notes),
                   help=put(d.help) if d.help is not None else None,
                   children=tuple(replace(c, message=put(c.message), label=put(c.label),
                                          labels=labels(c.labels)) for c in d.children))


def _count(n: int, what: str) -> str:
    return f"{n} {what}" + ("" if n == 1 else "s")


def render_all(diagnostics: list[Diagnostic], source: str, path: str) -> str:
    parts = [render(d, source, path) for d in diagnostics]
    errors = [d for d in diagnostics if d.level == "error"]
    warnings = len(diagnostics) - len(errors)
    summary = f"error: aborting due to {_count(len(errors), 'previous error')}"
    if warnings:
        summary += f"; {_count(warnings, 'warning')} emitted"
    codes = sorted({d.code for d in errors if d.code})
    tail = [summary, ""]
    if len(codes) == 1:
        tail.append(f"For more information about this error, try `rustc --explain {codes[0]}`.")
    elif codes:
        tail.append(
            f"Some errors have detailed explanations: {', '.join(codes)}.\n"
            f"For more information about an error, try `rustc --explain {codes[0]}`."
        )
    return "\n".join(parts) + "\n" + "\n".join(tail) + "\n"

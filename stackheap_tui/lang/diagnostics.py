"""Compile errors, rendered the way rustc renders them.

One `Diagnostic` type serves the parser, the checker, `--run`, `--check` and the
TUI, so an error reads the same everywhere.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from stackheap_tui.lang.span import Span


@dataclass(frozen=True, slots=True)
class Label:
    span: Span
    text: str
    primary: bool = False


@dataclass(frozen=True, slots=True)
class Diagnostic:
    message: str
    span: Span
    code: str | None = None  # "E0382"; None for syntax errors and lints
    label: str = ""  # the text under the primary caret
    labels: tuple[Label, ...] = ()  # secondary labels ("value moved here")
    notes: tuple[str, ...] = ()
    help: str | None = None

    @property
    def headline(self) -> str:
        code = f"[{self.code}]" if self.code else ""
        return f"error{code}: {self.message}"

    def all_labels(self) -> list[Label]:
        return sorted(
            [Label(self.span, self.label, primary=True), *self.labels],
            key=lambda label: (label.span.line, label.span.col),
        )


class CompileError(Exception):
    """Raised by a pass that found errors; carries every diagnostic it found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__(diagnostics[0].headline if diagnostics else "compile error")
        self.diagnostics = diagnostics


def _char_width(ch: str) -> int:
    """How many columns rustc's snippet gives a character: a tab is 4 spaces, a wide
    (CJK) character 2, a combining mark 0, anything else 1."""
    if ch == "\t":
        return 4
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _shown(line: str) -> str:
    """A source line as rustc prints it in a snippet: tabs as 4 spaces, a lone carriage
    return as `␍`."""
    return line.replace("\t", "    ").replace("\r", "\u240d")


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
    out: list[str] = field(default_factory=list)

    def bar(self, text: str = "") -> None:
        self.out.append(f"{' ' * self.gutter} |{(' ' + text) if text else ''}".rstrip())

    def source(self, line_no: int) -> None:
        text = self.source_lines[line_no - 1] if 0 < line_no <= len(self.source_lines) else ""
        self.out.append(f"{line_no:>{self.gutter}} | {_shown(text)}".rstrip())

    def column(self, line_no: int, col: int) -> int:
        """The 1-based screen column of character column `col` of a line."""
        if not 0 < line_no <= len(self.source_lines):
            return col
        text = self.source_lines[line_no - 1]
        before = text[:col - 1]
        return 1 + sum(_char_width(ch) for ch in before) + max(0, col - 1 - len(text))

    def underline(self, labels: list[Label]) -> None:
        # Several labels on one line: draw them left to right on one marker line.
        marks: list[str] = []
        for label in labels:
            span = label.span
            known = 0 < span.line <= len(self.source_lines)
            line = self.source_lines[span.line - 1] if known else ""
            # An end-of-file span sits one past the line's end; rustc draws it right there.
            col = min(span.col, len(line) + 1) if known else span.col
            start = self.column(span.line, col)
            end_col = span.end_col if span.end_line == span.line else len(line) + 1
            width = max(1, self.column(span.line, end_col) - self.column(span.line, span.col))
            pad = start - 1 - len("".join(marks))
            char = "^" if label.primary else "-"
            marks.append(" " * max(0, pad) + char * width)
        text = "".join(marks)
        last = labels[-1]
        self.bar(f"{text} {last.text}".rstrip() if last.text else text)
        for label in reversed(labels[:-1]):
            if label.text:
                at = self.column(label.span.line, label.span.col)
                self.bar(" " * (at - 1) + "|")
                self.bar(" " * (at - 1) + label.text)


def render(diagnostic: Diagnostic, source: str, path: str) -> str:
    """rustc's layout: headline, `-->` location, the labelled lines with carets."""
    lines = source_lines(source)
    by_line: dict[int, list[Label]] = {}
    for label in diagnostic.all_labels():
        by_line.setdefault(label.span.line, []).append(label)
    gutter = len(str(max(by_line))) if by_line else 1
    r = _Renderer(lines, gutter)
    r.out.append(diagnostic.headline)
    r.out.append(f"{' ' * gutter}--> {path}:{diagnostic.span.line}:{diagnostic.span.col}")
    r.bar()
    previous: int | None = None
    for line_no in sorted(by_line):
        if previous is not None and line_no - previous == 2:
            r.source(previous + 1)
        elif previous is not None and line_no - previous > 2:
            r.out.append("...")
        r.source(line_no)
        r.underline(by_line[line_no])
        previous = line_no
    if diagnostic.notes or diagnostic.help:
        r.bar()  # one separator line, then every note and the help
    for note in diagnostic.notes:
        r.out.append(f"{' ' * gutter} = note: {note}")
    if diagnostic.help:
        r.out.append(f"{' ' * gutter} = help: {diagnostic.help}")
    return "\n".join(r.out) + "\n"


def render_all(diagnostics: list[Diagnostic], source: str, path: str) -> str:
    parts = [render(d, source, path) for d in diagnostics]
    errors = len(diagnostics)
    summary = (
        "error: aborting due to 1 previous error"
        if errors == 1
        else f"error: aborting due to {errors} previous errors"
    )
    codes = sorted({d.code for d in diagnostics if d.code})
    tail = [summary, ""]
    if len(codes) == 1:
        tail.append(f"For more information about this error, try `rustc --explain {codes[0]}`.")
    elif codes:
        tail.append(
            f"Some errors have detailed explanations: {', '.join(codes)}.\n"
            f"For more information about an error, try `rustc --explain {codes[0]}`."
        )
    return "\n".join(parts) + "\n" + "\n".join(tail) + "\n"

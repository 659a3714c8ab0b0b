"""How rustc draws the labels of one source line under it.

A port of the single-line part of rustc's `HumanEmitter::render_source_line`: the
labels are taken right to left; a label that would collide with one further left
moves down a row, with a `|` from its underline to its text; the underlines are
drawn longest first, so a shorter one (and a primary `^`) shows on top.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LineLabel:
    start: int  # 0-based display column, inclusive
    end: int  # exclusive, > start
    text: str
    primary: bool


def char_width(ch: str) -> int:
    """How many columns rustc's snippet gives a character: a tab is 4 spaces, a wide
    (CJK) character 2, a combining mark 0, anything else 1."""
    if ch == "\t":
        return 4
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def shown(line: str) -> str:
    """A source line as rustc prints it in a snippet: tabs as 4 spaces, a lone carriage
    return as `␍`."""
    return line.replace("\t", "    ").replace("\r", "\u240d")


def _overlaps(a: LineLabel, b: LineLabel, padding: int) -> bool:
    return b.start <= a.start < b.end or a.start <= b.start < a.end + padding


def _rows(labels: list[LineLabel]) -> list[tuple[int, LineLabel]]:
    """Each label with its row: 0 beside the underline, n > 0 at n + 1 rows below it."""
    ordered = sorted(labels, key=lambda label: -label.start)  # stable: ties keep order
    placed: list[tuple[int, LineLabel]] = []
    row = 0
    for i, label in enumerate(ordered):
        for other in ordered[i + 1:]:
            if _overlaps(other, label, 0) and label.text and row == 0:
                if (other.start, other.end) == (label.start, label.end) and not other.text:
                    continue  # an unlabelled twin merges with this one
                row += 1
                break
        placed.append((row, label))
        for other in ordered[i + 1:]:
            pad = len(other.text) + 2 if other.text else 0
            if (_overlaps(other, label, pad) and label.text and other.text) or (
                    _overlaps(other, label, pad) and other.end <= label.end
                    and other.text and row == 0):
                row += 1
                break
    return placed


def draw_line_labels(labels: list[LineLabel]) -> list[str]:
    """The rows under a source line (without the gutter), right-trimmed."""
    placed = _rows(labels)
    height = max(row for row, _ in placed)
    grid: list[list[str]] = [[] for _ in range(height + 2 if height else 1)]

    def put(r: int, col: int, text: str) -> None:
        line = grid[r]
        if len(line) < col + len(text):
            line.extend(" " * (col + len(text) - len(line)))
        line[col:col + len(text)] = list(text)

    for row, label in placed:
        if row > 0 and label.text:
            for r in range(0, row + 1):
                put(r, label.start, "|")
    for row, label in placed:
        if label.text:
            if row == 0:
                put(0, label.end + 1, label.text)
            else:
                put(row + 1, label.start, label.text)
    for _, label in sorted(placed, key=lambda p: (-(p[1].end - p[1].start), p[1].primary)):
        put(0, label.start, ("^" if label.primary else "-") * (label.end - label.start))
    return ["".join(line).rstrip() for line in grid]

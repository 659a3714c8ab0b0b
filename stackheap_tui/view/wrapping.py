"""Lines broken at spaces, never inside a word or a number (`value: 1│3`,
`0x7ffc_df│e0` never happen): a word longer than the width keeps its start and `…`."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

Span = tuple[int, int, bool]
"""A stretch of a line drawn on one screen line: (start, end, cut short with `…`)."""


def wrap_spans(text: str, width: int) -> list[Span]:
    """Where `text` breaks to fit `width` cells: at spaces only (the space is dropped), so
    no word or number is ever split across lines (`value: 1│3`, `0x7ffc_df│e0`); a word
    longer than the width keeps its first `width - 1` cells and gets `…`."""
    width = max(width, 2)
    if len(text) <= width and cell_len(text) <= width:
        return [(0, len(text), False)]
    if cell_len(text) != len(text):  # wide characters: measured cell by cell
        return _wrap_wide(text, width)
    spans: list[Span] = []
    start, end = 0, len(text)
    while end - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut > start:
            spans.append((start, cut, False))
            start = cut + 1
            continue
        if cut == start:  # a space at the start of a continuation: skip it
            start += 1
            continue
        word_end = text.find(" ", start)
        word_end = end if word_end == -1 else word_end
        spans.append((start, start + width - 1, True))
        start = word_end + 1 if word_end < end else end
    if start < end or not spans:
        spans.append((start, end, False))
    return spans


def _wrap_wide(text: str, width: int) -> list[Span]:
    spans: list[Span] = []
    start = 0
    while start < len(text):
        cells, at, last_space = 0, start, -1
        while at < len(text) and cells + cell_len(text[at]) <= width:
            cells += cell_len(text[at])
            if text[at] == " ":
                last_space = at
            at += 1
        if at >= len(text):
            spans.append((start, at, False))
            break
        if text[at] == " ":
            spans.append((start, at, False))
            start = at + 1
        elif last_space > start:
            spans.append((start, last_space, False))
            start = last_space + 1
        else:
            stop = at - 1 if at - 1 > start else at
            spans.append((start, stop, True))
            word_end = text.find(" ", at)
            start = len(text) if word_end == -1 else word_end + 1
    return spans or [(0, 0, False)]


def wrapped_height(text: str, width: int) -> int:
    return len(wrap_spans(text, width))


def wrapped(content: Content, width: int, count: int) -> list[Content]:
    """`content` wrapped at its spaces into exactly `count` lines (the last cut with `…`
    if more would be needed, blank lines added if fewer)."""
    spans = wrap_spans(content.plain, width)
    if len(spans) > count:
        start = spans[count - 1][0]
        spans = [*spans[:count - 1], (start, start + max(width - 1, 1), True)]
    pieces: list[Content] = []
    for start, end, cut in spans:
        piece = content[start:end]
        if cut:
            piece = piece + Content("…")
        if piece.cell_length > width:
            piece = piece.truncate(width, ellipsis=True)
        pieces.append(piece)
    return (pieces + [Content("")] * count)[:count]

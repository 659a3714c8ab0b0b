"""A compile error, as rustc prints it, shown in place of the stack and heap."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from stackheap_tui.lang.diagnostics import Diagnostic, render_all
from stackheap_tui.view.widgets.pane import Pane


def _style_line(line: str) -> Content:
    """rustc's colours, roughly: the headline red, `-->` blue, carets red, dashes yellow."""
    stripped = line.lstrip()
    if line.startswith("error"):
        head, colon, rest = line.partition(":")
        return Content.assemble((head + colon, "bold $text-error"), (rest, "bold"))
    if stripped.startswith("-->") or stripped.startswith("= "):
        return Content.styled(line, "$text-primary")
    if "|" in line:
        gutter, bar, rest = line.partition("|")
        marker = rest.strip()[:1] if not gutter.strip() else ""
        style = {"^": "bold $text-error", "-": "bold $text-warning"}.get(marker, "")
        return Content.assemble((gutter + bar, "$text-primary"), (rest, style))
    return Content(line)


class DiagnosticsPane(Pane):
    """Every diagnostic of a failed compile, rendered like rustc."""

    DEFAULT_CSS = """
    DiagnosticsPane > Static {
        width: auto;
        min-width: 100%;
        padding: 0 1;
        text-wrap: nowrap;  /* carets must stay under the code they point at */
    }
    """

    def __init__(self, diagnostics: Sequence[Diagnostic], source: str, path: str) -> None:
        super().__init__(id="diagnostics")
        self.text = render_all(list(diagnostics), source, path)

    def compose(self) -> ComposeResult:
        lines = [_style_line(line) for line in self.text.rstrip("\n").split("\n")]
        yield Static(Content("\n").join(lines))

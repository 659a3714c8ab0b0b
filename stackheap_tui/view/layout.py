"""Where the panes go: the three layouts of the app (a run, a program that did not
compile, a program being checked), and the message for a terminal too small for them."""

from __future__ import annotations

from typing import TypeVar

from textual.app import ComposeResult
from textual.containers import Container, Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static

from stackheap_tui.view.failure import Failure
from stackheap_tui.view.steps import StepIndex
from stackheap_tui.view.widgets.arrows import ArrowGutter
from stackheap_tui.view.widgets.borrow_explanation import BorrowExplanationPane
from stackheap_tui.view.widgets.bytes import BytesPane
from stackheap_tui.view.widgets.diagnostics import DiagnosticsPane
from stackheap_tui.view.widgets.heap import HeapPane
from stackheap_tui.view.widgets.output import OutputPane
from stackheap_tui.view.widgets.source import SourcePane
from stackheap_tui.view.widgets.stack import StackPane
from stackheap_tui.view.widgets.timeline import Timeline

MIN_WIDTH, MIN_HEIGHT = 60, 20
"""Below this the panes would overlap: the app shows a "too small" message instead."""

W = TypeVar("W", bound=Widget)


def titled(widget: W, title: str) -> W:
    widget.border_title = title
    return widget


def failure_panes(failure: Failure, file_name: str) -> ComposeResult:
    """The diagnostics, the errors told in permissions, and the source they point into."""
    with Container(id="failure"):
        yield titled(
            DiagnosticsPane(failure.diagnostics, failure.source, failure.path),
            "diagnostics",
        )
        yield titled(BorrowExplanationPane(failure.explanations, id="why"), "in permissions")
        yield titled(SourcePane(failure.source, id="source"), f"source · {file_name}")


def run_panes(source: str, index: StepIndex, permissions_shown: bool,
              file_name: str) -> ComposeResult:
    """The source, the stack beside the heap (or the permissions), the output, the
    timeline."""
    # Imported here: it brings the permissions' analysis (and the borrow checker's types),
    # which the first frame is drawn without.
    from stackheap_tui.view.widgets.permissions import PermissionsPane

    with Container(id="main"):
        yield titled(SourcePane(source, id="source"), f"source · {file_name}")
        with Vertical(id="memory"):
            with Horizontal(id="memory-row"):
                yield titled(StackPane(id="stack"), "stack")
                yield ArrowGutter(id="arrows")  # the selected pointer's arrow
                heap = titled(HeapPane(id="heap"), "heap")
                heap.display = not permissions_shown
                yield heap
                # `w` shows the permissions in the heap's place, `m` a variable's bytes.
                yield titled(PermissionsPane(permissions_shown, id="permissions"),
                             "permissions")
                yield titled(BytesPane(id="bytes-pane"), "bytes in memory")
            yield titled(OutputPane(id="output"), "output")
    yield Timeline(index, id="timeline")


def loading_panes(source: str, file_name: str) -> ComposeResult:
    """The first frame: the program, while it is checked (see `view.loading`)."""
    with Container(id="loading"):
        yield titled(SourcePane(source, id="source"), f"source · {file_name}")


def too_small() -> Static:
    return Static(
        f"This terminal is too small.\n\nstackheap-tui needs at least {MIN_WIDTH} columns "
        f"and {MIN_HEIGHT} rows: make the window larger or the font smaller.\n\nq quits.",
        id="too-small",
    )

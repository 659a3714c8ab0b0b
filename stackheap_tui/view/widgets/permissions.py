"""Permissions after the step: R/W/O for each place in the running function, with what
the step gave (+) and took (−), and why.

The pipeline hands the program's table with its trace (from the borrow checker's own
analysis); the pane reads it the first time it is shown, then one step at a time.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from stackheap_tui.lang.permissions import ORDER
from stackheap_tui.memory.records import Snapshot
from stackheap_tui.trace.permissions import PermissionRow, PermissionSteps, StepPermissions
from stackheap_tui.trace.protocol import TraceView
from stackheap_tui.trace.trace import Trace
from stackheap_tui.view.widgets.pane import SidePane

LEGEND = "R read · W write · O own"


def cells(row: PermissionRow) -> Content:
    """`R W O` for one place: held letters bold, gained `+R` green, lost `−W` red, a letter
    it could hold but doesn't `·`, and one it can never hold (a `&`'s W) blank."""
    parts: list[str | tuple[str, str]] = []
    for letter in ORDER:
        if letter in row.gained:
            parts.append((f"+{letter}", "bold $text-success"))
        elif letter in row.lost:
            parts.append((f"−{letter}", "bold $text-error"))
        elif letter in row.perms:
            parts.append((f" {letter}", "bold"))
        elif letter in row.can:
            parts.append((" ·", "$text-muted"))
        else:
            parts.append(("  ", ""))
        parts.append(" ")
    return Content.assemble(*parts)


def row_content(row: PermissionRow, width: int) -> Content:
    name_style = "$text-muted strike" if row.gone else "bold $text-primary"
    return Content.assemble((row.place.ljust(width), name_style), " ", cells(row))


def shown_rows(permissions: StepPermissions) -> list[PermissionRow]:
    """The rows worth a line: places holding something, or that changed at this step (a
    variable with nothing left says so once, when it loses its last permission, and is not
    mentioned again when its scope ends)."""
    return [row for row in permissions.rows
            if row.perms or (row.reason and (row.lost or not row.gone))]


class PermissionsPane(SidePane):
    """The permissions view, shown in the heap's place (toggled by the app)."""

    DEFAULT_CSS = """
    PermissionsPane {
        & > .legend, & > .note { color: $text-muted; }
        & > .place { height: auto; }
        & > .place > .reason { padding: 0 1 0 3; color: $text-muted; text-style: italic; }
        & > .place > .cells { padding: 0 1; }
        & > .-changed { background: $success 12%; }
        & > .-gone { color: $text-disabled; }
    }
    """

    def __init__(self, shown: bool = False, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.display = shown
        self._trace: TraceView | None = None
        self._steps: PermissionSteps | None = None
        self._step: tuple[int, Snapshot] | None = None

    permissions: reactive[StepPermissions | None] = reactive(None, recompose=True)
    """What the pane shows now (None until it is first shown)."""

    def compose(self) -> ComposeResult:
        permissions = self.permissions
        yield Static(LEGEND, classes="legend")
        if permissions is None:
            return
        if permissions.note:
            yield Static(permissions.note, classes="note")
            return
        rows = shown_rows(permissions)
        if not rows:
            yield Static("No variable holds a permission here.", classes="note")
            return
        width = max(len(row.place) for row in rows)
        for row in rows:
            classes = "-gone" if row.gone else "-changed" if row.gained or row.lost else ""
            with Vertical(classes=f"place {classes}"):
                yield Static(row_content(row, width), classes="cells")
                if row.reason:
                    yield Static(row.reason, classes="reason", markup=False)

    def show_step(self, trace: TraceView, index: int, snapshot: Snapshot) -> None:
        """Step `index` is on screen: draw its permissions now if the pane is visible."""
        if trace is not self._trace:
            self._trace, self._steps = trace, None
        self._step = (index, snapshot)
        if self.display:
            self._draw()

    def reveal_permissions(self, shown: bool) -> None:
        """Show or hide the pane; shown, it draws the step it was last told about."""
        self.display = shown
        if shown:
            self._draw()

    def _draw(self) -> None:
        if self._trace is None or self._step is None:
            return
        if self._steps is None:
            table = self._trace.permissions if isinstance(self._trace, Trace) else None
            if table is None:
                self.permissions = StepPermissions("", (), "No permissions: the program did "
                                                   "not pass the checker.")
                return
            self._steps = PermissionSteps(self._trace, table)
        index, snapshot = self._step
        self.permissions = self._steps.at(index, snapshot)
        function = self.permissions.function
        self.border_subtitle = f"fn {function}" if function else ""

    async def recompose(self) -> None:
        await super().recompose()
        changed = list(self.query(".-changed, .-gone"))
        self.reveal(changed[0] if changed else None)

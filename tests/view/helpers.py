"""Reading what the user sees in a running app: pane text, counter, footer keys."""

from __future__ import annotations

from textual.app import App
from textual.widget import Widget
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from stackheap_tui.memory.records import AllocationView, StaticView
from stackheap_tui.view.widgets.boxes import BoxList
from stackheap_tui.view.widgets.heap import HeapPane, ShownBox
from stackheap_tui.view.widgets.source import SourcePane
from stackheap_tui.view.widgets.stack import ShownRow, StackPane
from stackheap_tui.view.widgets.status import StatusBar


def text_of(widget: Widget) -> str:
    """Every border title and line of text inside `widget`, top to bottom."""
    parts: list[str] = []
    for node in [widget, *widget.query("*")]:
        parts += [str(title) for title in (node.border_title, node.border_subtitle) if title]
        if isinstance(node, SourcePane | BoxList):
            parts.append(node.document().plain)
        elif isinstance(node, Static):
            visual = node.render()
            parts.append(getattr(visual, "plain", str(visual)))
    return "\n".join(parts)


def counter(app: App) -> str:
    return text_of(app.query_one(StatusBar).query_one("#counter"))


def footer_keys(app: App) -> dict[str, bool]:
    """Action name → enabled, as the Footer draws it (a disabled key is greyed out)."""
    return {key.action: not key.has_class("-disabled") for key in app.query(FooterKey)}


def sample_app(path: str) -> App:
    """The app over the real pipeline's run of a program (a bundled sample, say)."""
    from pathlib import Path

    from stackheap_tui.lang.diagnostics import CompileError
    from stackheap_tui.pipeline import load
    from stackheap_tui.view.app import StackHeapApp
    from stackheap_tui.view.failure import Failure

    source = Path(path).read_text(encoding="utf-8")
    try:
        return StackHeapApp(load(source, path))
    except CompileError as error:
        return StackHeapApp(failure=Failure.from_error(error, source, path))


def goto_keys(step: int) -> list[str]:
    """Keys that go to `step` (1-based), as a learner would with `g`."""
    return ["g", *str(step), "enter"]


def slot_rows(app: App) -> list[ShownRow]:
    """The stack's slot rows as drawn now (newest frame first), with their classes."""
    return app.query_one(StackPane).shown_rows()


def heap_blocks(app: App) -> list[ShownBox]:
    """The heap's blocks as drawn now, with their classes."""
    return [box for box in app.query_one(HeapPane).shown_boxes()
            if isinstance(box.item, AllocationView)]


def literals(app: App) -> list[ShownBox]:
    """The static region's literals as drawn now."""
    return [box for box in app.query_one(HeapPane).shown_boxes()
            if isinstance(box.item, StaticView)]


def settled_after(*keys: str):
    """Press `keys`, then wait until the step they lead to is what the screen shows: no
    dialog left over the app (a `g6⏎` jump's) and the stack pane focused again, so the
    selected slot is drawn as the learner sees it (compact panes draw it in full only
    while focused; the focus comes back after the dialog closes, at no fixed time)."""
    import time

    from stackheap_tui.view.widgets.stack import StackPane

    async def run(pilot) -> None:
        await pilot.press(*keys)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            await pilot.pause()
            app = pilot.app
            if len(app.screen_stack) == 1 and isinstance(app.focused, StackPane):
                return
        raise AssertionError(f"the app did not settle after {keys}")

    return run

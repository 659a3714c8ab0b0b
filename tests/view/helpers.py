"""Reading what the user sees in a running app: pane text, counter, footer keys."""

from __future__ import annotations

from textual.app import App
from textual.widget import Widget
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from stackheap_tui.view.widgets.source import SourcePane
from stackheap_tui.view.widgets.status import StatusBar


def text_of(widget: Widget) -> str:
    """Every border title and line of text inside `widget`, top to bottom."""
    parts: list[str] = []
    for node in [widget, *widget.query("*")]:
        parts += [str(title) for title in (node.border_title, node.border_subtitle) if title]
        if isinstance(node, SourcePane):
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

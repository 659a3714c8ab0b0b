"""The `?` screen: every key, and how to read the picture."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from stackheap_tui.view.screens.dialog import Dialog
from stackheap_tui.view.widgets.timeline import LEGEND as TIMELINE_LEGEND

LEGEND = (
    ("highlighted row or block", "what this step changed"),
    ("↶ other highlight", "after stepping back: what the undone step had changed"),
    ("→ 0x5555_0010", "this variable holds a pointer to that address"),
    ("→ arr + 4 B", "a reference into the stack: 4 bytes into `arr`"),
    ("← my_number", "this heap block is pointed to by `my_number`"),
    ("← r (&), m (&mut)", "borrowed by the references `r` (shared) and `m` (mutable)"),
    ("borrowed by r (&)", "a stack variable that a reference points at"),
    ("heavy border, tinted", "what the selected variable points to (↑/↓ select)"),
    ("■■■□ len 3 / cap 4", "a Vec or String buffer: elements in use, room to spare"),
    ("strong 2, weak 0", "an Rc block's counts: it is freed when strong reaches 0"),
    ("static · read-only", "string literals, there for the whole run; &str points here"),
    ("dashed, struck through", "a heap block freed at this step (a tombstone)"),
    ("greyed-out variable", "moved-from or dropped: the name can't be used"),
    ("→ a freed block!", "run anyway (r): a pointer to freed or popped memory"),
    ("R W O", "permissions (w): read, write, own, as the borrow checker sees them"),
    ("+R  −W  ·", "gained / lost at this step; · one it could have but doesn't"),
    *((f"timeline {glyphs}", meaning) for glyphs, meaning in TIMELINE_LEGEND),
    ("timeline ━━", "where you are in the run (reversed)"),
)


def key_rows(
    bindings: Iterable[BindingType], display: Callable[[Binding], str]
) -> list[tuple[str, str]]:
    """(keys, description) rows: one per description, its keys in binding order."""
    rows: dict[str, list[str]] = {}
    for binding in Binding.make_bindings(bindings):
        if binding.description:
            rows.setdefault(binding.description, []).append(display(binding))
    return [(" ".join(keys), description) for description, keys in rows.items()]


class HelpScreen(Dialog[None]):
    """A modal listing the keys; esc, enter or ? closes it."""

    AUTO_FOCUS = "#help"  # the app's own choice (the stack) is not on this screen

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close"),
        Binding("question_mark,enter", "dismiss", "Close", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & > #help {
            width: 76;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            padding: 0 1;
            border: round $accent;
            border-title-style: bold;
            background: $surface;
        }
    }
    """

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help") as box:
            box.border_title = "Keys"
            box.border_subtitle = "esc to close"
            width = max(len(keys) for keys, _ in self.keys)
            yield Static(
                Content("\n").join(
                    Content.assemble((keys.ljust(width + 2), "bold $text-accent"), description)
                    for keys, description in self.keys
                ),
                id="keys",
            )
            yield Static(Content.styled("\nReading the picture", "bold"))
            width = max(len(mark) for mark, _ in LEGEND)
            yield Static(
                Content("\n").join(
                    Content.assemble((mark.ljust(width + 2), "$text-warning"), meaning)
                    for mark, meaning in LEGEND
                )
            )

"""Dialogs that close once: a terminal delivers what was typed in one read (`g 3 ⏎ ⏎`,
`⏎ q`), so keys can still reach a dialog after the key that closed it. Such a dialog
closes only once (a second dismiss would pop the app's own screen), and the keys that
arrive after its closing key go on to whatever is on top once it has closed: `g3⏎q`
jumps, then quits."""

from __future__ import annotations

import contextlib
from typing import Any, TypeVar

from textual import events, on
from textual.await_complete import AwaitComplete
from textual.command import CommandPalette
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, OptionList

ResultType = TypeVar("ResultType")


async def _nothing() -> None:
    return None


def pass_on(screen: Screen[Any], event: events.Key) -> None:
    """A key typed after `screen` closed: handled by the screen now on top."""
    event.stop()
    event.prevent_default()
    screen.app.post_message(events.Key(event.key, event.character))


def _dismiss_once(screen: Screen[Any], closed: bool) -> bool:
    """Whether `screen` may dismiss now: not already closed, and still on top."""
    return not closed and screen.is_current


class Dialog(ModalScreen[ResultType]):
    """A modal screen that dismisses once; keys reaching it afterwards are passed on."""

    closed = False

    def __init__(self) -> None:
        super().__init__()
        self._held: list[events.Key] = []
        self._closing_key: events.Key | None = None
        """The key that closes the dialog, once seen: keys after it wait for the close."""
        self._passed: set[int] = set()
        """Keys the dialog's input let through, bubbling up to the dialog (by id)."""

    def closing(self, event: events.Key) -> None:
        """`event` (enter, say) is to close the dialog: hold the keys typed after it
        (a closing key after the first is one of those)."""
        if self._closing_key is None and not self.closed:
            self._closing_key = event

    def dismiss(self, result: ResultType | None = None) -> AwaitComplete:
        if not _dismiss_once(self, self.closed):
            return AwaitComplete(_nothing())
        self.closed = True
        done = super().dismiss(result)
        self._release()
        return done

    def hold(self, event: events.Key) -> bool:
        """Called for each key that reaches the dialog or its input: True if the key was
        typed after the dialog closed (or after its closing key) and is held, to reach the
        screen on top once the dialog has closed."""
        if id(event) in self._passed:  # already let through by the input, bubbling up
            self._passed.discard(id(event))
            return False
        if not self.closed and self._closing_key in (None, event):
            return False  # still open (or the closing key itself, bubbling up)
        event.stop()
        event.prevent_default()
        if self.closed:
            pass_on(self, event)
        else:
            self._held.append(events.Key(event.key, event.character))
        return True

    def let_through(self, event: events.Key) -> bool:
        """For the dialog's input: `hold`, and a key not held is not held again when it
        bubbles up to the dialog."""
        if self.hold(event):
            return True
        self._passed.add(id(event))
        return False

    def stay_open(self) -> None:
        """The closing key did not close it (a number out of range): the keys held since
        go to the dialog again."""
        self._closing_key = None
        self._release()

    def _release(self) -> None:
        held, self._held = self._held, []
        for key in held:
            self.app.post_message(key)


class Palette(CommandPalette):
    """The command palette, closed once and safe against keys that arrive before its
    list is drawn (ctrl+p then PageDown in one read)."""

    closed = False

    def dismiss(self, result: Any = None) -> AwaitComplete:
        if not _dismiss_once(self, self.closed):
            return AwaitComplete(_nothing())
        self.closed = True
        return super().dismiss(result)

    @on(Input.Submitted)
    @on(Button.Pressed)
    @on(OptionList.OptionSelected)
    def _only_once(self, event: Message) -> None:
        """After the palette closed, a second enter runs nothing (the command runs once)."""
        if self.closed:
            event.stop()
            event.prevent_default()

    def _action_command_list(self, action: str) -> None:
        # The list is not drawn yet (or not there): nothing to move through.
        with contextlib.suppress(KeyError, NoMatches):
            super()._action_command_list(action)

    def _action_cursor_down(self) -> None:
        with contextlib.suppress(KeyError, NoMatches):
            super()._action_cursor_down()

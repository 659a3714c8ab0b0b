"""The command palette (ctrl+p): every stepping action by name, and every bundled lesson.

Commands the app cannot run right now (its `check_action` says so: no next event, no
caller to step out to) are left out, as the Footer greys out their keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from textual.actions import parse
from textual.command import DiscoveryHit, Hit, Hits, Provider

from stackheap_tui import resources


@dataclass(frozen=True, slots=True)
class Command:
    title: str
    help: str
    action: str  # an action string on the app, as in a Binding


def _jumps(noun: str, plural: str, kind: str) -> tuple[Command, Command]:
    return (
        Command(
            f"Next {noun}", f"Jump forward to the next step with {plural}", f"jump('{kind}', 1)"
        ),
        Command(
            f"Previous {noun}", f"Jump back to the last step with {plural}", f"jump('{kind}', -1)"
        ),
    )


COMMANDS: tuple[Command, ...] = (
    Command("Next step", "Run one step (→ l space)", "next"),
    Command("Previous step", "Go back one step (← h)", "back"),
    Command("First step", "Go to the start of the run (home)", "first"),
    Command("Last step", "Go to the end of the run (end)", "last"),
    Command("Go to step…", "Jump to a step by its number (g)", "goto"),
    Command("Next event", "The next step that changes memory or prints (n)", "event(1)"),
    Command("Previous event", "The last step that changed memory or printed (N)", "event(-1)"),
    Command("Step over", "The next step in this function: calls run through (o)", "step_over"),
    Command("Step out", "Run until this function returns to its caller (u)", "step_out"),
    *_jumps("allocation", "a heap allocation", "alloc"),
    *_jumps("drop", "a drop", "drop"),
    *_jumps("move", "a move", "move"),
    *_jumps("call", "a function call", "call"),
    *_jumps("return", "a function return", "return"),
    *_jumps("panic", "a panic", "panic"),
    Command("Explanation", "More lines for the explanation; ↑/↓ scroll it (e)", "explain"),
    Command("Predict mode", "Guess what each memory step does before seeing it (p)", "predict"),
    Command("Permissions", "R/W/O of each place at this step, in the heap's place (w)",
            "permissions"),
    Command("Bytes in memory", "The selected variable's bytes as rustc lays them out: "
            "field offsets, padding, tag or niche, in the heap's place (m)", "bytes"),
    Command("Run it anyway", "Step a program only the borrow checker rejects, to see the "
            "memory error it prevents; again: back to the errors (r)", "run_anyway"),
    Command("Pick thread", "Where several threads could run, run again with the next of "
            "them picked at that step (t)", "pick_thread"),
    Command("Lessons", "Browse the bundled lessons (b)", "samples"),
    Command("Open a file…", "Open another Rust file by its path (f)", "open_file"),
    Command("Save screenshot", "Save this step as an SVG in the current folder (s)", "screenshot"),
    Command("Help", "Every key, and how to read the picture (?)", "help"),
    Command("Suspend", "Back to the shell until `fg`, then this same step (ctrl+z)",
            "suspend_process"),
)


class StepperCommands(Provider):
    """The app's actions and the bundled lessons, for the command palette."""

    def _commands(self) -> list[tuple[str, str, str]]:
        """(title, help, action) for everything usable now."""
        app = self.app
        found: list[tuple[str, str, str]] = []
        for command in COMMANDS:
            _, name, params = parse(command.action)
            if app.check_action(name, params):
                found.append((command.title, command.help, command.action))
        for number, sample in enumerate(resources.list_samples(), start=1):
            found.append(
                (
                    f"Open lesson {number}: {sample.title}",
                    sample.watch or sample.name,
                    f"open_sample({sample.name!r})",
                )
            )
        return found

    async def discover(self) -> Hits:
        for title, help_text, action in self._commands():
            yield DiscoveryHit(title, partial(self.app.run_action, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, action in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(title), partial(self.app.run_action, action),
                    help=help_text,
                )

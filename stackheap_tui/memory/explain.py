"""Explanations written only for the steps a user looks at.

Recording a million steps must not format a million sentences with rendered
values. A step stores its sentence as a string when the sentence is fixed, or as
a small object that renders it from the memory after the step, called only when
the step is shown (values are immutable, so rendering later gives the same text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from stackheap_tui.memory.records import format_address
from stackheap_tui.memory.render import render_value

if TYPE_CHECKING:
    from stackheap_tui.memory.state import Memory


class Lazy(Protocol):
    def render(self, memory: Memory) -> str: ...


Part = str | Lazy
Explanation = str | Lazy


class LazyText:
    """A sentence in parts; `render` fills in the values."""

    __slots__ = ("parts",)

    def __init__(self, parts: tuple[Part, ...]) -> None:
        self.parts = parts

    def render(self, memory: Memory) -> str:
        return "".join(part if isinstance(part, str) else part.render(memory)
                       for part in self.parts).strip()


class ShownValue:
    """A value (of Rust type `ty`) as the picture shows it."""

    __slots__ = ("ty", "value")

    def __init__(self, value: Any, ty: Any) -> None:
        self.value = value
        self.ty = ty

    def render(self, memory: Memory) -> str:
        return render_value(self.value, self.ty, memory)


class Assigned:
    """“`x` is now 5 (was 4).”: the note of an assignment that dropped nothing."""

    __slots__ = ("head", "old", "ty", "value")

    def __init__(self, head: str, value: Any, old: Any, ty: Any) -> None:
        self.head = head  # "`x` is now "
        self.value = value
        self.old = old  # None: nothing was there before
        self.ty = ty

    def render(self, memory: Memory) -> str:
        text = self.head + render_value(self.value, self.ty, memory)
        if self.old is not None:
            text += f" (was {render_value(self.old, self.ty, memory)})"
        return text + "."


class LastOutput:
    """“`println!` prints “…” to stdout.”: the text is the last output at the step."""

    __slots__ = ("macro", "stream")

    def __init__(self, macro: str, stream: str) -> None:
        self.macro = macro
        self.stream = stream

    def render(self, memory: Memory) -> str:
        out = memory.outputs[memory.output_count - 1][1] if memory.output_count else ""
        return f"`{self.macro}!` prints “{out.rstrip(chr(10))}” to {self.stream}."


class Bound:
    """“Next iteration of `for x in …`: `x` = 3.”: a loop head's bindings.

    One object per loop, not per iteration: the values are read back from the
    picture, where the head's step has just pushed them as the top slots of the frame.
    """

    __slots__ = ("head", "names")

    def __init__(self, head: str, names: tuple[str, ...]) -> None:
        self.head = head
        self.names = names

    def render(self, memory: Memory) -> str:
        if not self.names:
            return self.head + "no binding."
        slots = memory.frames[-1].slots[-len(self.names):]
        shown = ", ".join(f"`{slot.name}` = {render_value(slot.value, slot.ty, memory)}"
                          for slot in slots)
        return f"{self.head}{shown}."


class LetText:
    """A `let`'s sentence, decided when the code was compiled: `\0F` stands for the
    frame's function, `\0A` for the slot's address and `\0S` for the value as drawn."""

    __slots__ = ("address", "function", "template", "ty", "value")

    def __init__(self, template: str, function: str, address: int, value: Any,
                 ty: Any) -> None:
        self.template = template
        self.function = function
        self.address = address
        self.value = value
        self.ty = ty

    def render(self, memory: Memory) -> str:
        text = self.template.replace("\0F", self.function)
        text = text.replace("\0A", format_address(self.address))
        if "\0S" in text:
            shown = render_value(self.value, self.ty, memory) if self.value is not None else "?"
            text = text.replace("\0S", shown)
        return text

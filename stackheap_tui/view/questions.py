"""Predict mode's questions, built from the trace: what will the next step do to memory?

`question_for` compares the picture before a step with the picture after it, so every
answer is what the program really did. Steps it cannot ask a fair question about get
None, and the learner simply steps on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stackheap_tui.lang.span import Span
from stackheap_tui.memory.records import SlotState, SlotView, Snapshot, StepInfo, StepKind
from stackheap_tui.view.numbers import format_size

MAX_CHOICES = 4
# `let b = a;`, `let mut b: T = a;` or `b = a;`: a plain copy-or-move of one variable.
_BIND_FROM_NAME = re.compile(r"^(?:let\s+(?:mut\s+)?)?(\w+)\s*(?::[^=]+)?=\s*(\w+)\s*;?$")


@dataclass(frozen=True, slots=True)
class Question:
    prompt: str
    code: str  # the statement the step runs, as written
    line: int  # where it starts
    choices: tuple[str, ...]
    answer: int  # index into `choices`
    explanation: str  # the step's own explanation, shown with the answer

    @property
    def answer_text(self) -> str:
        return self.choices[self.answer]


def question_for(before: Snapshot, after: Snapshot, info: StepInfo, source: str) -> Question | None:
    """A multiple-choice question about step `info`, or None if there is no fair one."""
    code = _code_of(info.span, source)
    for ask in (_dropped, _copied_or_moved, _allocated, _scope_end):
        question = ask(before, after, info, code)
        if question is not None:
            return question
    return None


def _question(
    prompt: str, code: str, choices: tuple[str, ...], answer: int, info: StepInfo
) -> Question:
    return Question(prompt, code, info.span.line, choices, answer, info.explanation)


def _code_of(span: Span, source: str) -> str:
    if span.end <= span.start or span.end > len(source):
        return ""
    return " ".join(source[span.start : span.end].split())


def _slot_pairs(before: Snapshot, after: Snapshot) -> list[tuple[SlotView, SlotView]]:
    """Each slot present at both steps, as (before, after), newest frame first."""
    pairs = []
    for frame_before, frame_after in zip(before.frames, after.frames, strict=False):
        pairs += list(zip(frame_before.slots, frame_after.slots, strict=False))
    return list(reversed(pairs))


def _live_names(snapshot: Snapshot) -> list[str]:
    """Live variables, newest frame and newest slot first, each name once."""
    names: list[str] = []
    for frame in reversed(snapshot.frames):
        for slot in reversed(frame.slots):
            if slot.state is SlotState.LIVE and slot.name not in names:
                names.append(slot.name)
    return names


def _choices(answer: str, others: list[str]) -> tuple[tuple[str, ...], int]:
    """Up to MAX_CHOICES choices including `answer`, in a stable (alphabetical) order."""
    picked = sorted({answer, *[o for o in others if o != answer][: MAX_CHOICES - 1]})
    return tuple(picked), picked.index(answer)


def _dropped(before: Snapshot, after: Snapshot, info: StepInfo, code: str) -> Question | None:
    if info.kind is not StepKind.DROP:
        return None
    dropped = [
        old.name
        for old, new in _slot_pairs(before, after)
        if old.state is SlotState.LIVE and new.state is SlotState.DROPPED and old.name == new.name
    ]
    if not dropped:
        return None
    nothing = "nothing: no value is dropped here"
    others = [name for name in _live_names(before) if name not in dropped]
    choices, answer = _choices(f"`{dropped[0]}`", [f"`{name}`" for name in others])
    if len(choices) < 2:
        choices, answer = (choices[0], nothing), 0
    return _question("Which value is dropped next?", code, choices, answer, info)


def _copied_or_moved(
    before: Snapshot, after: Snapshot, info: StepInfo, code: str
) -> Question | None:
    if info.kind not in (StepKind.MOVE, StepKind.STATEMENT):
        return None
    match = _BIND_FROM_NAME.match(code)
    if match is None:
        return None
    source_name = match.group(2)
    source = before.slot(source_name)
    if source is None or source.state is not SlotState.LIVE:
        return None
    was_moved = any(
        old.name == source_name and new.state is SlotState.MOVED and old.state is SlotState.LIVE
        for old, new in _slot_pairs(before, after)
    )
    if not was_moved and info.kind is StepKind.MOVE:
        return None  # a move of something else (a temporary): not this question
    choices = (
        f"copy: `{source_name}` ({source.type_name}) stays usable",
        f"move: `{source_name}` ({source.type_name}) can no longer be used",
    )
    return _question(
        f"Does this copy or move `{source_name}`?", code, choices, 1 if was_moved else 0, info
    )


def _allocated(before: Snapshot, after: Snapshot, info: StepInfo, code: str) -> Question | None:
    if info.kind is not StepKind.ALLOC:
        return None
    old = {block.address for block in before.heap if not block.freed}
    new = [block for block in after.heap if not block.freed and block.address not in old]
    if len(new) != 1:
        return None
    size = new[0].size
    distractors = [s for s in (size * 2, size // 2, 8, 24, 4, 16, 1) if s > 0 and s != size]
    sizes = sorted({size, *list(dict.fromkeys(distractors))[: MAX_CHOICES - 1]})
    return _question(
        f"How many bytes will this step allocate on the heap, for a value of type "
        f"`{new[0].type_name}`?",
        code,
        tuple(format_size(s) for s in sizes),
        sizes.index(size),
        info,
    )


def _scope_end(before: Snapshot, after: Snapshot, info: StepInfo, code: str) -> Question | None:
    if info.kind is not StepKind.SCOPE_END or len(before.frames) != len(after.frames):
        return None
    if not before.frames:
        return None
    leaving = len(before.frames[-1].slots) - len(after.frames[-1].slots)
    if leaving < 0:
        return None
    counts = sorted({leaving, *range(max(0, leaving - 1), leaving + 3)})[:MAX_CHOICES]
    if leaving not in counts:
        return None
    return _question(
        "How many variables leave the stack at this closing brace?",
        code,
        tuple(str(count) for count in counts),
        counts.index(leaving),
        info,
    )

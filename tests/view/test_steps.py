"""The step index behind jumps and the timeline: asked once per step, searched cheaply."""

from __future__ import annotations

from dataclasses import dataclass, field

from stackheap_tui.lang.span import Span
from stackheap_tui.memory.records import Outcome, Snapshot, StepInfo, StepKind
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.steps import UNKNOWN, FastStepFacts, StepIndex
from stackheap_tui.view.widgets.timeline import Timeline
from tests.view.fake_trace import calls_trace
from tests.view.helpers import counter


def test_each_step_is_asked_once_and_kept():
    trace = calls_trace()
    asked: list[int] = []
    original = trace.step

    def step(index: int) -> StepInfo:
        asked.append(index)
        return original(index)

    trace.step = step  # type: ignore[method-assign]
    index = StepIndex(trace)
    assert index.kind(2) is StepKind.ALLOC and index.depth(2) == 2
    assert index.is_event(2)
    assert index.indexed_prefix == 0  # known out of order: the prefix waits for 0 and 1
    index.fill(100)
    assert index.complete and index.indexed_prefix == 9
    assert sorted(asked) == list(range(9))  # step 2 was not asked twice


def test_searches_in_both_directions_and_by_kind():
    index = StepIndex(calls_trace())
    assert index.next_of_kind(0, frozenset({StepKind.DROP})) == 7
    assert index.next_of_kind(8, frozenset({StepKind.ALLOC}), -1) == 2
    assert index.next_of_kind(8, frozenset({StepKind.CALL}), 1) is None
    assert index.step_over(0) == 3  # past make_box's call and body
    assert index.step_out(2) == 3
    assert index.step_out(4) is None  # main has no caller


def test_cheap_searches_say_unknown_instead_of_indexing():
    index = StepIndex(calls_trace())
    assert index.next_of_kind(0, frozenset({StepKind.PANIC}), indexed_only=True) is UNKNOWN
    assert index.next_of_kind(0, frozenset({StepKind.PANIC}), limit=3) is UNKNOWN
    index.fill(100)
    assert index.next_of_kind(0, frozenset({StepKind.PANIC}), indexed_only=True) == 8


@dataclass
class LongRun:
    """A long run offering the fast accessors: a loop in main calling `tick`."""

    path: str = "million.rs"
    source: str = "fn tick() {}\nfn main() {\n    loop { tick(); }\n}\n"
    steps: int = 300_000
    snapshots_taken: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return self.steps

    def kind_at(self, index: int) -> StepKind:
        if index == self.steps - 1:
            return StepKind.PANIC
        return (StepKind.STATEMENT, StepKind.CALL, StepKind.RETURN)[index % 3]

    def depth_at(self, index: int) -> int:
        return 2 if index % 3 == 1 else 1

    def changes_memory_at(self, index: int) -> bool:
        return index % 3 != 0

    def step(self, index: int) -> StepInfo:
        span = Span(3, 12, 3, 19, 36, 43)
        return StepInfo(index, span, self.kind_at(index), f"step {index}",
                        depth=self.depth_at(index))

    def snapshot(self, index: int, *, output: bool = True) -> Snapshot:
        self.snapshots_taken.append(index)
        return Snapshot(index, (), (), "", "")

    @property
    def outcome(self) -> Outcome:
        return Outcome(101, "", "")


async def test_a_long_run_stays_responsive():
    trace = LongRun()
    assert isinstance(trace, FastStepFacts)
    app = StackHeapApp(trace)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()  # indexing, in the background: a few seconds
        await pilot.pause()
        # (How fast each key is answered is measured in bench/, not asserted here.)
        await pilot.press("right", "o", "end", "home", "n", "u")
        assert counter(app) == "step 3 / 300,000"  # home, n: the call; u: back in main
        strip = app.query_one(Timeline).render().plain
        assert strip.endswith("!")  # the panic at the very end is marked
        await app.run_action("jump('panic', 1)")
        assert counter(app) == "step 300,000 / 300,000"

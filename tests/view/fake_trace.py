"""Hand-made traces of the bundled samples, for testing the TUI without the interpreter.

Each mirrors what the real interpreter records for `samples/01_stack_scopes.rs` and
`samples/02_box_heap.rs`: the same steps, spans, slots, sizes and heap blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from stackheap_tui.lang.span import Span
from stackheap_tui.memory.records import (
    AllocationView,
    FrameView,
    Outcome,
    SlotState,
    SlotView,
    Snapshot,
    StepInfo,
    StepKind,
)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

STACK_TOP = 0x7FFC_FFF8
HEAP_BLOCK = 0x5555_0010


def span_of(source: str, text: str, occurrence: int = 1) -> Span:
    """The span of the `occurrence`-th appearance of `text` in `source`."""
    start = -1
    for _ in range(occurrence):
        start = source.index(text, start + 1)
    end = start + len(text)
    line = source.count("\n", 0, start) + 1
    col = start - (source.rfind("\n", 0, start) + 1) + 1
    end_line = source.count("\n", 0, end) + 1
    end_col = end - (source.rfind("\n", 0, end) + 1) + 1
    return Span(line, col, end_line, end_col, start, end)


@dataclass
class FakeTrace:
    """A `TraceView` over a fixed list of steps.

    The box trace names changed slots by index ("slot:0:0"), as the interpreter does; the
    scopes trace by name ("slot:0:x"), as `StepInfo` documents: the view accepts both.
    """

    path: str
    source: str
    steps: list[tuple[StepInfo, Snapshot]]
    exit_code: int = 0
    stopped_early: str | None = None
    snapshots_taken: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.steps)

    def step(self, index: int) -> StepInfo:
        return self.steps[index][0]

    def snapshot(self, index: int, *, output: bool = True) -> Snapshot:
        self.snapshots_taken.append(index)
        return self.steps[index][1]

    @property
    def outcome(self) -> Outcome:
        last = self.steps[-1][1]
        return Outcome(self.exit_code, last.stdout, last.stderr, self.stopped_early)


class _Builder:
    """Appends steps, numbering them and their snapshots."""

    def __init__(self, path: str, source: str | None = None) -> None:
        self.path = path
        if source is None:
            source = (SAMPLES / Path(path).name).read_text(encoding="utf-8")
        self.source = source
        self.steps: list[tuple[StepInfo, Snapshot]] = []

    def add(
        self,
        text: str,
        kind: StepKind,
        explanation: str,
        frames: tuple[FrameView, ...],
        heap: tuple[AllocationView, ...] = (),
        stdout: str = "",
        changed: frozenset[str] = frozenset(),
        occurrence: int = 1,
        depth: int | None = None,
        stderr: str = "",
    ) -> None:
        index = len(self.steps)
        depth = len(frames) if depth is None else depth
        span = span_of(self.source, text, occurrence)
        info = StepInfo(index, span, kind, explanation, changed, depth)
        self.steps.append((info, Snapshot(index, frames, heap, stdout, stderr)))

    def trace(self) -> FakeTrace:
        return FakeTrace(self.path, self.source, self.steps)


def box_heap_trace() -> FakeTrace:
    """`samples/02_box_heap.rs`: Box::new(42), println!, the drop at main's `}`."""
    b = _Builder("samples/02_box_heap.rs")
    main_brace = "}"  # main's closing brace: the last `}` in the file
    closing = b.source.count(main_brace)
    my_number = SlotView("my_number", "Box<i32>", 8, STACK_TOP, "0x5555_0010", points_to=HEAP_BLOCK)
    block = AllocationView(HEAP_BLOCK, 4, "i32", "42", "my_number")
    printed = "My number is: 42\n"
    b.add(
        "fn main() {",
        StepKind.START,
        "The program starts: main's frame is pushed onto the stack.",
        (FrameView("main", None, ()),),
    )
    b.add(
        "let my_number = Box::new(42);",
        StepKind.ALLOC,
        "`Box::new(42)` allocated 4 bytes on the heap at 0x5555_0010; "
        "`my_number` (8 bytes on the stack) points to it.",
        (FrameView("main", None, (my_number,)),),
        (block,),
        changed=frozenset({"slot:0:0", f"heap:{HEAP_BLOCK}"}),
    )
    b.add(
        'println!("My number is: {}", *my_number);',
        StepKind.OUTPUT,
        "`*my_number` follows the pointer to the heap and reads 42; println! prints it.",
        (FrameView("main", None, (my_number,)),),
        (block,),
        stdout=printed,
    )
    dropped = SlotView(
        "my_number",
        "Box<i32>",
        8,
        STACK_TOP,
        "0x5555_0010",
        SlotState.DROPPED,
        HEAP_BLOCK,
        "dropped",
    )
    b.add(
        main_brace,
        StepKind.DROP,
        "main's scope ends: `my_number` is dropped, and the Box frees its 4 heap bytes.",
        (FrameView("main", None, (dropped,)),),
        (
            AllocationView(
                HEAP_BLOCK, 4, "i32", "42", "my_number", True, "freed by dropping `my_number`"
            ),
        ),
        stdout=printed,
        changed=frozenset({"slot:0:0", f"heap:{HEAP_BLOCK}"}),
        occurrence=closing,
    )
    b.add(
        main_brace,
        StepKind.END,
        "main returns: its frame is popped and the stack is empty.",
        (),
        stdout=printed,
        occurrence=closing,
    )
    return b.trace()


def stack_scopes_trace() -> FakeTrace:
    """`samples/01_stack_scopes.rs`: x and y in main, z in a block that ends."""
    b = _Builder("samples/01_stack_scopes.rs")
    x = SlotView("x", "i32", 4, STACK_TOP + 4, "5")
    y = SlotView("y", "i32", 4, STACK_TOP, "10")
    z = SlotView("z", "i32", 4, STACK_TOP - 4, "15")
    sums = "The sum is: 15\n"
    both = sums + "Variables `x` and `y` are still in scope: 5, 10\n"

    def main(*slots: SlotView) -> tuple[FrameView, ...]:
        return (FrameView("main", None, slots),)

    b.add("fn main() {", StepKind.START, "The program starts: main's frame is pushed.", main())
    b.add(
        "let x = 5;",
        StepKind.STATEMENT,
        "`x` gets 4 bytes in main's frame and holds 5.",
        main(x),
        changed=frozenset({"slot:0:x"}),
    )
    b.add(
        "let y = 10;",
        StepKind.STATEMENT,
        "`y` gets 4 bytes in main's frame and holds 10.",
        main(x, y),
        changed=frozenset({"slot:0:y"}),
    )
    b.add(
        "let z = x + y;",
        StepKind.STATEMENT,
        "The block's `z` gets 4 bytes and holds x + y = 15.",
        main(x, y, z),
        changed=frozenset({"slot:0:z"}),
    )
    b.add(
        'println!("The sum is: {}", z);',
        StepKind.OUTPUT,
        "println! prints the sum.",
        main(x, y, z),
        stdout=sums,
    )
    b.add(
        "} // `z`",
        StepKind.SCOPE_END,
        "The block ends: `z` leaves the stack; `x` and `y` stay.",
        main(x, y),
        stdout=sums,
    )
    b.add(
        'println!("Variables',
        StepKind.OUTPUT,
        "println! prints `x` and `y`, still in scope.",
        main(x, y),
        stdout=both,
    )
    b.add(
        "} // `x` and `y`",
        StepKind.END,
        "main returns: `x` and `y` leave the stack with its frame.",
        (),
        stdout=both,
    )
    return b.trace()


CALLS_SOURCE = """\
fn make_box(n: i32) -> Box<i32> {
    let b = Box::new(n);
    b
}

fn main() {
    let a = make_box(7);
    let c = a;
    let x = 1;
    let y = x;
    drop(c);
    let v = 10 / (x - 1);
}
"""

CALLER_BLOCK = 0x5555_0010
PANIC_MESSAGE = (
    "thread 'main' panicked at calls.rs:12:13:\nattempt to divide by zero\n"
    "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"
)


def calls_trace() -> FakeTrace:
    """A synthetic run with what the bundled samples lack so far: a call and its return,
    a move, a copy, an explicit drop leaving a tombstone, and a panic (exit 101)."""
    b = _Builder("calls.rs", CALLS_SOURCE)
    top = STACK_TOP
    boxed = "0x5555_0010"

    def box_slot(name: str, address: int, state: SlotState = SlotState.LIVE, note: str = ""):
        return SlotView(name, "Box<i32>", 8, address, boxed, state, CALLER_BLOCK, note)

    a_uninit = SlotView("a", "Box<i32>", 8, top, "?", SlotState.UNINIT)
    n = SlotView("n", "i32", 4, top - 0x20, "7")
    block = AllocationView(CALLER_BLOCK, 4, "i32", "7", "make_box::b")
    main_frame = lambda *slots: FrameView("main", None, slots)  # noqa: E731
    b.add("fn main() {", StepKind.START, "The program starts: main's frame is pushed.", (main_frame(),))
    b.add(
        "make_box(7)",
        StepKind.CALL,
        "`make_box(7)` is called: a frame for `make_box` is pushed, `n` holds 7.",
        (main_frame(a_uninit), FrameView("make_box", 7, (n,))),
        changed=frozenset({"slot:1:0"}),
    )
    b.add(
        "let b = Box::new(n);",
        StepKind.ALLOC,
        "`Box::new(n)` allocates 4 bytes on the heap at 0x5555_0010; `b` points to it.",
        (main_frame(a_uninit), FrameView("make_box", 7, (n, box_slot("b", top - 0x28)))),
        (block,),
        changed=frozenset({"slot:1:1", f"heap:{CALLER_BLOCK}"}),
    )
    owned = AllocationView(CALLER_BLOCK, 4, "i32", "7", "a")
    b.add(
        "    b",
        StepKind.RETURN,
        "`make_box` returns `b`: the Box moves into `a`; make_box's frame is popped.",
        (main_frame(box_slot("a", top)),),
        (owned,),
        changed=frozenset({"slot:0:0", f"heap:{CALLER_BLOCK}"}),
    )
    moved_a = box_slot("a", top, SlotState.MOVED, "moved → c")
    c = box_slot("c", top - 8)
    b.add(
        "let c = a;",
        StepKind.MOVE,
        "`let c = a;` moves the Box: `a`'s 8 bytes are copied to `c`; `a` can no longer be used.",
        (main_frame(moved_a, c),),
        (AllocationView(CALLER_BLOCK, 4, "i32", "7", "c"),),
        changed=frozenset({"slot:0:0", "slot:0:1", f"heap:{CALLER_BLOCK}"}),
    )
    x = SlotView("x", "i32", 4, top - 12, "1")
    b.add(
        "let x = 1;",
        StepKind.STATEMENT,
        "`x` gets 4 bytes and holds 1.",
        (main_frame(moved_a, c, x),),
        (AllocationView(CALLER_BLOCK, 4, "i32", "7", "c"),),
        changed=frozenset({"slot:0:2"}),
    )
    y = SlotView("y", "i32", 4, top - 16, "1")
    b.add(
        "let y = x;",
        StepKind.STATEMENT,
        "`let y = x;` copies the i32: `x` stays usable.",
        (main_frame(moved_a, c, x, y),),
        (AllocationView(CALLER_BLOCK, 4, "i32", "7", "c"),),
        changed=frozenset({"slot:0:3"}),
    )
    dropped_c = box_slot("c", top - 8, SlotState.DROPPED, "dropped")
    tombstone = AllocationView(CALLER_BLOCK, 4, "i32", "7", "c", True, "freed by dropping `c`")
    b.add(
        "drop(c);",
        StepKind.DROP,
        "`drop(c)` drops the Box: its 4 heap bytes at 0x5555_0010 are freed.",
        (main_frame(moved_a, dropped_c, x, y),),
        (tombstone,),
        changed=frozenset({"slot:0:1", f"heap:{CALLER_BLOCK}"}),
    )
    b.add(
        "10 / (x - 1)",
        StepKind.PANIC,
        "`10 / (x - 1)` divides by zero: the program panics and exits with status 101.",
        (main_frame(moved_a, dropped_c, x, y),),
        stderr=PANIC_MESSAGE,
    )
    trace = b.trace()
    trace.exit_code = 101
    return trace

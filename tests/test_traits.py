"""Traits and generics as a learner sees them: which copy of a generic function or a
trait method runs (the frame's title), where `fmt`'s `Formatter` points, the output
written mid-line by a hand-written `Display`, and the stack pane in the app."""

from __future__ import annotations

from stackheap_tui.memory.records import StepKind
from stackheap_tui.pipeline import load
from stackheap_tui.trace.trace import Trace
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.widgets.stack import StackPane
from tests.view.helpers import text_of

PROGRAM = """\
use std::fmt;

trait Summary {
    fn author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }
}

struct Tweet {
    user: String,
}

impl Summary for Tweet {
    fn author(&self) -> String {
        format!("@{}", self.user)
    }
}

impl fmt::Display for Tweet {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", self.user)
    }
}

fn notify(item: &impl Summary) -> usize {
    item.summarize().len()
}

fn size<T>(_x: &T) -> usize {
    std::mem::size_of::<T>()
}

fn main() {
    let t = Tweet { user: String::from("rust") };
    let n = notify(&t);
    println!("{} {} {} {}", n, t, size(&1u8), size(&t));
}
"""


def trace() -> Trace:
    return load(PROGRAM, "traits.rs")


def frames_at_calls(run: Trace) -> list[str]:
    return [run.snapshot(i).frames[-1].function for i in range(len(run))
            if run.step(i).kind is StepKind.CALL]


def test_each_call_names_the_copy_or_impl_that_runs() -> None:
    assert frames_at_calls(trace()) == [
        "notify::<Tweet>", "<Tweet as Summary>::summarize", "<Tweet as Summary>::author",
        "size::<u8>", "size::<Tweet>",  # format_args! evaluates its arguments first
        "<Tweet as fmt::Display>::fmt"]


def test_a_generic_copy_computes_size_of_for_its_own_type_and_display_runs_mid_line() -> None:
    run = trace()
    assert run.snapshot(len(run) - 1).stdout == "25 <rust> 1 24\n"


def test_fmt_gets_self_and_a_formatter_outside_the_picture() -> None:
    run = trace()
    at = next(i for i in range(len(run)) if run.step(i).kind is StepKind.CALL
              and run.snapshot(i).frames[-1].function.endswith("::fmt"))
    snap = run.snapshot(at)
    slots = {s.name: (s.type_name, s.size) for s in snap.frames[-1].slots}
    assert slots == {"self": ("&Tweet", 8), "f": ("&mut Formatter", 8)}
    # what `println!` wrote before the value is out already, as a Rust binary writes it
    assert snap.stdout == "25 "


async def test_the_stack_pane_titles_the_monomorphised_frame() -> None:
    run = trace()
    app = StackHeapApp(run)
    first_call = next(i for i in range(len(run)) if run.step(i).kind is StepKind.CALL)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(first_call):
            await pilot.press("right")
        assert "notify::<Tweet>" in text_of(app.query_one(StackPane))


async def test_the_app_draws_fmt_frame_with_its_formatter_pointer() -> None:
    run = trace()
    app = StackHeapApp(run)
    at = next(i for i in range(len(run)) if run.step(i).kind is StepKind.CALL
              and run.snapshot(i).frames[-1].function.endswith("::fmt"))
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(at):
            await pilot.press("right")
        stack = text_of(app.query_one(StackPane))
        assert "<Tweet as fmt::Display>::fmt" in stack
        # Too many slots to draw each in full at 120x40: the selected one shows its type.
        pane = app.query_one(StackPane)
        pane.cursor = [row.slot.name for row in pane.shown_rows()].index("f")
        await pilot.pause()
        assert "&mut Formatter" in text_of(pane)
        await pilot.press("right")  # its return: the value written, the frame popped
        assert "fmt::Display" not in text_of(app.query_one(StackPane))

"""A long output: the pane shows its newest lines, read from the run's output log, and a
step never joins all that was printed (10 MB printed used to cost seconds per step)."""

from __future__ import annotations

import pytest

from stackheap_tui.memory.state import Memory
from stackheap_tui.pipeline import load
from stackheap_tui.view.app import StackHeapApp
from stackheap_tui.view.output_log import TAIL_LINES, OutputIndex
from stackheap_tui.view.widgets.output import OutputPane
from tests.view.helpers import counter, text_of


def printing(lines: int) -> str:
    return (f"fn main() {{\n    let mut i = 0;\n    while i < {lines} {{\n"
            '        println!("line {i}");\n        i += 1;\n    }\n'
            '    eprint!("warn");\n    eprintln!(" {}", i);\n}\n')


def output_lines(app: StackHeapApp) -> list[str]:
    return text_of(app.query_one(OutputPane)).split("\n")[1:]  # (after the pane's title)


async def test_the_pane_shows_the_newest_lines_and_counts_the_rest(monkeypatch) -> None:
    app = StackHeapApp(load(printing(1000), "p.rs"))

    def joined(self: Memory, stream: str) -> str:
        raise AssertionError("a step joined the whole output")

    monkeypatch.setattr(Memory, "output_text", joined)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("end")
        shown = output_lines(app)
        hidden = 1000 - TAIL_LINES
        assert shown[0] == f"  … {hidden:,} earlier lines of stdout (all of it: --run)"
        assert shown[1:TAIL_LINES + 1] == [f"  line {i}" for i in range(hidden, 1000)]
        assert shown[TAIL_LINES + 1:] == ["▸ warn 1000"]
        # Back to the step that printed line 998: its own tail, line 998 new (the newest).
        while not output_lines(app)[-1].startswith("▸ line 998"):
            await pilot.press("left")
        assert output_lines(app)[0] == (f"  … {hidden - 1:,} earlier lines of stdout "
                                       "(all of it: --run)")
        assert output_lines(app)[-2:] == ["  line 997", "▸ line 998"]
        await pilot.press("home")
        assert counter(app).startswith("step 1 /")
        assert output_lines(app) == ["Nothing printed yet."]


@pytest.mark.parametrize("count", [0, 1, 2, 3, 5, 6])
def test_a_tail_is_the_end_of_the_joined_stream(count: int) -> None:
    chunks = [("stdout", "a\nb"), ("stderr", "E1\n"), ("stdout", "c\n"), ("stdout", "d"),
              ("stderr", "E2"), ("stdout", "e\nf\ng\n")]
    index = OutputIndex(chunks)
    for stream in ("stdout", "stderr"):
        whole = "".join(text for name, text in chunks[:count] if name == stream)
        for lines in (1, 2, 10):
            tail = index.tail(stream, count, lines=lines)
            assert whole[tail.start:] == tail.text
            assert whole[:tail.start].count("\n") == tail.hidden
            kept = tail.text.split("\n")
            assert len(kept) - (kept[-1] == "") <= lines
        assert index.length(stream, count) == len(whole)
    cut = index.tail("stdout", 6, lines=10, most=3)
    assert cut.text == "f\ng\n"[-3:] and cut.start == len("a\nbc\nde\nf\ng\n") - 3

"""`--json`: the trace as JSON, checked field by field against the trace itself."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from stackheap_tui.memory.records import Outcome, Snapshot, StepInfo
from stackheap_tui.view.export import MAX_SNAPSHOTS, snapshot_interval, write_json
from tests.view.fake_trace import FakeTrace, calls_trace


class _Recorded:
    """A `FakeTrace` as the exports read a run: what each step printed, and pictures
    whose output they do not ask for."""

    def __init__(self, fake: FakeTrace) -> None:
        self.fake = fake
        self.path, self.source = fake.path, fake.source

    def __len__(self) -> int:
        return len(self.fake)

    def step(self, index: int) -> StepInfo:
        return self.fake.step(index)

    @property
    def outcome(self) -> Outcome:
        return self.fake.outcome

    def snapshot(self, index: int, *, output: bool = True,
                 newest: int | None = None) -> Snapshot:
        return self.fake.snapshot(index)

    def walk(self, *, newest: int | None = None,
             every: int = 1) -> Iterator[tuple[StepInfo, Snapshot | None]]:
        last = len(self) - 1
        for index in range(len(self)):
            drawn = index % every == 0 or index == last
            yield self.step(index), self.snapshot(index) if drawn else None

    def printed_at(self, index: int) -> tuple[tuple[str, str], ...]:
        now = self.fake.steps[index][1]
        before = self.fake.steps[index - 1][1] if index else None
        printed = []
        for stream in ("stdout", "stderr"):
            text = getattr(now, stream)[len(getattr(before, stream)) if before else 0:]
            if text:
                printed.append((stream, text))
        return tuple(printed)


def _check_snapshot(data: dict, snapshot: Snapshot, outcome: Outcome) -> None:
    assert [frame["function"] for frame in data["frames"]] == [
        frame.function for frame in snapshot.frames
    ]
    for frame_data, frame in zip(data["frames"], snapshot.frames, strict=True):
        assert frame_data["call_line"] == frame.call_line
        assert [
            (s["name"], s["type"], s["size"], s["address"], s["value"], s["state"],
             s["points_to"], s["note"])
            for s in frame_data["slots"]
        ] == [
            (s.name, s.type_name, s.size, s.address, s.value, s.state.value, s.points_to, s.note)
            for s in frame.slots
        ]
    assert [
        (b["address"], b["size"], b["type"], b["value"], b["owner"], b["freed"], b["note"])
        for b in data["heap"]
    ] == [
        (b.address, b.size, b.type_name, b.value, snapshot.owner_of(b), b.freed, b.note)
        for b in snapshot.heap
    ]
    # The output is written once, in `outcome`; a picture says how much had been printed.
    assert "stdout" not in data and "stderr" not in data
    assert outcome.stdout[:data["stdout_len"]] == snapshot.stdout
    assert outcome.stderr[:data["stderr_len"]] == snapshot.stderr


def _check_step(data: dict, info: StepInfo) -> None:
    span = info.span
    assert data["index"] == info.index
    assert (data["line"], data["col"], data["end_line"], data["end_col"]) == (
        span.line, span.col, span.end_line, span.end_col
    )
    assert data["kind"] == info.kind.value
    assert data["explanation"] == info.explanation
    assert data["depth"] == info.depth
    assert data["changed"] == sorted(info.changed)


@pytest.mark.parametrize("sample", ["samples/01_stack_scopes.rs", "samples/02_box_heap.rs"])
def test_json_of_a_sample_matches_its_trace(sample):
    from stackheap_tui.pipeline import load
    from tests.expectations import run_cli

    result = run_cli("--json", sample)
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    trace = load(Path(sample).read_text(encoding="utf-8"), sample)
    assert data["format"] == "stackheap-tui trace" and data["version"] == 3
    assert (data["path"], data["source"]) == (sample, trace.source)
    outcome = trace.outcome
    assert data["outcome"] == {
        "exit_code": outcome.exit_code,
        "stdout": outcome.stdout,
        "stderr": outcome.stderr,
        "stopped_early": outcome.stopped_early,
    }
    assert data["step_count"] == len(trace) == len(data["steps"])
    assert data["snapshot_every"] == 1  # a short run: every step carries its picture
    for index, step in enumerate(data["steps"]):
        _check_step(step, trace.step(index))
        _check_snapshot(step["snapshot"], trace.snapshot(index), outcome)


def test_json_of_a_panicking_run_keeps_the_panic_and_exit_code():
    out = io.StringIO()
    trace = calls_trace()
    write_json(_Recorded(trace), out)
    data = json.loads(out.getvalue())
    assert data["outcome"]["exit_code"] == 101
    last = data["steps"][-1]
    assert last["kind"] == "panic"
    stderr = data["outcome"]["stderr"]
    assert "attempt to divide by zero" in stderr
    assert last["snapshot"]["stderr_len"] == len(stderr)
    assert data["steps"][0]["snapshot"]["stderr_len"] == 0
    moved = data["steps"][4]["snapshot"]["frames"][0]["slots"][0]
    assert (moved["name"], moved["state"], moved["note"]) == ("a", "moved", "moved → c")


def test_a_long_run_carries_every_kth_snapshot_and_the_last():
    short = calls_trace()
    steps = [
        (StepInfo(i, info.span, info.kind, info.explanation, info.changed, info.depth), snap)
        for i in range(2_501)
        for info, snap in [short.steps[i % len(short.steps)]]
    ]
    trace = FakeTrace("long.rs", short.source, steps)
    out = io.StringIO()
    write_json(_Recorded(trace), out)
    data = json.loads(out.getvalue())
    every = data["snapshot_every"]
    assert every == snapshot_interval(2_501) == 3
    with_snapshot = [step["index"] for step in data["steps"] if "snapshot" in step]
    assert with_snapshot == [*range(0, 2_501, 3), 2_500]
    assert len(with_snapshot) <= MAX_SNAPSHOTS + 1
    assert [step["index"] for step in data["steps"]] == list(range(2_501))


def test_json_of_a_program_that_does_not_compile_is_its_diagnostic():
    from tests.expectations import run_cli

    result = run_cli("--json", "-", stdin="fn main() { let x = 1; x = 2; }")
    assert result.exit_code == 1
    assert result.stdout == "" and result.stderr.startswith("error[E0384]")


def test_json_carries_vec_capacity_rc_counts_and_the_static_region() -> None:
    from stackheap_tui.pipeline import load

    source = ('use std::rc::Rc;\nfn main() {\n    let s = "hi";\n    let mut v = Vec::new();\n'
              '    v.push(1);\n    let a = Rc::new(5);\n    let b = Rc::clone(&a);\n'
              '    println!("{s} {:?} {}", v, Rc::strong_count(&b));\n}\n')
    trace = load(source, "main.rs")
    out = io.StringIO()
    write_json(trace, out)
    data = json.loads(out.getvalue())
    printing = next(step for step in data["steps"] if step["kind"] == "output")
    last = printing["snapshot"]
    assert [(s["text"], s["size"]) for s in last["statics"]] == [('"hi"', 2)]
    vec_block = next(b for b in last["heap"] if b["kind"] == "vec")
    assert (vec_block["length"], vec_block["capacity"], vec_block["element_size"]) == (1, 4, 4)
    rc_block = next(b for b in last["heap"] if b["kind"] == "rc")
    assert (rc_block["strong"], rc_block["weak"]) == (2, 0)
    assert data["outcome"]["stdout"] == "hi [1] 2\n"


def test_json_writes_the_output_once_and_each_picture_its_length() -> None:
    """A program printing a line per iteration: the JSON grows with the output, not with
    output × snapshots (10 MB printed used to write 5 GB)."""
    from stackheap_tui.pipeline import load

    source = ('fn main() {\n    for i in 0..300 {\n        println!("line {i:04} {}", '
              '"x".repeat(50));\n    }\n    eprintln!("done");\n}\n')
    trace = load(source, "main.rs")
    out = io.StringIO()
    write_json(trace, out)
    text = out.getvalue()
    data = json.loads(text)
    stdout = data["outcome"]["stdout"]
    assert stdout.count("\n") == 300 and data["outcome"]["stderr"] == "done\n"
    # The output appears once (the printing step's explanation quotes its own line).
    assert text.count("\\nline 0150") == 1
    assert len(text) < 5 * len(stdout) + 2_000 * len(data["steps"])
    seen = 0
    for index, step in enumerate(data["steps"]):
        if "snapshot" not in step:
            continue
        picture = step["snapshot"]
        assert picture["stdout_len"] >= seen
        seen = picture["stdout_len"]
        assert stdout[:seen] == trace.snapshot(index).stdout
        assert data["outcome"]["stderr"][:picture["stderr_len"]] == trace.snapshot(index).stderr
    assert seen == len(stdout)


def test_json_of_a_deep_recursion_holds_the_newest_frames_and_counts_the_rest() -> None:
    """A recursion 300 frames deep: each snapshot holds at most `MAX_FRAMES` frames (the
    newest, outermost first) and `frames_omitted` counts the older ones, so the JSON grows
    with the steps, not steps × depth (131,000 frames wrote 3 GB and did not finish)."""
    from stackheap_tui.pipeline import load
    from stackheap_tui.view.export import MAX_FRAMES

    source = ('fn down(n: u64) -> u64 {\n    if n == 300 {\n        return n;\n    }\n'
              '    down(n + 1)\n}\n\nfn main() {\n    println!("{}", down(0));\n}\n')
    trace = load(source, "main.rs")
    out = io.StringIO()
    write_json(trace, out)
    data = json.loads(out.getvalue())
    assert data["outcome"]["stdout"] == "300\n"
    deepest = max(data["steps"], key=lambda step: step["depth"])
    assert deepest["depth"] == 302  # main and 301 calls of `down`
    pictures = [step for step in data["steps"] if "snapshot" in step]
    for step in pictures:
        picture = step["snapshot"]
        assert len(picture["frames"]) == min(step["depth"], MAX_FRAMES)
        assert picture["frames_omitted"] + len(picture["frames"]) == step["depth"]
    bottom = next(step for step in pictures if step["depth"] == 302)["snapshot"]
    slots = [frame["slots"][0]["value"] for frame in bottom["frames"]]
    assert slots[-1] == "300" and slots[0] == str(300 - MAX_FRAMES + 1)
    assert max(len(json.dumps(step["snapshot"])) for step in pictures) < 300 * MAX_FRAMES

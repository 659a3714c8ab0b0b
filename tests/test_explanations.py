"""Explanations are written only when a step is shown (lazily), from the picture after
the step: they must still say what that step did, also in loops and closures."""

from __future__ import annotations

from stackheap_tui.pipeline import load
from stackheap_tui.trace.trace import Trace


def explanations(source: str) -> list[str]:
    trace: Trace = load(source, "explained.rs")
    return [trace.step(i).explanation for i in range(len(trace))]


def test_each_push_says_which_element_it_stored_even_several_in_one_step() -> None:
    texts = explanations(
        "fn main() {\n"
        "    let mut v: Vec<i32> = Vec::with_capacity(8);\n"
        "    (0..3).for_each(|i| v.push(i));\n"
        "    v.push(9);\n"
        "}\n")
    assert texts[2] == (
        "`push` stores the value in element 0 of the heap buffer: length 1, capacity 8. "
        "`push` stores the value in element 1 of the heap buffer: length 2, capacity 8. "
        "`push` stores the value in element 2 of the heap buffer: length 3, capacity 8.")
    assert texts[3] == ("`push` stores the value in element 3 of the heap buffer: length 4, "
                        "capacity 8.")


def test_loop_steps_name_their_own_values_not_the_last_ones() -> None:
    texts = explanations(
        "fn main() {\n"
        "    let mut total = 0;\n"
        "    for i in 1..4 {\n"
        "        total += i;\n"
        "    }\n"
        "    let r = &total;\n"
        "    println!(\"{r}\");\n"
        "}\n")
    heads = [t for t in texts if t.startswith("Next iteration")]
    assert heads == [f"Next iteration of `for i`: `i` = {i}." for i in (1, 2, 3)]
    sums = [t for t in texts if t.startswith("`total` is now")]
    assert sums == ["`total` is now 1 (was 0).", "`total` is now 3 (was 1).",
                    "`total` is now 6 (was 3)."]
    let_r = next(t for t in texts if t.startswith("`r` is a reference"))
    assert "holds the address 0x7ffc_" in let_r and "→ 6" in let_r


def test_a_call_and_its_return_show_the_values_passed() -> None:
    texts = explanations(
        "fn double(n: u64) -> u64 {\n"
        "    n * 2\n"
        "}\n"
        "fn main() {\n"
        "    let x = double(21);\n"
        "    println!(\"{x}\");\n"
        "}\n")
    call = next(t for t in texts if "Calls `double`" in t)
    assert call.endswith("with `n` = 21 (copied in).") or "`n` = 21" in call
    back = next(t for t in texts if t.startswith("`double` returns"))
    assert "It returns 42 (u64) to the caller" in back
    assert any(t.startswith("`x` is stored in `main`'s stack frame: 8 bytes at 0x7ffc_")
               and t.endswith("holding 42 (u64).") for t in texts)

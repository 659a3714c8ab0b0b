"""Owner labels of blocks held inside blocks: derived from their holder when drawn, so a
move relabels one block, not the whole list behind it (it used to cost the square)."""

from __future__ import annotations

from stackheap_tui.memory.state import SET_OWNER
from stackheap_tui.pipeline import load


def _cons(nodes: int, then: str = "") -> str:
    return ("enum List {\n    Cons(i32, Box<List>),\n    Nil,\n}\nuse List::{Cons, Nil};\n"
            f"fn main() {{\n    let mut list = Nil;\n    for i in 0..{nodes} {{\n"
            f"        list = Cons(i, Box::new(list));\n    }}\n{then}}}\n")


def _owner_ops(nodes: int) -> int:
    trace = load(_cons(nodes), "main.rs")
    return sum(op[0] == SET_OWNER for i in range(len(trace)) for op in trace.ops_at(i))


def test_building_a_list_relabels_a_bounded_number_of_blocks_per_node() -> None:
    small, big = _owner_ops(20), _owner_ops(80)
    assert big <= 4 * small + 8  # linear in the nodes, not quadratic


def test_every_node_is_named_through_the_list_after_moves() -> None:
    trace = load(_cons(3, "    let other = list;\n    let moved = other;\n"
                          "    println!(\"{}\", matches!(moved, Cons(2, _)));\n"), "main.rs")
    last_move = max(i for i in range(len(trace)) if "moved" in trace.step(i).explanation
                    and trace.step(i).kind.value == "move")
    moved = trace.snapshot(last_move)
    owners = sorted((moved.owner_of(b) for b in moved.heap), key=len)
    assert owners == ["moved.1", "*moved.1.1", "**moved.1.1.1"]
    before = next(i for i in range(len(trace)) if trace.snapshot(i).slot("other"))
    named = trace.snapshot(before)
    assert sorted((named.owner_of(b) for b in named.heap), key=len) == [
        "other.1", "*other.1.1", "**other.1.1.1"]

"""BTreeMap, BTreeSet and BinaryHeap as they live in memory: a 24-byte header, a B-tree
leaf node of std's size holding the keys in order, a heap's Vec in std's sift order."""

from __future__ import annotations

from stackheap_tui.pipeline import load
from stackheap_tui.trace.trace import Trace
from tests.expectations import run_cli

SCORES = """use std::collections::BTreeMap;

fn main() {
    let mut m: BTreeMap<i32, i32> = BTreeMap::new();
    m.insert(30, 3);
    m.insert(10, 1);
    m.insert(20, 2);
    m.remove(&10);
    m.remove(&20);
    m.remove(&30);
    m.insert(5, 0);
    m.clear();
    println!("{}", m.len());
}
"""


def _trace(source: str) -> Trace:
    return load(source, "main.rs")


def _after(trace: Trace, line: int) -> int:
    """The last step of `line` (its effects done)."""
    return max(i for i in range(len(trace)) if trace.step(i).span.line == line)


def test_a_btreemap_is_24_bytes_and_allocates_nothing_until_the_first_insert() -> None:
    trace = _trace(SCORES)
    new = trace.snapshot(_after(trace, 4))
    slot = new.slot("m")
    assert slot is not None and slot.size == 24
    assert "root: none" in slot.value
    assert not [b for b in new.heap if b.kind == "btree"]


def test_the_root_leaf_is_std_size_and_keeps_its_keys_in_order() -> None:
    trace = _trace(SCORES)
    shot = trace.snapshot(_after(trace, 7))
    (node,) = [b for b in shot.heap if b.kind == "btree"]
    # LeafNode<i32, i32>: parent 8 + len/parent_idx 4 + 11 keys + 11 values = 100 -> 104
    # (rustc 1.95 with a counting global allocator: "alloc 104 align 8")
    assert node.size == 104
    assert node.value == "keys [10, 20, 30], vals [1, 2, 3]"
    assert "3 of 11 keys" in node.type_name
    slot = shot.slot("m")
    assert slot is not None and "length: 3" in slot.value


def test_removing_every_key_keeps_the_empty_leaf_and_clear_frees_it() -> None:
    trace = _trace(SCORES)
    emptied = trace.snapshot(_after(trace, 10))
    live = [b for b in emptied.heap if b.kind == "btree" and not b.freed]
    assert len(live) == 1 and live[0].value == "keys [], vals []"  # std keeps the root
    cleared = trace.snapshot(_after(trace, 12))
    assert not [b for b in cleared.heap if b.kind == "btree" and not b.freed]
    slot = cleared.slot("m")
    assert slot is not None and "root: none" in slot.value


def test_a_set_of_bytes_has_a_24_byte_leaf() -> None:
    source = """use std::collections::BTreeSet;

fn main() {
    let mut s: BTreeSet<u8> = BTreeSet::new();
    s.insert(9);
    s.insert(1);
    println!("{:?}", s);
}
"""
    trace = _trace(source)
    (node,) = [b for b in trace.snapshot(_after(trace, 6)).heap if b.kind == "btree"]
    assert (node.size, node.value) == (24, "keys [1, 9]")  # rustc: "alloc 24 align 8"


def test_the_twelfth_key_splits_the_leaf_as_std_does() -> None:
    source = """use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for i in 1..=12 {
        m.insert(i, i * 10);
    }
    m.pop_first();
    m.pop_first();
    println!("{}", m.len());
}
"""
    trace = _trace(source)
    split = trace.snapshot(_after(trace, 6))
    nodes = sorted((b.size, b.value) for b in split.heap if b.kind.startswith("btree"))
    # rustc 1.95 (a counting allocator, each key's address mapped to its node): the leaf
    # keeps 1..=6, 7 goes up into a new 200-byte internal root, 8..=12 in a new leaf
    assert [(size, value.split("], vals")[0]) for size, value in nodes] == [
        (104, "keys [1, 2, 3, 4, 5, 6"), (104, "keys [8, 9, 10, 11, 12"), (200, "keys [7")]
    slot = split.slot("m")
    assert slot is not None and "height: 1" in slot.value and "length: 12" in slot.value
    first = trace.snapshot(_after(trace, 8))
    assert not [b for b in first.heap if b.freed]  # 5 keys left in the leaf: enough
    merged = trace.snapshot(_after(trace, 9))
    live = [b for b in merged.heap if b.kind.startswith("btree") and not b.freed]
    # the second pop_first leaves 4: the leaf merges with its sibling and the emptied
    # root is popped (rustc: the second leaf's 104 bytes and the root's 200 freed then)
    assert [b.value.split("], vals")[0] for b in live] == [
        "keys [3, 4, 5, 6, 7, 8, 9, 10, 11, 12"]
    assert sorted(b.size for b in merged.heap if b.freed) == [104, 200]


def test_a_binary_heap_draws_its_vec_in_sift_up_order() -> None:
    source = """use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::new();
    h.push(1);
    h.push(5);
    h.push(3);
    h.push(8);
    let top = h.pop();
    println!("{:?} {:?}", top, h);
}
"""
    trace = _trace(source)
    pushed = trace.snapshot(_after(trace, 8))
    slot = pushed.slot("h")
    assert slot is not None and slot.size == 24 and "len: 4" in slot.value
    (buffer,) = [b for b in pushed.heap if b.kind == "vec" and not b.freed]
    assert buffer.value == "[8, 5, 3, 1]"  # rustc prints BinaryHeap [8, 5, 3, 1]
    popped = trace.snapshot(_after(trace, 9))
    (buffer,) = [b for b in popped.heap if b.kind == "vec" and not b.freed]
    assert buffer.value == "[5, 1, 3]" and buffer.capacity == 4
    assert run_cli("--run", "-", stdin=source).stdout == "Some(8) [5, 1, 3]\n"

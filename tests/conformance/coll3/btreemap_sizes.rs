// A BTreeMap or BTreeSet is 24 bytes (root pointer, height, length) whatever it holds; Option of one is 32 (no niche). BinaryHeap is its Vec: 24.
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};
use std::mem::size_of;

fn main() {
    println!("{}", size_of::<BTreeMap<i32, i32>>());
    println!("{}", size_of::<BTreeMap<String, Vec<u8>>>());
    println!("{}", size_of::<BTreeSet<char>>());
    println!("{}", size_of::<Option<BTreeMap<u8, u8>>>());
    println!("{}", size_of::<BinaryHeap<u64>>());
    println!("{}", size_of::<Option<BinaryHeap<u64>>>());
    let mut m = BTreeMap::new();
    m.insert(1u8, [0u64; 4]);
    println!("{}", std::mem::size_of_val(&m));
}

// Near miss: the top is copied out of peek before push, so the borrow has ended.
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::from(vec![1, 5, 3]);
    let top = *heap.peek().unwrap();
    heap.push(10);
    println!("{top} {heap:?}");
}

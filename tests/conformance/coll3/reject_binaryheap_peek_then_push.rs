// E0502: peek borrows the heap, and the reference is used after push needs the heap mutably.
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::from(vec![1, 5, 3]);
    let top = heap.peek().unwrap();
    heap.push(10);
    println!("{top}");
}

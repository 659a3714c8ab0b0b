// BinaryHeap's {:?} prints its internal Vec: the order sift-up leaves after each push and sift-down after each pop, exactly as std's.
use std::collections::BinaryHeap;

fn main() {
    let mut heap = BinaryHeap::new();
    for x in [4, 10, 3, 5, 1, 10, 7, 2, 8, 6] {
        heap.push(x);
        println!("push {x:>2}: {heap:?}");
    }
    println!("peek {:?}, len {}", heap.peek(), heap.len());
    while let Some(top) = heap.pop() {
        println!("pop {top:>2}: {heap:?}");
    }
    println!("{:?} {}", heap.pop(), heap.is_empty());
}

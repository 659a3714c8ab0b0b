// BinaryHeap::from(vec) and collect rebuild the Vec bottom-up (std's heapify); into_sorted_vec sorts ascending, into_vec keeps the heap order.
use std::collections::BinaryHeap;

fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7];
    let heap = BinaryHeap::from(v.clone());
    println!("{heap:?}");
    println!("{:?}", heap.clone().into_sorted_vec());
    println!("{:?}", heap.into_vec());
    let squares: BinaryHeap<i64> = (1..=9).map(|n| (n * 7 % 10) * (n - 5)).collect();
    println!("{squares:?}");
    let arr = BinaryHeap::from([2u8, 7, 1, 8, 2, 8]);
    println!("{arr:?} {:?}", arr.peek());
    let mut sorted = squares.into_sorted_vec();
    sorted.dedup();
    println!("{sorted:?}");
}

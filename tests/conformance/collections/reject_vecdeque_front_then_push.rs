// E0502: front() borrows the deque, so push_back cannot change it while that reference is used.
use std::collections::VecDeque;

fn main() {
    let mut q = VecDeque::new();
    q.push_back(1);
    let first = q.front().unwrap();
    q.push_back(2);
    println!("{first}");
}

// Near miss: copy the front element out, then the deque can grow.
use std::collections::VecDeque;

fn main() {
    let mut q = VecDeque::new();
    q.push_back(1);
    let first = *q.front().unwrap();
    q.push_back(2);
    println!("{first} {:?}", q);
}

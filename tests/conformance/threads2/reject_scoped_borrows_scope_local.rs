// rustc rejects: `v` lives in the scope closure, which a scoped thread may outlive.
use std::thread;
fn main() {
    thread::scope(|s| {
        let v = vec![1, 2];
        s.spawn(|| println!("{:?}", v));
    });
}

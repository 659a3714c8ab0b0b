// rustc rejects: the first scoped thread borrows `counter` mutably for the whole scope.
use std::thread;
fn main() {
    let mut counter = 0;
    thread::scope(|s| {
        s.spawn(|| counter += 1);
        s.spawn(|| counter += 1);
    });
    println!("{counter}");
}

// rustc rejects: main reads `counter` while a scoped thread may be changing it.
use std::thread;
fn main() {
    let mut counter = 0;
    thread::scope(|s| {
        s.spawn(|| counter += 1);
        println!("{counter}");
    });
    println!("{counter}");
}

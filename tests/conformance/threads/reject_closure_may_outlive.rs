// E0373 (the Book's listing 16-3): the closure borrows `v`, but the spawned thread may outlive `main`.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];

    let handle = thread::spawn(|| {
        println!("Here's a vector: {v:?}");
    });

    handle.join().unwrap();
}

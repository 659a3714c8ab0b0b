// The Book's listing 16-5: a `move` closure takes the vector into the spawned thread; `join` waits for it.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];

    let handle = thread::spawn(move || {
        println!("Here's a vector: {v:?}");
    });

    handle.join().unwrap();
    println!("main goes on after the join");
}

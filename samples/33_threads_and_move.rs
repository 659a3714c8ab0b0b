// Threads and move: each thread has its own stack; a `move` closure takes what it uses along
// Watch: `thread::spawn` gives thread #1 a stack of its own; the `move` closure carries `v` there (main's `v` shows as moved); `join` waits for the thread and hands back what its closure returned.

use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let name = String::from("summer");

    // `move`: the closure owns `v` and `name`; they leave main's frame for the new thread.
    let handle = thread::spawn(move || {
        let total: i32 = v.iter().sum();
        println!("{name} sees {:?}", v);
        total * 10
    });

    // main goes on with its own stack; `v` is no longer main's to use.
    let local = 5;

    // `join` blocks until thread #1 ends, then gives its closure's result.
    let result = handle.join().unwrap();
    println!("the thread returned {result}, main kept {local}");
}

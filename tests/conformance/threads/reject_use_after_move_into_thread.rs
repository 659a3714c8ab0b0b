// E0382: `v` was moved into the spawned thread's `move` closure, then used by main.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];

    let handle = thread::spawn(move || {
        println!("Here's a vector: {v:?}");
    });

    drop(v);

    handle.join().unwrap();
}

// The near miss of the E0382 rejection: a clone goes into the thread, the original stays with main.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let copy = v.clone();

    let handle = thread::spawn(move || {
        println!("Here's a vector: {copy:?}");
        copy.len()
    });

    let n = handle.join().unwrap();
    println!("main still has {v:?}; the thread saw {n} items");
}

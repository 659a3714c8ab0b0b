// The Book's listing 16-15: ten threads each lock an `Arc<Mutex<i32>>` and add one; main joins them all, then reads 10.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];

    for _ in 0..10 {
        let counter = Arc::clone(&counter);
        let handle = thread::spawn(move || {
            let mut num = counter.lock().unwrap();

            *num += 1;
        });
        handles.push(handle);
    }

    for handle in handles {
        handle.join().unwrap();
    }

    println!("Result: {}", *counter.lock().unwrap());
    println!("strong count after the joins: {}", Arc::strong_count(&counter));
    println!("{:?}", counter);
}

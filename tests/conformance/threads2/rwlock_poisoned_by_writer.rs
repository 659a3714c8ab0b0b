// A thread panics while writing: the RwLock is poisoned for readers and writers after.
use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let lock = Arc::new(RwLock::new(0));
    let other = Arc::clone(&lock);
    let result = thread::spawn(move || {
        let mut w = other.write().unwrap();
        *w += 1;
        panic!("writer gave up");
    })
    .join();
    println!("join is_err: {}", result.is_err());
    match lock.read() {
        Ok(v) => println!("read {}", *v),
        Err(poisoned) => println!("poisoned, value still {}", *poisoned.into_inner()),
    }
    println!("{:?}", lock);
}

// rustc rejects: the Arc itself moved into the thread (no Arc::clone), then used.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

fn main() {
    let counter = Arc::new(AtomicUsize::new(0));
    let handle = thread::spawn(move || {
        counter.fetch_add(1, Ordering::SeqCst);
    });
    handle.join().unwrap();
    println!("{}", counter.load(Ordering::SeqCst));
}

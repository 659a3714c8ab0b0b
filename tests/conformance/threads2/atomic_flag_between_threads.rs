// A flag set by a spawned thread and read by main after the join.
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

fn main() {
    let done = Arc::new(AtomicBool::new(false));
    let work = Arc::new(AtomicUsize::new(0));
    let (d, w) = (Arc::clone(&done), Arc::clone(&work));
    let h = thread::spawn(move || {
        for i in 1..=4 {
            w.fetch_add(i, Ordering::Relaxed);
        }
        d.store(true, Ordering::Release);
    });
    h.join().unwrap();
    if done.load(Ordering::Acquire) {
        println!("work = {}", work.load(Ordering::Relaxed));
    }
}

// Scoped threads share an atomic by reference: no Arc, no Mutex.
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

fn main() {
    let total = AtomicU64::new(0);
    let numbers: Vec<u64> = (1..=100).collect();
    thread::scope(|s| {
        for part in numbers.chunks(25) {
            let total = &total;
            s.spawn(move || {
                let sum: u64 = part.iter().sum();
                total.fetch_add(sum, Ordering::Relaxed);
            });
        }
    });
    println!("total = {}", total.load(Ordering::Relaxed));
}

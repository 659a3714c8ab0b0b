// Arc<Mutex<T>>: ten threads share one counter; the lock lets one change it at a time
// Watch: one heap block holds the Arc's counts and the Mutex; each `Arc::clone` raises the strong count; `lock` records which thread holds the Mutex and its guard unlocks it when dropped; after the joins the count is 10.

use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];

    for _ in 0..10 {
        // Another owner of the same block: strong count + 1, no new Mutex.
        let counter = Arc::clone(&counter);
        let handle = thread::spawn(move || {
            // `lock` waits if another thread holds it; the guard derefs to the i32.
            let mut num = counter.lock().unwrap();
            *num += 1;
        }); // the guard and this thread's Arc are dropped: unlocked, count - 1
        handles.push(handle);
    }

    for handle in handles {
        handle.join().unwrap();
    }

    println!("Result: {}", *counter.lock().unwrap());
    println!("owners left: {}", Arc::strong_count(&counter));
}

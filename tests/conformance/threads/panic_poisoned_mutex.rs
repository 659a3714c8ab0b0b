// A thread panics while holding the lock: the Mutex is poisoned, `lock` returns `Err`, and unwrapping it panics main.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let data = Arc::new(Mutex::new(vec![1, 2, 3]));
    let data2 = Arc::clone(&data);
    let handle = thread::spawn(move || {
        let mut guard = data2.lock().unwrap();
        guard.push(4);
        panic!("failed halfway");
    });
    println!("join is_err: {}", handle.join().is_err());
    println!("{:?}", data);
    let result = data.lock();
    println!("lock is_err: {}", result.is_err());
    drop(result);
    data.lock().unwrap();
}

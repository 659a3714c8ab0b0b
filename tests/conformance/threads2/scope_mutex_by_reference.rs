// With scoped threads a Mutex can be shared by reference: no Arc needed.
use std::sync::Mutex;
use std::thread;

fn main() {
    let counter = Mutex::new(0);
    thread::scope(|s| {
        for _ in 0..5 {
            s.spawn(|| {
                let mut n = counter.lock().unwrap();
                *n += 1;
            });
        }
    });
    println!("Result: {}", *counter.lock().unwrap());
}

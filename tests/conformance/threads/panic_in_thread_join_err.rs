// A panic in a spawned thread unwinds that thread only: `join` returns `Err`, and unwrapping it panics main (exit 101).
use std::thread;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let handle = thread::spawn(|| {
        let _guard = Noisy("in the thread");
        println!("about to panic");
        panic!("boom");
    });
    let result = handle.join();
    println!("is_err: {}", result.is_err());

    let fine = thread::spawn(|| 5);
    println!("{:?}", fine.join());

    let out_of_bounds = thread::spawn(move || {
        let v: Vec<i32> = Vec::new();
        v[3]
    });
    let _main_guard = Noisy("in main");
    out_of_bounds.join().unwrap();
}

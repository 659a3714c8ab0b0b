// The near miss: clone the String out of the Arc (or read through it).
use std::sync::Arc;
use std::thread;

fn main() {
    let name = Arc::new(String::from("worker"));
    let other = Arc::clone(&name);
    let h = thread::spawn(move || other.len());
    let owned: String = (*name).clone();
    let n = h.join().unwrap();
    println!("{owned} {n} {}", Arc::strong_count(&name));
}

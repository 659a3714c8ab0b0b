// A Builder is 48 bytes; it can be kept in a variable and spawned later.
use std::thread;
fn main() {
    println!("{}", std::mem::size_of::<thread::Builder>());
    let b = thread::Builder::new().name(String::from("w1"));
    let h = b.spawn(|| thread::current().name().unwrap().to_string()).unwrap();
    println!("{}", h.join().unwrap());
}

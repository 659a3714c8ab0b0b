// rustc rejects: an Arc shares its value; moving the String out of it would leave the
// other owners with nothing. Clone it instead (see arc_clone_out_of.rs).
use std::sync::Arc;
use std::thread;

fn main() {
    let name = Arc::new(String::from("worker"));
    let other = Arc::clone(&name);
    let h = thread::spawn(move || other.len());
    let owned: String = *name;
    println!("{owned} {}", h.join().unwrap());
}

// rustc rejects: a read guard lends the value; it cannot be moved out.
use std::sync::RwLock;

fn main() {
    let names = RwLock::new(vec![String::from("a")]);
    let guard = names.read().unwrap();
    let all = *guard;
    println!("{}", all.len());
}

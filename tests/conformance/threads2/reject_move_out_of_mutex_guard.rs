// rustc rejects: the guard only lends the Mutex's value; take it with mem::take instead.
use std::sync::Mutex;

fn main() {
    let log = Mutex::new(vec![String::from("start")]);
    let guard = log.lock().unwrap();
    let entries = *guard;
    println!("{}", entries.len());
}

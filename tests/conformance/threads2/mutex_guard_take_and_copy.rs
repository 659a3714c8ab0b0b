// Near misses: a Copy value read through the guard, mem::take, and clone.
use std::sync::Mutex;

fn main() {
    let count = Mutex::new(7);
    let n = *count.lock().unwrap();
    let log = Mutex::new(vec![String::from("start")]);
    let copy = log.lock().unwrap().clone();
    let taken = std::mem::take(&mut *log.lock().unwrap());
    println!("{n} {copy:?} {taken:?} {:?}", log.lock().unwrap());
}

// `borrow` while a `borrow_mut` guard lives panics.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(String::from("a"));
    let mut w = c.borrow_mut();
    w.push('b');
    let r = c.borrow();
    println!("{} {}", w, r);
}

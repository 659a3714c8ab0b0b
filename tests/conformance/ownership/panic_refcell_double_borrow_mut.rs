// Checks that two simultaneous borrow_mut() calls on one RefCell panic at run time with an already-borrowed error.
use std::cell::RefCell;

fn main() {
    let log = RefCell::new(Vec::new());
    log.borrow_mut().push(String::from("first entry"));
    println!("entries: {}", log.borrow().len());
    let mut one = log.borrow_mut();
    one.push(String::from("second entry"));
    println!("holding one mutable borrow");
    let mut two = log.borrow_mut();
    two.push(String::from("third entry"));
    println!("never printed");
}

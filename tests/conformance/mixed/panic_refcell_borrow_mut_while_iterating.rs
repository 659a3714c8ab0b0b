// Panics with RefCell already borrowed when pushing to a RefCell<Vec> while iterating over its borrow.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    for x in shared.borrow().iter() {
        println!("{}", x);
        other.borrow_mut().push(*x * 10);
    }
}

// `borrow_mut` guards dropped at the end of their statement or by `drop` free the cell.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(vec![1]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(2);
    let guard = shared.borrow();
    println!("{:?} {}", *guard, Rc::strong_count(&shared));
    drop(guard);
    shared.borrow_mut().push(3);
    println!("{:?} {:?}", shared.try_borrow_mut().is_ok(), other);
}

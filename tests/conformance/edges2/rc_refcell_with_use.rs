// Near miss: the same program with both imports compiles.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared: Rc<RefCell<i32>> = Rc::new(RefCell::new(1));
    *shared.borrow_mut() += 1;
    println!("{:?} {}", shared, Rc::strong_count(&shared));
}

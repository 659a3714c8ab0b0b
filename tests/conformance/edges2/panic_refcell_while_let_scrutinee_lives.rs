// A `while let` scrutinee's `RefMut` lives through the body: borrowing again panics.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1, 2]);
    while let Some(x) = c.borrow_mut().pop() {
        println!("popped {}", x);
        println!("len {}", c.borrow().len());
    }
}

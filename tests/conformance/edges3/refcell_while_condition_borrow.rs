// A `while` condition's `Ref` temporary ends before the body's `borrow_mut`.
use std::cell::RefCell;
fn main() {
    let c = RefCell::new(1);
    while *c.borrow() < 3 {
        *c.borrow_mut() += 1;
    }
    println!("{}", c.borrow());
}

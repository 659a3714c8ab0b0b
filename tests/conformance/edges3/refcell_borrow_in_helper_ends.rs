// A `borrow()` inside a helper ends when it returns; `borrow_mut` after it is fine.
use std::cell::RefCell;
fn len_of(c: &RefCell<Vec<i32>>) -> usize {
    c.borrow().len()
}
fn main() {
    let c = RefCell::new(vec![1, 2]);
    let n = len_of(&c);
    c.borrow_mut().push(n as i32);
    let total: i32 = c.borrow().iter().sum();
    println!("{total}");
}

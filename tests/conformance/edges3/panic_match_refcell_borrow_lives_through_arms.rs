// A `match` scrutinee's `Ref` lives through the arms: `borrow_mut` inside panics (already borrowed).
use std::cell::RefCell;
fn main() {
    let cell = RefCell::new(vec![1]);
    match cell.borrow().first() {
        Some(_) => {
            cell.borrow_mut().push(2);
        }
        None => {}
    }
    println!("{:?}", cell.borrow());
}

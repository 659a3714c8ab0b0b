// Edition 2024: the `if let` scrutinee's `Ref` is dropped before `else`, so `borrow_mut` there does not panic; `{x}` of a `&_` typed by a later push.
use std::cell::RefCell;
fn main() {
    let cell = RefCell::new(vec![]);
    for _ in 0..2 {
        if let Some(x) = cell.borrow().first() {
            println!("first {x}");
        } else {
            cell.borrow_mut().push(7);
            println!("pushed");
        }
    }
}

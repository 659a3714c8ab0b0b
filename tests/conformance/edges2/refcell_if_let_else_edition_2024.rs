// Edition 2024: the `if let` scrutinee's `Ref` is gone before `else`, so `borrow_mut` works.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(None::<i32>);
    if let Some(n) = *c.borrow() {
        println!("had {}", n);
    } else {
        *c.borrow_mut() = Some(1);
    }
    println!("{:?}", c);
}

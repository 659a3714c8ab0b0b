// Two live `borrow_mut`s of one RefCell panic at the second.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1]);
    let mut a = c.borrow_mut();
    a.push(2);
    let mut b = c.borrow_mut();
    b.push(3);
    println!("{:?}", c);
}

// An `if` condition's temporaries (a `Ref`) are dropped before the branch runs.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1]);
    if c.borrow().len() < 3 {
        c.borrow_mut().push(2);
    }
    while c.borrow().len() < 4 {
        c.borrow_mut().push(3);
    }
    let n = if c.borrow().is_empty() { 0 } else { c.borrow_mut().pop().unwrap() };
    match c.borrow().len() {
        3 => c.borrow_mut().push(9),
        _ => {}
    }
    println!("{:?} {}", c, n);
}

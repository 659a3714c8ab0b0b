// E0505: a `Ref` guard is dropped at the end of its scope, so moving the RefCell before that is rejected.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    let guard = cell.borrow();
    println!("len {}", guard.len());
    let moved = cell;
    println!("{:?}", moved);
}

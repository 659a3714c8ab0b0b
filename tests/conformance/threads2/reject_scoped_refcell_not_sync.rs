// rustc rejects: `&RefCell<i32>` is not Send (RefCell is not Sync).
use std::thread;
use std::cell::RefCell;
fn main() {
    let c = RefCell::new(1);
    thread::scope(|s| {
        s.spawn(|| *c.borrow_mut() += 1);
    });
    println!("{:?}", c);
}

// RefCell: `borrow()` while a `borrow_mut()` guard lives panics; guards and values drop in reverse.
use std::cell::RefCell;
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let c = RefCell::new(5);
    let _d = D("d");
    let _b = c.borrow_mut();
    let _b2 = c.borrow();
}

// Rc::clone(&a) shares the pointee; it does not borrow `a`, which may be dropped first.
use std::rc::Rc;

struct D(&'static str);

fn main() {
    let a = Rc::new(D("x"));
    let b = Rc::clone(&a);
    drop(a);
    println!("{} {}", b.0, Rc::strong_count(&b));
}

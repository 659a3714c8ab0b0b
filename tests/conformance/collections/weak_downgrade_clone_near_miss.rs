// Near miss: downgrade a clone (or before the move) and the Weak sees the same block.
use std::rc::Rc;

fn main() {
    let a = Rc::new(5);
    let w = Rc::downgrade(&a);
    let b = a;
    println!("{} {:?} {}", b, w.upgrade(), Rc::weak_count(&b));
}

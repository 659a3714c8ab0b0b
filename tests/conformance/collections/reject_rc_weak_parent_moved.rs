// E0382: Rc::downgrade borrows the Rc, but moving the Rc and then using it is still a use after move.
use std::rc::Rc;

fn main() {
    let a = Rc::new(5);
    let b = a;
    let w = Rc::downgrade(&a);
    println!("{} {:?}", b, w.upgrade());
}

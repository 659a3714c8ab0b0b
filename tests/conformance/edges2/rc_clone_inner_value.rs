// Near miss: clone the value out of the Rc, or clone the Rc itself.
use std::rc::Rc;

fn main() {
    let r = Rc::new(String::from("shared"));
    let s: String = (*r).clone();
    let r2 = Rc::clone(&r);
    println!("{} {} {}", s, r2, Rc::strong_count(&r));
}

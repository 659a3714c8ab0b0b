// E0507: a String cannot be moved out of an Rc.
use std::rc::Rc;

fn main() {
    let r = Rc::new(String::from("shared"));
    let s = *r;
    println!("{s}");
}

// Checks that moving the String out of an Rc<String> with * is rejected with E0507.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("shared"));
    let inner: String = *shared;
    println!("{inner}");
}

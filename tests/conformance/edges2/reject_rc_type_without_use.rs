// E0425 for `Rc<..>` in a type and E0433 for `RefCell::new`, each where it is written.
use std::rc::Rc;

fn main() {
    let shared: Rc<RefCell<i32>> = Rc::new(RefCell::new(1));
    println!("{:?}", shared);
}

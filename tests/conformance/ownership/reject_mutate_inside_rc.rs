// Checks that mutating the contents of an Rc<Vec<i32>> without RefCell is rejected with E0596.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2]);
    let other = Rc::clone(&shared);
    other.push(3);
    println!("{:?}", shared);
}

// Checks that passing an Rc by value (instead of Rc::clone) moves it, so later use is rejected with E0382.
use std::rc::Rc;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let first_owner = shared;
    let second_owner = Rc::clone(&shared);
    println!("{:?} {:?}", first_owner, second_owner);
}

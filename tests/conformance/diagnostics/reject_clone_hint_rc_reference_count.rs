// E0382: an Rc moved into a function call; rustc says "clone the value to increment its reference count".
use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("data"));
    drop(shared);
    println!("{}", Rc::strong_count(&shared));
}

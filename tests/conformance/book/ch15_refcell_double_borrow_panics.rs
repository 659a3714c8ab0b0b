use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1]);
    let one = c.borrow_mut();
    let two = c.borrow_mut();
    println!("{:?} {:?}", one, two);
}

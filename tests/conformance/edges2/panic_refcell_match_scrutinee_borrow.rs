// A `match` keeps its scrutinee's `Ref` alive through the arms: `borrow_mut` there panics.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(None::<i32>);
    match *c.borrow() {
        Some(n) => println!("had {}", n),
        None => {
            println!("empty, filling");
            *c.borrow_mut() = Some(1);
        }
    }
    println!("{:?}", c);
}

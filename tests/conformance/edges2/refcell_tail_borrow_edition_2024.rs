// Edition 2024: a `Ref` made in a block's tail expression dies before the block's locals.
use std::cell::RefCell;

fn total(items: Vec<i32>) -> i32 {
    let cell = RefCell::new(items);
    cell.borrow().iter().sum()
}

fn main() {
    println!("{}", total(vec![1, 2, 3]));
    let x = {
        let c = RefCell::new(5);
        *c.borrow() + 1
    };
    println!("{}", x);
}

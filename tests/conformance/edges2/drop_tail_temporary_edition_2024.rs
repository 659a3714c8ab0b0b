// Edition 2024: a tail expression's temporaries drop before the block's locals.
use std::cell::RefCell;

fn len_of(items: Vec<i32>) -> usize {
    let c = RefCell::new(items);
    c.borrow().len()
}

struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl D {
    fn name(&self) -> &'static str {
        self.0
    }
}

fn pick() -> &'static str {
    let _local = D("local");
    D("temp").name()
}

fn main() {
    println!("{}", len_of(vec![1, 2]));
    println!("{}", pick());
}

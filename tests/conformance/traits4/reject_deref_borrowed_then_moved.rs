// E0505: `r` borrows through `deref(&m)`, so moving `m` into `drop` while `r` is used later is refused.
use std::ops::Deref;

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn main() {
    let m = MyBox(String::from("a"));
    let r: &String = &m;
    drop(m);
    println!("{}", r);
}

// The near miss of moving out through `Deref`: cloning `*m`, or reading a `Copy` target, is fine.
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
    let s = (*m).clone();
    let t = m.clone();
    let n = MyBox(2.5f64);
    let f = *n;
    println!("{} {} {} {}", s, t, f, *m);
}

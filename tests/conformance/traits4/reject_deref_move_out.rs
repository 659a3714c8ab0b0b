// E0507: `let s = *m;` would move the `String` out through `deref`, which only lends it.
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
    let s = *m;
    println!("{}", s);
}

// E0596: `m.push_str(..)` borrows the `String` inside mutably through autoderef, which needs `DerefMut`.
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
    m.push_str("b");
    println!("{}", *m);
}

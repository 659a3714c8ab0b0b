// E0594: `*y = 6` needs `DerefMut`; `MyBox<T>` only implements `Deref`.
use std::ops::Deref;

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn main() {
    let y = MyBox(5);
    *y = 6;
    println!("{}", *y);
}

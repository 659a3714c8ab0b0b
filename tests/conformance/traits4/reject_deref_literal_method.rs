// E0599: `y.abs()` on a `MyBox<{integer}>`: the literal's type is not known, so autoderef finds no `abs`.
use std::ops::Deref;

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn main() {
    let y = MyBox(-5);
    println!("{}", y.abs());
}

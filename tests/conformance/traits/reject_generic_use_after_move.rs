// E0382: a generic `T` is not Copy: using it twice by value moves it.
use std::fmt::Debug;

fn dup<T: Debug>(x: T) -> (T, T) {
    (x, x)
}

fn main() {
    println!("{:?}", dup(5));
}

// E0277: a `T: Display` bound with a struct that has no Display.
use std::fmt::Display;

struct Meters(u32);

fn show<T: Display>(x: T) {
    println!("<{}>", x);
}

fn main() {
    show(5);
    show(Meters(3));
}

// The Book's MyBox (listings 15-8 to 15-12): `*y` calls `<MyBox<i32> as Deref>::deref`, and `hello(&m)` coerces `&MyBox<String>` to `&str`.
use std::ops::Deref;

struct MyBox<T>(T);

impl<T> MyBox<T> {
    fn new(x: T) -> MyBox<T> {
        MyBox(x)
    }
}

impl<T> Deref for MyBox<T> {
    type Target = T;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

fn hello(name: &str) {
    println!("Hello, {name}!");
}

fn main() {
    let x = 5;
    let y = MyBox::new(x);

    assert_eq!(5, x);
    assert_eq!(5, *y);
    println!("x = {}, *y = {}", x, *y);

    let m = MyBox::new(String::from("Rust"));
    hello(&m);
    hello(&(*m)[..]);
    println!("{} has {} bytes", *m, m.len());
    println!("{}", std::mem::size_of::<MyBox<u8>>() + std::mem::size_of::<MyBox<String>>());
}

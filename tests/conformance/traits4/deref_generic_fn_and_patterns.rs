// `**b` in a generic function (a copy of `deref` per instantiation), `*y == -5`, patterns on `*o`, a box in a box coerced to `&str`.
use std::fmt::Display;
use std::ops::Deref;

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn show<T: Display>(b: &MyBox<T>) {
    println!("[{}]", **b);
}

fn main() {
    let y = MyBox(-5i32);
    println!("{}", *y == -5);
    println!("{} {}", (*y).abs(), y.abs());
    show(&y);
    show(&MyBox("hi"));
    let o = MyBox(Some(3));
    if let Some(v) = *o {
        println!("some {}", v);
    }
    match *o {
        Some(n) if n > 2 => println!("big"),
        _ => println!("small"),
    }
    let nested = MyBox(MyBox(String::from("deep")));
    println!("{}", nested.len());
    let s: &str = &nested;
    println!("{}", s);
}

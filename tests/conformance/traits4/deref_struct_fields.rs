// Fields and methods of the target through `Deref`: `b.x`, `b.dist()`, `&*b` and `let p: &Point = &b;`.
use std::ops::Deref;

struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn dist(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

struct Boxed {
    inner: Point,
    label: &'static str,
}

impl Deref for Boxed {
    type Target = Point;
    fn deref(&self) -> &Point {
        &self.inner
    }
}

fn show(p: &Point) {
    println!("({}, {})", p.x, p.y);
}

fn main() {
    let b = Boxed { inner: Point { x: 3, y: -4 }, label: "b" };
    println!("{} {} {}", b.label, b.x, b.y);
    println!("dist {}", b.dist());
    let p: &Point = &b;
    show(p);
    show(&b);
    let r = &*b;
    println!("{}", r.x + (*b).y);
}

// `**y` through a box in a box, in a closure, in `map(|b| **b)`, and `&y` coerced to `&i32` across two `deref` calls.
use std::ops::Deref;
struct MyBox<T>(T);
impl<T> MyBox<T> {
    fn set(&mut self, v: T) { self.0 = v; }
}
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.0 }
}
fn main() {
    let mut y = MyBox(MyBox(4));
    println!("{}", **y + 1);
    let add = |k: i32| **y + k;
    println!("{}", add(10));
    y.set(MyBox(9));
    println!("{}", **y);
    let v = vec![MyBox(1), MyBox(2)];
    let total: i32 = v.iter().map(|b| **b).sum();
    println!("{}", total);
    let r: &i32 = &y;
    println!("{}", r);
}

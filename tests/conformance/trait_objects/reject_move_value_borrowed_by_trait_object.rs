// E0505: c is moved into drop while the &dyn Shape that borrows it is still used afterwards.
trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
    label: String,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn main() {
    let c = Circle { r: 2.0, label: String::from("c") };
    let s: &dyn Shape = &c;
    drop(c);
    println!("{}", s.area());
}

// Near miss: the concrete Circle derives Debug and prints; through the trait object only area() is available.
trait Shape {
    fn area(&self) -> f64;
}

#[derive(Debug)]
struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    let s: &dyn Shape = &c;
    println!("{:?} has area {}", c, s.area());
}

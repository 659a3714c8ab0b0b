// E0599: through a &dyn Shape only the trait's methods exist, not Circle's own inherent radius method.
trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

impl Circle {
    fn radius(&self) -> f64 {
        self.r
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn main() {
    let c = Circle { r: 2.0 };
    let s: &dyn Shape = &c;
    println!("{} {}", s.area(), s.radius());
}

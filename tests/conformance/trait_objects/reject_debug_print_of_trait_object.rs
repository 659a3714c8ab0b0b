// E0277: a &dyn Shape cannot be printed with {:?}: dyn Shape has only Shape's methods, and Shape does not require Debug.
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
    println!("{:?}", s);
}

// E0277: Triangle does not implement Shape, so &Triangle cannot become a &dyn Shape.
trait Shape {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
}

struct Triangle {
    base: f64,
    height: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

fn main() {
    let t = Triangle { base: 2.0, height: 3.0 };
    let s: &dyn Shape = &t;
    println!("{}", s.area());
}

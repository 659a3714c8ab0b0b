// Near miss: comparing what the trait's methods return (two f64 areas) is fine.
trait Shape {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

fn main() {
    let a = Square { side: 2.0 };
    let b = Square { side: 2.0 };
    let x: &dyn Shape = &a;
    let y: &dyn Shape = &b;
    if x.area() == y.area() {
        println!("same area");
    }
}

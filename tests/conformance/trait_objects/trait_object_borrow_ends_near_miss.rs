// Near miss: the trait object's last use comes before the move, so the borrow has ended (NLL) and drop(c) is fine.
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
    println!("{}", s.area());
    println!("{}", c.label);
    drop(c);
    println!("done");
}

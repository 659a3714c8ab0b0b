// A trait with a required `&self` method implemented by a struct and an enum; calls resolve statically.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Rect {
    w: f64,
    h: f64,
}

enum Round {
    Circle(f64),
    Ring { outer: f64, inner: f64 },
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        String::from("rect")
    }
}

impl Shape for Round {
    fn area(&self) -> f64 {
        match self {
            Round::Circle(r) => 3.14159 * r * r,
            Round::Ring { outer, inner } => 3.14159 * (outer * outer - inner * inner),
        }
    }
    fn name(&self) -> String {
        match self {
            Round::Circle(_) => "circle".to_string(),
            Round::Ring { .. } => "ring".to_string(),
        }
    }
}

fn main() {
    let r = Rect { w: 3.0, h: 4.5 };
    let c = Round::Circle(2.0);
    let g = Round::Ring { outer: 3.0, inner: 1.0 };
    println!("{} has area {:.2}", r.name(), r.area());
    println!("{} has area {:.3}", c.name(), c.area());
    println!("{} has area {}", g.name(), g.area());
    let total = r.area() + c.area() + g.area();
    println!("total {:.1}", total);
}

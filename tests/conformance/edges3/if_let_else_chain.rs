// `if let … else if let … else` over an enum with data.
enum Shape {
    Circle(f64),
    Square(f64),
    Dot,
}

fn describe(s: &Shape) -> String {
    if let Shape::Circle(r) = s {
        format!("circle {r}")
    } else if let Shape::Square(side) = s {
        format!("square {}", side * side)
    } else {
        String::from("dot")
    }
}

fn main() {
    for s in [Shape::Circle(1.5), Shape::Square(2.0), Shape::Dot] {
        println!("{}", describe(&s));
    }
}

// Matching an enum reads its discriminant, which overlaps a live `&mut` of its field.
enum Shape {
    Circle(f64),
    Square(f64),
}

fn main() {
    let mut s = Shape::Circle(1.0);
    let r = match s {
        Shape::Circle(ref mut r) => r,
        Shape::Square(_) => return,
    };
    match s {
        Shape::Circle(_) => println!("circle"),
        Shape::Square(_) => println!("square"),
    }
    *r = 2.0;
}

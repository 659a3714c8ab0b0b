// `let ... else`, `matches!`, `@` bindings and `if let ... else if let`.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(u32),
    Empty,
}

fn side(s: &Shape) -> u32 {
    let Shape::Square(n) = s else {
        return 0;
    };
    *n
}

fn main() {
    let shapes = vec![Shape::Circle(1.5), Shape::Square(4), Shape::Empty];
    for s in &shapes {
        let round = matches!(s, Shape::Circle(_));
        if let Shape::Square(n @ 1..=9) = s {
            println!("small square {} {}", n, side(s));
        } else if let Shape::Circle(r) = s {
            println!("circle {} {}", r, round);
        } else {
            println!("other {:?}", s);
        }
    }
}

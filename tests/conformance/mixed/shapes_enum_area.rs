// Checks an enum with tuple and struct variants, match with bindings, f64 math and {:.2} formatting.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Triangle(f64, f64, f64),
    Point,
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle(r) => 3.14159 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Triangle(a, b, c) => {
                let s = (a + b + c) / 2.0;
                (s * (s - a) * (s - b) * (s - c)).sqrt()
            }
            Shape::Point => 0.0,
        }
    }

    fn name(&self) -> &str {
        match self {
            Shape::Circle(_) => "circle",
            Shape::Rect { w, h } if w == h => "square",
            Shape::Rect { .. } => "rectangle",
            Shape::Triangle(..) => "triangle",
            Shape::Point => "point",
        }
    }
}

fn main() {
    let shapes = vec![
        Shape::Circle(1.5),
        Shape::Rect { w: 2.0, h: 2.0 },
        Shape::Rect { w: 3.0, h: 4.5 },
        Shape::Triangle(3.0, 4.0, 5.0),
        Shape::Point,
    ];
    let mut total = 0.0;
    for (i, s) in shapes.iter().enumerate() {
        let a = s.area();
        total += a;
        println!("{:>2}: {:<10} area={:8.3}", i, s.name(), a);
    }
    println!("total {:.2}", total);
    println!("{:?}", shapes[1]);
    println!("{}", total / shapes.len() as f64);
}

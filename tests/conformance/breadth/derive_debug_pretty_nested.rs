// Checks {:?} and {:#?} output for nested structs, enums, Vec, Option, tuples and strings.
#[derive(Debug)]
enum Shape {
    Circle { radius: f64 },
    Square(u32),
    Dot,
}

#[derive(Debug)]
struct Drawing {
    name: String,
    shapes: Vec<Shape>,
    origin: (i32, i32),
    parent: Option<Box<Drawing>>,
}

fn main() {
    let base = Drawing { name: String::from("base"), shapes: vec![], origin: (0, 0), parent: None };
    let d = Drawing {
        name: String::from("top \"one\""),
        shapes: vec![Shape::Circle { radius: 1.5 }, Shape::Square(2), Shape::Dot],
        origin: (-1, 2),
        parent: Some(Box::new(base)),
    };
    println!("{:?}", d);
    println!("{:#?}", d);
}

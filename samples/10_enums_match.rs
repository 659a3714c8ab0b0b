// Enums and match: one value, several possible shapes, and a tag that says which one it is
// Watch: every `Shape` takes the same 12 bytes on the stack, whichever variant it holds (a 4-byte tag plus room for the largest variant); `match` reads the tag and runs one arm, binding the fields it needs.

#[allow(dead_code)]
enum Shape {
    Circle(i32),                    // one field: the radius
    Rectangle { w: i32, h: i32 },   // two named fields
    Empty,                          // no data at all
}

fn area(shape: &Shape) -> i32 {
    // `match` must cover every variant, or rustc refuses the program (E0004).
    match shape {
        Shape::Circle(r) => 3 * r * r, // a rough π: whole numbers only
        Shape::Rectangle { w, h } => w * h,
        Shape::Empty => 0,
    }
}

fn main() {
    let round = Shape::Circle(2);
    let boxy = Shape::Rectangle { w: 3, h: 4 };
    let nothing = Shape::Empty;

    println!("areas: {} {} {}", area(&round), area(&boxy), area(&nothing));

    // Option is an enum too: Some(value) or None.
    let maybe: Option<i32> = Some(7);
    match maybe {
        Some(n) if n > 5 => println!("big: {}", n),
        Some(n) => println!("small: {}", n),
        None => println!("nothing"),
    }
    println!("Shape: {} bytes, Option<i32>: {} bytes",
             std::mem::size_of::<Shape>(), std::mem::size_of::<Option<i32>>());
}

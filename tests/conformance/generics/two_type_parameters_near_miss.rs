// Near miss of Listing 10-7: with two type parameters (Listing 10-8) integer and float fields are fine.
struct Point<T, U> {
    x: T,
    y: U,
}

fn main() {
    let both_integer = Point { x: 5, y: 10 };
    let both_float = Point { x: 1.0, y: 4.0 };
    let integer_and_float = Point { x: 5, y: 4.0 };
    println!("{} {} {}", both_integer.x + both_integer.y, both_float.x * both_float.y,
             integer_and_float.x as f64 + integer_and_float.y);
}

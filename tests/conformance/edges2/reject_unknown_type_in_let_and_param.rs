// E0425 for an unknown type in a parameter and in a `let` annotation.
fn area(s: Shape) -> f64 {
    0.0
}

fn main() {
    let c: Circle = 5;
    println!("{}", c);
}

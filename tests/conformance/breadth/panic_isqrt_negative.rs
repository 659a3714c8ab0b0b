// `isqrt` of a negative signed integer panics (it used to crash the interpreter).
fn value(x: i32) -> i32 {
    x
}

fn main() {
    println!("{}", value(17).isqrt());
    println!("{}", value(-4).isqrt());
}

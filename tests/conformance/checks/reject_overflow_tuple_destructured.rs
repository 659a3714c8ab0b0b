// `let (a, b) = t;` copies known fields out: `a + b` overflows at compile time (arithmetic_overflow)
fn main() {
    let t = (200u8, 100u8);
    let (a, b) = t;
    println!("{}", a + b);
}

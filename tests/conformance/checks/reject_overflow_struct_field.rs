// `p.x + 1` with `p = P { x: 255 }` (a u8 field) is the arithmetic_overflow lint; a tuple struct's field too
struct P {
    x: u8,
}

fn main() {
    let p = P { x: 255 };
    println!("{}", p.x + 1);
}

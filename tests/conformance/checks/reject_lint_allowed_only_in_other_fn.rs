// `#[allow(arithmetic_overflow)]` on one function leaves the lint on in the others
#[allow(arithmetic_overflow)]
fn quiet() -> u8 {
    let a: u8 = 255;
    a + 1
}

fn main() {
    let b: u8 = 255;
    println!("{} {}", b + 1, quiet());
}

// `let 0..=9 = n;` on a `u8` is E0005 (`10_u8..=u8::MAX` not covered)
fn main() {
    let n = 5u8;
    let 0..=9 = n;
    println!("{}", n);
}

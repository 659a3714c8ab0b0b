// Checks that a literal too large for its type (256 as u8) is rejected by the overflowing_literals lint.
fn main() {
    let byte: u8 = 256;
    println!("{byte}");
}

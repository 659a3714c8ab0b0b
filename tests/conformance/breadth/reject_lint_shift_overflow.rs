// Shifting by the width or more is caught at compile time (deny-by-default lint).
fn main() {
    println!("{}", 1u8 << 8);
}

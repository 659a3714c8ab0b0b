// The lint follows a known shift amount through a variable.
fn main() {
    let s = 8u32;
    println!("{}", 1u8 << s);
}

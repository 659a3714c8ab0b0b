// Shifting by the bit width or more panics in a debug build.
fn main() {
    let bits = [1u32, 31, 32];
    for b in bits {
        let x: u32 = 1;
        println!("{}", x << b);
    }
}

// Checks that an overflow rustc can see at compile time is rejected by the deny-by-default arithmetic_overflow lint (no error code).
fn main() {
    let x: u8 = 255;
    let y = x + 1;
    println!("{y}");
}

// overflowing_literals: a signed literal out of range gets rustc's type suggestion (u8 for 200 in an i8, i16 for -200); the deny note shows once.
fn main() {
    let small: u8 = 256;
    let byte: i8 = 200;
    let neg: i8 = -200;
    let big: i32 = 3000000000;
    println!("{} {} {} {}", small, byte, neg, big);
}

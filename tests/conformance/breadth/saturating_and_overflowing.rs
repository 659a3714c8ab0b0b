// Checks saturating_* clamps at the type bounds and overflowing_* returns the wrapped value with a flag.
fn main() {
    let health: u8 = 10;
    println!("{}", health.saturating_sub(30));
    println!("{}", 250u8.saturating_add(30));
    println!("{}", i32::MIN.saturating_sub(1));
    println!("{}", (-100i8).saturating_mul(2));
    println!("{:?}", 255u8.overflowing_add(1));
    println!("{:?}", 100i8.overflowing_add(27));
    println!("{:?}", 100i8.overflowing_add(28));
    let (value, overflowed) = 3u16.overflowing_sub(4);
    println!("value={value} overflowed={overflowed}");
}

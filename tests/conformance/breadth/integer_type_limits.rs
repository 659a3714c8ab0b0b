// Checks MIN and MAX of every integer type print correctly, including 128-bit ones.
fn main() {
    println!("i8 {} {}", i8::MIN, i8::MAX);
    println!("u8 {} {}", u8::MIN, u8::MAX);
    println!("i16 {} {}", i16::MIN, i16::MAX);
    println!("u16 {} {}", u16::MIN, u16::MAX);
    println!("i32 {} {}", i32::MIN, i32::MAX);
    println!("u32 {} {}", u32::MIN, u32::MAX);
    println!("i64 {} {}", i64::MIN, i64::MAX);
    println!("u64 {} {}", u64::MIN, u64::MAX);
    println!("i128 {} {}", i128::MIN, i128::MAX);
    println!("u128 {}", u128::MAX);
    println!("isize {} usize {}", isize::MIN, usize::MAX);
    let big: u128 = u64::MAX as u128 * 3;
    println!("u64::MAX * 3 as u128 = {big}");
}

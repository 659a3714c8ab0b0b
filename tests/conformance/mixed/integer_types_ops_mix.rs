// Checks arithmetic across integer types: i8/i16/u16/i128, pow, abs, signum, min/max, bit ops, shifts and leading_zeros.
fn main() {
    let a: i8 = -100;
    let b: i16 = a as i16 * 3;
    let c: u16 = 65_000;
    println!("{} {} {}", a, b, c);
    println!("{} {}", 2i32.pow(10), 3u64.pow(20));
    println!("{} {} {}", (-7i32).abs(), (-7i32).signum(), 0i32.signum());
    println!("{} {}", 5.max(9), (-3i64).min(2));
    println!("{} {} {} {}", 0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, !0u8);
    println!("{} {} {}", 1u32 << 10, -16i32 >> 2, 255u8 >> 3);
    println!("{} {}", 16u32.leading_zeros(), 40u8.trailing_zeros());
    println!("{}", 0xFFu8.count_ones());
    let big: i128 = i64::MAX as i128 * 4;
    println!("{}", big);
    println!("{}", (big % 1_000_000_007) as u32);
    println!("{:?} {:?}", 100i8.checked_mul(2), 5u32.checked_sub(6));
    println!("{} {}", 100i8.wrapping_mul(2), 5u32.wrapping_sub(6));
    println!("{:?}", 250u8.overflowing_add(10));
    println!("{}", i16::MAX.saturating_add(5));
    println!("{}", u64::MAX / 3);
    println!("{}", isize::MIN);
    let digits: u32 = 98765u32.to_string().chars().map(|d| d.to_digit(10).unwrap()).sum();
    println!("{}", digits);
}

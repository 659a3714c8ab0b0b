// The explicit overflow methods and `as` casts between signed and unsigned.
fn main() {
    let a: u8 = 200;
    println!("{} {:?} {} {:?}", a.wrapping_add(100), a.checked_add(100), a.saturating_add(100), a.overflowing_add(100));
    let b: i32 = i32::MIN;
    println!("{:?} {}", b.checked_sub(1), b.saturating_sub(1));
    println!("{} {} {}", -1i8 as u8, 300i32 as i8, u64::MAX as i32);
    println!("{} {} {}", 7 / -2, 7 % -2, (-7i32).rem_euclid(2));
    println!("{} {}", 2i32.pow(10), 10u64.pow(19));
    println!("{:.3} {:e} {}", 1.0f64 / 3.0, 1234.5f64, 0.1 + 0.2);
    println!("{} {} {}", f64::NAN.max(1.0), (2.5f64).round(), (-2.5f64).round());
}

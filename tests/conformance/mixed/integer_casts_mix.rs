// Checks integer casts between widths and signedness, float-to-int saturation, char/u8 casts and wrapping ops.
fn main() {
    let big: i32 = 300;
    let neg: i32 = -1;
    println!("{} {} {}", big as u8, neg as u8, neg as u32);
    println!("{} {}", -129i32 as i8, 200u8 as i8);
    println!("{} {}", 3.99f64 as i32, -3.99f64 as i32);
    println!("{} {} {}", 1e20 as i32, -1e20 as i64, f64::NAN as u8);
    println!("{} {}", 'A' as u8, (b'a' + 2) as char);
    println!("{}", 97u8 as char);
    let c = 'é';
    println!("{} {}", c as u32, c.len_utf8());
    let x: u8 = 250;
    println!("{} {:?} {}", x.wrapping_add(10), x.checked_add(10), x.saturating_add(10));
    let total: u64 = (1..=20u64).product();
    println!("{}", total);
    println!("{}", total as u32);
    let avg = 17 as f64 / 4 as f64;
    println!("{} {}", avg, 17 / 4);
    println!("{} {}", -17 / 4, -17 % 4);
    println!("{}", (-17i32).rem_euclid(4));
    println!("{} {}", i64::MAX, u128::MAX);
    println!("{}", usize::MAX as f32);
    println!("{}", (0.1f32 + 0.2f32) as f64);
}

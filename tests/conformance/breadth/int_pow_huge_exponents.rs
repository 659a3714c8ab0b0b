// pow with exponents up to u32::MAX: 1, -1 and 0 never overflow; wrapping, saturating
// and checked versions give their answers without building the whole power.
fn n(x: u32) -> u32 {
    x
}

fn main() {
    println!("{} {} {} {}", 1i32.pow(n(u32::MAX)), (-1i32).pow(n(u32::MAX)),
             (-1i64).pow(n(4000000000)), 0u8.pow(n(0)));
    println!("{} {}", 2u64.wrapping_pow(n(4000000000)), 3i32.wrapping_pow(n(4000000001)));
    println!("{} {} {}", (-2i64).saturating_pow(n(63)), (-2i64).saturating_pow(n(4000000001)),
             2u8.saturating_pow(n(4000000000)));
    println!("{:?} {:?}", 2u64.checked_pow(n(4000000000)), (-2i8).checked_pow(n(7)));
    let nan = f64::NAN;
    println!("{} {} {}", nan.clamp(1.0, 2.0), 5.5f64.clamp(1.0, 2.0), (-3i32).clamp(-2, 2));
}

// Checks integer methods pow, abs, signum, rem_euclid, div_euclid, min, max, count_ones, leading_zeros and trailing_zeros.
fn main() {
    println!("{}", 2i32.pow(10));
    println!("{}", 3u64.pow(40));
    let n: i32 = -17;
    println!("{} {}", n.abs(), n.signum());
    println!("{} {}", n % 5, n.rem_euclid(5));
    println!("{} {}", n / 5, n.div_euclid(5));
    println!("{} {}", 4.min(9), 4.max(9));
    println!("{}", 0b1011_0110u8.count_ones());
    println!("{}", 1u32.leading_zeros());
    println!("{}", 40u32.trailing_zeros());
    println!("{}", i64::MAX.count_zeros());
    println!("{}", 255u8.is_power_of_two());
}

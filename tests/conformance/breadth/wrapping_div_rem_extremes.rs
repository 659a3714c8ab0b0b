// wrapping_div / wrapping_rem at the extremes: a u128 above i128::MAX divides exactly, only MIN / -1 wraps.
fn main() {
    let a: u128 = 17696;
    println!("{}", a.pow(9).wrapping_div(1));
    println!("{}", u128::MAX.wrapping_rem(7));
    println!("{}", i128::MIN.wrapping_div(-1));
    println!("{}", i128::MIN.wrapping_rem(-1));
    println!("{}", (-7i32).wrapping_div(2));
    println!("{}", (-7i32).wrapping_rem(2));
    println!("{}", i8::MIN.wrapping_div(-1));
}

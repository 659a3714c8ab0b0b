// Checks that % by zero panics with `attempt to calculate the remainder with a divisor of zero`.
fn main() {
    let mut width: i64 = 10;
    println!("width {width}");
    width -= 10;
    let b = Box::new(width);
    println!("{}", 7 % *b);
}

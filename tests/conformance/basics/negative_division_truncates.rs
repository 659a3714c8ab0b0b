// Checks that signed integer division truncates toward zero and remainder takes the sign of the dividend.
fn main() {
    let zero = 0;
    let minus_seven = zero - 7;
    let minus_two: i32 = 0 - 2;
    println!("{} / 2 = {}", minus_seven, minus_seven / 2);
    println!("{} % 2 = {}", minus_seven, minus_seven % 2);
    println!("7 / {} = {}", minus_two, 7 / minus_two);
    println!("7 % {} = {}", minus_two, 7 % minus_two);
    println!("{} / {} = {}", minus_seven, minus_two, minus_seven / minus_two);
    println!("{} % {} = {}", minus_seven, minus_two, minus_seven % minus_two);
    let big: i64 = 0 - 9_000_000_000;
    println!("{}", big / 4_000_000_000 + big % 4_000_000_000);
}

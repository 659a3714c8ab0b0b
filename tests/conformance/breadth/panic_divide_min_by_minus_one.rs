// Checks that i32::MIN / -1 panics with `attempt to divide with overflow`.
fn ratio(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", ratio(-10, 3));
    println!("{}", ratio(i32::MIN, 2));
    println!("{}", ratio(i32::MIN, -1));
}

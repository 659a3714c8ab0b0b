// E0381: an assignment inside an inner `if` in tail position counts for the outer `if` too: rustc labels both conditions.
fn main() {
    let a = "xy".len();
    let level: i32;
    if a > 0 {
        if a > 1 {
            level = 2;
        }
    }
    println!("{}", level);
}

// E0381: a String assigned in an `if` without `else`: for a type that needs dropping rustc labels the assignment "binding initialized here in some conditions" instead.
fn main() {
    let count = "abcd".len();
    let message: String;
    if count > 2 {
        message = format!("{} items", count);
    }
    println!("{}", message);
}

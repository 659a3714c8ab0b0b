// Rust 2024: `Some(mut x)` matched against `&Option<i32>` is an error (cannot mutably bind by value within an implicitly-borrowing pattern)
fn main() {
    let opt = Some(1);
    if let Some(mut x) = &opt {
        x += 1;
        println!("{}", x);
    }
}

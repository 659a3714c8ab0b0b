// Rust 2024: `Some(ref x)` matched against `&Option<i32>` is an error (cannot explicitly borrow within an implicitly-borrowing pattern)
fn main() {
    let opt = Some(1);
    match &opt {
        Some(ref x) => println!("{}", x),
        None => {}
    }
}

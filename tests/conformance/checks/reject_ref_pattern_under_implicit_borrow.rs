// Rust 2024: `Some(&x)` matched against `&Option<&i32>` is an error (cannot explicitly dereference within an implicitly-borrowing pattern)
fn main() {
    let n = 1;
    let opt = Some(&n);
    match &opt {
        Some(&x) => println!("{}", x),
        None => {}
    }
}

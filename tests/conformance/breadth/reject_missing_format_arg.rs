// Checks that a println! with more placeholders than arguments is rejected at compile time (no error code).
fn main() {
    let x = 1;
    println!("{} and {}", x);
}

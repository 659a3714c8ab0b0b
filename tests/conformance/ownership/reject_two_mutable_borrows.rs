// Checks the Book's case: two live &mut borrows of the same String are rejected with E0499.
fn main() {
    let mut s = String::from("hello");
    let r1 = &mut s;
    let r2 = &mut s;
    println!("{}, {}", r1, r2);
}

// E0499: two mutable borrows of `s` at once (Book ch. 4.2).
fn main() {
    let mut s = String::from("hello");
    let r1 = &mut s;
    let r2 = &mut s;
    println!("{}, {}", r1, r2);
}

// E0509: a pattern cannot move a field out of a type that implements Drop.
struct S { a: String, b: String }
impl Drop for S { fn drop(&mut self) {} }
fn main() {
    let s = S { a: String::from("a"), b: String::from("b") };
    let S { a, .. } = s;
    println!("{a}");
}

// E0382: a field of a type that implements `Drop` cannot be moved alone, so the `move` closure captures all of `s`.
struct S {
    a: String,
    b: String,
}
impl Drop for S {
    fn drop(&mut self) {
        println!("drop S");
    }
}
fn main() {
    let s = S { a: String::from("a"), b: String::from("b") };
    let c = move || println!("{}", s.a);
    c();
    println!("{}", s.b);
}

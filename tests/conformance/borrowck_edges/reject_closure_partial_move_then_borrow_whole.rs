// E0382: a `move` closure took `s.a`, so borrowing the whole `s` afterwards is a borrow of a partially moved value.
struct S {
    a: String,
    b: String,
}
fn show(s: &S) {
    println!("{} {}", s.a, s.b);
}
fn main() {
    let s = S { a: String::from("a"), b: String::from("b") };
    let c = move || println!("{}", s.a);
    show(&s);
    c();
}

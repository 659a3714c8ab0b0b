// rustc accepts (edition 2021+ disjoint captures): a `move` closure using `s.a` moves only that field; `s.b` stays usable.
struct S {
    a: String,
    b: String,
}
fn main() {
    let s = S { a: String::from("a"), b: String::from("b") };
    let c = move || println!("{}", s.a);
    println!("{}", s.b);
    c();
}

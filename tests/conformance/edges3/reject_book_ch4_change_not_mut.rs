// E0596: the Book's ch. 4 `change(&mut s)` with `s` not declared `mut`.
fn change(s: &mut String) { s.push_str(", world"); }
fn main() {
    let s = String::from("hello");
    change(&mut s);
    println!("{s}");
}

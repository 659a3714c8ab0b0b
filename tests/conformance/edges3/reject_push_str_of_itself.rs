// E0502: `s.push_str(&s)`: the argument's borrow is alive when the call activates `&mut s`.
fn main() {
    let mut s = String::from("ab");
    s.push_str(&s);
    println!("{s}");
}

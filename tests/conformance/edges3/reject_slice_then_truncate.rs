// E0502: a `&str` slice of `s` is used after `s.truncate(2)`.
fn main() {
    let mut s = String::from("hello");
    let slice = &s[1..3];
    s.truncate(2);
    println!("{slice}");
}

// A `char` copied out of `s.chars()` ends the borrow; `s` is pushed to and replaced.
fn main() {
    let mut s = String::from("abc");
    let c = s.chars().next().unwrap();
    s.push(c);
    let upper = s.to_uppercase();
    s = upper;
    println!("{s}");
}

// A `ref` binding in a tuple pattern, then `let … else` on its chars; the tuple stays whole.
fn main() {
    let pair = (String::from("a"), 5);
    let (ref s, n) = pair;
    let Some(first) = s.chars().next() else { return; };
    println!("{first} {n} {}", pair.0);
}

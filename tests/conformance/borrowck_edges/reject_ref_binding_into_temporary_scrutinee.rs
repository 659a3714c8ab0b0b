// E0716: a `ref` binding into a temporary `match` scrutinee does not outlive the match.
fn main() {
    let msg;
    match Some("a".to_string()) {
        Some(ref m) => msg = m,
        None => return,
    }
    println!("{}", msg);
}

// E0502: `retain` needs the Vec mutably while a reference to its first element is still used.
fn main() {
    let mut scores = vec![10, 55, 3, 80];
    let first = &scores[0];
    scores.retain(|s| *s >= 10);
    println!("{first} {scores:?}");
}

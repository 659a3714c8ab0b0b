// Near miss: the first element is copied out before `retain`, so no borrow of the Vec is alive.
fn main() {
    let mut scores = vec![10, 55, 3, 80];
    let first = scores[0];
    let limit = 10;
    scores.retain(|s| *s >= limit);
    println!("{first} {scores:?}");
}

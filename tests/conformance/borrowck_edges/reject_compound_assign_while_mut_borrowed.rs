// E0503: `x += 1` reads `x` while a mutable borrow of it is still used later (one error, not two).
fn main() {
    let mut score = 1;
    let r = &mut score;
    score += 1;
    *r += 10;
    println!("{}", score);
}

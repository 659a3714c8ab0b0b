// Checks reassigning a mut Box variable to a new Box and shadowing a Box with its unboxed value.
fn main() {
    let mut score = Box::new(10);
    println!("score: {}", score);
    score = Box::new(*score + 5);
    println!("score: {}", score);
    let score = *score * 2;
    println!("unboxed and doubled: {score}");
    let score = Box::new(score);
    let bonus = Box::new(3);
    println!("total: {}", *score + *bonus);
}

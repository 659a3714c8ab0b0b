// Checks that assigning to a variable while a shared borrow of it is still used is rejected with E0506.
fn main() {
    let mut score = 10;
    let r = &score;
    score = 20;
    println!("{r} {score}");
}

// E0506: assigning to a variable while a reference to it is still used later.
fn main() {
    let mut score = 10;
    let r = &score;
    score = 20;
    println!("{} {}", r, score);
}

// E0382: a String moved by `let` then printed; rustc suggests `.clone()` at the move.
fn main() {
    let greeting = String::from("hello");
    let moved = greeting;
    println!("{greeting} {moved}");
}

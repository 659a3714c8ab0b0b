// Near miss: an immutable `let x;` assigned exactly once on each branch.
fn main() {
    let x;
    let n = 7;
    if n % 2 == 1 {
        x = "odd";
    } else {
        x = "even";
    }
    println!("{x}");
}

// A value moved in the body of a `while` loop: "value moved here, in previous iteration
// of loop" at the move, the loop head labelled, the clone help.
fn main() {
    let s = String::from("a");
    let mut n = 0;
    while n < 3 {
        let t = s;
        println!("{t}");
        n += 1;
    }
}

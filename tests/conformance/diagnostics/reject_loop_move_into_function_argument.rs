// A value moved into a function inside a `for` loop: the move on the second iteration,
// the loop head, the parameter note and the clone help.
fn take(v: Vec<i32>) -> usize { v.len() }
fn main() {
    let v = vec![1];
    for _ in 0..2 {
        println!("{}", take(v));
    }
}

// A value moved in a `while` loop and used after it: rustc reports the use after the loop
// (the way there goes back through the loop's head), "in previous iteration of loop".
fn main() {
    let s = String::from("a");
    let mut i = 0;
    while i < 2 {
        let t = s;
        println!("{t}");
        i += 1;
    }
    println!("{s}");
}

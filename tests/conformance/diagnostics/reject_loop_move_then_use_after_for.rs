// Moved in a `for` loop, used after it: the use after the loop is reported.
fn main() {
    let s = String::from("a");
    for _ in 0..2 {
        let t = s;
        println!("{t}");
    }
    println!("{s}");
}

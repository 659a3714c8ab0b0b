// Moved in the inner of two loops: both loop heads are labelled.
fn main() {
    let s = String::from("a");
    for _ in 0..2 {
        for _ in 0..2 {
            let t = s;
            println!("{t}");
        }
    }
}

// In a `loop`, the move in the body is reported first (its second iteration), and the use
// after the loop is not reported again.
fn main() {
    let s = String::from("a");
    let mut i = 0;
    loop {
        let t = s;
        println!("{t}");
        i += 1;
        if i > 2 {
            break;
        }
    }
    println!("{s}");
}
